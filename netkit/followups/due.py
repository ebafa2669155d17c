"""The due list: open follow-ups grouped as overdue, today and this week, in plain words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..dates import to_date, today
from .schedule import followups, open_followups

if TYPE_CHECKING:
    import pandas as pd

    from ..store import Store

__all__ = ["DUE_GROUPS", "WEEK_DAYS", "describe_followup", "due_rows", "due_list", "due_text"]

DUE_GROUPS = ("overdue", "today", "this week")
WEEK_DAYS = 7

_WHAT = {
    "second person": "No answer from {name} yet: ask a second person{where}",
    "follow up": "Send {name} one short, friendly follow-up",
    "check back": "Check back with {name} about the introduction they offered",
    "thank you": "Thank {name} for the conversation",
    "report back": "Tell {name} how it went with the person they introduced",
    "keep in touch": "Keep in touch with {name}",
    "write to them": "Write to {name}{where}",
}


def describe_followup(kind: str, name: str | None, where: str | None = None) -> str:
    """One line saying what to do, e.g. "Send Ana one short, friendly follow-up"."""
    first = (name or "them").split(" ")[0]
    template = _WHAT.get(kind, kind.capitalize() + ": {name}")
    return template.format(name=first, where=f" ({where})" if where else "")


def _group(days: int) -> str:
    if days < 0:
        return "overdue"
    if days == 0:
        return "today"
    return "this week" if days <= WEEK_DAYS else "later"


def due_rows(store: Store, on: date | None = None) -> list[dict[str, Any]]:
    """Every open follow-up with ``what`` (a plain sentence), ``days`` (from ``on``,
    negative when overdue) and ``group`` (overdue, today, this week or later)."""
    on = on or today()
    targets = dict(store.conn.execute(
        "SELECT id, coalesce(target_organization, target_industry) FROM asks").fetchall())
    introducers = dict(store.conn.execute(
        "SELECT i.id, a.name FROM introductions i JOIN contacts a ON a.id = i.introducer_id "
        "WHERE i.id IN (SELECT introduction_id FROM followups WHERE kind = 'write to them' "
        "AND done_at IS NULL AND cancelled_at IS NULL)").fetchall())
    rows = open_followups(store)
    for row in rows:
        if row["kind"] == "write to them":
            first = (introducers.get(row["introduction_id"]) or "").split(" ")[0]
            row["target"] = f"{first} suggested you talk" if first else None
        else:
            row["target"] = targets.get(row["ask_id"])
        row["what"] = describe_followup(row["kind"], row["contact_name"], row["target"])
        row["days"] = (row["due_on"] - on).days
        row["group"] = _group(row["days"])
    return rows


def due_list(store: Store, on: Any = None) -> dict[str, pd.DataFrame]:
    """Open follow-ups due up to a week ahead, grouped: ``overdue`` (before ``on``),
    ``today``, ``this week`` (the next 7 days). Each frame has the columns of
    ``followups()`` plus ``target``, ``what`` (a plain sentence) and ``days`` (days from
    ``on``, negative when overdue). ``on`` defaults to today.
    """
    import pandas as pd

    day = to_date(on) or today()
    frame = followups(store)
    extra = {row["id"]: row for row in due_rows(store, day)}
    frame["target"] = [extra[i]["target"] for i in frame["id"]]
    frame["what"] = [extra[i]["what"] for i in frame["id"]]
    frame["days"] = [extra[i]["days"] for i in frame["id"]]
    groups = pd.Series([extra[i]["group"] for i in frame["id"]], index=frame.index, dtype=object)
    return {
        group: frame[groups == group].reset_index(drop=True)
        for group in DUE_GROUPS
    }


def due_text(store: Store, on: Any = None) -> str:
    """The due list as plain text (what ``netkit followups`` prints)."""
    day = to_date(on) or today()
    rows = due_rows(store, day)
    lines = []
    for group in DUE_GROUPS:
        chosen = [row for row in rows if row["group"] == group]
        lines.append(f"{group.capitalize()} ({len(chosen)})")
        if not chosen:
            lines.append("  nothing")
        for row in chosen:
            lines.append(f"  {row['due_on']:%a %d %b}  #{row['id']}  {row['what']}")
    later = [row for row in rows if row["group"] == "later"]
    if later:
        first = min(row["due_on"] for row in later)
        lines.append(f"Later: {len(later)} more (next on {first:%a %d %b})")
    return "\n".join(lines)
