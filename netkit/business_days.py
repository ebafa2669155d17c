"""Business days: weekends skipped, and the public holidays of the user's country.

The 3B7 rule and the check-back after a promised introduction count business days,
because nobody owes you an answer over a weekend or on Thanksgiving.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .errors import NetkitError
from .text import clean

__all__ = ["add_business_days", "business_days_between", "is_business_day", "holiday_calendar",
           "check_country"]


def check_country(value: Any) -> str | None:
    """A country code the holidays library knows (upper case), None for nothing;
    NetkitError otherwise."""
    value = clean(value)
    if value is None:
        return None
    import holidays

    code = value.upper()
    if code not in holidays.list_supported_countries():
        raise NetkitError(
            f"“{value}” is not a country code netkit knows (use two letters, like US, GB or DE)."
        )
    return code


@lru_cache(maxsize=32)
def holiday_calendar(country: str | None, subdivision: str | None = None) -> Any:
    """The public holidays of ``country`` (ISO code, e.g. "US") and ``subdivision`` (e.g. "BY"),
    or None when no country is set.

    :raises NetkitError: for a country or subdivision the holidays library does not know.
    """
    if not country:
        return None
    import holidays

    if country.upper() not in holidays.list_supported_countries():
        raise NetkitError(
            f"Public holidays for “{country}” are not known; use a two-letter code like US or DE.")
    try:
        return holidays.country_holidays(country.upper(), subdiv=subdivision or None)
    except (NotImplementedError, KeyError, ValueError):
        raise NetkitError(
            f"“{subdivision}” is not a region of {country.upper()} netkit knows; leave it empty "
            "or use the official code (like CA for California or BY for Bavaria)."
        ) from None


def is_business_day(day: date, country: str | None = None, subdivision: str | None = None) -> bool:
    """True from Monday to Friday, unless it is a public holiday where you live."""
    if day.weekday() >= 5:
        return False
    calendar = holiday_calendar(country, subdivision)
    return calendar is None or day not in calendar


def add_business_days(start: date, days: int, country: str | None = None,
                      subdivision: str | None = None) -> date:
    """The date ``days`` business days after ``start`` (``start`` itself is not counted).

    Sent on a Friday, 3 business days later is the next Wednesday. ``days`` must be ≥ 0.
    """
    if days < 0:
        raise NetkitError(f"Business days to add must be zero or more, not {days}.")
    day = start
    left = days
    while left:
        day += timedelta(days=1)
        if is_business_day(day, country, subdivision):
            left -= 1
    return day


def business_days_between(start: date, end: date, country: str | None = None,
                          subdivision: str | None = None) -> int:
    """How many business days after ``start`` up to and including ``end`` (0 if end ≤ start)."""
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_business_day(day, country, subdivision):
            count += 1
    return count
