"""Follow-ups: what to do next, and when."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .dates import today

__all__ = ["FollowupsMixin", "FOLLOWUP_KINDS"]

FOLLOWUP_KINDS = ("second person", "follow up", "check back", "thank you", "report back",
                  "keep in touch")


class FollowupsMixin:
    """Create, complete and list follow-ups."""

    def _add_followup(self, kind: str, contact_id: int, due_on: date, **links) -> int:
        """Schedule a follow-up inside an open transaction."""
        from .workbook import now

        followup_id = self._insert("followups", {
            "kind": kind, "contact_id": contact_id, "due_on": due_on.isoformat(),
            "created_at": now(), **links,
        })
        self._log("add", "followup", followup_id, kind=kind, contact_id=contact_id,
                  due_on=due_on.isoformat())
        return followup_id

    def complete_followup(self, followup_id: int) -> None:
        """Mark a follow-up done."""
        from .errors import NetkitError
        from .workbook import now

        with self.atomic():
            cursor = self.conn.execute(
                "UPDATE followups SET done_at = ? WHERE id = ? AND done_at IS NULL",
                (now(), followup_id))
            if cursor.rowcount == 0:
                raise NetkitError(f"There is no open follow-up number {followup_id}.")
            self._log("done", "followup", followup_id)

    def followups(self, include_done: bool = False) -> pd.DataFrame:
        """Open follow-ups, soonest first: ``id``, ``kind``, ``contact_id``, ``contact_name``,
        ``due_on`` (a date), ``note``, ``ask_id``, ``introduction_id``, ``conversation_id``."""
        where = "" if include_done else "WHERE f.done_at IS NULL AND f.cancelled_at IS NULL"
        frame = self._df(
            f"""
            SELECT f.id, f.kind, f.contact_id, c.name AS contact_name, f.due_on, f.note,
                   f.ask_id, f.introduction_id, f.conversation_id, f.done_at, f.cancelled_at
            FROM followups f JOIN contacts c ON c.id = f.contact_id {where}
            ORDER BY f.due_on, f.id
            """
        )
        frame["due_on"] = pd.to_datetime(frame["due_on"]).dt.date
        return frame

    def followups_due(self, on: date | None = None) -> int:
        """How many open follow-ups are due on or before ``on`` (today by default)."""
        on = on or today()
        return self.conn.execute(
            "SELECT count(*) FROM followups WHERE done_at IS NULL AND cancelled_at IS NULL "
            "AND due_on <= ?", (on.isoformat(),)).fetchone()[0]
