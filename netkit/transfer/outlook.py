"""Outlook contacts CSV, mapped by column name (the order differs between versions);
``Referred By`` becomes introduced_by."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .records import Person, Skipped, check_width, header_key, join_name, rows_after_header

__all__ = ["read", "looks_like"]

_EMAILS = ("e-mail address", "e-mail 2 address", "e-mail 3 address")
_PHONES = ("mobile phone", "business phone", "home phone", "primary phone", "other phone")
_FIELDS = {
    "company": "organization",
    "job title": "title",
    "notes": "notes",
    "web page": "profile_url",
}


def looks_like(header: list[str]) -> bool:
    """Is this row an Outlook header (First Name, Last Name and E-mail Address)?"""
    keys = {header_key(cell) for cell in header}
    return {"first name", "last name", "e-mail address"} <= keys


def read(text: str, name: str) -> Iterator[Person | Skipped]:
    """People from an Outlook export.

    :raises NetkitError: when the first row is not an Outlook header, or a row has more cells
        than the header.
    """
    keys, rows = rows_after_header(text, name, looks_like, "an Outlook contacts")
    width = len(keys)
    for line, row in rows:
        check_width(row, width, name, line)
        cells = {k: v.strip() for k, v in zip(keys, row) if v.strip()}  # noqa: B905
        if not cells:
            continue
        full: str | None = join_name(
            cells.get("title"),
            cells.get("first name"),
            cells.get("middle name"),
            cells.get("last name"),
            cells.get("suffix"),
        )
        full = full or cells.get("e-mail display name") or cells.get("company")
        if not full:
            yield Skipped(line, "no name")
            continue
        fields: dict[str, Any] = {"name": full, "source": "outlook"}
        for key, field in _FIELDS.items():
            if cells.get(key):
                fields[field] = cells[key]
        emails = [cells[k] for k in _EMAILS if cells.get(k)]
        if emails:
            fields["email"] = emails[0]
        phone = next((cells[k] for k in _PHONES if cells.get(k)), None)
        if phone:
            fields["phone"] = phone
        place = join_name(cells.get("business city"), cells.get("business country/region"))
        if place:
            fields["location"] = place
        if cells.get("categories"):
            fields["tags"] = [t.strip() for t in cells["categories"].split(";") if t.strip()]
        extra = [f"Other e-mail: {e}" for e in emails[1:]]
        yield Person(line, fields, referred_by=cells.get("referred by"), notes_extra=extra)
