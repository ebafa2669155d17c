"""Asks: requests to people you know for introductions into an industry or organisation.

An ask moves draft → sent → replied → introduced / declined / no reply. Sending it
schedules two follow-ups: "second person" after 3 business days (reach out to someone
else at the same organisation or industry) and "follow up" after 7 business days (one
polite nudge to the first person). Any answer cancels both. A promised introduction
schedules a "check back" with the introducer after 7 business days.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .contacts import require_contact
from .dates import now, to_date, to_datetime, today
from .errors import NetkitError
from .followups import add_followup, cancel_followups, keep_in_touch
from .introductions import (
    CHECK_BACK_DAYS,
    check_names,
    record_introduction,
    schedule_check_back,
    take_name,
)
from .profile import business_days_after
from .text import as_text, clean

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["ASK_STATUSES", "ASK_FIELDS", "CHANNELS", "SECOND_PERSON_DAYS", "FOLLOW_UP_DAYS",
           "CHECK_BACK_DAYS", "record_ask", "update_ask", "mark_ask_sent", "mark_ask_replied",
           "mark_ask_introduced", "mark_ask_declined", "mark_ask_no_reply", "get_ask", "asks",
           "answered_in_person", "record_disagreement", "disagreements"]

ASK_STATUSES = ("draft", "sent", "replied", "introduced", "declined", "no reply")
ASK_FIELDS = ("target_industry", "target_organization", "target_role", "subject", "channel",
              "status")
EDITABLE = ("message", "subject", "target_industry", "target_organization", "target_role",
            "channel")
CHANNELS = ("email", "linkedin", "phone", "in person", "text message", "other")
SECOND_PERSON_DAYS = 3
FOLLOW_UP_DAYS = 7
_WAITING = ("second person", "follow up")


def get_ask(store: Store, ask_id: Any) -> dict[str, Any]:
    """One ask as a dict; NetkitError when there is no such ask."""
    number = store.require("asks", ask_id, "ask")
    return store.row("SELECT * FROM asks WHERE id = ?", (number,)) or {}


def _require_status(ask: dict[str, Any], allowed: tuple[str, ...], doing: str) -> None:
    if ask["status"] not in allowed:
        raise NetkitError(
            f"Ask {ask['id']} is “{ask['status']}”, so it cannot be {doing} "
            f"(only an ask that is {' or '.join(allowed)})."
        )


def _schedule_waiting(store: Store, ask_id: int, contact_id: int, sent_on: date,
                      target: str | None) -> None:
    where = f" ({target})" if target else ""
    add_followup(store, "second person", contact_id,
                 business_days_after(store, sent_on, SECOND_PERSON_DAYS), ask_id=ask_id,
                 note=f"No answer yet? Ask a second person{where}.")
    add_followup(store, "follow up", contact_id,
                 business_days_after(store, sent_on, FOLLOW_UP_DAYS), ask_id=ask_id,
                 note="Send one short, friendly follow-up.")
    keep_in_touch(store, contact_id, sent_on, ask_id=ask_id)  # an ask is being in touch


def _cancel_waiting(store: Store, ask_id: int) -> int:
    return cancel_followups(store, "ask_id = ? AND kind IN (?, ?)", (ask_id, *_WAITING),
                            ask_id=ask_id)


def record_ask(store: Store, contact_id: int, message: str, sent_at: Any = None,
               **fields: Any) -> int:
    """Record an ask for introductions; ``sent_at`` set means it was sent (and the two
    follow-ups are scheduled from that day).

    :param fields: ``target_industry``, ``target_organization``, ``target_role``,
        ``subject``, ``channel`` (email, linkedin, phone, in person, ...), ``status``.
    :raises NetkitError: for an unknown contact, field or status; nothing is written then.
    """
    unknown = set(fields) - set(ASK_FIELDS)
    if unknown:
        raise NetkitError(f"Unknown ask field(s): {', '.join(sorted(unknown))}.")
    row: dict[str, Any] = {key: clean(value, f"The {key.replace('_', ' ')}")
                           for key, value in fields.items()}
    text = as_text(message, "The message") or ""
    sent = to_datetime(sent_at, "time the ask was sent")
    row["status"] = row.get("status") or ("sent" if sent else "draft")
    if row["status"] not in ASK_STATUSES:
        raise NetkitError(
            f"Ask status “{row['status']}” is not one of: {', '.join(ASK_STATUSES)}.")
    if row["status"] == "sent" and not sent:
        sent = now()
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        row.update(contact_id=contact_id, message=text, sent_at=sent, created_at=now())
        ask_id = store.insert("asks", row)
        store.log("add", "ask", ask_id, contact_id=contact_id, status=row["status"])
        if row["status"] == "sent":
            sent_on = to_date(sent) or today()
            _schedule_waiting(store, ask_id, contact_id, sent_on,
                              row.get("target_organization") or row.get("target_industry"))
        return ask_id


def update_ask(store: Store, ask_id: int, **fields: Any) -> None:
    """Change a draft's message, subject or targets.

    :raises NetkitError: for an unknown ask or field, or an ask that was already sent.
    """
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise NetkitError(f"Unknown ask field(s): {', '.join(sorted(unknown))}.")
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("draft",), "edited")
        changes = {k: (as_text(v, "The message") or "") if k == "message"
                   else clean(v, f"The {k.replace('_', ' ')}") for k, v in fields.items()}
        store.update("asks", ask["id"], changes)
        store.log("edit", "ask", ask["id"], fields=sorted(fields))


def mark_ask_sent(store: Store, ask_id: int, sent_at: Any = None, channel: str | None = None,
                  message: str | None = None) -> None:
    """Mark a draft as sent (now, or at ``sent_at``) and schedule its two follow-ups.

    :param channel: how you sent it (email, linkedin, phone, in person, ...).
    :param message: the final text, if you changed it while sending.
    :raises NetkitError: for an unknown ask, one that is not a draft, or a bad time.
    """
    sent = to_datetime(sent_at, "time the ask was sent") or now()
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("draft",), "sent")
        changes: dict[str, Any] = {"status": "sent", "sent_at": sent}
        if clean(channel):
            changes["channel"] = clean(channel)
        if message is not None:
            changes["message"] = message
        store.update("asks", ask["id"], changes)
        store.log("send", "ask", ask["id"], channel=changes.get("channel", ask["channel"]))
        _schedule_waiting(store, ask["id"], ask["contact_id"], to_date(sent) or today(),
                          ask["target_organization"] or ask["target_industry"])


def _answer(store: Store, ask: dict[str, Any], status: str, on: Any, closed: bool) -> None:
    answered = to_datetime(on, "date of the answer") or now()
    changes = {"status": status}
    if not ask["replied_at"]:
        changes["replied_at"] = answered
    if closed:
        changes["closed_at"] = answered
    store.update("asks", ask["id"], changes)
    _cancel_waiting(store, ask["id"])
    store.log(status.replace(" ", "_"), "ask", ask["id"])


def answered_in_person(store: Store, contact_id: int, day: date) -> int:
    """You talked with someone you had sent an ask: it is answered (inside an open
    transaction); its reminders to ask a second person or follow up are cancelled.
    Returns how many asks it answered."""
    open_asks = store.rows("SELECT * FROM asks WHERE contact_id = ? AND status = 'sent'",
                           (contact_id,))
    for ask in open_asks:
        _answer(store, ask, "replied", day.isoformat(), closed=False)
    return len(open_asks)


def mark_ask_replied(store: Store, ask_id: int, replied_at: Any = None) -> None:
    """They answered: the ask is "replied" and its two follow-ups are cancelled.

    :raises NetkitError: for an unknown ask, or one that was not sent.
    """
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("sent", "no reply"), "marked replied")
        _answer(store, ask, "replied", replied_at, closed=False)


def mark_ask_introduced(store: Store, ask_id: int, name: str | None = None,
                        contact_id: int | None = None, check_back_on: Any = None,
                        kind: str = "warm introduction", on: Any = None,
                        names: list[dict[str, Any]] | None = None) -> int:
    """They promised to introduce you: the ask is "introduced", an introduction with status
    "promised" is recorded for each person, and a "check back" with the introducer is
    scheduled 7 business days from ``on`` (today by default), or on ``check_back_on`` if
    you agreed another date.

    Say who with ``name`` (a new contact introduced by them, or the existing contact the
    identity rule matches), ``contact_id`` (an existing contact), or ``names`` (any
    number of entries as for :func:`netkit.conversations.log_conversation`). Nothing is
    guessed: the person's organisation is what you say it is.

    :returns: the (first) introduction's id.
    :raises NetkitError: for an unknown ask or contact, a missing name, a bad date, or an
        ask that was not sent. Nothing is written then.
    """
    start = to_date(on, "date of the answer") or today()
    check_back = to_date(check_back_on, "check-back date")
    entries = check_names(names)
    if clean(name):
        entries.insert(0, {"name": name, "kind": kind})
    if not entries and contact_id is None:
        raise NetkitError("Say who they will introduce you to (a name is enough).")
    for entry in entries:
        entry.setdefault("kind", kind)
        if "offered" not in entry and "mention" not in entry:
            entry["offered"] = True  # an answer to an ask is a promise, unless you say more
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("sent", "replied", "no reply"), "marked introduced")
        introducer = ask["contact_id"]
        people: list[tuple[int, int | None]] = []
        if contact_id is not None:
            existing = require_contact(store, contact_id, "introduced contact")
            people.append((existing, record_introduction(
                store, introducer, existing, kind=kind, status="promised", ask_id=ask["id"])))
        people += [take_name(store, introducer, entry, ask_id=ask["id"], on=start)
                   for entry in entries]
        intro_ids = [intro_id for _, intro_id in people if intro_id is not None]
        if not intro_ids:
            raise NetkitError("Those introductions are already recorded for this ask.")
        _answer(store, ask, "introduced", on, closed=True)
        if store.one("SELECT 1 FROM introductions WHERE ask_id = ? AND status = 'promised'",
                     (ask["id"],)):
            schedule_check_back(store, introducer, start, ask_id=ask["id"],
                                check_back_on=check_back)
        keep_in_touch(store, introducer, start, helped=True, ask_id=ask["id"])
        return intro_ids[0]


def mark_ask_declined(store: Store, ask_id: int, on: Any = None) -> None:
    """They said no (kindly, we hope): the ask is closed and its follow-ups cancelled."""
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("sent", "replied", "no reply"), "marked declined")
        _answer(store, ask, "declined", on, closed=True)


def mark_ask_no_reply(store: Store, ask_id: int, on: Any = None) -> None:
    """No answer even after the follow-up: the ask is closed as "no reply" and any open
    follow-ups of it are cancelled. A late reply can still be recorded afterwards."""
    closed = to_datetime(on, "date") or now()
    with store.atomic():
        ask = get_ask(store, ask_id)
        _require_status(ask, ("sent",), "marked as having no reply")
        store.update("asks", ask["id"], {"status": "no reply", "closed_at": closed})
        _cancel_waiting(store, ask["id"])
        store.log("no_reply", "ask", ask["id"])


def asks(store: Store) -> pd.DataFrame:
    """All asks with the contact's name, newest first."""
    return store.frame(
        "SELECT a.*, c.name AS contact_name FROM asks a JOIN contacts c ON c.id = a.contact_id "
        "ORDER BY coalesce(a.sent_at, a.created_at) DESC, a.id DESC"
    )


