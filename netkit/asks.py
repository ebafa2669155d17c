"""Asks: requests to people you know for introductions into an industry or organisation."""

from __future__ import annotations

import pandas as pd

from .dates import to_datetime
from .errors import NetkitError
from .text import clean

__all__ = ["AsksMixin", "ASK_STATUSES", "ASK_FIELDS"]

ASK_STATUSES = ("draft", "sent", "replied", "introduced", "declined", "no reply")
ASK_FIELDS = ("target_industry", "target_organization", "target_role", "subject", "channel", "status")


class AsksMixin:
    """Record and list asks."""

    def record_ask(self, contact_id: int, message: str, sent_at=None, **fields) -> int:
        """Record an ask for introductions; ``sent_at`` set means it was sent.

        :param fields: ``target_industry``, ``target_organization``, ``target_role``,
            ``subject``, ``channel`` (email, linkedin, phone, in person, ...), ``status``.
        :raises NetkitError: for an unknown contact, field or status.
        """
        from .workbook import now

        unknown = set(fields) - set(ASK_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown ask field(s): {', '.join(sorted(unknown))}.")
        row = {key: clean(value) for key, value in fields.items()}
        sent = to_datetime(sent_at, "time the ask was sent")
        row["status"] = row.get("status") or ("sent" if sent else "draft")
        if row["status"] not in ASK_STATUSES:
            raise NetkitError(f"Ask status “{row['status']}” is not one of: {', '.join(ASK_STATUSES)}.")
        with self.atomic():
            contact_id = self._require_contact(contact_id)
            row.update(contact_id=contact_id, message=message or "", sent_at=sent, created_at=now())
            ask_id = self._insert("asks", row)
            self._log("add", "ask", ask_id, contact_id=contact_id, status=row["status"])
            return ask_id

    def asks(self) -> pd.DataFrame:
        """All asks with the contact's name, newest first."""
        return self._df(
            "SELECT a.*, c.name AS contact_name FROM asks a JOIN contacts c ON c.id = a.contact_id "
            "ORDER BY coalesce(a.sent_at, a.created_at) DESC, a.id DESC"
        )
