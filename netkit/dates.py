"""Parsing the dates and times people type, into ISO strings the workbook stores."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone

from dateutil import parser as dateparser

from .errors import NetkitError

__all__ = ["to_date", "to_datetime", "today", "now", "as_of"]

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


def to_datetime(value, what: str = "date") -> str | None:
    """A date, datetime or text like "2026-03-04 14:00" → ISO text; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().replace(microsecond=0).isoformat()
    try:
        parsed = dateparser.parse(str(value), dayfirst=False)
    except (ValueError, OverflowError):
        raise NetkitError(
            f"“{value}” is not a {what} (try 2026-03-04 or 2026-03-04 14:30)."
        ) from None
    text = str(value).strip()
    if len(text) <= 10 and ":" not in text:
        return parsed.date().isoformat()
    return parsed.replace(microsecond=0).isoformat()


def to_date(value, what: str = "date") -> date | None:
    """Like :func:`to_datetime`, but only the day."""
    text = to_datetime(value, what)
    return None if text is None else date.fromisoformat(text[:10])
