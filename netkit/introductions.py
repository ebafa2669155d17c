"""Introductions: who introduced you to whom, from which ask or conversation, and how far
it has come (promised → details received → contacted → met, or a dead end).

This is where a name becomes a contact. :func:`take_name` applies the one rule for "the
same person" (:mod:`netkit.identity`): a name that is someone already in your workbook is
linked, not doubled; anyone else is added, introduced by the person who gave the name,
one generation deeper. Each step of an introduction brings the reminder that fits it:
a name you were given → "write to them"; a promised introduction → "check back" with
the person who promised it, seven business days on.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from . import identity
from .contacts import change_contact, insert_contact, match_person, require_contact
from .dates import now, today
from .errors import NetkitError
from .followups import add_followup, cancel_followups
from .profile import business_days_after
from .text import clean

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["INTRODUCTION_KINDS", "INTRODUCTION_STATUSES", "NEXT_STEPS", "CHECK_BACK_DAYS",
           "INTRODUCED_ON",
           "WRITE_TO_DAYS", "NAME_KEYS", "check_names", "entry_kind", "take_name",
           "record_introduction", "move_introduction", "introductions", "given_names"]

INTRODUCTION_KINDS = ("warm introduction", "name only", "may use my name")
INTRODUCTION_STATUSES = ("promised", "details received", "contacted", "met", "dead end")
# What an introduction waits for, at each status: what to do next, in plain words.
NEXT_STEPS = {
    "promised": "Wait for {introducer} to introduce you; check back if you hear nothing",
    "details received": "Write to {name}",
    "contacted": "Wait for {name}'s answer, then plan a conversation",
    "met": "Tell {introducer} how it went",
    "dead end": "Nothing more to do",
}
CHECK_BACK_DAYS = 7
WRITE_TO_DAYS = 1
# The day an introduction happened (SQL over ``introductions i``): the conversation or the
# answer that brought it, else when it was written down.
INTRODUCED_ON = ("coalesce((SELECT held_on FROM conversations v WHERE v.id = i.conversation_id),"
                 " substr((SELECT replied_at FROM asks k WHERE k.id = i.ask_id), 1, 10),"
                 " substr(i.created_at, 1, 10))")
# Keys of a name entry that are not contact fields.
NAME_KEYS = ("kind", "same_as", "mention", "offered", "copy_introducer")
_UNSET = object()


def check_names(names: Any) -> list[dict[str, Any]]:
    """Validate the names given (a list of dicts with ``name``); NetkitError naming the
    first entry that is not right. Returns them as a list of dicts."""
    if names is None:
        return []
    if isinstance(names, (str, bytes, dict)):
        raise NetkitError("Names must be a list of people, e.g. [{\"name\": \"Ana Abara\"}].")
    entries = list(names)
    for position, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not clean(entry.get("name")):
            raise NetkitError(f"Name number {position} has no name.")
        kind = entry.get("kind") or "name only"
        if kind not in INTRODUCTION_KINDS:
            raise NetkitError(f"“{kind}” is not one of: {', '.join(INTRODUCTION_KINDS)}.")
    return entries


def entry_kind(entry: dict[str, Any]) -> tuple[str, str]:
    """(kind, status) of a name as given: "they offered to introduce me" is a warm
    introduction still promised; "you may mention my name" lets you use theirs; else the
    entry's ``kind`` (default "name only"), with the details in hand."""
    if entry.get("offered"):
        return "warm introduction", "promised"
    if entry.get("mention"):
        return "may use my name", "details received"
    return entry.get("kind") or "name only", "details received"


