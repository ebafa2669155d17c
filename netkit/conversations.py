"""Informational interviews: planning one, preparing for it, and logging what came of it.

Logging a conversation is where the chain grows: every name the person gave becomes a
contact introduced by them, one generation deeper (see :mod:`netkit.introductions`).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .asks import answered_in_person
from .contacts import require_contact
from .dates import now, to_date, to_datetime, today
from .errors import NetkitError
from .followups import KEEP_IN_TOUCH_MONTHS, add_followup, cancel_followups, keep_in_touch
from .introductions import INTRODUCTION_KINDS, check_names, schedule_check_back, take_name
from .profile import get_profile
from .store import parse_id
from .text import clean, parse_bool

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["CONVERSATION_STATUSES", "INTRODUCTION_KINDS", "KEEP_IN_TOUCH_MONTHS",
           "THANK_YOU_DAYS", "LEARN_COUNT", "parse_minutes", "require_conversation",
           "schedule_conversation", "update_conversation", "get_conversation",
           "planned_conversations", "conversations_to_log", "count_conversations_to_log",
           "preparation",
           "prepare_conversation", "log_conversation", "conversations"]

CONVERSATION_STATUSES = ("requested", "scheduled", "held", "cancelled")
SCHEDULE_FIELDS = ("minutes", "place", "status", "notes", "prep_known", "prep_why_you", "next_step")
PLAN_FIELDS = ("when", "minutes", "place", "status", "next_step", "notes")
LOG_FIELDS = ("notes", "offered_to_introduce", "thank_you_sent_on", "next_step", "minutes",
              "place", "conversation_id", "answers")
THANK_YOU_DAYS = 1
LEARN_COUNT = 3


def parse_minutes(value: Any) -> int:
    """A conversation's length in minutes (5–240); NetkitError otherwise."""
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise NetkitError(f"Length must be a number of minutes, not “{value}”.") from None
    if not 5 <= minutes <= 240:
        raise NetkitError(f"Length must be between 5 and 240 minutes, not {minutes}.")
    return minutes


def require_conversation(store: Store, conversation_id: Any) -> int:
    """The id of an existing conversation; NetkitError otherwise."""
    return store.require("conversations", conversation_id, "conversation")


# ----- planning ------------------------------------------------------------------------------

def schedule_conversation(store: Store, contact_id: int, when: Any, **fields: Any) -> int:
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
    row: dict[str, Any] = {key: clean(value, f"The {key.replace('_', ' ')}")
                           for key, value in fields.items()}
    if "minutes" in fields:
        row["minutes"] = parse_minutes(fields["minutes"])
    when_text = to_datetime(when, "date for the conversation")
    if status == "scheduled" and when_text is None:
        raise NetkitError("A scheduled conversation needs a date.")
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        stamp = now()
        row.update(contact_id=contact_id, status=status, scheduled_for=when_text,
                   created_at=stamp, updated_at=stamp)
        conversation_id = store.insert("conversations", row)
        store.log("schedule", "conversation", conversation_id, contact_id=contact_id,
                  when=when_text)
        return conversation_id


def get_conversation(store: Store, conversation_id: Any) -> dict[str, Any]:
    """One conversation with its contact's name, organisation and e-mail, and the
    preparation (``prep_learn`` as a list)."""
    record = store.row(
        "SELECT v.*, c.name AS contact_name, c.organization AS contact_organization, "
        "c.email AS contact_email FROM conversations v JOIN contacts c ON c.id = v.contact_id "
        "WHERE v.id = ?",
        (require_conversation(store, conversation_id),),
    ) or {}
    record["prep_learn"] = json.loads(record["prep_learn"] or "[]")
    return record


