"""Parsing the dates and times people type, into ISO strings the workbook stores."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone

from dateutil import parser as dateparser

from .errors import NetkitError

__all__ = ["to_date", "to_datetime", "today", "now", "as_of", "FIRST_YEAR", "LAST_YEAR"]

# The years a workbook's dates may fall in: wide enough for any career, and far enough from
# the ends of the calendar that adding weeks to a date never runs off it.
FIRST_YEAR, LAST_YEAR = 1900, 2100
_YEAR = re.compile(r"\d{4}")
_AS_OF: ContextVar[str | None] = ContextVar("netkit_as_of", default=None)


def now() -> str:
    """The current time as an ISO-8601 string in UTC, to the second (see :func:`as_of`)."""
    return _AS_OF.get() or datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@contextmanager
def as_of(moment: date | datetime) -> Iterator[None]:
    """Stamp writes inside the block with ``moment`` instead of the clock.

    Used to build a demo whose history (created_at, the event log) is spread over
    past weeks, as a real user's would be. ``today()`` is not affected.
    """
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, 12, 0)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    token = _AS_OF.set(moment.astimezone(timezone.utc).replace(microsecond=0).isoformat())
    try:
        yield
    finally:
        _AS_OF.reset(token)


def today() -> date:
    """Today's date on this machine (the user's own day)."""
    return date.today()


def _in_range(moment: date, value: object, what: str) -> None:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise NetkitError(
            f"“{value}” is too far off for the {what} (years {FIRST_YEAR} to {LAST_YEAR}).")


def to_datetime(value, what: str = "date") -> str | None:
    """A date, datetime or text like "2026-03-04 14:00" → ISO text; None stays None.

    :raises NetkitError: for text that is not a date, text without a year ("7", "March 4":
        which month or year was meant is a guess), a number, or a year outside
        1900–2100.
    """
    if value is None or value == "":
        return None
    try:
        if value != value:  # pandas' NaT
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        _in_range(value, value, what)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        _in_range(value, value, what)
        return value.isoformat()
    if not isinstance(value, str):
        raise NetkitError(f"“{value}” is not a {what}; write a date like 2026-03-04.")
    text = value.strip()
    if not _YEAR.search(text):
        hint = "it needs a year" if any(c.isdigit() for c in text) else "write it as"
        raise NetkitError(f"“{text[:40]}” is not a {what}: {hint} (try 2026-03-04).")
    try:
        parsed = dateparser.parse(text, dayfirst=False)
    except (ValueError, OverflowError):
        raise NetkitError(
            f"“{text[:40]}” is not a {what} (try 2026-03-04 or 2026-03-04 14:30)."
        ) from None
    _in_range(parsed, text, what)
    if len(text) <= 10 and ":" not in text:
        return parsed.date().isoformat()
    return parsed.replace(microsecond=0).isoformat()


def to_date(value, what: str = "date") -> date | None:
    """Like :func:`to_datetime`, but only the day."""
    text = to_datetime(value, what)
    return None if text is None else date.fromisoformat(text[:10])
