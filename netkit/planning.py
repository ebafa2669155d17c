"""Planning one informational interview: when and where, and what you want from it.

Scheduling itself is :meth:`Workbook.schedule_conversation`; here you change the plan
(reschedule, move it to a video link, cancel) and write your preparation: what you
already know about the person, your one-line "why you", and the three things you most
want to learn.
"""

from __future__ import annotations

import json

import pandas as pd

from .conversations import _minutes
from .dates import to_datetime
from .errors import NetkitError
from .text import clean

__all__ = ["PlanningMixin", "LEARN_COUNT"]

LEARN_COUNT = 3
PLAN_FIELDS = ("when", "minutes", "place", "status", "next_step", "notes")


class PlanningMixin:
    """Change a planned conversation and prepare for it."""

    def conversation(self, conversation_id: int) -> dict:
        """One conversation with its contact's name, organisation and e-mail, and the
        preparation (``prep_learn`` as a list)."""
        row = self.conn.execute(
            "SELECT v.*, c.name AS contact_name, c.organization AS contact_organization, "
            "c.email AS contact_email FROM conversations v JOIN contacts c ON c.id = v.contact_id "
            "WHERE v.id = ?",
            (self._conversation_id(conversation_id),),
        ).fetchone()
        record = dict(row)
        record["prep_learn"] = json.loads(record["prep_learn"] or "[]")
        return record

    def planned_conversations(self, contact_id: int | None = None) -> pd.DataFrame:
        """Conversations still ahead (requested or scheduled), soonest first: ``id``,
        ``contact_id``, ``contact_name``, ``organization``, ``status``, ``scheduled_for``,
        ``minutes``, ``place``."""
        where, params = "v.status IN ('requested', 'scheduled')", ()
        if contact_id is not None:
            where += " AND v.contact_id = ?"
            params = (int(contact_id),)
        return self._df(
            "SELECT v.id, v.contact_id, c.name AS contact_name, c.organization, v.status, "
            "v.scheduled_for, v.minutes, v.place FROM conversations v "
            f"JOIN contacts c ON c.id = v.contact_id WHERE {where} "
            "ORDER BY v.scheduled_for IS NULL, v.scheduled_for, v.id",
            params,
        )

    def update_conversation(self, conversation_id: int, **fields) -> None:
        """Reschedule or change a planned conversation.

        :param fields: ``when`` (date, or date and time), ``minutes``, ``place`` (address or
            video link), ``status`` ("requested", "scheduled" or "cancelled"),
            ``next_step``, ``notes``.
        :raises NetkitError: for an unknown conversation or field, a bad date, or a
            scheduled conversation without a date. Nothing is written then.
        """
        from .workbook import now

        unknown = set(fields) - set(PLAN_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown conversation field(s): {', '.join(sorted(unknown))}.")
        current = self.conversation(conversation_id)
        changes = {
            key: clean(fields[key]) for key in ("place", "next_step", "notes") if key in fields
        }
        if "minutes" in fields:
            changes["minutes"] = _minutes(fields["minutes"])
        if "when" in fields:
            changes["scheduled_for"] = to_datetime(fields["when"], "date for the conversation")
        if "status" in fields:
            if fields["status"] not in ("requested", "scheduled", "cancelled"):
                raise NetkitError(
                    "A planned conversation is “requested”, “scheduled” or “cancelled”."
                )
            changes["status"] = fields["status"]
        status = changes.get("status", current["status"])
        if status == "scheduled" and not changes.get("scheduled_for", current["scheduled_for"]):
            raise NetkitError("A scheduled conversation needs a date.")
        if current["status"] == "held" and ("when" in fields or "status" in fields):
            raise NetkitError("This conversation has already been held; log a new one instead.")
        with self.atomic():
            self._update("conversations", current["id"], {**changes, "updated_at": now()})
            action = "reschedule" if "when" in fields else "edit"
            self._log(
                action,
                "conversation",
                current["id"],
                fields=sorted(fields),
                when=changes.get("scheduled_for"),
            )

    def preparation(self, conversation_id: int) -> dict:
        """Your preparation: ``known`` (what you know about them), ``why_you`` (your
        one-line pitch; your profile's "why me" until you write one for this person) and
        ``learn`` (up to three things you most want to learn)."""
        record = self.conversation(conversation_id)
        why_you = record["prep_why_you"] or self.profile().get("why_me")
        return {
            "known": record["prep_known"] or "",
            "why_you": why_you or "",
            "learn": record["prep_learn"],
        }

    def prepare_conversation(
        self, conversation_id: int, *, known=None, why_you=None, learn=None
    ) -> None:
        """Save your preparation; arguments left as None are not changed.

        :param learn: up to three things you most want to learn (blank ones are dropped).
        :raises NetkitError: for an unknown conversation or more than three things to learn.
        """
        from .workbook import now

        conversation_id = self._conversation_id(conversation_id)
        changes = {}
        if known is not None:
            changes["prep_known"] = clean(known)
        if why_you is not None:
            changes["prep_why_you"] = clean(why_you)
        if learn is not None:
            items = [clean(item) for item in ([learn] if isinstance(learn, str) else learn)]
            items = [item for item in items if item]
            if len(items) > LEARN_COUNT:
                raise NetkitError(
                    f"Pick the three things you most want to learn, not {len(items)}."
                )
            changes["prep_learn"] = json.dumps(items, ensure_ascii=False)
        if not changes:
            return
        with self.atomic():
            self._update("conversations", conversation_id, {**changes, "updated_at": now()})
            self._log("prepare", "conversation", conversation_id, fields=sorted(changes))

    def _conversation_id(self, conversation_id) -> int:
        try:
            conversation_id = int(conversation_id)
        except (TypeError, ValueError):
            raise NetkitError(f"“{conversation_id}” is not a conversation number.") from None
        if not self.conn.execute(
            "SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone():
            raise NetkitError(f"There is no conversation number {conversation_id}.")
        return conversation_id
