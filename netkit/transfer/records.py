"""What every reader yields: a person found at a line, or a row skipped with its reason.

Readers only read; validation and matching happen in :mod:`.merge`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateparser

from ..errors import NetkitError

__all__ = [
    "Person",
    "Skipped",
    "csv_rows",
    "csv_reader",
    "broken_quoting",
    "header_key",
    "check_header",
    "rows_after_header",
    "check_width",
    "parse_day",
    "join_name",
    "split_multi",
]


@dataclass(slots=True)
class Person:
    """One person read from a file. ``fields`` uses the contact field names, with stripped,
    non-empty values; ``referred_by`` is the name of whoever introduced them, when the file
    says so; ``notes_extra`` are lines to add to the notes (e.g. a second e-mail)."""

    line: int
    fields: dict
    referred_by: str | None = None
    notes_extra: list[str] | None = None


@dataclass(slots=True)
class Skipped:
    """A row left out, and why (shown in the preview)."""

    line: int
    reason: str


def header_key(text: str) -> str:
    """A header cell compared loosely: case, spaces, underscores and a BOM do not matter."""
    return " ".join(text.replace("\ufeff", "").replace("_", " ").strip().lower().split())


def csv_rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) for each CSV record; broken quoting is one NetkitError.

    Fields may span lines (multi-line notes); the line number is where the record starts.
    """
    reader = csv_reader(text)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        raise broken_quoting(error, name, reader.line_num or start) from None


def csv_reader(text: str):
    """The strict ``csv.reader`` :func:`csv_rows` uses (for readers that track lines
    themselves: ``reader.line_num + 1`` is where the next record starts)."""
    return csv.reader(io.StringIO(text, newline=""), strict=True)


def broken_quoting(error: csv.Error, name: str, line: int) -> NetkitError:
    """The NetkitError for a ``csv.Error`` raised at ``line``."""
    if "field limit" in str(error):
        return NetkitError(
            f"a cell is longer than {csv.field_size_limit():,} characters; "
            "that is not a contacts export.",
            file=name,
            line=line,
        )
    return NetkitError(f"the CSV quoting is broken ({error}).", file=name, line=line)


def check_header(cells: list[str], name: str, line: int = 1) -> None:
    """Refuse a header naming two columns alike: which one holds the value is a guess.

    :raises NetkitError: naming the column and both positions.
    """
    seen: dict[str, int] = {}
    for position, cell in enumerate(cells, start=1):
        key = header_key(cell)
        if not key:
            continue
        if key in seen:
            raise NetkitError(
                f"two columns are called “{cell.strip()}” (columns {seen[key]} and "
                f"{position}); rename one so it is clear which to use.",
                file=name,
                line=line,
            )
        seen[key] = position


def rows_after_header(
    text: str, name: str, looks_like: Callable[[list[str]], bool], what: str
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """(header keys, the remaining rows) when the first row is ``what``'s header.

    :raises NetkitError: for an empty file or another first row.
    """
    rows = csv_rows(text, name)
    try:
        _, header = next(rows)
    except StopIteration:
        raise NetkitError("the file is empty.", file=name, line=1) from None
    if not looks_like(header):
        raise NetkitError(f"the first row is not {what} header.", file=name, line=1)
    check_header(header, name)
    return [header_key(cell) for cell in header], rows


def check_width(row: list[str], width: int, name: str, line: int) -> None:
    """Refuse a row with more (non-empty) cells than the header: broken quoting."""
    if len(row) > width and any(c.strip() for c in row[width:]):
        raise NetkitError(
            f"this row has {len(row)} cells but the header has {width}; check its quotes.",
            file=name,
            line=line,
        )


_DAY_FORMATS = ("%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Days that strptime("%d %b %Y") reads the same way (ASCII digits, single spaces).
_PLAIN_DAY = re.compile(r"([0-9]{1,2}) (" + "|".join(_MONTHS) + r") ([0-9]{4})\Z")


@lru_cache(maxsize=4096)  # an export holds few distinct days; each is read once
def parse_day(text: str | None) -> str | None:
    """ "08 Feb 2026", "8-Feb-26", "2026-02-08" ... → "2026-02-08"; unreadable → None."""
    if not text:
        return None
    value = text.strip()
    result = _plain_day(value)
    if result is None:
        result = _any_day(value)
    return result


def _plain_day(value: str) -> str | None:
    """LinkedIn's "08 Feb 2026" without strptime (None: not that, or not a real day)."""
    match = _PLAIN_DAY.match(value)
    if match is None:
        return None
    try:
        return date(int(match[3]), _MONTHS.index(match[2]) + 1, int(match[1])).isoformat()
    except ValueError:
        return None


def _any_day(value: str) -> str | None:
    for fmt in _DAY_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        parsed = dateparser.parse(value, default=datetime(2000, 1, 1))
        if date(1900, 1, 1) <= parsed.date() <= date(2200, 1, 1):
            return parsed.date().isoformat()
    except (ValueError, OverflowError, TypeError):
        pass
    return None


def join_name(*parts: str | None) -> str:
    """Join name parts with single spaces, skipping empty ones."""
    return " ".join(p.strip() for p in parts if p and p.strip())


_MULTI = re.compile(r"\s*:::\s*")


def split_multi(value: str | None) -> list[str]:
    """Google's "a ::: b" cells → ["a", "b"] (empty items dropped)."""
    if not value:
        return []
    return [v for v in (s.strip() for s in _MULTI.split(value)) if v]
