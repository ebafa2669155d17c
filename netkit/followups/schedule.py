"""Follow-ups: what to do next, and when. Scheduled by the other steps (an ask sent, a
conversation held, an introduction promised), done or cancelled by the user or by what
happens next."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..dates import now, today
from ..errors import NetkitError
from ..profile import business_days_after
from ..store import parse_id

if TYPE_CHECKING:
    import pandas as pd

    from ..store import Store

__all__ = ["FOLLOWUP_KINDS", "KEEP_IN_TOUCH_MONTHS", "add_followup", "complete_followup",
           "cancel_followups", "keep_in_touch", "followups", "open_followups", "followups_due"]

FOLLOWUP_KINDS = ("second person", "follow up", "check back", "thank you", "report back",
                  "keep in touch", "write to them")
KEEP_IN_TOUCH_MONTHS = 4
_OPEN = "done_at IS NULL AND cancelled_at IS NULL"
_COLUMNS = ("f.id, f.kind, f.contact_id, c.name AS contact_name, f.due_on, f.note, f.ask_id, "
            "f.introduction_id, f.conversation_id, f.done_at, f.cancelled_at")


def add_followup(store: Store, kind: str, contact_id: int, due_on: date, **links: Any) -> int:
    """Schedule a follow-up inside an open transaction and return its id.

    A reminder is never due on a weekend or a public holiday where you live: a ``due_on``
    that is not a business day moves to the next one (a thank-you for a Friday
    conversation is due on Monday).

    :param links: ``ask_id``, ``introduction_id``, ``conversation_id``, ``note``.
    """
    if kind not in FOLLOWUP_KINDS:
        raise NetkitError(f"“{kind}” is not a kind of follow-up.")
    due_on = business_days_after(store, due_on - timedelta(days=1), 1)  # due_on, or after
    followup_id = store.insert("followups", {
        "kind": kind, "contact_id": contact_id, "due_on": due_on.isoformat(),
        "created_at": now(), **links,
    })
    store.log("add", "followup", followup_id, kind=kind, contact_id=contact_id,
              due_on=due_on.isoformat())
    return followup_id


def cancel_followups(store: Store, where: str, params: tuple[Any, ...], **why: Any) -> int:
    """Cancel the open follow-ups matching ``where`` (inside an open transaction); return
    how many. One event records them."""
    cursor = store.conn.execute(
        f"UPDATE followups SET cancelled_at = ? WHERE {_OPEN} AND ({where})", (now(), *params))
    if cursor.rowcount:
        store.log("cancel", "followup", None, count=cursor.rowcount, **why)
    return cursor.rowcount


def keep_in_touch(store: Store, contact_id: int, day: date, helped: bool = False,
                  **links: Any) -> int | None:
    """Someone you were in touch with on ``day``: their keep-in-touch reminder moves to about
    four months after it (inside an open transaction). Someone who ``helped`` (gave you
    names, met you) gets one if they had none; for anyone else only an existing one moves.
    Returns the new follow-up's id, or None."""
    from dateutil.relativedelta import relativedelta

    had = cancel_followups(store, "kind = 'keep in touch' AND contact_id = ?", (contact_id,),
                           moved_for=contact_id)
    if not (had or helped):
        return None
    return add_followup(store, "keep in touch", contact_id,
                        day + relativedelta(months=KEEP_IN_TOUCH_MONTHS), **links)


def complete_followup(store: Store, followup_id: int) -> None:
    """Mark a follow-up done. A thank-you done means the thank-you was sent (the
    conversation says so); a report-back done means you told the person who introduced
    you (the introduction says so).

    :raises NetkitError: when there is no open follow-up with that number.
    """
    followup_id = parse_id("follow-up", followup_id, "follow-up") or 0
    with store.atomic():
        stamp = now()
        cursor = store.conn.execute(
            f"UPDATE followups SET done_at = ? WHERE id = ? AND {_OPEN}", (stamp, followup_id))
        if cursor.rowcount == 0:
            raise NetkitError(f"There is no open follow-up number {followup_id}.")
        row = store.row("SELECT * FROM followups WHERE id = ?", (followup_id,)) or {}
        day = stamp[:10]
        if row["kind"] == "thank you" and row["conversation_id"] is not None:
            store.conn.execute(
                "UPDATE conversations SET thank_you_sent_on = ?, updated_at = ? "
                "WHERE id = ? AND thank_you_sent_on IS NULL",
                (day, stamp, row["conversation_id"]))
        elif row["kind"] == "report back" and row["conversation_id"] is not None:
            store.conn.execute(
                "UPDATE introductions SET reported_back_on = ?, updated_at = ? "
                "WHERE introducer_id = ? AND reported_back_on IS NULL AND contact_id = "
                "(SELECT contact_id FROM conversations WHERE id = ?)",
                (day, stamp, row["contact_id"], row["conversation_id"]))
        elif row["kind"] == "write to them" and row["introduction_id"] is not None:
            store.conn.execute(
                "UPDATE introductions SET status = 'contacted', updated_at = ? "
                "WHERE id = ? AND status IN ('promised', 'details received')",
                (stamp, row["introduction_id"]))
        store.log("done", "followup", followup_id, kind=row["kind"])
        if row["kind"] in ("thank you", "report back", "follow up", "check back",
                           "keep in touch"):  # you were in touch: the next reminder moves on
            keep_in_touch(store, row["contact_id"], date.fromisoformat(day),
                          helped=row["kind"] == "keep in touch")


def open_followups(store: Store) -> list[dict[str, Any]]:
    """Open follow-ups as plain rows, soonest first (``due_on`` as a date)."""
    rows = store.rows(
        f"SELECT {_COLUMNS} FROM followups f JOIN contacts c ON c.id = f.contact_id "
        f"WHERE f.{_OPEN.replace(' AND ', ' AND f.')} ORDER BY f.due_on, f.id")
    for row in rows:
        row["due_on"] = date.fromisoformat(row["due_on"])
    return rows


def followups(store: Store, include_done: bool = False) -> pd.DataFrame:
    """Open follow-ups, soonest first: ``id``, ``kind``, ``contact_id``, ``contact_name``,
    ``due_on`` (a date), ``note``, ``ask_id``, ``introduction_id``, ``conversation_id``."""
    import pandas as pd

    where = "" if include_done else f"WHERE f.{_OPEN.replace(' AND ', ' AND f.')}"
    frame = store.frame(
        f"SELECT {_COLUMNS} FROM followups f JOIN contacts c ON c.id = f.contact_id "
        f"{where} ORDER BY f.due_on, f.id")
    frame["due_on"] = pd.to_datetime(frame["due_on"]).dt.date
    return frame


def followups_due(store: Store, on: date | None = None) -> int:
    """How many open follow-ups are due on or before ``on`` (today by default)."""
    on = on or today()
    return int(store.one(
        f"SELECT count(*) FROM followups WHERE {_OPEN} AND due_on <= ?", (on.isoformat(),)))
