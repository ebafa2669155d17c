"""LinkedIn ``Connections.csv`` (all three generations: with or without the "Notes:"
preamble, with or without the URL column)."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from ..errors import NetkitError
from .records import (
    Person,
    Skipped,
    broken_quoting,
    check_header,
    check_width,
    csv_reader,
    header_key,
    parse_day,
)

__all__ = ["read", "looks_like", "HEADER_SEARCH_ROWS"]

HEADER_SEARCH_ROWS = 30
_FIELDS = {
    "url": "profile_url",
    "email address": "email",
    "company": "organization",
    "position": "title",
}


_REPEATED = ("organization", "title")


def looks_like(header: list[str]) -> bool:
    """Is this row LinkedIn's header (it has First Name and Connected On)?"""
    keys = {header_key(cell) for cell in header}
    return "first name" in keys and "connected on" in keys


def read(text: str, name: str) -> Iterator[Person | Skipped]:
    """People from a LinkedIn export; hidden profiles (a date and nothing else) are skipped.

    :raises NetkitError: when no header row is found in the first lines, or a row has more
        cells than the header (broken quoting).
    """
    # records.csv_rows written out (this loop runs once per row, for tens of thousands).
    reader = csv_reader(text)
    start = 1  # the line where the next record starts
    try:
        header = None
        for row in reader:
            line, start = start, reader.line_num + 1
            if looks_like(row):
                check_header(row, name, line)
                header = [header_key(cell) for cell in row]
                break
            if line > HEADER_SEARCH_ROWS:
                break
        if header is None:
            raise NetkitError(
                "no LinkedIn header row (First Name ... Connected On) was found.",
                file=name,
                line=1,
            )
        width = len(header)
        index = {key: i for i, key in enumerate(header)}
        first, last = index["first name"], index["last name"] if "last name" in index else None
        connected = index["connected on"]
        mapped = [(index[k], f) for k, f in _FIELDS.items() if k in index and f not in _REPEATED]
        repeated = [(index[k], f) for k, f in _FIELDS.items() if k in index and f in _REPEATED]
        seen: dict[str, str] = {}
        for row in reader:
            line, start = start, reader.line_num + 1
            if len(row) != width:
                check_width(row, width, name, line)
                if len(row) < width:
                    if not any(c.strip() for c in row):
                        continue
                    row = row + [""] * (width - len(row))
            given, family = row[first].strip(), row[last].strip() if last is not None else ""
            full = f"{given} {family}" if given and family else given or family
            if not full:
                if any(c.strip() for c in row):
                    yield Skipped(line, "hidden profile (LinkedIn shares only the date)")
                continue
            fields = {"name": full, "source": "linkedin"}
            for i, field in mapped:
                value = row[i].strip()
                if value:
                    fields[field] = value
            for i, field in repeated:
                value = row[i].strip()
                if value:
                    # one string object per company or position: less memory, faster to write
                    fields[field] = seen.setdefault(value, value)
            cell = row[connected].strip()
            if cell:  # an unreadable day stays as written: the plan says so, leaves it out
                fields["connected_on"] = parse_day(cell) or cell
            yield Person(line, fields)
    except csv.Error as error:
        raise broken_quoting(error, name, reader.line_num or start) from None
