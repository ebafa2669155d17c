"""Open follow-ups as an iCalendar file (RFC 5545) that calendar apps import."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .due import due_rows

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["followups_ics", "PRODID"]

PRODID = "-//netkit//follow-ups//EN"


def followups_ics(store: Store) -> bytes:
    """Every open follow-up as a ``VTODO`` with ``UID`` (stable per follow-up and workbook),
    ``DTSTAMP``, ``DUE`` (a date), ``SUMMARY`` and ``DESCRIPTION``; the calendar carries
    ``VERSION:2.0`` and ``PRODID``. An empty list gives a valid, empty calendar."""
    from icalendar import Calendar, Todo

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "netkit follow-ups")
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    workbook_key = hashlib.sha1(str(store.path).encode()).hexdigest()[:10]
    for row in due_rows(store):
        todo = Todo()
        todo.add("uid", f"followup-{row['id']}-{workbook_key}@netkit")
        todo.add("dtstamp", stamp)
        todo.add("due", row["due_on"])
        todo.add("summary", row["what"])
        todo.add("description", f"{row['kind']} · {row['contact_name']}"
                 + (f"\n{row['note']}" if row["note"] else ""))
        todo.add("status", "NEEDS-ACTION")
        calendar.add_component(todo)
    return calendar.to_ical()
