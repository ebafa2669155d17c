"""Responsiveness: how quickly each person answered your asks, in kind words.

Reply latency is counted in business days from the day an ask was sent:

- "answers quickly" — they replied within 3 business days (the typical reply, by median);
- "answers in time" — they replied, but later;
- "hasn't replied yet" — no reply even after the day-7 follow-up was due;
- "waiting for a reply" — sent recently, still inside the 3B7 window;
- "not asked yet" — no ask sent to them.

None of these is a judgement of the person: people are busy. The label only helps
choose whom to ask next.
"""

from __future__ import annotations

from datetime import date
from statistics import median
from typing import TYPE_CHECKING, Any

from .asks import FOLLOW_UP_DAYS
from .business_days import add_business_days, business_days_between
from .dates import to_date, today
from .profile import place

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["RESPONSIVENESS", "QUICK_DAYS", "responsiveness", "responsiveness_of", "labels"]

QUICK_DAYS = 3
RESPONSIVENESS = ("answers quickly", "answers in time", "hasn't replied yet",
                  "waiting for a reply", "not asked yet")


def labels(store: Store, on: Any = None) -> list[dict[str, Any]]:
    """One record per contact you sent an ask: ``contact_id``, ``asks_sent``, ``replies``,
    ``reply_days`` (median business days to a reply, or None), ``responsiveness`` (one of
    :data:`RESPONSIVENESS`). Contacts never asked are not listed ("not asked yet")."""
    day = to_date(on) or today()
    country, subdivision = place(store)
    rows = store.rows(
        "SELECT contact_id, sent_at, replied_at, status FROM asks WHERE sent_at IS NOT NULL "
        "ORDER BY contact_id")
    people: dict[int, dict[str, Any]] = {}
    for row in rows:
        person = people.setdefault(row["contact_id"], {"sent": 0, "latency": [], "silent": 0})
        person["sent"] += 1
        sent = date.fromisoformat(row["sent_at"][:10])
        if row["replied_at"]:
            replied = date.fromisoformat(row["replied_at"][:10])
            person["latency"].append(business_days_between(sent, replied, country, subdivision))
        elif row["status"] == "no reply" or day > add_business_days(
                sent, FOLLOW_UP_DAYS, country, subdivision):
            person["silent"] += 1
    records = []
    for contact_id, person in people.items():
        days = median(person["latency"]) if person["latency"] else None
        if days is not None:
            label = "answers quickly" if days <= QUICK_DAYS else "answers in time"
        elif person["silent"]:
            label = "hasn't replied yet"
        else:
            label = "waiting for a reply"
        records.append({"contact_id": contact_id, "asks_sent": person["sent"],
                        "replies": len(person["latency"]), "reply_days": days,
                        "responsiveness": label})
    return records


def responsiveness(store: Store, on: Any = None) -> pd.DataFrame:
    """:func:`labels` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(labels(store, on), columns=["contact_id", "asks_sent", "replies",
                                                     "reply_days", "responsiveness"])


def responsiveness_of(store: Store, contact_id: int) -> str:
    """The responsiveness label of one contact ("not asked yet" when never asked)."""
    for record in labels(store):
        if record["contact_id"] == int(contact_id):
            return str(record["responsiveness"])
    return "not asked yet"
