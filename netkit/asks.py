"""Asks: requests to people you know for introductions into an industry or organisation.

An ask moves draft → sent → replied → introduced / declined / no reply. Sending it
schedules the 3B7 follow-ups: "second person" after 3 business days (reach out to
someone else at the same organisation or industry) and "follow up" after 7 business
days (one polite nudge to the first person). Any answer cancels both. A promised
introduction schedules a "check back" with the introducer after 7 business days.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from .business_days import add_business_days
from .dates import to_date, to_datetime, today
from .errors import NetkitError
from .text import clean

__all__ = ["AsksMixin", "ASK_STATUSES", "ASK_FIELDS", "CHANNELS", "SECOND_PERSON_DAYS",
           "FOLLOW_UP_DAYS", "CHECK_BACK_DAYS"]

ASK_STATUSES = ("draft", "sent", "replied", "introduced", "declined", "no reply")
ASK_FIELDS = ("target_industry", "target_organization", "target_role", "subject", "channel",
              "status")
CHANNELS = ("email", "linkedin", "phone", "in person", "text message", "other")
SECOND_PERSON_DAYS = 3
FOLLOW_UP_DAYS = 7
CHECK_BACK_DAYS = 7
_3B7 = ("second person", "follow up")


class AsksMixin:
    """Record asks, move them through their statuses, and schedule what follows."""

    # ----- helpers ---------------------------------------------------------------------------

    def add_business_days(self, start: date, days: int) -> date:
        """``start`` plus ``days`` business days, skipping weekends and the public holidays of
        the profile's country (and subdivision) when one is set."""
        row = self.conn.execute("SELECT country, subdivision FROM profile WHERE id = 1").fetchone()
        return add_business_days(start, days, row["country"], row["subdivision"])

    def _ask_row(self, ask_id) -> dict:
        try:
            ask_id = int(ask_id)
        except (TypeError, ValueError):
            raise NetkitError(f"“{ask_id}” is not an ask number.") from None
        row = self.conn.execute("SELECT * FROM asks WHERE id = ?", (ask_id,)).fetchone()
        if row is None:
            raise NetkitError(f"There is no ask number {ask_id}.")
        return dict(row)

    def _require_status(self, ask: dict, allowed: tuple[str, ...], doing: str) -> None:
        if ask["status"] not in allowed:
            raise NetkitError(
                f"Ask {ask['id']} is “{ask['status']}”, so it cannot be {doing} "
                f"(only an ask that is {' or '.join(allowed)})."
            )

    def _schedule_3b7(self, ask_id: int, contact_id: int, sent_on: date,
                      target: str | None) -> None:
        where = f" ({target})" if target else ""
        self._add_followup("second person", contact_id,
                           self.add_business_days(sent_on, SECOND_PERSON_DAYS), ask_id=ask_id,
                           note=f"No answer yet? Ask a second person{where}.")
        self._add_followup("follow up", contact_id,
                           self.add_business_days(sent_on, FOLLOW_UP_DAYS), ask_id=ask_id,
                           note="Send one short, friendly follow-up.")

    def _cancel_3b7(self, ask_id: int) -> int:
        from .workbook import now

        cursor = self.conn.execute(
            "UPDATE followups SET cancelled_at = ? WHERE ask_id = ? AND kind IN (?, ?) "
            "AND done_at IS NULL AND cancelled_at IS NULL", (now(), ask_id, *_3B7))
        if cursor.rowcount:
            self._log("cancel", "followup", None, ask_id=ask_id, count=cursor.rowcount)
        return cursor.rowcount

    # ----- writes ----------------------------------------------------------------------------

    def record_ask(self, contact_id: int, message: str, sent_at=None, **fields) -> int:
        """Record an ask for introductions; ``sent_at`` set means it was sent (and the 3B7
        follow-ups are scheduled from that day).

        :param fields: ``target_industry``, ``target_organization``, ``target_role``,
            ``subject``, ``channel`` (email, linkedin, phone, in person, ...), ``status``.
        :raises NetkitError: for an unknown contact, field or status; nothing is written then.
        """
        from .workbook import now

        unknown = set(fields) - set(ASK_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown ask field(s): {', '.join(sorted(unknown))}.")
        row = {key: clean(value) for key, value in fields.items()}
        sent = to_datetime(sent_at, "time the ask was sent")
        row["status"] = row.get("status") or ("sent" if sent else "draft")
        if row["status"] not in ASK_STATUSES:
            raise NetkitError(
                f"Ask status “{row['status']}” is not one of: {', '.join(ASK_STATUSES)}.")
        if row["status"] == "sent" and not sent:
            sent = now()
        with self.atomic():
            contact_id = self._require_contact(contact_id)
            row.update(contact_id=contact_id, message=message or "", sent_at=sent, created_at=now())
            ask_id = self._insert("asks", row)
            self._log("add", "ask", ask_id, contact_id=contact_id, status=row["status"])
            if row["status"] == "sent":
                self._schedule_3b7(ask_id, contact_id, to_date(sent),
                                   row.get("target_organization") or row.get("target_industry"))
            return ask_id

    def update_ask(self, ask_id: int, **fields) -> None:
        """Change a draft's message, subject or targets.

        :raises NetkitError: for an unknown ask or field, or an ask that was already sent.
        """
        allowed = ("message", "subject", "target_industry", "target_organization", "target_role",
                   "channel")
        unknown = set(fields) - set(allowed)
        if unknown:
            raise NetkitError(f"Unknown ask field(s): {', '.join(sorted(unknown))}.")
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("draft",), "edited")
            changes = {k: (v or "") if k == "message" else clean(v) for k, v in fields.items()}
            self._update("asks", ask["id"], changes)
            self._log("edit", "ask", ask["id"], fields=sorted(fields))

    def mark_ask_sent(self, ask_id: int, sent_at=None, channel: str | None = None,
                      message: str | None = None) -> None:
        """Mark a draft as sent (now, or at ``sent_at``) and schedule the 3B7 follow-ups.

        :param channel: how you sent it (email, linkedin, phone, in person, ...).
        :param message: the final text, if you changed it while sending.
        :raises NetkitError: for an unknown ask, one that is not a draft, or a bad time.
        """
        from .workbook import now

        sent = to_datetime(sent_at, "time the ask was sent") or now()
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("draft",), "sent")
            changes = {"status": "sent", "sent_at": sent}
            if clean(channel):
                changes["channel"] = clean(channel)
            if message is not None:
                changes["message"] = message
            self._update("asks", ask["id"], changes)
            self._log("send", "ask", ask["id"], channel=changes.get("channel", ask["channel"]))
            self._schedule_3b7(ask["id"], ask["contact_id"], to_date(sent),
                               ask["target_organization"] or ask["target_industry"])

    def _answer(self, ask: dict, status: str, on, closed: bool) -> None:
        from .workbook import now

        answered = to_datetime(on, "date of the answer") or now()
        changes = {"status": status}
        if not ask["replied_at"]:
            changes["replied_at"] = answered
        if closed:
            changes["closed_at"] = answered
        self._update("asks", ask["id"], changes)
        self._cancel_3b7(ask["id"])
        self._log(status.replace(" ", "_"), "ask", ask["id"])

    def mark_ask_replied(self, ask_id: int, replied_at=None) -> None:
        """They answered: the ask is "replied" and its 3B7 follow-ups are cancelled.

        :raises NetkitError: for an unknown ask, or one that was not sent.
        """
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("sent", "no reply"), "marked replied")
            self._answer(ask, "replied", replied_at, closed=False)

    def mark_ask_introduced(self, ask_id: int, name: str | None = None,
                            contact_id: int | None = None,
                            check_back_on=None, kind: str = "warm introduction", on=None) -> int:
        """They promised to introduce you: the ask is "introduced", an introduction with status
        "promised" is recorded, and a "check back" with them is scheduled 7 business days from
        ``on`` (today by default) — or on ``check_back_on`` if you agreed another date.

        :param name: who they will introduce you to (a new contact introduced by them), or
        :param contact_id: an existing contact. One of the two is required.
        :returns: the introduction's id.
        :raises NetkitError: for an unknown ask or contact, a missing name, a bad date, or an
            ask that was not sent. Nothing is written then.
        """
        from .conversations import INTRODUCTION_KINDS
        from .workbook import now

        if kind not in INTRODUCTION_KINDS:
            raise NetkitError(
                f"Introduction kind “{kind}” is not one of: {', '.join(INTRODUCTION_KINDS)}.")
        start = to_date(on, "date of the answer") or today()
        check_back = to_date(check_back_on, "check-back date")
        if not clean(name) and contact_id is None:
            raise NetkitError("Say who they will introduce you to (a name is enough).")
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("sent", "replied", "no reply"), "marked introduced")
            introducer = ask["contact_id"]
            if contact_id is not None:
                introduced = self._require_contact(contact_id, "introduced contact")
                if introduced == introducer:
                    raise NetkitError("Someone cannot introduce you to themselves.")
            else:
                introduced = self._add_contact({
                    "name": name, "introduced_by": introducer, "introduced_in_ask": ask["id"],
                    "source": "referral", "organization": ask["target_organization"],
                    "industry": ask["target_industry"],
                })
            check_back = check_back or self.add_business_days(start, CHECK_BACK_DAYS)
            stamp = now()
            intro_id = self._insert("introductions", {
                "introducer_id": introducer, "contact_id": introduced, "ask_id": ask["id"],
                "kind": kind, "status": "promised", "check_back_on": check_back.isoformat(),
                "created_at": stamp, "updated_at": stamp,
            })
            self._log("add", "introduction", intro_id, introducer_id=introducer,
                      contact_id=introduced, status="promised")
            self._answer(ask, "introduced", on, closed=True)
            self._add_followup("check back", introducer, check_back, ask_id=ask["id"],
                               introduction_id=intro_id,
                               note="Check back about the introduction they offered.")
            return intro_id

    def mark_ask_declined(self, ask_id: int, on=None) -> None:
        """They said no (kindly, we hope): the ask is closed and its 3B7 follow-ups cancelled."""
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("sent", "replied", "no reply"), "marked declined")
            self._answer(ask, "declined", on, closed=True)

    def mark_ask_no_reply(self, ask_id: int, on=None) -> None:
        """No answer even after the follow-up: the ask is closed as "no reply" and any open 3B7
        follow-ups are cancelled. A late reply can still be recorded afterwards."""
        from .workbook import now

        closed = to_datetime(on, "date") or now()
        with self.atomic():
            ask = self._ask_row(ask_id)
            self._require_status(ask, ("sent",), "marked as having no reply")
            self._update("asks", ask["id"], {"status": "no reply", "closed_at": closed})
            self._cancel_3b7(ask["id"])
            self._log("no_reply", "ask", ask["id"])

    # ----- reads -----------------------------------------------------------------------------

    def ask(self, ask_id: int) -> dict:
        """One ask as a dict."""
        return self._ask_row(ask_id)

    def asks(self) -> pd.DataFrame:
        """All asks with the contact's name, newest first."""
        return self._df(
            "SELECT a.*, c.name AS contact_name FROM asks a JOIN contacts c ON c.id = a.contact_id "
            "ORDER BY coalesce(a.sent_at, a.created_at) DESC, a.id DESC"
        )
