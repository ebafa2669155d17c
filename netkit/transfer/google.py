"""Google Contacts CSV: the current export and the legacy one ("Given Name", "Group
Membership"), with " ::: " multi-values and multi-line notes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .records import (
    Person,
    Skipped,
    check_width,
    header_key,
    join_name,
    rows_after_header,
    split_multi,
)

__all__ = ["read", "looks_like"]

_NUMBERED = re.compile(r"^(e-mail|phone|website|address|organization) (\d+) - (.+)$")
_SYSTEM_LABELS = {"mycontacts", "starred", "my contacts"}


def looks_like(header: list[str]) -> bool:
    """Is this row a Google Contacts header (current or legacy)?"""
    keys = {header_key(cell) for cell in header}
    current = (
        {"first name", "organization name"} <= keys
        or "labels" in keys
        and "e-mail 1 - value" in keys
    )
    legacy = {"given name", "family name"} <= keys or "group membership" in keys
    return current or legacy


def read(text: str, name: str) -> Iterator[Person | Skipped]:
    """People from a Google Contacts export.

    :raises NetkitError: when the first row is not a Google header, or a row has more cells
        than the header.
    """
    keys, rows = rows_after_header(text, name, looks_like, "a Google Contacts")
    width = len(keys)
    for line, row in rows:
        check_width(row, width, name, line)
        if not any(c.strip() for c in row):
            continue
        cells = {}
        numbered: dict[tuple[str, int], dict[str, str]] = {}
        for key, value in zip(keys, row):  # noqa: B905 — short rows are allowed
            value = value.strip()
            if not value:
                continue
            match = _NUMBERED.match(key)
            if match:
                numbered.setdefault((match[1], int(match[2])), {})[match[3]] = value
            else:
                cells[key] = value
        yield _person(line, cells, numbered)


def _values(numbered, kind: str, part: str) -> list[str]:
    found = []
    for (k, _), parts in sorted(numbered.items(), key=lambda item: item[0][1]):
        if k == kind and parts.get(part):
            found += split_multi(parts[part])
    return found


def _person(line: int, cells: dict, numbered: dict) -> Person | Skipped:
    full: str | None = join_name(
        cells.get("name prefix"),
        cells.get("first name"),
        cells.get("middle name"),
        cells.get("last name"),
        cells.get("name suffix"),
    )
    full = (
        full
        or cells.get("name")
        or join_name(
            cells.get("given name"), cells.get("additional name"), cells.get("family name")
        )
    )
    full = full or cells.get("file as") or cells.get("nickname")
    if not full:
        return Skipped(line, "no name")
    fields: dict[str, Any] = {"name": full, "source": "google"}
    organization = cells.get("organization name") or next(
        iter(_values(numbered, "organization", "name")), None
    )
    title = cells.get("organization title") or next(
        iter(_values(numbered, "organization", "title")), None
    )
    for key, value in (("organization", organization), ("title", title)):
        if value:
            fields[key] = split_multi(value)[0]
    emails = _values(numbered, "e-mail", "value")
    if emails:
        fields["email"] = emails[0]
    phones = _values(numbered, "phone", "value")
    if phones:
        fields["phone"] = phones[0]
    sites = _values(numbered, "website", "value")
    linkedin = [s for s in sites if "linkedin.com/" in s.lower()]
    if linkedin or sites:
        fields["profile_url"] = (linkedin or sites)[0]
    places = _values(numbered, "address", "formatted") or _values(numbered, "address", "city")
    if places:
        fields["location"] = " ".join(places[0].split())
    if cells.get("notes"):
        fields["notes"] = cells["notes"]
    labels = split_multi(cells.get("labels") or cells.get("group membership"))
    tags = [t.lstrip("* ").strip() for t in labels]
    tags = [t for t in tags if t and t.replace(" ", "").lower() not in _SYSTEM_LABELS]
    if tags:
        fields["tags"] = tags
    extra = [f"Other e-mail: {e}" for e in emails[1:]]
    return Person(line, fields, notes_extra=extra)
