"""Ask templates: short, friendly starting points, filled from the contact and your profile.

Every template states the connection first, is about the other person, asks for
introductions or insight (never for a job) and ends with a question. The tests check
each one, filled for many contacts, with :func:`netkit.askcheck.check_ask`.

What the ask is about is an industry ("in healthcare technology": a common noun, small
letters mid-sentence), an organisation ("at Sunfield Power": a name, capitals kept) or a
kind of role; the wording follows.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from ..dates import today
from ..errors import NetkitError
from ..followups import KEEP_IN_TOUCH_MONTHS
from ..identity import INDUSTRY_MATCH, names_same
from ..text import about_me, article, clean, mid_sentence

__all__ = ["TEMPLATES", "KINDS", "fill_template", "connection_line", "subject_line",
           "default_target"]

# key → (title shown in the picker, text). Placeholders: {first}, {connection},
# {target} (as it reads mid-sentence), {in_target} ("in renewable energy", "at Sunfield
# Power"), {know_line} (what they know, one sentence), {where} ("in that field", "at
# Sunfield Power"), {how_it_works}, {as_role} ("as an analyst"), {role_where} (" at
# Sunfield Power", or nothing when the ask is about the role), {known_where} (" in
# logistics": where they know people) and {meet_where} (" at Sunfield Power" when they
# work elsewhere), {focus_line} (" I'm …").
TEMPLATES: dict[str, tuple[str, str]] = {
    "introduction": (
        "Ask for an introduction",
        "Hi {first}, {connection} {know_line}{focus_line} Is there someone {where} you'd feel "
        "comfortable introducing me to for a 20-minute chat about their work?",
    ),
    "advice": (
        "Ask for advice, then a name",
        "Hi {first}, {connection} You always give honest advice, so I wanted to ask you: "
        "what do you think is changing {in_target} right now, and who would you suggest I "
        "talk to next?",
    ),
    "organisation": (
        "Learn about one organisation",
        "Hi {first}, {connection} I'm curious how things are going {in_target} and what the "
        "work there is like. Do you know someone {in_target} who might enjoy a short "
        "conversation about it?",
    ),
    "short": (
        "Short and warm",
        "Hi {first}, {connection} Quick question, since you know so many people{known_where}: "
        "who are one or two people{meet_where} you think I should meet to learn "
        "{how_it_works}?",
    ),
    "role": (
        "Learn about a kind of role",
        "Hi {first}, {connection} You've seen many people work {as_role}. Do you know "
        "someone in that kind of role{role_where} who'd be open to a 20-minute chat about "
        "what their days are like?",
    ),
}
# What an ask can be about ("kind of role" and "organization" are read as their names).
KINDS = ("industry", "organisation", "role")
_KIND_NAMES = {"kind of role": "role", "organization": "organisation"}
_PEOPLE_WORDS = re.compile(
    r"\b(?:colleague|classmate|manager|neighbou?r|friend|mentor|teammate|coach|teacher|"
    r"professor|student|cousin|boss|alumn\w*|coworker|co-worker)\b", re.IGNORECASE)
def connection_line(how_known: str | None, my_name: str | None = None,
                    last_in_touch: Any = None) -> str:
    """A first sentence that says how you know each other.

    "former colleague" → "It's Sam, your former colleague."; "met at a meetup" → "We met at a
    meetup."; "volunteering" → "We know each other from volunteering." When how you know
    them is not known: "It's been a while since we last talked …" only when
    ``last_in_touch`` (a date) is more than four months ago (when a keep-in-touch is due),
    else a neutral "Hope you've been well since we last spoke."
    """
    how = clean(how_known)
    if not how:
        last = _day(last_in_touch)
        if last is not None and last < today() - relativedelta(months=KEEP_IN_TOUCH_MONTHS):
            return "It's been a while since we last talked, and I hope you're well."
        return "Hope you've been well since we last spoke."
    how = how.rstrip(".")
    if re.match(r"(?i)^(met|worked|studied|played|volunteered)\b", how):
        return f"We {how[0].lower()}{how[1:]}."
    if _PEOPLE_WORDS.search(how):
        who = f"It's {my_name.split(' ')[0]}" if my_name and clean(my_name) else "It's me"
        return f"{who}, your {how[0].lower()}{how[1:]}."
    return f"We know each other from {how}."


def _day(value: Any) -> date | None:
    """A date from a date or ISO text ("2026-03-02", "2026-03-02T10:00"); None otherwise."""
    if isinstance(value, date):
        return value
    text = clean(value) if isinstance(value, str) else None
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _last_in_touch(contact: dict) -> date | None:
    """The latest day the contact dict says you were in touch: ``last_in_touch`` (from the
    workbook) or ``connected_on`` (the day you connected, from a LinkedIn export)."""
    days = [d for d in (_day(contact.get("last_in_touch")), _day(contact.get("connected_on")))
            if d is not None]
    return max(days, default=None)


def _as_role(role: str | None) -> str:
    """"analyst" → "as an analyst"; nothing → "in your field"."""
    if not role:
        return "in your field"
    role = mid_sentence(role)
    return f"as {article(role)} {role}"


def default_target(contact: dict, profile: dict | None = None) -> tuple[str | None, str]:
    """What to ask ``contact`` about when you do not say: ``(target, kind)``.

    The target organisation they work at; else the target industry that is theirs; else
    your first target industry, else your first target organisation; else their own
    industry (or None). ``kind`` is "organisation" or "industry".
    """
    profile = profile or {}
    organizations = [o for o in (profile.get("target_organizations") or []) if clean(o)]
    industries = [i for i in (profile.get("target_industries") or []) if clean(i)]
    theirs = clean(contact.get("organization"))
    field = clean(contact.get("industry"))
    for name in organizations:
        if theirs and names_same(name, theirs):
            return name, "organisation"
    for name in industries:
        if field and names_same(name, field, INDUSTRY_MATCH):
            return name, "industry"
    if industries:
        return industries[0], "industry"
    if organizations:
        return organizations[0], "organisation"
    return field, "industry"


def _first_name(name: str | None) -> str:
    name = clean(name) or ""
    return name.split(" ")[0] if name else "there"


def _wording(kind: str, target: str | None, contact: dict) -> dict[str, str]:
    """The placeholders that depend on what the ask is about (and on whether the contact
    works there: only then do they "know it far better than I do")."""
    knows = "far better than I do, and you always know who to ask."
    if not target:
        return {"target": "your field", "in_target": "in your field",
                "know_line": f"You know your field {knows}", "where": "in your field",
                "how_it_works": "how the field works", "role_where": "",
                "known_where": " in your field", "meet_where": ""}
    if kind == "organisation":
        inside = names_same(target, clean(contact.get("organization")))
        return {"target": target, "in_target": f"at {target}",
                "know_line": (f"You know {target} from the inside." if inside else
                              f"You know a lot of people, so I wanted to ask you about "
                              f"{target}."),
                "where": f"at {target}", "how_it_works": "how things work there",
                "role_where": f" at {target}",
                # Someone elsewhere knows many people, not many people there.
                "known_where": f" at {target}" if inside else "",
                "meet_where": "" if inside else f" at {target}"}
    if kind == "role":
        return {"target": target, "in_target": f"in {target} work",
                "know_line": f"You know {target} work {knows}",
                "where": "in that kind of role", "how_it_works": "what the work is like",
                "role_where": "", "known_where": f" in {target} work", "meet_where": ""}
    inside = names_same(target, clean(contact.get("industry")), INDUSTRY_MATCH)
    return {"target": target, "in_target": f"in {target}",
            "know_line": (f"You know {target} {knows}" if inside else
                          f"You know a lot of people, so I wanted to ask you about {target}."),
            "where": "in that field" if inside else f"in {target}",
            "how_it_works": "how the field works", "role_where": f" in {target}",
            "known_where": f" in {target}" if inside else "",
            "meet_where": "" if inside else f" in {target}"}


def fill_template(key: str, contact: dict, profile: dict | None = None,
                  target: str | None = None, kind: str | None = None) -> str:
    """Fill template ``key`` for ``contact`` and ``profile``.

    :param contact: a dict with ``name``, ``how_known``, ``organization``, ``industry``,
        ``title``, and optionally ``last_in_touch`` (a date: see
        :meth:`netkit.Workbook.last_in_touch`) and ``connected_on``.
    :param profile: ``name``, ``focus``, ``target_industries``, ``target_organizations``.
    :param target: what you ask about: an industry, an organisation or a kind of role. By
        default the one of :func:`default_target` (the target they are closest to).
    :param kind: what ``target`` is: "industry", "organisation" or "role" (by default
        "role" for the role template, else "industry"; :func:`netkit.targets.target_kind`
        tells an organisation from an industry).
    :raises NetkitError: for an unknown template key or kind.
    """
    if key not in TEMPLATES:
        raise NetkitError(f"There is no ask template “{key}” (known: {', '.join(TEMPLATES)}).")
    kind = _KIND_NAMES.get(kind, kind) if kind else None
    if kind is not None and kind not in KINDS:
        raise NetkitError(f"An ask is about an industry, an organisation or a role, not "
                          f"“{kind}”.")
    profile = profile or {}
    target = clean(target)
    if target:
        kind = kind or ("role" if key == "role" else "industry")
    else:
        target, kind = default_target(contact, profile)
    role = target if kind == "role" else clean(contact.get("title"))
    shown = mid_sentence(target, proper=kind == "organisation") if target else None
    me = about_me(profile.get("focus"))
    connection = connection_line(contact.get("how_known"), profile.get("name"),
                                 _last_in_touch(contact))
    if not connection.startswith("I "):
        connection = connection[0].lower() + connection[1:]
    text = TEMPLATES[key][1].format(
        first=_first_name(contact.get("name")),
        connection=connection,
        focus_line=f" {me}" if me else "",
        as_role=_as_role(role),
        **_wording(kind, shown, contact),
    )
    return re.sub(r"\s+", " ", text).strip()


def subject_line(target: str | None, kind: str | None = None) -> str:
    """An e-mail subject for the ask ("A question about renewable energy", "… about
    Sunfield Power" when ``kind`` is "organisation")."""
    target = clean(target)
    kind = _KIND_NAMES.get(kind, kind) if kind else None
    return (f"A question about {mid_sentence(target, proper=kind == 'organisation')}"
            if target else "A quick question")