def record_disagreement(store: Store, message: Any, flags: list[tuple[str, str]],
                        contact_id: Any = None, ask_id: Any = None) -> int:
    """Keep the user's "this is not a job ask" on a message the check flagged: the message,
    the first flag's ``(code, excerpt)`` from ``flags``, and the contact or ask it was for.

    :raises NetkitError: when nothing was flagged, or for an unknown contact or ask.
    """
    text = as_text(message, "The message") or ""
    if not flags:
        raise NetkitError("The check does not flag this message as a job ask, so there is "
                          "nothing to disagree with.")
    code, excerpt = flags[0]
    with store.atomic():
        row = {"message": text, "code": code, "excerpt": excerpt, "created_at": now(),
               "contact_id": require_contact(store, contact_id) if contact_id is not None
               else None,
               "ask_id": get_ask(store, ask_id)["id"] if ask_id is not None else None}
        number = store.insert("check_disagreements", row)
        store.log("disagree", "check", number, code=code)
        return number


def disagreements(store: Store) -> pd.DataFrame:
    """Every "this is not a job ask", newest first: ``id``, ``created_at``, ``code``,
    ``excerpt``, ``message``, ``contact_id``, ``ask_id``."""
    return store.frame("SELECT id, created_at, code, excerpt, message, contact_id, ask_id "
                       "FROM check_disagreements ORDER BY id DESC")
