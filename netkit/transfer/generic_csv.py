"""Any other CSV: a column mapping (guessed from the header names, correctable by the user,
remembered per header) turns its rows into people."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from ..errors import NetkitError
from .records import (
    Person,
    Skipped,
    check_header,
    check_width,
    csv_rows,
    header_key,
    join_name,
    parse_day,
)

__all__ = ["read", "header", "guess_mapping", "signature", "TARGETS", "check_mapping"]

# Where a column can go; "" means "ignore this column".
TARGETS = {
    "": "(ignore)",
    "name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "E-mail",
    "phone": "Phone",
    "organization": "Organisation",
    "title": "Job title",
    "industry": "Industry",
    "location": "Location",
    "profile_url": "Profile URL",
    "how_known": "How you know them",
    "warmth": "Warmth",
    "tags": "Tags",
    "notes": "Notes",
    "introduced_by": "Introduced by (name)",
    "connected_on": "Connected on",
}
# Header names that suggest each target, best first.
_SYNONYMS = {
    "name": ("name", "full name", "display name", "contact name", "contact", "person", "nom"),
    "first_name": (
        "first name",
        "given name",
        "firstname",
        "first",
        "forename",
        "prénom",
        "vorname",
    ),
    "last_name": ("last name", "family name", "surname", "lastname", "last", "nachname"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "primary email"),
    "phone": ("phone", "telephone", "mobile", "phone number", "mobile phone", "cell"),
    "organization": ("organization", "organisation", "company", "employer", "org", "firm"),
    "title": ("title", "job title", "position", "role", "job"),
    "industry": ("industry", "sector", "field"),
    "location": ("location", "city", "place", "town"),
    "profile_url": (
        "profile url",
        "linkedin",
        "linkedin url",
        "url",
        "profile",
        "website",
        "web page",
    ),
    "how_known": ("how known", "how we met", "how you know them", "met", "relationship"),
    "warmth": ("warmth",),
    "tags": ("tags", "labels", "categories", "groups"),
    "notes": ("notes", "note", "comments", "comment", "remarks"),
    "introduced_by": ("introduced by name", "introduced by", "referred by", "referrer", "referral"),
    "connected_on": ("connected on", "connected", "date added", "added on", "since"),
}


def header(text: str, name: str) -> list[str]:
    """The first non-empty row of a CSV: its column names."""
    for line, row in csv_rows(text, name):
        if any(cell.strip() for cell in row):
            check_header(row, name, line)
            return [cell.replace("\ufeff", "").strip() for cell in row]
    raise NetkitError("the file is empty.", file=name, line=1)


def signature(columns: list[str]) -> str:
    """A short key for a header, to remember its mapping."""
    joined = "\x1f".join(header_key(c) for c in columns)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """{column name: target} guessed from the header names (each target used at most once)."""
    keys = [header_key(c) for c in columns]
    mapping = {c: "" for c in columns}
    taken: set[str] = set()
    for target, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            hit = next(
                (
                    columns[i]
                    for i, k in enumerate(keys)
                    if k == synonym and not mapping[columns[i]]
                ),
                None,
            )
            if hit is not None and target not in taken:
                mapping[hit] = target
                taken.add(target)
                break
    return mapping


def check_mapping(mapping: dict[str, str], columns: list[str], name: str) -> None:
    """Refuse a mapping without a name column, or with unknown targets or columns."""
    for column, target in mapping.items():
        if target not in TARGETS:
            raise NetkitError(
                f"“{target}” is not a contact field for column “{column}”.", file=name
            )
        if column not in columns:
            raise NetkitError(f"the file has no column “{column}”.", file=name, line=1)
    targets = set(mapping.values())
    if "name" not in targets and not {"first_name", "last_name"} & targets:
        raise NetkitError(
            "no column holds names; choose which column is the name.", file=name, line=1
        )


def read(text: str, name: str, mapping: dict[str, str] | None = None) -> Iterator[Person | Skipped]:
    """People from a CSV with a header row, using ``mapping`` ({column: target}) or a guess.

    :raises NetkitError: when no column holds names, or a row has more cells than the header.
    """
    rows = csv_rows(text, name)
    columns: list[str] | None = None
    for line, row in rows:
        if any(cell.strip() for cell in row):
            check_header(row, name, line)
            columns = [cell.replace("\ufeff", "").strip() for cell in row]
            break
    if columns is None:
        raise NetkitError("the file is empty.", file=name, line=1)
    mapping = mapping if mapping is not None else guess_mapping(columns)
    check_mapping(mapping, columns, name)
    width = len(columns)
    plan = [(i, mapping.get(c, "")) for i, c in enumerate(columns) if mapping.get(c)]
    for line, row in rows:
        check_width(row, width, name, line)
        values: dict[str, str] = {}
        for i, target in plan:
            if i < len(row) and row[i].strip():
                values[target] = row[i].strip()
        if not any(c.strip() for c in row):
            continue
        full = values.pop("name", None) or join_name(
            values.get("first_name"), values.get("last_name")
        )
        values.pop("first_name", None)
        values.pop("last_name", None)
        if not full:
            yield Skipped(line, "no name")
            continue
        referred = values.pop("introduced_by", None)
        fields: dict[str, Any] = {"name": full, "source": "csv", **values}
        if "connected_on" in fields:
            # an unreadable day stays as written: the plan says so and leaves it out
            fields["connected_on"] = parse_day(fields["connected_on"]) or fields["connected_on"]
        if "tags" in fields:
            fields["tags"] = [
                t.strip() for t in fields["tags"].replace(";", ",").split(",") if t.strip()
            ]
        yield Person(line, fields, referred_by=referred)