def take_name(store: Store, speaker_id: int, entry: dict[str, Any], *,
              conversation_id: int | None = None, ask_id: int | None = None,
              status: str | None = None, on: date | None = None,
              remind: bool = True) -> tuple[int, int | None]:
    """Turn one name given by ``speaker_id`` into a contact and an introduction (inside an
    open transaction). Returns ``(contact id, introduction id)``; the introduction id is
    None when this name was already recorded for the same conversation or ask.

    ``entry`` holds contact fields (``name`` required), ``kind`` or the flags ``offered``
    ("they offered to introduce me"), ``mention`` ("you may mention my name") and
    ``copy_introducer`` (copy them when you write), and optionally ``same_as``: a contact
    id to link to (the user confirmed the match), or None to add a new person whatever
    the rule says. Without ``same_as`` the rule decides: a same or likely match is linked.

    A linked contact keeps everything you wrote: blanks are filled, differing values
    are kept (and listed in the event), someone on your own list is not given an
    introducer, and an archived contact stays archived.

    With ``remind``, a name you can write to now gets a "write to them" reminder, due
    the day after ``on`` (today by default).
    """
    fields = {k: v for k, v in entry.items() if k not in NAME_KEYS}
    kind, given_status = entry_kind(entry)
    same_as = entry.get("same_as", _UNSET)
    if same_as is _UNSET:
        taken = [m for m in match_person(store, fields, exclude=[speaker_id]) if m.taken]
        named_id = taken[0].contact_id if taken else None
    elif same_as is None or same_as is False:
        named_id = None
    else:
        named_id = require_contact(store, same_as, "the same person as")
        if named_id == speaker_id:
            raise NetkitError("Someone cannot introduce you to themselves.")
    if named_id is None:
        named_id = insert_contact(store, {
            "source": "referral", **fields, "introduced_by": speaker_id,
            "introduced_in_conversation": conversation_id, "introduced_in_ask": ask_id,
        })
    else:
        _link(store, named_id, fields)
    intro_id = record_introduction(store, speaker_id, named_id, kind=kind,
                                   status=status or given_status,
                                   conversation_id=conversation_id, ask_id=ask_id,
                                   copy_introducer=bool(entry.get("copy_introducer")))
    if intro_id is not None and remind and (status or given_status) == "details received":
        _write_to(store, intro_id, named_id, on or today())
    return named_id, intro_id


def _write_to(store: Store, intro_id: int, contact_id: int, day: date) -> None:
    add_followup(store, "write to them", contact_id, day + timedelta(days=WRITE_TO_DAYS),
                 introduction_id=intro_id)


def _link(store: Store, contact_id: int, fields: dict[str, Any]) -> None:
    """Fill in what an existing contact lacks from a name given for them."""
    current = store.row("SELECT * FROM contacts WHERE id = ?", (contact_id,)) or {}
    given = {k: v for k, v in fields.items() if k in identity.COMPARED or k == "tags"}
    fills, kept = identity.differences(current, given)
    if fills:
        change_contact(store, contact_id, {k: new for k, (_, new) in fills.items()})
    store.log("link", "contact", contact_id, filled=sorted(fills), kept=sorted(kept),
              archived=current.get("archived_at") is not None)


def record_introduction(store: Store, introducer_id: int, contact_id: int, *,
                        kind: str = "name only", status: str = "details received",
                        conversation_id: int | None = None, ask_id: int | None = None,
                        check_back_on: str | None = None,
                        copy_introducer: bool = False) -> int | None:
    """Record that ``introducer_id`` introduced you to ``contact_id`` (inside an open
    transaction); None when that introduction is already recorded for the same
    conversation or ask."""
    if kind not in INTRODUCTION_KINDS:
        raise NetkitError(
            f"Introduction kind “{kind}” is not one of: {', '.join(INTRODUCTION_KINDS)}.")
    if introducer_id == contact_id:
        raise NetkitError("Someone cannot introduce you to themselves.")
    if store.one(
        "SELECT 1 FROM introductions WHERE introducer_id = ? AND contact_id = ? "
        "AND conversation_id IS ? AND ask_id IS ?",
        (introducer_id, contact_id, conversation_id, ask_id),
    ):
        return None
    stamp = now()
    intro_id = store.insert("introductions", {
        "introducer_id": introducer_id, "contact_id": contact_id, "ask_id": ask_id,
        "conversation_id": conversation_id, "kind": kind, "status": status,
        "check_back_on": check_back_on, "copy_introducer": int(copy_introducer),
        "created_at": stamp, "updated_at": stamp,
    })
    store.log("add", "introduction", intro_id, introducer_id=introducer_id,
              contact_id=contact_id, status=status)
    return intro_id


