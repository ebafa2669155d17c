"""Who is the same person: the one rule, used by the import, the conversation log, the
contact form and ``add_contact``.

- The same e-mail address, or the same profile address once normalised (no scheme, no
  ``www.``, any case, no trailing slash, no query), is the **same** person.
- The same name (any spelling: "García, José" is "jose garcia") with the same
  organisation, or where neither of you has one, is a **likely** candidate: taken as the
  same person unless the user keeps them apart.
- The same name where only one side has an organisation, or at different organisations,
  is a **possible** candidate: kept apart unless the user confirms.
- The same name at a different organisation with a different e-mail, or with two
  different profile addresses, is a different person.

A match never overwrites what you wrote: :func:`differences` fills blanks and reports the
fields that differ, and the callers keep your values.

This module is the rule only (no workbook): :func:`netkit.contacts.match_person` looks
the candidates up in the workbook, an :class:`Index` in memory for a large import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from .text import fold

__all__ = [
    "Keys", "Match", "Index", "name_key", "email_key", "url_key", "org_key", "keys_of",
    "judge", "best", "differences", "SAME", "LIKELY", "POSSIBLE", "COMPARED",
    "ORG_MATCH", "INDUSTRY_MATCH", "similar_keys", "names_same",
]

SAME, LIKELY, POSSIBLE = "same", "likely", "possible"
_RANK = {SAME: 0, LIKELY: 1, POSSIBLE: 2}
_NAME_JUNK = re.compile(r"[^\w\s'-]")
_ORG_SUFFIX = re.compile(
    r"\b(?:the|inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|plc|corp|corporation|company|"
    r"co|group|holdings|bv|nv|srl|pty)\b"
)
_NON_WORD = re.compile(r"[^\w\s]")
# Fields a match may fill in or report as different (warmth is the user's own judgement).
COMPARED = ("email", "phone", "organization", "title", "industry", "location", "profile_url",
            "how_known", "notes", "connected_on")
_COMPARED = frozenset(COMPARED)


def name_key(name: Any) -> str:
    """A key under which two spellings of one person's name compare equal.

    "José  García", "jose garcia" and "García, José" share a key.
    """
    folded = fold(name)
    if folded.replace(" ", "").isalnum() and folded.isascii():
        return folded  # letters and digits only: nothing to swap or drop
    if "," in folded:
        last, _, first = folded.partition(",")
        folded = f"{first.strip()} {last.strip()}"
    return " ".join(_NAME_JUNK.sub("", folded).split())


def email_key(email: Any) -> str:
    """ "Ana@Example.org " and "mailto:ana@example.org" compare equal."""
    if not email:
        return ""
    text = str(email).strip().lower()
    return text[7:] if text.startswith("mailto:") else text


def url_key(url: Any) -> str:
    """ "https://www.linkedin.com/in/Jane/", "linkedin.com/in/jane?trk=x" and
    "HTTP://linkedin.com/in/JANE" compare equal (host and path, lower case)."""
    if not url:
        return ""
    text = str(url).strip().lower()
    scheme = text.find("://")
    if scheme != -1:
        text = text[scheme + 3:]
    for mark in "?#":
        cut = text.find(mark)
        if cut != -1:
            text = text[:cut]
    host, _, path = text.partition("/")
    host = host.rpartition("@")[2].removeprefix("www.")
    path = path.rstrip("/")
    return f"{host}/{path}" if path else host


@lru_cache(maxsize=4096)
def org_key(organization: str | None) -> str:
    """ "Medora Labs, Inc.", "medora labs" and "The Medora Labs Co." compare equal."""
    if not organization:
        return ""
    text = _NON_WORD.sub(" ", fold(organization).replace("&", " and "))
    return " ".join(_ORG_SUFFIX.sub(" ", text).split())


# How alike two organisation (or industry) keys must be to name the same thing, 0–100.
ORG_MATCH = 90
INDUSTRY_MATCH = 85


def similar_keys(key: str, keys: Iterable[str], threshold: int = ORG_MATCH) -> set[str]:
    """The ``keys`` (:func:`org_key` values) that name the same thing as ``key``: the same
    words in any order, or nearly ("sunfield power" is "sunfield power uk"), but not a
    single shared word ("labs" is not "medora labs")."""
    if not key:
        return set()
    choices = [k for k in set(keys) if k]
    hits = {choice for choice, _score, _ in process.extract(
        key, choices, scorer=fuzz.token_set_ratio, score_cutoff=threshold, limit=None)}
    # token_set_ratio says "labs" matches "medora labs"; require most of the words too.
    return {h for h in hits if h == key or fuzz.ratio(h, key) >= threshold - 25}


def names_same(one: str | None, other: str | None, threshold: int = ORG_MATCH) -> bool:
    """Whether two organisation (or industry) names name the same thing (the rule of
    :func:`similar_keys`): "Medora Labs, Inc." and "medora labs" do."""
    return bool(similar_keys(org_key(one), [org_key(other)], threshold))


class Keys(NamedTuple):
    """What the rule compares: name, e-mail, profile and organisation keys."""

    name: str
    email: str
    url: str
    org: str


def keys_of(fields: Mapping[str, Any]) -> Keys:
    """The keys of a person given as contact fields (``name``, ``email``, ``profile_url``,
    ``organization``); stored keys (``name_key``, ``profile_key``) are used when present."""
    return Keys(
        fields.get("name_key") or name_key(fields.get("name")),
        email_key(fields.get("email")),
        fields.get("profile_key") or url_key(fields.get("profile_url")),
        org_key(fields.get("organization")),
    )


@dataclass(frozen=True)
class Match:
    """An existing contact that is, or may be, the person described.

    ``strength`` is ``same``, ``likely`` (taken as the same person unless kept apart) or
    ``possible`` (kept apart unless confirmed); ``reason`` says why in a few words.
    """

    contact_id: int
    strength: str
    reason: str

    @property
    def taken(self) -> bool:
        """True when the rule links without asking (same, or a likely candidate)."""
        return self.strength in (SAME, LIKELY)


def judge(person: Keys, other: Keys) -> tuple[str, str] | None:
    """(strength, reason) when ``other`` is or may be ``person``; None for someone else."""
    if person.email and person.email == other.email:
        return SAME, "same e-mail"
    if person.url and person.url == other.url:
        return SAME, "same profile address"
    if not person.name or person.name != other.name:
        return None
    if person.url and other.url:
        return None  # two different profile pages are two different people
    other_email = bool(person.email and other.email)  # both known, and (see above) different
    if person.org and other.org:
        if person.org == other.org:
            if other_email:
                return POSSIBLE, "same name and organisation, another e-mail"
            return LIKELY, "same name and organisation"
        if other_email:
            return None
        return POSSIBLE, "same name, different organisation"
    if other_email:
        return POSSIBLE, "same name, another e-mail"
    if person.org or other.org:
        return POSSIBLE, "same name; only one of you has an organisation"
    return LIKELY, "same name"


def best(person: Keys, others: Iterable[tuple[int, Keys]]) -> list[Match]:
    """Every match among ``others`` (id, keys), strongest first, then in the given order."""
    found = []
    for order, (contact_id, keys) in enumerate(others):
        verdict = judge(person, keys)
        if verdict is not None:
            found.append((_RANK[verdict[0]], order, Match(contact_id, *verdict)))
    found.sort(key=lambda item: item[:2])
    seen: set[int] = set()
    out = []
    for _, _, match in found:
        if match.contact_id not in seen:
            seen.add(match.contact_id)
            out.append(match)
    return out


class Index:
    """Contacts held in memory so a large import is matched without a query per row.

    Keys are contact ids (positive) or rows of the import itself (negative). Lookups find
    the candidates by e-mail, profile and name; :func:`judge` decides, as for
    :func:`find`.
    """

    def __init__(self) -> None:
        self.keys: dict[int, Keys] = {}
        self.by_email: dict[str, list[int]] = {}
        self.by_url: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_org: dict[str, list[int]] = {}
        self.by_name_org: dict[tuple[str, str], list[int]] = {}

    def add(self, key: int, keys: Keys) -> None:
        """Index one person (later additions rank after earlier ones)."""
        self.keys[key] = keys
        for table, value in ((self.by_email, keys.email), (self.by_url, keys.url),
                             (self.by_name, keys.name), (self.by_org, keys.org)):
            if value:
                group = table.get(value)
                if group is None:
                    table[value] = [key]
                else:
                    group.append(key)
        if keys.name:
            self.by_name_org.setdefault((keys.name, keys.org), []).append(key)

    def rekey(self, key: int, keys: Keys) -> None:
        """A person gained an e-mail or profile (a merge filled it in): index those too."""
        old = self.keys[key]
        self.keys[key] = keys
        for table, before, after in ((self.by_email, old.email, keys.email),
                                     (self.by_url, old.url, keys.url)):
            if after and after != before:
                table.setdefault(after, []).append(key)
        if keys.org != old.org and keys.name:
            self.by_name_org.setdefault((keys.name, keys.org), []).append(key)

    def _candidates(self, keys: Keys) -> Iterator[tuple[int, Keys]]:
        for table, value in ((self.by_email, keys.email), (self.by_url, keys.url),
                             (self.by_name, keys.name)):
            if value:
                for key in table.get(value, ()):
                    yield key, self.keys[key]

    def match(self, keys: Keys) -> list[Match]:
        """Every indexed person that is or may be ``keys``, strongest first."""
        return best(keys, self._candidates(keys))

    def decide(self, keys: Keys,
               possible: Callable[[int], bool] | None = None) -> tuple[Match | None,
                                                                       Match | None]:
        """``(taken, first possible)``: the match the rule links without asking, else the
        first possible one among the keys ``possible`` accepts (None: do not look).

        The same answer as the first entries of :meth:`match`, with fewer comparisons: a
        same person can only be among those sharing an e-mail or profile, and a likely
        one only among those sharing name and organisation (:func:`judge` decides).
        """
        for table, value in ((self.by_email, keys.email), (self.by_url, keys.url)):
            for key in table.get(value, ()) if value else ():
                verdict = judge(keys, self.keys[key])
                if verdict is not None and verdict[0] == SAME:
                    return Match(key, *verdict), None
        for key in self.by_name_org.get((keys.name, keys.org), ()):
            verdict = judge(keys, self.keys[key])
            if verdict is not None and verdict[0] == LIKELY:
                return Match(key, *verdict), None
        if possible is not None:
            for key in self.by_name.get(keys.name, ()):
                if possible(key):
                    verdict = judge(keys, self.keys[key])
                    if verdict is not None:  # neither same nor likely here: possible
                        return None, Match(key, *verdict)
        return None, None


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == "[]" or value == []


def differences(current: Mapping[str, Any], incoming: Mapping[str, Any]) -> tuple[dict, dict]:
    """What a match does with fields: ``(fills, kept)``.

    ``fills`` maps a field that is empty in ``current`` to ``(old, new)``; new tags are
    added to the list. ``kept`` maps a field whose values differ to ``(yours, theirs)``:
    yours stays. Spelling, case and accents do not count as a difference, nor a note that
    is already part of yours, nor the same profile address written another way.
    """
    fills: dict[str, tuple[Any, Any]] = {}
    kept: dict[str, tuple[Any, Any]] = {}
    for key, new in incoming.items():
        if key not in _COMPARED or _blank(new):
            continue
        old = current.get(key)
        if old == new:
            continue
        if _blank(old):
            fills[key] = (old, new)
        elif fold(old) == fold(new):
            continue
        elif key == "notes" and fold(new) in fold(old):
            continue
        elif key == "profile_url" and url_key(old) == url_key(new):
            continue
        elif key == "email" and email_key(old) == email_key(new):
            continue
        else:
            kept[key] = (old, new)
    tags = incoming.get("tags")
    if tags:
        have_tags = current.get("tags") or []
        if isinstance(have_tags, str):  # as stored: JSON text
            have_tags = json.loads(have_tags or "[]")
        have = {fold(t) for t in have_tags}
        extra = [t for t in tags if fold(t) not in have]
        if extra:
            fills["tags"] = (list(have_tags), [*have_tags, *extra])
    return fills, kept
