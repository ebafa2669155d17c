"""Introductions: who introduced you to whom, from which ask or conversation, and how far
it has come (promised → details received → contacted → met, or a dead end).

This is where a name becomes a contact. :func:`take_name` applies the one rule for "the
same person" (:mod:`netkit.identity`): a name that is someone already in your workbook is
linked, not doubled; anyone else is added, introduced by the person who gave the name,
one generation deeper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import identity
from .contacts import change_contact, insert_contact, match_person, require_contact
from .dates import now
from .errors import NetkitError
from .followups import cancel_followups
from .text import clean

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["INTRODUCTION_KINDS", "INTRODUCTION_STATUSES", "CHECK_BACK_DAYS", "NAME_KEYS",
           "check_names", "take_name", "record_introduction", "move_introduction",
           "introductions"]

INTRODUCTION_KINDS = ("warm introduction", "name only", "may use my name")
INTRODUCTION_STATUSES = ("promised", "details received", "contacted", "met", "dead end")
CHECK_BACK_DAYS = 7
# Keys of a name entry that are not contact fields.
NAME_KEYS = ("kind", "same_as")
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


def take_name(store: Store, speaker_id: int, entry: dict[str, Any], *,
              conversation_id: int | None = None, ask_id: int | None = None,
              status: str = "details received") -> tuple[int, int | None]:
    """Turn one name given by ``speaker_id`` into a contact and an introduction (inside an
    open transaction). Returns ``(contact id, introduction id)``; the introduction id is
    None when this name was already recorded for the same conversation or ask.

    ``entry`` holds contact fields (``name`` required), ``kind`` and optionally
    ``same_as``: a contact id to link to (the user confirmed the match), or None to add
    a new person whatever the rule says. Without ``same_as`` the rule decides: a same or
    likely match is linked.

    A linked contact keeps everything you wrote: blanks are filled, differing values
    are kept (and listed in the event), someone on your own list is not given an
    introducer, and an archived contact stays archived.
    """
    fields = {k: v for k, v in entry.items() if k not in NAME_KEYS}
    kind = entry.get("kind") or "name only"
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
    intro_id = record_introduction(store, speaker_id, named_id, kind=kind, status=status,
                                   conversation_id=conversation_id, ask_id=ask_id)
    return named_id, intro_id


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
                        check_back_on: str | None = None) -> int | None:
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
        "check_back_on": check_back_on, "created_at": stamp, "updated_at": stamp,
    })
    store.log("add", "introduction", intro_id, introducer_id=introducer_id,
              contact_id=contact_id, status=status)
    return intro_id


def move_introduction(store: Store, introduction_id: int, status: str) -> None:
    """Move an introduction on: promised → details received → contacted → met, or a dead
    end. Once it is no longer only promised, its check-back reminder is cancelled.

    :raises NetkitError: for an unknown introduction or status.
    """
    if status not in INTRODUCTION_STATUSES:
        raise NetkitError(
            f"“{status}” is not one of: {', '.join(INTRODUCTION_STATUSES)}.")
    with store.atomic():
        row = store.row("SELECT id, status FROM introductions WHERE id = ?", (introduction_id,))
        if row is None:
            raise NetkitError(f"There is no introduction number {introduction_id}.")
        if row["status"] == status:
            return
        store.update("introductions", row["id"], {"status": status, "updated_at": now()})
        store.log("move", "introduction", row["id"], status=status, was=row["status"])
        if status != "promised":
            cancel_followups(store, "kind = 'check back' AND introduction_id = ?", (row["id"],),
                             introduction_id=row["id"])


def introductions(store: Store) -> pd.DataFrame:
    """All introductions: who introduced whom, from which ask or conversation, and status."""
    return store.frame(
        """
        SELECT i.id, i.introducer_id, a.name AS introducer_name, i.contact_id,
               b.name AS contact_name, i.ask_id, i.conversation_id, i.kind, i.status,
               i.check_back_on, i.reported_back_on, i.created_at
        FROM introductions i
        JOIN contacts a ON a.id = i.introducer_id JOIN contacts b ON b.id = i.contact_id
        ORDER BY i.id
        """
    )