def planned_conversations(store: Store, contact_id: int | None = None) -> pd.DataFrame:
    """Conversations still ahead (requested or scheduled), soonest first: ``id``,
    ``contact_id``, ``contact_name``, ``organization``, ``status``, ``scheduled_for``,
    ``minutes``, ``place``."""
    where, params = "v.status IN ('requested', 'scheduled')", tuple[int, ...]()
    if contact_id is not None:
        where += " AND v.contact_id = ?"
        params = (int(contact_id),)
    return store.frame(
        "SELECT v.id, v.contact_id, c.name AS contact_name, c.organization, v.status, "
        "v.scheduled_for, v.minutes, v.place FROM conversations v "
        f"JOIN contacts c ON c.id = v.contact_id WHERE {where} "
        "ORDER BY v.scheduled_for IS NULL, v.scheduled_for, v.id",
        params,
    )


def conversations_to_log(store: Store, on: Any = None) -> list[dict[str, Any]]:
    """Planned conversations whose time has come (on or before ``on``, today by default),
    oldest first: they have probably happened and wait to be logged."""
    day = (to_date(on) or today()).isoformat()
    return store.rows(
        "SELECT v.id, v.contact_id, c.name AS contact_name, v.scheduled_for, v.status "
        f"FROM conversations v JOIN contacts c ON c.id = v.contact_id WHERE {_TO_LOG} "
        "ORDER BY v.scheduled_for, v.id", (day,))


def count_conversations_to_log(store: Store, on: Any = None) -> int:
    """How many :func:`conversations_to_log` there are (one counting query)."""
    day = (to_date(on) or today()).isoformat()
    return int(store.one(f"SELECT count(*) FROM conversations v WHERE {_TO_LOG}", (day,)) or 0)


# A planned conversation whose day has come (on or before the day given).
_TO_LOG = ("v.status IN ('requested', 'scheduled') AND v.scheduled_for IS NOT NULL "
           "AND substr(v.scheduled_for, 1, 10) <= ?")


def update_conversation(store: Store, conversation_id: int, **fields: Any) -> None:
    """Reschedule or change a planned conversation.

    :param fields: ``when`` (date, or date and time), ``minutes``, ``place`` (address or
        video link), ``status`` ("requested", "scheduled" or "cancelled"),
        ``next_step``, ``notes``.
    :raises NetkitError: for an unknown conversation or field, a bad date, or a
        scheduled conversation without a date. Nothing is written then.
    """
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise NetkitError(f"Unknown conversation field(s): {', '.join(sorted(unknown))}.")
    current = get_conversation(store, conversation_id)
    changes: dict[str, Any] = {
        key: clean(fields[key]) for key in ("place", "next_step", "notes") if key in fields
    }
    if "minutes" in fields:
        changes["minutes"] = parse_minutes(fields["minutes"])
    if "when" in fields:
        changes["scheduled_for"] = to_datetime(fields["when"], "date for the conversation")
    if "status" in fields:
        if fields["status"] not in ("requested", "scheduled", "cancelled"):
            raise NetkitError("A planned conversation is “requested”, “scheduled” or “cancelled”.")
        changes["status"] = fields["status"]
    status = changes.get("status", current["status"])
    if status == "scheduled" and not changes.get("scheduled_for", current["scheduled_for"]):
        raise NetkitError("A scheduled conversation needs a date.")
    if current["status"] == "held" and ("when" in fields or "status" in fields):
        raise NetkitError("This conversation has already been held; log a new one instead.")
    with store.atomic():
        store.update("conversations", current["id"], {**changes, "updated_at": now()})
        action = "reschedule" if "when" in fields else "edit"
        store.log(action, "conversation", current["id"], fields=sorted(fields),
                  when=changes.get("scheduled_for"))


def preparation(store: Store, conversation_id: int) -> dict[str, Any]:
    """Your preparation: ``known`` (what you know about them), ``why_you`` (your
    one-line pitch; your profile's "why me" until you write one for this person) and
    ``learn`` (up to three things you most want to learn)."""
    record = get_conversation(store, conversation_id)
    why_you = record["prep_why_you"] or get_profile(store).get("why_me")
    return {"known": record["prep_known"] or "", "why_you": why_you or "",
            "learn": record["prep_learn"]}


