"""Your profile: what you do or want to do, where you want to do it (industries and
target organisations), and where you live (whose public holidays the business days skip)."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from .business_days import add_business_days as _add_business_days
from .business_days import check_country
from .contacts import parse_tags
from .dates import now
from .errors import NetkitError
from .text import clean

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["PROFILE_FIELDS", "get_profile", "set_profile", "target_organizations",
           "business_days_after", "place"]

PROFILE_FIELDS = ("name", "focus", "target_industries", "country", "subdivision", "why_me")


_TARGETS = ("SELECT id, name, industry, motivation, notes FROM target_organizations "
            "WHERE archived_at IS NULL ORDER BY motivation DESC, name")


def get_profile(store: Store) -> dict[str, Any]:
    """The profile: ``name``, ``focus``, ``target_industries`` (a list), ``country``,
    ``subdivision``, ``why_me``, ``updated_at``, and ``target_organizations`` (the names,
    most motivating first; see :func:`netkit.targets.set_target_organizations`)."""
    row = store.row("SELECT * FROM profile WHERE id = 1") or {}
    row["target_industries"] = json.loads(row.get("target_industries") or "[]")
    row["target_organizations"] = [r["name"] for r in store.rows(_TARGETS)]
    row.pop("id", None)
    return row


def target_organizations(store: Store) -> pd.DataFrame:
    """Target organisations (not the archived ones), most motivating first."""
    return store.frame(_TARGETS)


def set_profile(store: Store, **fields: Any) -> None:
    """Change the profile.

    :param fields: ``name``, ``focus`` ("what I do / want to do"), ``target_industries``
        (a list or "a, b"), ``country`` (ISO code like "US" or "DE", for public holidays),
        ``subdivision`` (state or region code), ``why_me`` (your one-line "why you").
    :raises NetkitError: for an unknown field or country. Nothing is written then.
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise NetkitError(f"Unknown profile field(s): {', '.join(sorted(unknown))}.")
    changes: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "target_industries":
            changes[key] = json.dumps(parse_tags(value), ensure_ascii=False)
        elif key == "country":
            changes[key] = check_country(value)
        else:
            changes[key] = clean(value)
    changes["updated_at"] = now()
    with store.atomic():
        store.update("profile", 1, changes)
        store.log("edit", "profile", 1, fields=sorted(fields))


def place(store: Store) -> tuple[str | None, str | None]:
    """(country, subdivision) of the profile, for public holidays."""
    row = store.row("SELECT country, subdivision FROM profile WHERE id = 1") or {}
    return row.get("country"), row.get("subdivision")


def business_days_after(store: Store, start: date, days: int) -> date:
    """``start`` plus ``days`` business days, skipping weekends and the public holidays of
    the profile's country (and subdivision) when one is set."""
    country, subdivision = place(store)
    return _add_business_days(start, days, country, subdivision)
