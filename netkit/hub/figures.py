"""The progress figures a client may share with their coach, and which call for a nudge.

Figures only: counts, rates and one date. Never a name, a note, a message or an
organisation: :func:`check_figures` refuses anything else, so the roster cannot store it
even if a client's copy of netkit were changed to send it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import NetkitError

if TYPE_CHECKING:
    from ..workbook import Workbook

__all__ = ["FIGURES", "COUNTS", "RATES", "DATES", "progress_figures", "check_figures",
           "nudges", "IDLE_DAYS"]

# What each figure means, in the coach's words. Every key is a count unless listed below.
FIGURES: dict[str, str] = {
    "contacts": "people in the workbook",
    "asks_sent": "asks for introductions sent",
    "introductions": "introductions offered or made",
    "conversations_held": "informational interviews held",
    "names_given": "names given in those conversations",
    "names_per_conversation": "names per conversation",
    "asked_for_names_rate": "share of conversations that ended with “who else?”",
    "max_chain_depth": "generations the chain has grown",
    "allies": "people who gave at least one name",
    "followups_due": "follow-ups due today or earlier",
    "followups_overdue": "follow-ups past their day",
    "asks_waiting": "sent asks whose follow-up is past its day",
    "conversations_without_names": "conversations where nobody asked for names",
    "last_activity": "the last day something was logged",
}
RATES = frozenset({"names_per_conversation", "asked_for_names_rate"})
DATES = frozenset({"last_activity"})
COUNTS = frozenset(FIGURES) - RATES - DATES

IDLE_DAYS = 14  # nothing logged for two weeks calls for a nudge

_ASK_FOLLOWUPS = ("second person", "follow up")


def progress_figures(wb: Workbook, on: date | None = None) -> dict[str, Any]:
    """The figures of ``wb`` that a client may share: the keys of :data:`FIGURES`, each a
    number, and ``last_activity`` an ISO date (or None for an empty workbook).

    :param on: the day that counts as today (today by default).
    """
    on = on or date.today()
    stats = wb.stats()
    figures: dict[str, Any] = {key: stats[key] for key in FIGURES if key in stats}
    open_followups = wb.followups()
    past = open_followups[open_followups["due_on"] < on]
    figures["followups_overdue"] = len(past)
    waiting = past[past["kind"].isin(_ASK_FOLLOWUPS)]["ask_id"].dropna()
    figures["asks_waiting"] = int(waiting.nunique())
    conversations = wb.conversations()
    held = conversations[conversations["status"] == "held"]
    figures["conversations_without_names"] = int((held["asked_for_names"] != 1).sum())
    # A setting chosen (sharing, a theme) or a new netkit's migration is not progress.
    last = wb.store.one(
        "SELECT max(at) FROM events WHERE entity NOT IN ('setting', 'workbook')")
    figures["last_activity"] = str(last)[:10] if last else None
    return check_figures(figures)


def check_figures(payload: Any) -> dict[str, Any]:
    """The figures in ``payload``, checked: every key known, counts whole numbers from 0,
    rates numbers from 0, ``last_activity`` an ISO date or None.

    :raises NetkitError: for any other key or value (nothing of it is kept).
    """
    if not isinstance(payload, dict):
        raise NetkitError("Progress figures must be a JSON object.")
    unknown = sorted(set(payload) - set(FIGURES))
    if unknown:
        raise NetkitError(f"Not a progress figure: {', '.join(map(repr, unknown[:5]))}.")
    checked: dict[str, Any] = {}
    for key, value in payload.items():
        if key in DATES:
            if value is not None:
                try:
                    value = date.fromisoformat(value).isoformat()
                except (TypeError, ValueError):
                    raise NetkitError(f"{key} must be a date like 2026-03-02.") from None
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise NetkitError(f"{key} must be a number from 0.")
        elif key in COUNTS:
            if value != int(value):
                raise NetkitError(f"{key} must be a whole number.")
            value = int(value)
        else:
            value = round(float(value), 2)
        checked[key] = value
    return checked


def nudges(figures: dict[str, Any], on: date | None = None) -> list[str]:
    """Why this client may need a nudge, most pressing first (empty when all is well):
    nothing logged for two weeks, asks waiting on a follow-up, conversations where nobody
    asked for names."""
    on = on or date.today()
    reasons = []
    last = figures.get("last_activity")
    idle = (on - date.fromisoformat(last)).days if last else None
    if idle is None:
        reasons.append("nothing logged yet")
    elif idle >= IDLE_DAYS:
        reasons.append(f"nothing logged for {idle} days")
    waiting = figures.get("asks_waiting") or 0
    if waiting:
        reasons.append(f"{waiting} ask{'s' if waiting != 1 else ''} with no follow-up")
    silent = figures.get("conversations_without_names") or 0
    if silent:
        reasons.append(f"{silent} conversation{'s' if silent != 1 else ''} "
                       "where nobody asked for names")
    return reasons
