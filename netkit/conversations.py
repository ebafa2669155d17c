"""Informational interviews: scheduling them, and logging what came of them.

Logging a conversation is where the chain grows: every name the person gave
becomes a contact introduced by them, one generation deeper.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
from dateutil.relativedelta import relativedelta

from .dates import now, to_date, to_datetime
from .errors import NetkitError
from .text import clean

__all__ = ["ConversationsMixin", "CONVERSATION_STATUSES", "INTRODUCTION_KINDS",
           "KEEP_IN_TOUCH_MONTHS"]

CONVERSATION_STATUSES = ("requested", "scheduled", "held", "cancelled")
INTRODUCTION_KINDS = ("warm introduction", "name only", "may use my name")
SCHEDULE_FIELDS = ("minutes", "place", "status", "notes", "prep_known", "prep_why_you", "next_step")
LOG_FIELDS = ("notes", "offered_to_introduce", "thank_you_sent_on", "next_step", "minutes",
              "place", "conversation_id")
# Details of an existing contact that a name given in a conversation may fill in.
FILLABLE = ("email", "phone", "organization", "title", "industry", "location", "profile_url",
            "how_known", "notes", "tags")
THANK_YOU_DAYS = 1
KEEP_IN_TOUCH_MONTHS = 4


def _minutes(value) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise NetkitError(f"Length must be a number of minutes, not “{value}”.") from None
    if not 5 <= minutes <= 240:
        raise NetkitError(f"Length must be between 5 and 240 minutes, not {minutes}.")
    return minutes


class ConversationsMixin:
    """Schedule, log and list informational interviews."""

    def schedule_conversation(self, contact_id: int, when, **fields) -> int:
        """Plan an informational interview and return its id.

        :param when: date or date and time (a ``datetime`` or text like "2026-03-04 14:00").
        :param fields: ``minutes`` (default 20), ``place`` (an address or a video link),
            ``status`` ("requested" or "scheduled", the default), ``notes``,
            ``prep_known``, ``prep_why_you``, ``next_step``.
        :raises NetkitError: for an unknown contact or field, or a bad date.
        """
        unknown = set(fields) - set(SCHEDULE_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown conversation field(s): {', '.join(sorted(unknown))}.")
        status = fields.pop("status", None) or "scheduled"
        if status not in ("requested", "scheduled"):
            raise NetkitError("A planned conversation is either “requested” or “scheduled”.")
        row = {key: clean(value) for key, value in fields.items()}
        if "minutes" in fields:
            row["minutes"] = _minutes(fields["minutes"])
        when_text = to_datetime(when, "date for the conversation")
        if status == "scheduled" and when_text is None:
            raise NetkitError("A scheduled conversation needs a date.")
        with self.atomic():
            contact_id = self._require_contact(contact_id)
            stamp = now()
            row.update(contact_id=contact_id, status=status, scheduled_for=when_text,
                       created_at=stamp, updated_at=stamp)
            conversation_id = self._insert("conversations", row)
            self._log("schedule", "conversation", conversation_id, contact_id=contact_id,
                      when=when_text)
            return conversation_id

    def log_conversation(
        self, contact_id: int, when, asked_for_names: bool, names: list[dict] | None = None,
        **fields,
    ) -> int:
        """Record a conversation that was held, and turn each name given into a contact.

        Each entry of ``names`` is a dict with ``name`` (required) and any contact field
        (``email``, ``organization``, ``title``, ...) plus ``kind`` ("warm introduction",
        "name only" or "may use my name"). A name that matches an existing contact (same
        e-mail, profile URL or name) is linked rather than added twice. New contacts are
        introduced by ``contact_id``, one generation deeper.

        Also: a planned conversation with this person is marked held (or pass
        ``conversation_id``); a thank-you is due the next day unless ``thank_you_sent_on``
        is given; a keep-in-touch follow-up is set four months on; if this person was
        introduced by someone, a report-back to that someone is due.

        :raises NetkitError: for an unknown contact, a nameless entry, or a bad date.
            Nothing is written then.
        """
        unknown = set(fields) - set(LOG_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown conversation field(s): {', '.join(sorted(unknown))}.")
        held_on = to_date(when, "date of the conversation")
        if held_on is None:
            raise NetkitError("When was the conversation? It needs a date.")
        names = list(names or [])
        for position, entry in enumerate(names, 1):
            if not isinstance(entry, dict) or not clean(entry.get("name")):
                raise NetkitError(f"Name number {position} has no name.")
            kind = entry.get("kind") or "name only"
            if kind not in INTRODUCTION_KINDS:
                raise NetkitError(f"“{kind}” is not one of: {', '.join(INTRODUCTION_KINDS)}.")
        thank_you = to_date(fields.pop("thank_you_sent_on", None), "thank-you date")
        conversation_id = fields.pop("conversation_id", None)
        row = {key: clean(value) for key, value in fields.items()}
        if "minutes" in fields:
            row["minutes"] = _minutes(fields["minutes"])
        if "offered_to_introduce" in fields:
            row["offered_to_introduce"] = None if fields["offered_to_introduce"] is None else int(
                bool(fields["offered_to_introduce"]))
        with self.atomic():
            contact_id = self._require_contact(contact_id)
            stamp = now()
            row.update(
                status="held", held_on=held_on.isoformat(),
                asked_for_names=int(bool(asked_for_names)),
                thank_you_sent_on=thank_you.isoformat() if thank_you else None, updated_at=stamp,
            )
            conversation_id = self._open_conversation(contact_id, conversation_id)
            if conversation_id is None:
                row.update(contact_id=contact_id, created_at=stamp)
                conversation_id = self._insert("conversations", row)
            else:
                self._update("conversations", conversation_id, row)
            self._log("hold", "conversation", conversation_id, contact_id=contact_id,
                      asked_for_names=bool(asked_for_names), names=len(names))
            for entry in names:
                self._take_name(contact_id, conversation_id, entry)
            self._after_conversation(contact_id, conversation_id, held_on, thank_you)
            return conversation_id

    def _open_conversation(self, contact_id: int, conversation_id) -> int | None:
        """The planned conversation this log completes, if any."""
        if conversation_id is not None:
            row = self.conn.execute(
                "SELECT id, contact_id FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if row is None or row["contact_id"] != contact_id:
                raise NetkitError(
                    f"There is no conversation number {conversation_id} with that contact.")
            return row["id"]
        rows = self.conn.execute(
            "SELECT id FROM conversations WHERE contact_id = ? "
            "AND status IN ('requested','scheduled') ORDER BY scheduled_for, id", (contact_id,)
        ).fetchall()
        return rows[0]["id"] if rows else None

    def _take_name(self, speaker_id: int, conversation_id: int, entry: dict) -> int:
        """Turn one name given in a conversation into a contact and an introduction.

        A name that is already a contact (same e-mail, profile URL or name) is linked:
        details it lacks are filled in from the entry, it is restored if archived, and it
        becomes introduced by the speaker unless someone else introduced it first.
        """
        fields = {k: v for k, v in entry.items() if k != "kind"}
        kind = entry.get("kind") or "name only"
        matches = self.find_contacts(fields["name"], fields.get("email"), fields.get("profile_url"))
        matches = [m for m in matches if m != speaker_id]
        if matches:
            named_id = matches[0]
            self._link_named_contact(named_id, speaker_id, conversation_id, fields)
        else:
            fields.setdefault("source", "referral")
            named_id = self._add_contact({
                **fields, "introduced_by": speaker_id,
                "introduced_in_conversation": conversation_id,
            })
        already = self.conn.execute(
            "SELECT 1 FROM introductions WHERE introducer_id = ? AND contact_id = ? "
            "AND conversation_id = ?", (speaker_id, named_id, conversation_id)).fetchone()
        if already:  # the same name given twice in one conversation
            return named_id
        stamp = now()
        intro_id = self._insert("introductions", {
            "introducer_id": speaker_id, "contact_id": named_id,
            "conversation_id": conversation_id, "kind": kind, "status": "details received",
            "created_at": stamp, "updated_at": stamp,
        })
        self._log("add", "introduction", intro_id, introducer_id=speaker_id, contact_id=named_id)
        return named_id

    def _link_named_contact(self, named_id: int, speaker_id: int, conversation_id: int,
                            fields: dict) -> None:
        """Update an existing contact named in a conversation (inside the open transaction)."""
        current = dict(self.conn.execute(
            "SELECT * FROM contacts WHERE id = ?", (named_id,)).fetchone())
        given = self._clean_contact(
            {k: v for k, v in fields.items() if k in FILLABLE}, partial=True)
        changes = {k: v for k, v in given.items()
                   if v not in (None, "[]") and current.get(k) in (None, "", "[]")}
        if current["introduced_by"] is None:
            try:
                self._check_no_loop(named_id, speaker_id)
            except NetkitError:
                pass  # they are already up the speaker's chain: keep the chain as it is
            else:
                changes.update(introduced_by=speaker_id,
                               introduced_in_conversation=conversation_id)
        if changes:
            self._update_contact(named_id, changes)
        if current["archived_at"] is not None:
            self._update("contacts", named_id, {"archived_at": None, "updated_at": now()})
            self._log("restore", "contact", named_id)

    def _after_conversation(self, contact_id, conversation_id, held_on, thank_you) -> None:
        """Follow-ups every held conversation calls for, and closing the introduction loop."""
        if thank_you is None:
            self._add_followup("thank you", contact_id, held_on + timedelta(days=THANK_YOU_DAYS),
                               conversation_id=conversation_id)
        # One keep-in-touch per person: a newer conversation moves it on.
        self.conn.execute(
            "UPDATE followups SET cancelled_at = ? WHERE kind = 'keep in touch' "
            "AND contact_id = ? AND done_at IS NULL AND cancelled_at IS NULL", (now(), contact_id))
        self._add_followup("keep in touch", contact_id,
                           held_on + relativedelta(months=KEEP_IN_TOUCH_MONTHS),
                           conversation_id=conversation_id)
        introducer = self.conn.execute(
            "SELECT introduced_by FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
        # Report back once, after the first meeting with the person they introduced.
        reported = introducer is not None and self.conn.execute(
            "SELECT 1 FROM followups f JOIN conversations v ON v.id = f.conversation_id "
            "WHERE f.kind = 'report back' AND f.contact_id = ? AND v.contact_id = ? "
            "AND f.cancelled_at IS NULL", (introducer, contact_id)).fetchone()
        if introducer is not None and not reported:
            self._add_followup("report back", introducer, held_on + timedelta(days=1),
                               conversation_id=conversation_id,
                               note="Tell them you met the person they introduced you to.")
        self.conn.execute(
            "UPDATE introductions SET status = 'met', updated_at = ? "
            "WHERE contact_id = ? AND status <> 'met'", (now(), contact_id))

    def conversations(self) -> pd.DataFrame:
        """All conversations with the contact's name and how many names each gave."""
        return self._df(
            """
            SELECT v.id, v.contact_id, c.name AS contact_name, v.status, v.scheduled_for,
                   v.held_on, v.minutes, v.place, v.asked_for_names, v.offered_to_introduce,
                   v.thank_you_sent_on, v.next_step, v.notes,
                   (SELECT count(*) FROM introductions i WHERE i.conversation_id = v.id)
                       AS names_given
            FROM conversations v JOIN contacts c ON c.id = v.contact_id
            ORDER BY coalesce(v.held_on, v.scheduled_for) DESC, v.id DESC
            """
        )

    def introductions(self) -> pd.DataFrame:
        """All introductions: who introduced whom, from which ask or conversation, and status."""
        return self._df(
            """
            SELECT i.id, i.introducer_id, a.name AS introducer_name, i.contact_id,
                   b.name AS contact_name, i.ask_id, i.conversation_id, i.kind, i.status,
                   i.check_back_on, i.reported_back_on, i.created_at
            FROM introductions i
            JOIN contacts a ON a.id = i.introducer_id JOIN contacts b ON b.id = i.contact_id
            ORDER BY i.id
            """
        )
