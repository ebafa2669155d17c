"""A planned conversation as an iCalendar event (RFC 5545), for any calendar app.

The event's UID is stable for a conversation, so importing it again after a reschedule
updates the same event (its SEQUENCE counts the reschedules). Times are "floating"
(no time zone): they mean the local time you typed, wherever your calendar is.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from ..conversations import get_conversation, preparation
from ..errors import NetkitError

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["conversation_ics", "conversation_event", "PRODID"]

PRODID = "-//netkit//informational interviews//EN"


def conversation_event(store: Store, conversation_id: int) -> Event:
    """The VEVENT for one conversation (UID, DTSTAMP, DTSTART, DURATION or DTEND,
    SUMMARY, LOCATION, DESCRIPTION).

    :raises NetkitError: for an unknown conversation or one without a date.
    """
    conversation = get_conversation(store, conversation_id)
    if not conversation["scheduled_for"]:
        raise NetkitError(
            f"Conversation {conversation['id']} with {conversation['contact_name']} "
            "has no date yet; schedule it first."
        )
    event = Event()
    seed = f"{conversation['id']}|{conversation['contact_id']}|{conversation['created_at']}"
    event.add("uid", f"{uuid.uuid5(uuid.NAMESPACE_URL, 'netkit:' + seed)}@netkit")
    event.add("dtstamp", datetime.now(timezone.utc).replace(microsecond=0))
    start = conversation["scheduled_for"]
    if len(start) <= 10:  # a day without a time: an all-day reminder
        day = date.fromisoformat(start)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
    else:
        event.add("dtstart", datetime.fromisoformat(start).replace(tzinfo=None))
        event.add("duration", timedelta(minutes=int(conversation["minutes"])))
    event.add("summary", f"Informational interview: {conversation['contact_name']}")
    if conversation["place"]:
        event.add("location", conversation["place"])
        if conversation["place"].startswith(("http://", "https://")):
            event.add("url", conversation["place"])
    event.add("description", _description(store, conversation))
    event.add("status", "CONFIRMED" if conversation["status"] == "scheduled" else "TENTATIVE")
    event.add("sequence", _reschedules(store, conversation["id"]))
    return event


def conversation_ics(store: Store, conversation_id: int) -> bytes:
    """A calendar file (``VERSION:2.0``, ``PRODID``) holding the conversation's event."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(conversation_event(store, conversation_id))
    return calendar.to_ical()


def _description(store: Store, conversation: dict) -> str:
    lines = [f"{conversation['minutes']} minutes of talking shop — no job request."]
    prepared = preparation(store, conversation["id"])
    if prepared["learn"]:
        lines.append("I want to learn: " + "; ".join(prepared["learn"]))
    lines.append(
        "Close with: Who else do you think I should talk to? "
        "May I mention your name when I reach out?"
    )
    return "\n".join(lines)


def _reschedules(store: Store, conversation_id: int) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM events WHERE entity = 'conversation' AND entity_id = ? "
        "AND action = 'reschedule'",
        (conversation_id,),
    ).fetchone()[0]
