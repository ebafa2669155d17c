"""The due list: open follow-ups grouped as overdue, today and this week, in plain words."""

from __future__ import annotations

import pandas as pd

from .dates import to_date, today

__all__ = ["DueMixin", "DUE_GROUPS", "describe_followup"]

DUE_GROUPS = ("overdue", "today", "this week")
WEEK_DAYS = 7

_WHAT = {
    "second person": "No answer from {name} yet: ask a second person{where}",
    "follow up": "Send {name} one short, friendly follow-up",
    "check back": "Check back with {name} about the introduction they offered",
    "thank you": "Thank {name} for the conversation",
    "report back": "Tell {name} how it went with the person they introduced",
    "keep in touch": "Keep in touch with {name}",
}


def describe_followup(kind: str, name: str, where: str | None = None) -> str:
    """One line saying what to do, e.g. "Send Ana one short, friendly follow-up"."""
    first = (name or "them").split(" ")[0]
    template = _WHAT.get(kind, kind.capitalize() + ": {name}")
    return template.format(name=first, where=f" ({where})" if where else "")


class DueMixin:
    """What to do next, grouped by when."""

    def due_list(self, on=None) -> dict[str, pd.DataFrame]:
        """Open follow-ups due up to a week ahead, grouped: ``overdue`` (before ``on``),
        ``today``, ``this week`` (the next 7 days). Each frame has the columns of
        ``followups()`` plus ``what`` (a plain sentence) and ``days`` (days from ``on``,
        negative when overdue). ``on`` defaults to today.
        """
        on = to_date(on) or today()
        frame = self.followups()
        targets = dict(self.conn.execute(
            "SELECT id, coalesce(target_organization, target_industry) FROM asks").fetchall())
        frame["target"] = [targets.get(a) if a == a and a is not None else None
                           for a in frame["ask_id"]]
        frame["what"] = [describe_followup(k, n, w if isinstance(w, str) else None)
                         for k, n, w in zip(frame["kind"], frame["contact_name"], frame["target"],
                                            strict=True)]
        frame["days"] = [(d - on).days for d in frame["due_on"]]
        return {
            "overdue": frame[frame["days"] < 0].reset_index(drop=True),
            "today": frame[frame["days"] == 0].reset_index(drop=True),
            "this week": frame[(frame["days"] > 0) & (frame["days"] <= WEEK_DAYS)]
            .reset_index(drop=True),
        }

    def due_text(self, on=None) -> str:
        """The due list as plain text (what ``netkit followups`` prints)."""
        on = to_date(on) or today()
        groups = self.due_list(on)
        lines = []
        for group in DUE_GROUPS:
            frame = groups[group]
            lines.append(f"{group.capitalize()} ({len(frame)})")
            if frame.empty:
                lines.append("  nothing")
            for row in frame.itertuples():
                when = row.due_on.strftime("%a %d %b")
                lines.append(f"  {when}  #{row.id}  {row.what}")
        later = self.followups()
        later = later[later["due_on"].map(lambda d: (d - on).days > WEEK_DAYS).astype(bool)]
        if len(later):
            lines.append(f"Later: {len(later)} more (next on {later['due_on'].min():%a %d %b})")
        return "\n".join(lines)