def schedule_check_back(store: Store, introducer_id: int, day: date, *,
                        ask_id: int | None = None, conversation_id: int | None = None,
                        check_back_on: date | None = None) -> date:
    """One "check back" with whoever promised introductions (from an ask or a
    conversation), seven business days after ``day`` unless you agreed a date; the
    promised introductions carry the date. Returns it."""
    when = check_back_on or business_days_after(store, day, CHECK_BACK_DAYS)
    store.conn.execute(
        "UPDATE introductions SET check_back_on = ? WHERE status = 'promised' "
        "AND introducer_id = ? AND ask_id IS ? AND conversation_id IS ?",
        (when.isoformat(), introducer_id, ask_id, conversation_id))
    add_followup(store, "check back", introducer_id, when, ask_id=ask_id,
                 conversation_id=conversation_id,
                 note="Check back about the introduction they offered.")
    return when


def move_introduction(store: Store, introduction_id: int, status: str) -> None:
    """Move an introduction on: promised → details received → contacted → met, or a dead
    end. The reminders follow: details received brings "write to them"; contacted, met
    or a dead end clears it; once nothing from that ask or conversation is still only
    promised, its check-back is no longer needed.

    :raises NetkitError: for an unknown introduction or status.
    """
    if not isinstance(status, str) or status not in INTRODUCTION_STATUSES:
        raise NetkitError(f"“{status}” is not one of: {', '.join(INTRODUCTION_STATUSES)}.")
    with store.atomic():
        number = store.require("introductions", introduction_id, "introduction")
        row = store.row("SELECT * FROM introductions WHERE id = ?", (number,)) or {}
        if row["status"] == status:
            return
        store.update("introductions", row["id"], {"status": status, "updated_at": now()})
        store.log("move", "introduction", row["id"], status=status, was=row["status"])
        if status == "details received":
            _write_to(store, row["id"], row["contact_id"], today())
        elif status in ("contacted", "met", "dead end"):
            cancel_followups(store, "kind = 'write to them' AND introduction_id = ?",
                             (row["id"],), introduction_id=row["id"])
        if row["status"] == "promised" and not store.one(
            "SELECT 1 FROM introductions WHERE status = 'promised' AND introducer_id = ? "
            "AND ask_id IS ? AND conversation_id IS ?",
            (row["introducer_id"], row["ask_id"], row["conversation_id"]),
        ):
            cancel_followups(
                store, "kind = 'check back' AND contact_id = ? AND ask_id IS ? "
                "AND conversation_id IS ?",
                (row["introducer_id"], row["ask_id"], row["conversation_id"]),
                introduction_id=row["id"])


_INTRODUCTIONS = """
    SELECT i.id, i.introducer_id, a.name AS introducer_name, i.contact_id,
           b.name AS contact_name, b.organization AS contact_organization,
           b.email AS contact_email, i.ask_id, i.conversation_id, i.kind, i.status,
           i.check_back_on, i.reported_back_on, i.copy_introducer, i.created_at, i.updated_at
    FROM introductions i
    JOIN contacts a ON a.id = i.introducer_id JOIN contacts b ON b.id = i.contact_id
"""


def introductions(store: Store) -> pd.DataFrame:
    """All introductions: who introduced whom, from which ask or conversation, and status."""
    return store.frame(_INTRODUCTIONS + " ORDER BY i.id")


def given_names(store: Store, include_done: bool = False) -> list[dict[str, Any]]:
    """The people you were given, newest first, each with ``next_step`` (a plain sentence)
    and ``moves`` (the statuses it can move to now). Met and dead-end ones only with
    ``include_done``."""
    where = "" if include_done else " WHERE i.status NOT IN ('met', 'dead end')"
    rows = store.rows(_INTRODUCTIONS + where + " ORDER BY i.created_at DESC, i.id DESC")
    order = INTRODUCTION_STATUSES
    for row in rows:
        first = (row["introducer_name"] or "").split(" ")[0]
        row["next_step"] = NEXT_STEPS[row["status"]].format(
            introducer=first, name=(row["contact_name"] or "").split(" ")[0])
        if row["status"] in ("met", "dead end"):
            row["moves"] = []
        else:
            later = order[order.index(row["status"]) + 1:order.index("met") + 1]
            row["moves"] = [*later, "dead end"]
    return rows
