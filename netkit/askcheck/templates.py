"""Ask templates: short, friendly starting points, filled from the contact and your profile.

Every template states the connection first, is about the other person, asks for
introductions or insight (never for a job) and ends with a question. The tests check
each one, filled for many contacts, with :func:`netkit.askcheck.check_ask`.
"""

from __future__ import annotations

import re

from ..errors import NetkitError
from ..text import clean

__all__ = ["TEMPLATES", "fill_template", "connection_line", "subject_line"]

# key → (title shown in the picker, text). Placeholders: {first}, {connection}, {target},
# {about}, {as_role} ("as an analyst"), {focus_line}.
TEMPLATES: dict[str, tuple[str, str]] = {
    "introduction": (
        "Ask for an introduction",
        "Hi {first}, {connection} You know {about} far better than I do.{focus_line} Is there "
        "someone there you'd feel comfortable introducing me to for a 20-minute chat about "
        "their work?",
    ),
    "advice": (
        "Ask for advice, then a name",
        "Hi {first}, {connection} You always give honest advice, so I wanted to ask you: "
        "what do you think is changing in {target} right now, and who would you suggest I "
        "talk to next?",
    ),
    "organisation": (
        "Learn about one organisation",
        "Hi {first}, {connection} I'm curious how things are going at {target} and what the "
        "work there is like. Do you know someone at {target} who might enjoy a short "
        "conversation about it?",
    ),
    "short": (
        "Short and warm",
        "Hi {first}, {connection} Quick question, since you know so many people in {about}: "
        "who are one or two people you think I should meet to learn how the field works?",
    ),
    "role": (
        "Learn about a kind of role",
        "Hi {first}, {connection} You've seen many people work {as_role}. Do you know "
        "someone in that kind of role who'd be open to a 20-minute chat about what their "
        "days are like?",
    ),
}
_PEOPLE_WORDS = re.compile(
    r"\b(?:colleague|classmate|manager|neighbou?r|friend|mentor|teammate|coach|teacher|"
    r"professor|student|cousin|boss|alumn\w*|coworker|co-worker)\b", re.IGNORECASE)


def connection_line(how_known: str | None, my_name: str | None = None) -> str:
    """A first sentence that says how you know each other.

    "former colleague" → "It's Sam, your former colleague."; "met at a meetup" → "We met at a
    meetup."; "volunteering" → "We know each other from volunteering."; unknown → a warm
    reconnecting line.
    """
    how = clean(how_known)
    if not how:
        return "It's been a while since we last talked, and I hope you're well."
    how = how.rstrip(".")
    if re.match(r"(?i)^(met|worked|studied|played|volunteered)\b", how):
        return f"We {how[0].lower()}{how[1:]}."
    if _PEOPLE_WORDS.search(how):
        who = f"It's {my_name.split(' ')[0]}" if my_name and clean(my_name) else "It's me"
        return f"{who}, your {how[0].lower()}{how[1:]}."
    return f"We know each other from {how}."


def _as_role(role: str | None) -> str:
    """"analyst" → "as an analyst"; nothing → "in your field"."""
    if not role:
        return "in your field"
    return ("as an " if role[:1].lower() in "aeio" else "as a ") + role


def _first_name(name: str | None) -> str:
    name = clean(name) or ""
    return name.split(" ")[0] if name else "there"


def fill_template(key: str, contact: dict, profile: dict | None = None,
                  target: str | None = None) -> str:
    """Fill template ``key`` for ``contact`` (a dict with ``name``, ``how_known``,
    ``organization``, ``industry``) and ``profile`` (``name``, ``focus``,
    ``target_industries``). ``target`` is what you ask about: an industry, an organisation
    or a kind of role; by default your first target industry, else the contact's industry.

    :raises KeyError: for an unknown template key.
    """
    if key not in TEMPLATES:
        raise NetkitError(f"There is no ask template “{key}” (known: {', '.join(TEMPLATES)}).")
    profile = profile or {}
    role = clean(target) or clean(contact.get("title"))
    industries = profile.get("target_industries") or []
    target = (clean(target) or (industries[0] if industries else None)
              or clean(contact.get("industry")) or "your field")
    focus = clean(profile.get("focus"))
    focus_line = f" For context: {focus[0].lower()}{focus[1:]}." if focus else ""
    connection = connection_line(contact.get("how_known"), profile.get("name"))
    if not connection.startswith("I "):
        connection = connection[0].lower() + connection[1:]
    text = TEMPLATES[key][1].format(
        first=_first_name(contact.get("name")),
        connection=connection,
        target=target, about=target, focus_line=focus_line,
        as_role=_as_role(role),
    )
    return re.sub(r"\s+", " ", text).strip()


def subject_line(target: str | None) -> str:
    """An e-mail subject for the ask."""
    target = clean(target)
    return f"A question about {target}" if target else "A quick question"
