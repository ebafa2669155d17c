"""Drafts of the short messages that close each loop: the thank-you, writing to someone
you were given (mentioning who suggested it), the report-back to the person who
introduced you, a check-back, and the kind follow-up that asks for names when the
conversation ended without it. Each is a starting point the user edits.

A draft is a dict: ``to`` (an e-mail address or ""), ``cc``, ``subject``, ``body``;
:func:`mailto` turns it into a link for the user's e-mail app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .contacts import get_contact
from .conversations import get_conversation
from .errors import NetkitError
from .profile import get_profile
from .text import about_me

if TYPE_CHECKING:
    from .store import Store

__all__ = ["thank_you", "write_to", "report_back", "check_back", "ask_for_names",
           "for_followup", "mailto"]

Draft = dict[str, str]


def _first(name: Any) -> str:
    text = str(name or "").strip()
    if "," in text:  # "García, José"
        text = text.split(",", 1)[1].strip()
    return text.split(" ")[0] if text else "there"


def _signature(store: Store) -> str:
    name = get_profile(store).get("name")
    return f"\n\nThank you,\n{_first(name) if name else ''}".rstrip()


def _draft(to: Any, subject: str, body: str, cc: Any = "") -> Draft:
    return {"to": str(to or ""), "cc": str(cc or ""), "subject": subject, "body": body}


def thank_you(store: Store, conversation_id: int) -> Draft:
    """The thank-you after a conversation (with the ask for names, if it was missed)."""
    conversation = get_conversation(store, conversation_id)
    first = _first(conversation["contact_name"])
    body = (f"Hi {first},\n\nThank you for making time to talk with me. I learned a lot "
            "from how you described your work, and I will follow up on your advice.")
    if not conversation["asked_for_names"]:
        body += ("\n\nOne more question I forgot to ask: who else do you think I should "
                 "talk to? May I mention your name when I reach out?")
    return _draft(conversation["contact_email"], "Thank you for your time",
                  body + _signature(store))


def ask_for_names(store: Store, conversation_id: int) -> Draft:
    """Two kind lines that ask for names, when the conversation ended without asking."""
    conversation = get_conversation(store, conversation_id)
    first = _first(conversation["contact_name"])
    body = (f"Hi {first}, thanks again for our conversation. Who else do you think I "
            "should talk to, and may I mention your name when I reach out?")
    return _draft(conversation["contact_email"], "One more question", body + _signature(store))


def write_to(store: Store, introduction_id: int) -> Draft:
    """A first message to someone you were given, saying who suggested it; the introducer
    is in copy when the user chose so."""
    row = store.row(
        "SELECT i.kind, i.copy_introducer, a.name AS introducer, a.email AS introducer_email, "
        "b.name AS name, b.email AS email FROM introductions i "
        "JOIN contacts a ON a.id = i.introducer_id JOIN contacts b ON b.id = i.contact_id "
        "WHERE i.id = ?", (introduction_id,))
    if row is None:
        raise NetkitError(f"There is no introduction number {introduction_id}.")
    about = about_me(get_profile(store).get("focus")) or "I'm exploring your field."
    body = (f"Hi {_first(row['name'])},\n\n{row['introducer']} suggested I get in touch. "
            f"{about} I'd love to hear how you see the work. Would you have 20 minutes for a "
            "short call in the next few weeks?")
    cc = row["introducer_email"] if row["copy_introducer"] else ""
    return _draft(row["email"], f"{_first(row['introducer'])} suggested we talk",
                  body + _signature(store), cc)


def report_back(store: Store, introducer_id: int, met_id: int) -> Draft:
    """Telling the person who introduced you that you met the person they named."""
    introducer = get_contact(store, introducer_id)
    met = get_contact(store, met_id)
    body = (f"Hi {_first(introducer['name'])},\n\nI wanted to let you know I talked with "
            f"{met['name']}. Thank you for the introduction: it was really helpful.")
    return _draft(introducer.get("email"), f"I talked with {_first(met['name'])}",
                  body + _signature(store))


def check_back(store: Store, introducer_id: int) -> Draft:
    """A light check-back about an introduction someone offered."""
    introducer = get_contact(store, introducer_id)
    body = (f"Hi {_first(introducer['name'])},\n\nJust checking in about the introduction "
            "you kindly offered. No rush at all; I'd still love to connect when it suits.")
    return _draft(introducer.get("email"), "Checking in", body + _signature(store))


def for_followup(store: Store, followup_id: int) -> Draft | None:
    """The draft that fits an open follow-up (None for those that need no message)."""
    row = store.row("SELECT * FROM followups WHERE id = ?", (followup_id,))
    if row is None:
        raise NetkitError(f"There is no follow-up number {followup_id}.")
    if row["kind"] == "thank you" and row["conversation_id"]:
        return thank_you(store, row["conversation_id"])
    if row["kind"] == "write to them" and row["introduction_id"]:
        return write_to(store, row["introduction_id"])
    if row["kind"] == "report back" and row["conversation_id"]:
        met = store.one("SELECT contact_id FROM conversations WHERE id = ?",
                        (row["conversation_id"],))
        return report_back(store, row["contact_id"], met)
    if row["kind"] == "check back":
        return check_back(store, row["contact_id"])
    return None


def mailto(draft: Draft) -> str:
    """A ``mailto:`` link that opens the draft in the user's e-mail app."""
    query = f"subject={quote(draft['subject'])}&body={quote(draft['body'])}"
    if draft.get("cc"):
        query = f"cc={quote(draft['cc'], safe='@')}&" + query
    return f"mailto:{quote(draft['to'], safe='@')}?{query}"
