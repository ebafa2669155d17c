"""The printable interview sheet: your script as Markdown or as a print-ready HTML page.

Both carry your preparation, the questions in order (the closing questions last) with
room to write the answers, a reminder when a closing question was removed, and what to
do afterwards. Every piece of user text in the HTML goes through
:func:`netkit.text.escape`.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..contacts import get_contact
from ..conversations import get_conversation, preparation
from ..errors import NetkitError
from ..text import escape
from .questions import CATEGORIES
from .script import script, script_estimate, script_reminder

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "sheet_data",
    "sheet_markdown",
    "sheet_html",
    "render_sheet",
    "sheet_filename",
    "data_url",
    "FORMATS",
]

FORMATS = ("md", "html", "ics")
AFTER = (
    "Send a thank-you note today or tomorrow.",
    "Log the conversation in netkit: every name they gave becomes a new contact, "
    "introduced by them.",
    "When you meet someone they named, tell them how it went.",
)


def _when(value: str | None) -> str | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{moment:%A} {moment.day} {moment:%B %Y}"
    return day if len(value) <= 10 else f"{day}, {moment:%H:%M}"


def sheet_data(store: Store, conversation_id: int | None = None) -> dict:
    """Everything a sheet shows, as plain (unescaped) values: ``title``, ``meta`` (lines),
    ``estimate`` (:func:`~netkit.interview.script.script_estimate`; the sheet prints only
    its plain ``summary``, never the on-screen "too long" warning), ``prep`` (label,
    value pairs), ``questions`` (dicts with ``category``, ``text``, ``closing``),
    ``reminder`` (or None) and ``after``.

    :raises NetkitError: for an unknown conversation.
    """
    items = script(store, conversation_id)
    meta, prep = [], []
    if conversation_id is None:
        title = "My informational interview script"
        meta.append("A general script: pick a person in netkit to personalise it.")
    else:
        conversation = get_conversation(store, conversation_id)
        title = f"Informational interview with {conversation['contact_name']}"
        contact = get_contact(store, conversation["contact_id"])
        role = " at ".join(v for v in (contact.get("title"), contact.get("organization")) if v)
        if role:
            meta.append(role)
        when = _when(conversation["scheduled_for"])
        plan = [when or "Date to be agreed", f"{conversation['minutes']} minutes"]
        if conversation["status"] == "cancelled":
            plan.insert(0, "Cancelled")
        if conversation["place"]:
            plan.append(conversation["place"])
        meta.append(" · ".join(plan))
        if contact.get("introduced_by_name"):
            meta.append(f"Introduced by {contact['introduced_by_name']}")
        prepared = preparation(store, conversation_id)
        if prepared["known"]:
            prep.append(("What I know about them", prepared["known"]))
        if prepared["why_you"]:
            prep.append(("Why me, in one line", prepared["why_you"]))
        if prepared["learn"]:
            prep.append(("What I most want to learn", prepared["learn"]))
    questions = [
        {
            "category": CATEGORIES.get(str(row["category"]), str(row["category"])),
            "text": str(row["text"]),
            "closing": bool(row["closing"]),
            "minutes": float(row["minutes"]),
        }
        for row in items.to_dict("records")
    ]
    return {
        "title": title,
        "meta": meta,
        "estimate": script_estimate(store, conversation_id),
        "prep": prep,
        "questions": questions,
        "reminder": script_reminder(store, conversation_id),
        "after": list(AFTER),
    }


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text) -> str:
    """User text made inert in Markdown (no HTML, links or emphasis sneak in)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def sheet_markdown(store: Store, conversation_id: int | None = None) -> str:
    """The sheet as Markdown (user text backslash-escaped so it cannot become HTML)."""
    data = sheet_data(store, conversation_id)
    lines = [f"# {_md(data['title'])}", ""]
    lines += [f"{_md(line)}  " for line in data["meta"]]
    lines.append("")
    if data["estimate"]["summary"]:  # a plain line: the "too long" warning is for the screen
        lines += [f"*{_md(data['estimate']['summary'])}*", ""]
    if data["prep"]:
        lines += ["## Before you talk", ""]
        for label, value in data["prep"]:
            if isinstance(value, str):
                lines.append(f"**{label}:** {_md(value)}")
            else:
                lines.append(f"**{label}:**")
                lines += [f"{n}. {_md(item)}" for n, item in enumerate(value, 1)]
            lines.append("")
    lines += ["## Questions", ""]
    if not data["questions"]:
        lines += ["No questions yet.", ""]
    for n, question in enumerate(data["questions"], 1):
        mark = "**" if question["closing"] else ""
        lines += [
            f"{n}. {mark}{_md(question['text'])}{mark} _({_md(question['category'])})_",
            "",
            "   Notes:",
            "",
            "   ",
            "",
        ]
    if data["reminder"]:
        lines += [f"> **Reminder:** {_md(data['reminder'])}", ""]
    lines += ["## Afterwards", ""] + [f"- {line}" for line in data["after"]]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment

    # finalize: every {{ value }} goes through netkit.text.escape.
    environment = Environment(autoescape=False, finalize=escape, keep_trailing_newline=True)
    source = resources.files("netkit").joinpath("data/sheet.html").read_text("utf-8")
    return environment.from_string(source)


def sheet_html(store: Store, conversation_id: int | None = None) -> str:
    """The sheet as a standalone, print-ready HTML page (all user text escaped)."""
    return _template().render(sheet=sheet_data(store, conversation_id))


def render_sheet(store: Store, conversation_id: int | None, fmt: str) -> str | bytes:
    """The sheet (``md`` or ``html``, text) or the calendar event (``ics``, bytes).

    :raises NetkitError: for an unknown format, or ``ics`` without a conversation.
    """
    if fmt == "md":
        return sheet_markdown(store, conversation_id)
    if fmt == "html":
        return sheet_html(store, conversation_id)
    if fmt == "ics":
        from .invite import conversation_ics

        if conversation_id is None:
            raise NetkitError("A calendar event needs a conversation (--conversation ID).")
        return conversation_ics(store, conversation_id)
    raise NetkitError(f"“{fmt}” is not a sheet format (use one of: {', '.join(FORMATS)}).")


def sheet_filename(store: Store, conversation_id: int | None, fmt: str) -> str:
    """A friendly file name like ``interview-ana-castillo.html``."""
    if conversation_id is None:
        stem = "interview-script"
    else:
        name = get_conversation(store, conversation_id)["contact_name"]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower().encode("ascii", "ignore").decode()).strip(
            "-"
        )
        stem = f"interview-{slug or conversation_id}"
    return f"{stem}.{fmt}"


def data_url(content: str | bytes, mime: str) -> str:
    """A ``data:`` URL for a download link (base64)."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"