def prepare_conversation(store: Store, conversation_id: int, *, known: Any = None,
                         why_you: Any = None, learn: Any = None) -> None:
    """Save your preparation; arguments left as None are not changed.

    :param learn: up to three things you most want to learn (blank ones are dropped).
    :raises NetkitError: for an unknown conversation or more than three things to learn.
    """
    conversation_id = require_conversation(store, conversation_id)
    changes: dict[str, Any] = {}
    if known is not None:
        changes["prep_known"] = clean(known)
    if why_you is not None:
        changes["prep_why_you"] = clean(why_you)
    if learn is not None:
        items = [clean(item) for item in ([learn] if isinstance(learn, str) else learn)]
        kept = [item for item in items if item]
        if len(kept) > LEARN_COUNT:
            raise NetkitError(f"Pick the three things you most want to learn, not {len(kept)}.")
        changes["prep_learn"] = json.dumps(kept, ensure_ascii=False)
    if not changes:
        return
    with store.atomic():
        store.update("conversations", conversation_id, {**changes, "updated_at": now()})
        store.log("prepare", "conversation", conversation_id, fields=sorted(changes))


# ----- logging what happened -----------------------------------------------------------------

def log_conversation(store: Store, contact_id: int, when: Any, asked_for_names: bool,
                     names: list[dict[str, Any]] | None = None, **fields: Any) -> int:
    """Record a conversation that was held, and turn each name given into a contact.

    Each entry of ``names`` is a dict with ``name`` (required) and any contact field
    (``email``, ``organization``, ``title``, ...) plus ``kind`` ("warm introduction",
    "name only" or "may use my name") and, optionally, ``same_as`` (see
    :func:`netkit.introductions.take_name`). A name that is someone already in your
    workbook (:mod:`netkit.identity`) is linked rather than added twice. New contacts
    are introduced by ``contact_id``, one generation deeper.

    Also: a planned conversation with this person is marked held (or pass
    ``conversation_id``); a thank-you is due the next day unless ``thank_you_sent_on``
    is given; a keep-in-touch follow-up is set four months on; if this person was
    introduced by someone, a report-back to that someone is due; each name you can write
    to now gets a "write to them" reminder, and promised introductions one check-back.

    :param answers: notes per question of the conversation's script, as
        ``{script item id: text}``.

    :raises NetkitError: for an unknown contact, a nameless entry, or a bad date.
        Nothing is written then.
    """
    unknown = set(fields) - set(LOG_FIELDS)
    if unknown:
        raise NetkitError(f"Unknown conversation field(s): {', '.join(sorted(unknown))}.")
    asked = parse_bool(asked_for_names, "Asked for names")
    held_on = to_date(when, "date of the conversation")
    if held_on is None:
        raise NetkitError("When was the conversation? It needs a date.")
    entries = check_names(names)
    thank_you = to_date(fields.pop("thank_you_sent_on", None), "thank-you date")
    planned = fields.pop("conversation_id", None)
    answers = fields.pop("answers", None) or {}
    if not isinstance(answers, dict):
        raise NetkitError("Answers must be given per question, as {question number: text}.")
    row: dict[str, Any] = {key: clean(value, f"The {key.replace('_', ' ')}")
                           for key, value in fields.items()}
    if "minutes" in fields:
        row["minutes"] = parse_minutes(fields["minutes"])
    if "offered_to_introduce" in fields:
        offered = fields["offered_to_introduce"]
        row["offered_to_introduce"] = (None if offered is None else
                                       int(parse_bool(offered, "Offered to introduce")))
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        stamp = now()
        row.update(
            status="held", held_on=held_on.isoformat(),
            asked_for_names=int(asked),
            thank_you_sent_on=thank_you.isoformat() if thank_you else None, updated_at=stamp,
        )
        conversation_id = _open_conversation(store, contact_id, planned)
        if conversation_id is None:
            row.update(contact_id=contact_id, created_at=stamp)
            conversation_id = store.insert("conversations", row)
        else:
            store.update("conversations", conversation_id, row)
        store.log("hold", "conversation", conversation_id, contact_id=contact_id,
                  asked_for_names=asked, names=len(entries))
        for item_id, text in answers.items():
            cursor = store.conn.execute(
                "UPDATE script_items SET answer = ? WHERE id = ? AND conversation_id = ?",
                (clean(text, "An answer"), parse_id("question", item_id, "question"),
                 conversation_id))
            if not cursor.rowcount:
                raise NetkitError(f"Question {item_id} is not in this conversation's script.")
        for entry in entries:
            take_name(store, contact_id, entry, conversation_id=conversation_id, on=held_on)
        if store.one("SELECT 1 FROM introductions WHERE conversation_id = ? "
                     "AND status = 'promised'", (conversation_id,)):
            schedule_check_back(store, contact_id, held_on, conversation_id=conversation_id)
        answered_in_person(store, contact_id, held_on)
        _after(store, contact_id, conversation_id, held_on, thank_you)
        return conversation_id


