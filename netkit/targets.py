"""Targets: where to start, and who could introduce you there.

``set_target_organizations()`` keeps your list of organisations you want to work for
(from the profile); ``targets()`` lists them with whether you already know someone
there (matched on a normalised organisation name, so "Medora Labs, Inc." is "Medora
Labs"), ranked so the five to work on now come first. ``target_kind()`` tells whether a
name you type is an organisation or an industry. ``who_could_introduce()`` ranks your
contacts for a target industry or organisation by warmth, relevance and how they
answered before, with a few words saying why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .contacts import WARMTH
from .dates import now
from .errors import NetkitError
from .identity import INDUSTRY_MATCH, ORG_MATCH, org_key, similar_keys
from .profile import get_profile, set_profile, target_organizations
from .responsiveness import labels
from .text import clean, fold, mid_sentence

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["TOP", "CLOSE_WARMTH", "add_target_organization", "set_target_organizations",
           "save_profile", "target_organizations", "targets", "target_kind",
           "who_could_introduce", "Candidates"]

TOP = 5
# Contacts this warm (warm, close) know you well enough to introduce you to anyone.
CLOSE_WARMTH = 2
_SENIOR = re.compile(r"\b(?:head|director|vp|vice president|chief|lead|manager|principal|"
                     r"partner|founder|owner|president)\b")
_ORG_MATCH = ORG_MATCH
_INDUSTRY_MATCH = INDUSTRY_MATCH
_MAX_NAME = 200
_RESPONSE_POINTS = {"answers quickly": 1.5, "answers in time": 0.5, "waiting for a reply": -0.5,
                    "hasn't replied yet": -1.5, "not asked yet": 0.0}


def add_target_organization(store: Store, name: str, industry: str | None = None,
                            motivation: int = 3, notes: str | None = None) -> int:
    """Add an organisation you would like to work for, with a motivation score 1–5.

    :raises NetkitError: for an empty name or a motivation outside 1–5.
    """
    name_text = clean(name)
    if not name_text:
        raise NetkitError("A target organisation needs a name.")
    try:
        score = int(motivation)
    except (TypeError, ValueError):
        raise NetkitError(f"Motivation must be a number from 1 to 5, not “{motivation}”.") from None
    if not 1 <= score <= 5:
        raise NetkitError(f"Motivation must be from 1 to 5, not {score}.")
    with store.atomic():
        org_id = store.insert("target_organizations", {
            "name": name_text, "industry": clean(industry), "motivation": score,
            "notes": clean(notes), "created_at": now(),
        })
        store.log("add", "target_organization", org_id, name=name_text)
        return org_id


def _key(name: str) -> str:
    """What two target names are compared on: the organisation key (or, for a name made
    only of words like "The Company", its folded text)."""
    return org_key(name) or fold(name)


def _given(names: Any) -> list[tuple[str, str]]:
    """(key, name) for each organisation named, in order, once each (the first spelling
    wins); NetkitError for anything that is not a list of names."""
    if names is None:
        return []
    if isinstance(names, str):
        names = [names]  # one name: "Medora Labs, Inc." holds a comma
    if isinstance(names, (bytes, bytearray, dict)) or not isinstance(names, Iterable):
        raise NetkitError("Target organisations must be a list of names, like "
                          "[\"Sunfield Power\", \"Medora Labs\"].")
    given: dict[str, str] = {}
    for position, value in enumerate(names, 1):
        name = clean(value, f"Organisation number {position}")
        if not name:
            raise NetkitError(f"Organisation number {position} has no name.")
        if len(name) > _MAX_NAME:
            raise NetkitError(f"Organisation number {position} is longer than {_MAX_NAME} "
                              "characters; shorten it to the organisation's name.")
        if not re.search(r"\w", name):
            raise NetkitError(f"“{name}” is not an organisation's name: it needs a letter or "
                              "a digit.")
        given.setdefault(_key(name), name)
    return list(given.items())


def set_target_organizations(store: Store, names: Any) -> dict[str, int]:
    """Make your target organisations exactly ``names``, in one transaction.

    A name not on the list yet is added (motivation 3, see :func:`add_target_organization`);
    one you had removed before comes back with its motivation and notes; one already there
    (the same organisation key, so "Medora Labs, Inc." is "Medora Labs") is kept as it is;
    one left out is archived (kept, but no longer shown or used).

    :param names: a list of organisation names (a single string is one name).
    :returns: how many were ``added``, ``kept``, ``restored`` and ``archived``.
    :raises NetkitError: for something that is not a list of names, an empty name or one
        without a letter or digit, or a name over 200 characters. Nothing is written then.
    """
    given = _given(names)
    counts = {"added": 0, "kept": 0, "restored": 0, "archived": 0}
    with store.atomic():
        active: dict[str, list[int]] = {}
        archived: dict[str, int] = {}
        for row in store.rows("SELECT id, name, archived_at FROM target_organizations "
                              "ORDER BY archived_at DESC, id"):
            if row["archived_at"] is None:
                active.setdefault(_key(row["name"]), []).append(row["id"])
            else:
                archived.setdefault(_key(row["name"]), row["id"])  # the latest removed
        for key, name in given:
            if key in active:
                counts["kept"] += 1
            elif key in archived:
                store.update("target_organizations", archived[key], {"archived_at": None})
                store.log("restore", "target_organization", archived[key], name=name)
                counts["restored"] += 1
            else:
                add_target_organization(store, name)
                counts["added"] += 1
        wanted = {key for key, _ in given}
        stamp = now()
        for key, ids in active.items():
            if key not in wanted:
                for org_id in ids:
                    store.update("target_organizations", org_id, {"archived_at": stamp})
                    store.log("archive", "target_organization", org_id)
                    counts["archived"] += 1
    return counts


def save_profile(store: Store, **fields: Any) -> None:
    """Change your profile and, given ``target_organizations``, your target organisations,
    in one transaction.

    :param fields: the fields of :func:`netkit.profile.set_profile`, and
        ``target_organizations`` (a list of names, as :func:`set_target_organizations`).
    :raises NetkitError: for an unknown field or any bad value. Nothing is written then.
    """
    names = fields.pop("target_organizations", None)
    with store.atomic():
        if fields or names is None:
            set_profile(store, **fields)
        if names is not None:
            set_target_organizations(store, names)


def _distinct(values: pd.Series, rule: Any) -> pd.Series:
    """``rule`` of each value of a column, computed once per distinct value (30,000
    contacts share a few hundred organisations and titles)."""
    import pandas as pd

    found = {v: rule(v) for v in values.dropna().unique()}
    return pd.Series([found.get(v, "") if isinstance(v, str) else "" for v in values.tolist()],
                     index=values.index, dtype=object)


def _keys(values: pd.Series) -> pd.Series:
    """Organisation keys (:func:`netkit.identity.org_key`) of a column of names."""
    return _distinct(values, org_key)


def _matches(keys: pd.Series, target: str, threshold: int) -> pd.Series:
    """Which ``keys`` name the same thing as ``target`` (:func:`netkit.identity.similar_keys`,
    over the distinct values)."""
    return keys.isin(similar_keys(org_key(target), keys.unique(), threshold))


def targets(store: Store) -> pd.DataFrame:
    """Target organisations, the five to work on now first.

    Columns: ``id``, ``name``, ``industry``, ``motivation`` (1–5), ``notes``,
    ``known_contacts`` (how many contacts work there), ``known_names`` (up to three),
    ``priority`` (motivation, plus 1.5 when you already know someone there: a warm way
    in beats a cold one), ``top`` (True for the first five), ``next_step``.
    """
    frame = target_organizations(store)
    people = store.frame(
        "SELECT id, name, organization, warmth FROM contacts "
        "WHERE archived_at IS NULL AND organization IS NOT NULL")
    known_counts, known_names = [], []
    keys = _keys(people["organization"])
    for name in frame["name"]:
        mask = _matches(keys, name, _ORG_MATCH) if len(people) else None
        there = people[mask] if mask is not None else people.iloc[0:0]
        there = there.sort_values("warmth", ascending=False)
        known_counts.append(len(there))
        known_names.append(", ".join(there["name"].head(3)))
    frame["known_contacts"] = known_counts
    frame["known_names"] = known_names
    frame["priority"] = frame["motivation"] + (frame["known_contacts"] > 0) * 1.5
    frame = frame.sort_values(["priority", "motivation", "name"],
                              ascending=[False, False, True])
    frame = frame.reset_index(drop=True)
    frame["top"] = frame.index < TOP
    frame["next_step"] = [
        (f"Ask {names.split(',')[0]} who they know there" if count
         else f"Ask who could introduce you to someone at {name}")
        for name, count, names in zip(frame["name"], frame["known_contacts"],
                                      frame["known_names"], strict=True)
    ]
    return frame

COLUMNS = ["id", "name", "organization", "title", "industry", "warmth", "responsiveness",
           "score", "for_anyone", "why"]


class Candidates:
    """Your contacts read once, with what ranking them needs: organisation and industry
    keys, senior titles, titles close to your focus, how they answered before."""

    def __init__(self, store: Store):
        import pandas as pd

        self.profile = get_profile(store)
        self.organizations = list(self.profile["target_organizations"])
        self.people = people = store.frame(
            "SELECT id, name, organization, title, industry, warmth FROM contacts "
            "WHERE archived_at IS NULL")
        self.org_keys = _keys(people["organization"])
        self.industry_keys = _keys(people["industry"])
        titles = _distinct(people["title"], fold)
        self.senior = titles.str.contains(_SENIOR)
        focus = {w for w in re.findall(r"\w{4,}", fold(self.profile.get("focus") or ""))}
        self.title_fits = _distinct(
            titles, lambda t: bool(focus & set(re.findall(r"\w{4,}", t)))).astype(bool)
        answers = {r["contact_id"]: r["responsiveness"] for r in labels(store)}
        people["responsiveness"] = pd.Series(
            [answers.get(i, "not asked yet") for i in people["id"]], index=people.index,
            dtype=object)

    def kind(self, text: str | None) -> str:
        """"organisation" or "industry": see :func:`target_kind`."""
        return _kind(text, [*map(org_key, self.organizations), *self.org_keys.unique()],
                     [*map(org_key, self.profile["target_industries"]),
                      *self.industry_keys.unique()])

    def rank(self, industries: list[str], organizations: list[str],
             limit: int = 20) -> pd.DataFrame:
        """The best placed to introduce you to ``industries`` or ``organizations``, then
        the people who know you well enough to introduce you to anyone (see
        :func:`who_could_introduce`)."""
        import pandas as pd

        people = self.people
        if people.empty:
            return pd.DataFrame(columns=COLUMNS)
        at_org = pd.Series(False, index=people.index)
        for org in organizations:
            at_org |= _matches(self.org_keys, org, _ORG_MATCH)
        in_industry = pd.Series(False, index=people.index)
        for industry in industries:
            in_industry |= _matches(self.industry_keys, industry, _INDUSTRY_MATCH)
        score = (people["warmth"] + at_org * 3.0 + in_industry * 2.0 + self.senior * 0.5
                 + self.title_fits * 1.0 + people["responsiveness"].map(_RESPONSE_POINTS))
        relevant = at_org | in_industry | self.title_fits
        for_anyone = ~relevant & (people["warmth"] >= CLOSE_WARMTH)
        shown = relevant | for_anyone
        ranked = people[shown].assign(score=score[shown], for_anyone=for_anyone[shown])
        ranked = ranked.sort_values(["for_anyone", "score", "warmth", "name"],
                                    ascending=[True, False, False, True]).head(limit)
        ranked["why"] = [
            _why(row, at_org[i], in_industry[i], self.senior[i], self.title_fits[i])
            for i, row in ranked.iterrows()
        ]
        return ranked[COLUMNS].reset_index(drop=True)


def _kind(text: str | None, org_keys: Iterable[str], industry_keys: Iterable[str]) -> str:
    key = org_key(text)
    if not key or similar_keys(key, industry_keys, _INDUSTRY_MATCH):
        return "industry"
    return "organisation" if similar_keys(key, org_keys, _ORG_MATCH) else "industry"


def target_kind(source: Store | Candidates, text: str | None) -> str:
    """Whether a target you typed is an organisation or an industry.

    "organisation" when ``text`` names (the rule of :func:`netkit.identity.similar_keys`:
    "sunfield power ltd" is "Sunfield Power") one of your target organisations or an
    organisation where one of your contacts works, and is not an industry that your
    profile or your contacts name; "industry" otherwise (empty text too).

    :param source: the workbook's store, or :class:`Candidates` already read.
    """
    if isinstance(source, Candidates):
        return source.kind(text)
    profile = get_profile(source)
    rows = source.rows("SELECT DISTINCT organization AS o, industry AS i FROM contacts "
                       "WHERE archived_at IS NULL")
    return _kind(text,
                 {org_key(v) for v in [*profile["target_organizations"],
                                       *(r["o"] for r in rows)] if v},
                 {org_key(v) for v in [*profile["target_industries"],
                                       *(r["i"] for r in rows)] if v})


def who_could_introduce(store: Store, target_industry: str | None = None,
                        target_organization: str | None = None,
                        limit: int = 20) -> pd.DataFrame:
    """Contacts best placed to introduce you, best first.

    Score = warmth (0–3) + 3 for working at the target organisation + 2 for working in the
    target industry + 0.5 for a senior or well-connected title + 1 for a title that matches
    your focus + responsiveness (+1.5 answers quickly … −1.5 hasn't replied yet). With no
    target given, your profile's target industries and organisations are used.

    Everyone who matches (at the organisation, in the industry, or in a role close to your
    focus) comes first, by score. After them come the warm and close contacts (warmth 2–3)
    who match none of it, also by score: people who know you well can introduce you to
    anyone (``for_anyone`` is True for them; their ``why`` says "knows people in many
    fields").

    Columns: ``id``, ``name``, ``organization``, ``title``, ``industry``, ``warmth``,
    ``responsiveness``, ``score``, ``for_anyone``, ``why`` (a few words). (To rank for many
    targets, read the contacts once with :class:`Candidates` and call its ``rank``.)
    """
    found = Candidates(store)
    industries = [target_industry] if target_industry else found.profile["target_industries"]
    organizations = ([target_organization] if target_organization
                     else [] if target_industry else found.organizations)
    return found.rank(industries, organizations, limit)


def _why(row, at_org: bool, in_industry: bool, senior: bool, title_fits: bool) -> str:
    parts = [WARMTH.get(int(row["warmth"]), "contact")]
    if at_org:
        parts.append(f"works at {row['organization']}")
    elif in_industry:
        parts.append(f"in {mid_sentence(row['industry'])}")
    if title_fits:
        parts.append("role close to your focus")
    elif row["for_anyone"]:
        parts.append("knows people in many fields")
    elif senior:
        parts.append("well connected")
    if row["responsiveness"] != "not asked yet":
        parts.append(row["responsiveness"])
    return " · ".join(parts)
