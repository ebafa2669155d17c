"""Placeholders in questions: ``{first_name}``, ``{organization}``, ``{industry}``, ...

Filled from the contact and your profile; a missing value becomes a plain phrase
("your organisation"), never a raw ``{...}`` and never an error. This is the one place
placeholders are filled: the script, the sheet and the question picker all come here.
"""

from __future__ import annotations

import re

from ..text import clean

__all__ = ["personalise", "PLACEHOLDERS", "ALIASES"]

# Placeholder → the phrase used when the value is unknown.
PLACEHOLDERS = {
    "name": "them",
    "first_name": "them",
    "organization": "your organisation",
    "industry": "your field",
    "title": "your role",
    "introducer": "the person who introduced us",
    "my_name": "me",
    "my_focus": "the work I am aiming for",
    "minutes": "20",
}
ALIASES = {
    "organisation": "organization",
    "company": "organization",
    "org": "organization",
    "field": "industry",
    "role": "title",
    "focus": "my_focus",
    "first": "first_name",
}
_PLACEHOLDER = re.compile(r"(,\s*|\s*\()?\{\s*(\w+)\s*\}(\))?")


def personalise(text: str | None, values: dict) -> str:
    """Fill ``{placeholders}`` in ``text`` from ``values``.

    A known placeholder without a value becomes a plain phrase (``{organization}`` →
    "your organisation"); ", {first_name}" and " ({my_focus})" simply disappear then.
    An industry that is only the organisation's name again (a file that put the
    company in both columns) counts as unknown: "How did you first get into your field?",
    never "How did you first get into Sunfield Power?". Unknown placeholders and stray
    braces are left as typed. Never raises.
    """
    if not text:
        return ""

    def fill(match: re.Match) -> str:
        before, key, after = match.group(1) or "", match.group(2).lower(), match.group(3) or ""
        key = ALIASES.get(key, key)
        if key not in PLACEHOLDERS:
            return match.group(0)
        value = _value(key, values)
        wrapped = before.strip() == "(" and after == ")"
        if value is None and (before.startswith(",") or wrapped):
            return ""  # "Thanks, {first_name}!" → "Thanks!"; "mine ({my_focus})" → "mine"
        value = value if value is not None else PLACEHOLDERS[key]
        return f"{before}{value}{after}"

    return _PLACEHOLDER.sub(fill, str(text))


def _value(key: str, values: dict) -> str | None:
    value = clean(values.get(key))
    if key == "industry" and value is not None:
        organization = clean(values.get("organization"))
        if organization is not None and value.casefold() == organization.casefold():
            return None
    return value
