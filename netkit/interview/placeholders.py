"""Placeholders in questions: ``{first_name}``, ``{organization}``, ``{industry}``, ...

Filled from the contact and your profile; a missing value becomes a plain phrase
("your organisation"), never a raw ``{...}`` and never an error.
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
    Unknown placeholders and stray braces are left as typed. Never raises.
    """
    if not text:
        return ""

    def fill(match: re.Match) -> str:
        before, key, after = match.group(1) or "", match.group(2).lower(), match.group(3) or ""
        key = ALIASES.get(key, key)
        if key not in PLACEHOLDERS:
            return match.group(0)
        value = clean(values.get(key))
        wrapped = before.strip() == "(" and after == ")"
        if value is None and (before.startswith(",") or wrapped):
            return ""  # "Thanks, {first_name}!" → "Thanks!"; "mine ({my_focus})" → "mine"
        value = value if value is not None else PLACEHOLDERS[key]
        return f"{before}{value}{after}"

    return _PLACEHOLDER.sub(fill, str(text))
