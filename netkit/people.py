"""A person's page: the path of introductions that led to them, everything that happened
with them in time order, and notes that count as being in touch."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from .contacts import MAX_DEPTH, change_contact, require_contact
from .dates import to_date, today
from .errors import NetkitError
from .followups import keep_in_touch
from .followups.due import describe_followup
from .introductions import INTRODUCED_ON
from .text import clean

if TYPE_CHECKING:
    from .store import Store

__all__ = ["path_to", "path_text", "timeline", "add_note", "last_in_touch"]

# A line add_note writes: "2026-03-02: coffee, talked about the new plant".
_NOTE_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}):", re.MULTILINE)


def path_to(store: Store, contact_id: int) -> list[dict[str, Any]]:
    """Who led to this person, from someone on your own list down to them: a list of
    ``{"id", "name"}`` (one entry for someone on your own list)."""
    contact_id = require_contact(store, contact_id)
    rows = store.rows(
        """
        WITH RECURSIVE up(id, name, introduced_by, depth) AS (
            SELECT id, name, introduced_by, 0 FROM contacts WHERE id = ?
            UNION ALL
            SELECT c.id, c.name, c.introduced_by, up.depth + 1
            FROM contacts c JOIN up ON c.id = up.introduced_by WHERE up.depth < ?
        )
        SELECT id, name FROM up ORDER BY depth DESC
        """,
        (contact_id, MAX_DEPTH),
    )
    return rows


def path_text(path: list[dict[str, Any]]) -> str:
    """"You → Olga → Ben → Chiara", and what it means, in one line."""
    names = " → ".join(["You", *(row["name"] for row in path)])
    steps = len(path) - 1
    if steps == 0:
        return f"{names} · someone you knew yourself"
    if steps == 1:
        return f"{names} · introduced by {path[0]['name']}, whom you knew yourself"
    return f"{names} · {steps} introductions from someone you knew yourself"


def timeline(store: Store, contact_id: int) -> list[dict[str, Any]]:
    """Everything that happened with one person, oldest first: ``on`` (a date), ``what``
    (a plain sentence) and ``kind`` (ask, conversation, introduction, follow-up, added)."""
    contact_id = require_contact(store, contact_id)
    items: list[dict[str, Any]] = []

    def add(on: Any, what: str, kind: str) -> None:
        day = to_date(on) if on else None
        if day is not None:
            items.append({"on": day, "what": what, "kind": kind})

    contact = store.row("SELECT name, source, created_at FROM contacts WHERE id = ?",
                        (contact_id,)) or {}
    add(contact.get("created_at"), f"Added to your workbook ({contact.get('source')})", "added")
    for ask in store.rows("SELECT * FROM asks WHERE contact_id = ?", (contact_id,)):
        target = ask["target_organization"] or ask["target_industry"] or ask["target_role"]
        about = f" about {target}" if target else ""
        if ask["sent_at"]:
            add(ask["sent_at"], f"You asked for introductions{about}", "ask")
        else:
            add(ask["created_at"], f"You drafted an ask{about}", "ask")
        if ask["replied_at"]:
            add(ask["replied_at"], f"They answered: {ask['status']}", "ask")
    for talk in store.rows("SELECT * FROM conversations WHERE contact_id = ?", (contact_id,)):
        if talk["status"] == "held":
            names = store.one("SELECT count(*) FROM introductions WHERE conversation_id = ?",
                              (talk["id"],))
            asked = "you asked who else" if talk["asked_for_names"] else "no names asked"
            add(talk["held_on"], f"Conversation held · {asked} · {names} name(s) given",
                "conversation")
        elif talk["status"] == "cancelled":
            add(talk["updated_at"], "A planned conversation was cancelled", "conversation")
        else:
            add(talk["scheduled_for"] or talk["created_at"], "Conversation planned",
                "conversation")
    when = f"{INTRODUCED_ON} AS day"
    for intro in store.rows(
        f"SELECT i.status, b.name, {when} FROM introductions i "
        "JOIN contacts b ON b.id = i.contact_id WHERE i.introducer_id = ?", (contact_id,)):
        add(intro["day"], f"Suggested you talk to {intro['name']} ({intro['status']})",
            "introduction")
    for intro in store.rows(
        f"SELECT i.status, a.name, {when} FROM introductions i "
        "JOIN contacts a ON a.id = i.introducer_id WHERE i.contact_id = ?", (contact_id,)):
        add(intro["day"], f"Introduced by {intro['name']} ({intro['status']})", "introduction")
    for row in store.rows("SELECT * FROM followups WHERE contact_id = ?", (contact_id,)):
        what = describe_followup(row["kind"], contact.get("name"))
        if row["done_at"]:
            add(row["done_at"], f"Done: {what}", "follow-up")
        elif not row["cancelled_at"]:
            add(row["due_on"], f"To do: {what}", "follow-up")
    items.sort(key=lambda item: item["on"])
    return items


def add_note(store: Store, contact_id: int, text: str, on: Any = None) -> None:
    """Add a dated line to a contact's notes (you were in touch: their keep-in-touch
    reminder moves on).

    :raises NetkitError: for an unknown contact or an empty note.
    """
    note = clean(text)
    if not note:
        raise NetkitError("Write something for the note first.")
    day: date = to_date(on, "date of the note") or today()
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        current = store.one("SELECT notes FROM contacts WHERE id = ?", (contact_id,)) or ""
        line = f"{day.isoformat()}: {note}"
        change_contact(store, contact_id, {"notes": f"{current}\n{line}".strip()})
        keep_in_touch(store, contact_id, day)


def last_in_touch(store: Store, contact_id: int) -> date | None:
    """The last day the workbook knows you were in touch with someone: an ask you sent
    them or their answer, a conversation held, names they gave you, a follow-up with them
    done, a dated note (:func:`add_note`); None when it knows of none. Days after today
    are left out.

    :raises NetkitError: for an unknown contact.
    """
    contact_id = require_contact(store, contact_id)
    days = [store.one(sql, (contact_id,)) for sql in (
        "SELECT max(max(coalesce(sent_at, ''), coalesce(replied_at, ''))) FROM asks "
        "WHERE contact_id = ?",
        "SELECT max(held_on) FROM conversations WHERE contact_id = ? AND status = 'held'",
        f"SELECT max({INTRODUCED_ON}) FROM introductions i WHERE i.introducer_id = ?",
        "SELECT max(done_at) FROM followups WHERE contact_id = ?",
    )]
    notes = store.one("SELECT notes FROM contacts WHERE id = ?", (contact_id,)) or ""
    days += _NOTE_DAY.findall(notes)
    found = [d for d in map(_day, days) if d is not None and d <= today()]
    return max(found, default=None)


def _day(value: Any) -> date | None:
    """The day a stored value names, or None (a note may hold "2026-13-40:")."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
