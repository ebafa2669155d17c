"""Targets: where to start, and who could introduce you there.

``targets()`` lists your target organisations with whether you already know someone
there (matched on a normalised organisation name, so "Medora Labs, Inc." is "Medora
Labs"), ranked so the five to work on now come first. ``who_could_introduce()`` ranks
your contacts for a target industry or organisation by warmth, relevance and how they
answered before, with a few words saying why.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from .contacts import WARMTH
from .dates import now
from .errors import NetkitError
from .identity import org_key
from .profile import get_profile
from .responsiveness import labels
from .text import clean, fold

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = ["TOP", "add_target_organization", "target_organizations", "targets",
           "who_could_introduce", "Candidates"]

TOP = 5
_SENIOR = re.compile(r"\b(?:head|director|vp|vice president|chief|lead|manager|principal|"
                     r"partner|founder|owner|president)\b")
_ORG_MATCH = 90
_INDUSTRY_MATCH = 85
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


def target_organizations(store: Store) -> pd.DataFrame:
    """Target organisations, most motivating first."""
    return store.frame(
        "SELECT id, name, industry, motivation, notes FROM target_organizations "
        "WHERE archived_at IS NULL ORDER BY motivation DESC, name"
    )


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
    """Which ``keys`` name the same thing as ``target`` (fuzzy, over distinct values)."""
    import pandas as pd

    key = org_key(target)
    if not key:
        return pd.Series(False, index=keys.index)
    distinct = [k for k in keys.unique() if k]
    hits = {choice for choice, _score, _ in process.extract(
        key, distinct, scorer=fuzz.token_set_ratio, score_cutoff=threshold, limit=None)}
    # token_set_ratio says "labs" matches "medora labs"; require most of the words too.
    hits = {h for h in hits if fuzz.ratio(h, key) >= threshold - 25 or h == key}
    return keys.isin(hits)


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
           "score", "why"]


class Candidates:
    """Your contacts read once, with what ranking them needs: organisation and industry
    keys, senior titles, titles close to your focus, how they answered before."""

    def __init__(self, store: Store):
        import pandas as pd

        self.profile = get_profile(store)
        self.organizations = list(target_organizations(store)["name"])
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

    def rank(self, industries: list[str], organizations: list[str],
             limit: int = 20) -> pd.DataFrame:
        """The best placed to introduce you to ``industries`` or ``organizations``."""
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
        ranked = people[relevant].assign(score=score[relevant]).sort_values(
            ["score", "warmth", "name"], ascending=[False, False, True]).head(limit)
        ranked["why"] = [
            _why(row, at_org[i], in_industry[i], self.senior[i], self.title_fits[i])
            for i, row in ranked.iterrows()
        ]
        return ranked[COLUMNS].reset_index(drop=True)


def who_could_introduce(store: Store, target_industry: str | None = None,
                        target_organization: str | None = None,
                        limit: int = 20) -> pd.DataFrame:
    """Contacts best placed to introduce you, best first.

    Score = warmth (0–3) + 3 for working at the target organisation + 2 for working in the
    target industry + 0.5 for a senior or well-connected title + 1 for a title that matches
    your focus + responsiveness (+1.5 answers quickly … −1.5 hasn't replied yet). With no
    target given, your profile's target industries and organisations are used.

    Columns: ``id``, ``name``, ``organization``, ``title``, ``industry``, ``warmth``,
    ``responsiveness``, ``score``, ``why`` (a few words). (To rank for many targets, read
    the contacts once with :class:`Candidates` and call its ``rank``.)
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
        parts.append(f"in {row['industry']}")
    if title_fits:
        parts.append("role close to your focus")
    elif senior:
        parts.append("well connected")
    if row["responsiveness"] != "not asked yet":
        parts.append(row["responsiveness"])
    return " · ".join(parts)