def _open_conversation(store: Store, contact_id: int, conversation_id: Any) -> int | None:
    """The planned conversation this log completes, if any."""
    if conversation_id is not None:
        row = store.row("SELECT id, contact_id FROM conversations WHERE id = ?",
                        (conversation_id,))
        if row is None or row["contact_id"] != contact_id:
            raise NetkitError(
                f"There is no conversation number {conversation_id} with that contact.")
        return int(row["id"])
    return store.one(
        "SELECT id FROM conversations WHERE contact_id = ? "
        "AND status IN ('requested','scheduled') ORDER BY scheduled_for, id", (contact_id,))


def _after(store: Store, contact_id: int, conversation_id: int, held_on: date,
           thank_you: date | None) -> None:
    """Follow-ups every held conversation calls for, and closing the introduction loop."""
    if thank_you is None:
        add_followup(store, "thank you", contact_id, held_on + timedelta(days=THANK_YOU_DAYS),
                     conversation_id=conversation_id)
    # One keep-in-touch per person: a newer conversation moves it on.
    keep_in_touch(store, contact_id, held_on, helped=True, conversation_id=conversation_id)
    introducers = [row["introducer_id"] for row in store.rows(
        "SELECT DISTINCT introducer_id FROM introductions WHERE contact_id = ? "
        "UNION SELECT introduced_by FROM contacts WHERE id = ? AND introduced_by IS NOT NULL",
        (contact_id, contact_id))]
    for introducer in introducers:
        # Report back once, after the first meeting with the person they introduced.
        reported = store.one(
            "SELECT 1 FROM followups f JOIN conversations v ON v.id = f.conversation_id "
            "WHERE f.kind = 'report back' AND f.contact_id = ? AND v.contact_id = ? "
            "AND f.cancelled_at IS NULL", (introducer, contact_id))
        if not reported:
            add_followup(store, "report back", introducer, held_on + timedelta(days=1),
                         conversation_id=conversation_id,
                         note="Tell them you met the person they introduced you to.")
    met = [row["id"] for row in store.rows(
        "SELECT id FROM introductions WHERE contact_id = ? AND status <> 'met'", (contact_id,))]
    for intro_id in met:
        store.update("introductions", intro_id, {"status": "met", "updated_at": now()})
        store.log("move", "introduction", intro_id, status="met")
        cancel_followups(store, "kind IN ('write to them', 'check back') AND introduction_id = ?",
                         (intro_id,), introduction_id=intro_id)


def conversations(store: Store) -> pd.DataFrame:
    """All conversations with the contact's name and how many names each gave."""
    return store.frame(
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
