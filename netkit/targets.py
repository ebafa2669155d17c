"""Targets: where to start, and who could introduce you there.

``targets()`` lists your target organisations with whether you already know someone
there (matched on a normalised organisation name, so "Medora Labs, Inc." is "Medora
Labs"), ranked so the five to work on now come first. ``who_could_introduce()`` ranks
your contacts for a target industry or organisation by warmth, relevance and how they
answered before, with a few words saying why.
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz, process

from .contacts import WARMTH
from .text import fold

__all__ = ["TargetsMixin", "normalise_organization", "TOP"]

TOP = 5
_SUFFIXES = re.compile(
    r"\b(?:the|inc|incorporated|llc|ltd|limited|gmbh|ag|sa|plc|corp|corporation|company|co|"
    r"group|holdings|bv|nv|srl|pty)\b"
)
_SENIOR = re.compile(r"\b(?:head|director|vp|vice president|chief|lead|manager|principal|"
                     r"partner|founder|owner|president)\b")
_ORG_MATCH = 90
_INDUSTRY_MATCH = 85
_RESPONSE_POINTS = {"answers quickly": 1.5, "answers in time": 0.5, "waiting for a reply": -0.5,
                    "hasn't replied yet": -1.5, "not asked yet": 0.0}


def normalise_organization(name) -> str:
    """"Medora Labs, Inc." and "medora labs" both become "medora labs"."""
    text = fold(name).replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = _SUFFIXES.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def _keys(values: pd.Series) -> pd.Series:
    """Normalised names, computed once per distinct value (30,000 contacts share few)."""
    distinct = {v: normalise_organization(v) for v in values.dropna().unique()}
    return values.map(distinct).fillna("")


def _matches(keys: pd.Series, target: str, threshold: int) -> pd.Series:
    """Which normalised ``keys`` name the same thing as ``target`` (fuzzy, distinct values)."""
    key = normalise_organization(target)
    if not key:
        return pd.Series(False, index=keys.index)
    distinct = [k for k in keys.unique() if k]
    hits = {choice for choice, _score, _ in process.extract(
        key, distinct, scorer=fuzz.token_set_ratio, score_cutoff=threshold, limit=None)}
    # token_set_ratio says "labs" matches "medora labs"; require most of the words too.
    hits = {h for h in hits if fuzz.ratio(h, key) >= threshold - 25 or h == key}
    return keys.isin(hits)


class TargetsMixin:
    """Target organisations and "who could introduce me?"."""

    def targets(self) -> pd.DataFrame:
        """Target organisations, the five to work on now first.

        Columns: ``id``, ``name``, ``industry``, ``motivation`` (1–5), ``notes``,
        ``known_contacts`` (how many contacts work there), ``known_names`` (up to three),
        ``priority`` (motivation, plus 1.5 when you already know someone there: a warm way
        in beats a cold one), ``top`` (True for the first five), ``next_step``.
        """
        frame = self.target_organizations()
        people = self._df(
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

    def who_could_introduce(self, target_industry: str | None = None,
                            target_organization: str | None = None,
                            limit: int = 20) -> pd.DataFrame:
        """Contacts best placed to introduce you, best first.

        Score = warmth (0–3) + 3 for working at the target organisation + 2 for working in the
        target industry + 0.5 for a senior or well-connected title + 1 for a title that matches
        your focus + responsiveness (+1.5 answers quickly … −1.5 hasn't replied yet). With no
        target given, your profile's target industries and organisations are used.

        Columns: ``id``, ``name``, ``organization``, ``title``, ``industry``, ``warmth``,
        ``responsiveness``, ``score``, ``why`` (a few words).
        """
        profile = self.profile()
        industries = [target_industry] if target_industry else profile["target_industries"]
        organizations = ([target_organization] if target_organization
                         else [] if target_industry else list(self.target_organizations()["name"]))
        people = self._df(
            "SELECT id, name, organization, title, industry, warmth FROM contacts "
            "WHERE archived_at IS NULL")
        columns = ["id", "name", "organization", "title", "industry", "warmth",
                   "responsiveness", "score", "why"]
        if people.empty:
            return pd.DataFrame(columns=columns)
        at_org = pd.Series(False, index=people.index)
        org_keys = _keys(people["organization"])
        for org in organizations:
            at_org |= _matches(org_keys, org, _ORG_MATCH)
        in_industry = pd.Series(False, index=people.index)
        industry_keys = _keys(people["industry"])
        for industry in industries:
            in_industry |= _matches(industry_keys, industry, _INDUSTRY_MATCH)
        titles = people["title"].fillna("").map(fold)
        senior = titles.str.contains(_SENIOR)
        focus_words = {w for w in re.findall(r"\w{4,}", fold(profile.get("focus") or ""))}
        title_fits = titles.map(lambda t: bool(focus_words & set(re.findall(r"\w{4,}", t))))
        replies = self.responsiveness()
        answers = dict(zip(replies["contact_id"], replies["responsiveness"], strict=True))
        people["responsiveness"] = [answers.get(i, "not asked yet") for i in people["id"]]
        people["score"] = (people["warmth"] + at_org * 3.0 + in_industry * 2.0 + senior * 0.5
                           + title_fits * 1.0 + people["responsiveness"].map(_RESPONSE_POINTS))
        relevant = at_org | in_industry | title_fits
        ranked = people[relevant].sort_values(["score", "warmth", "name"],
                                              ascending=[False, False, True]).head(limit)
        ranked["why"] = [
            _why(row, at_org[i], in_industry[i], senior[i], title_fits[i])
            for i, row in ranked.iterrows()
        ]
        return ranked[columns].reset_index(drop=True)


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
