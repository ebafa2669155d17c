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

from statistics import median

import pandas as pd

from .business_days import add_business_days, business_days_between
from .dates import to_date, today

__all__ = ["ResponsivenessMixin", "RESPONSIVENESS", "QUICK_DAYS"]

QUICK_DAYS = 3
RESPONSIVENESS = ("answers quickly", "answers in time", "hasn't replied yet",
                  "waiting for a reply", "not asked yet")


class ResponsivenessMixin:
    """Responsiveness per contact, from the asks you sent them."""

    def responsiveness(self, on=None) -> pd.DataFrame:
        """One row per contact you sent an ask: ``contact_id``, ``asks_sent``, ``replies``,
        ``reply_days`` (median business days to a reply, or None), ``responsiveness`` (one of
        :data:`RESPONSIVENESS`). Contacts never asked are not listed ("not asked yet").
        """
        from .asks import FOLLOW_UP_DAYS

        on = to_date(on) or today()
        place = self.conn.execute(
            "SELECT country, subdivision FROM profile WHERE id = 1").fetchone()
        country, subdivision = place["country"], place["subdivision"]
        rows = self.conn.execute(
            "SELECT contact_id, sent_at, replied_at, status FROM asks WHERE sent_at IS NOT NULL "
            "ORDER BY contact_id").fetchall()
        people: dict[int, dict] = {}
        for row in rows:
            person = people.setdefault(row["contact_id"], {"sent": 0, "latency": [], "silent": 0})
            person["sent"] += 1
            sent = to_date(row["sent_at"])
            if row["replied_at"]:
                person["latency"].append(
                    business_days_between(sent, to_date(row["replied_at"]), country, subdivision))
            elif row["status"] == "no reply" or on > add_business_days(
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
        return pd.DataFrame(records, columns=["contact_id", "asks_sent", "replies", "reply_days",
                                              "responsiveness"])

    def responsiveness_of(self, contact_id: int) -> str:
        """The responsiveness label of one contact ("not asked yet" when never asked)."""
        frame = self.responsiveness()
        match = frame[frame["contact_id"] == int(contact_id)]
        return match["responsiveness"].iloc[0] if len(match) else "not asked yet"
