"""Deduplication: match each incoming person to a contact you already have (same e-mail, same
profile URL, then same normalised name and organisation), merge field by field, and report
near-misses (found with rapidfuzz) for the user to confirm.

Everything here works on an in-memory index read once, so there is no query per row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from ..contacts import parse_tags, parse_warmth
from ..errors import NetkitError
from ..text import check_email, check_url, clean, fold, name_key
from .plan import ImportPlan, Merge, NearMiss
from .records import Person, Skipped

__all__ = ["Index", "build_plan", "org_key", "url_key", "MERGE_FIELDS"]

MERGE_FIELDS = ("email", "phone", "organization", "title", "industry", "location", "profile_url",
                "how_known", "notes", "connected_on", "warmth")
_INDEX_COLUMNS = ("id", "name", "name_key") + MERGE_FIELDS + ("tags", "introduced_by")
_ORG_SUFFIX = re.compile(r"\b(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|sas|bv|nv|co|corp|"
                         r"corporation|company|the)\b")
_NON_WORD = re.compile(r"[^\w\s]")
FUZZY_CUTOFF = 88
MAX_NAME = 200


def org_key(value: str | None) -> str:
    """"ACME, Inc." and "Acme" compare equal."""
    if not value:
        return ""
    text = _NON_WORD.sub(" ", fold(value))
    return " ".join(_ORG_SUFFIX.sub(" ", text).split())


def url_key(value: str | None) -> str:
    """"https://www.linkedin.com/in/jane/" and "linkedin.com/in/Jane" compare equal."""
    if not value:
        return ""
    parts = urlsplit(value if "://" in value else "https://" + value)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path.rstrip("/").lower()


class Index:
    """Your contacts, held in memory for matching: by e-mail, URL, name + organisation, name."""

    def __init__(self, rows: Iterable[tuple]):
        self.rows: dict[int, dict] = {}
        self.by_email: dict[str, int] = {}
        self.by_url: dict[str, int] = {}
        self.by_name_org: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_org: dict[str, list[int]] = {}
        for values in rows:
            row = dict(zip(_INDEX_COLUMNS, values))
            row["tags"] = json.loads(row["tags"] or "[]")
            self.add(row["id"], row)

    def add(self, key: int, row: dict) -> None:
        """Index a contact (existing ids are positive, rows of this import negative)."""
        self.rows[key] = row
        if row.get("email"):
            self.by_email.setdefault(row["email"].lower(), key)
        if row.get("profile_url"):
            self.by_url.setdefault(url_key(row["profile_url"]), key)
        nk = row.get("name_key") or name_key(row["name"])
        ok = org_key(row.get("organization"))
        self.by_name_org.setdefault((nk, ok), key)
        self.by_name.setdefault(nk, []).append(key)
        if key > 0 and ok:
            self.by_org.setdefault(ok, []).append(key)

    def match(self, row: dict, nk: str, ok: str) -> tuple[int | None, str]:
        """The key of the contact this row is, and how it matched ("" when none)."""
        email = row.get("email")
        if email and email.lower() in self.by_email:
            return self.by_email[email.lower()], "same e-mail"
        url = row.get("profile_url")
        if url and url_key(url) in self.by_url:
            return self.by_url[url_key(url)], "same profile URL"
        if (nk, ok) in self.by_name_org:
            return self.by_name_org[(nk, ok)], "same name and organisation"
        return None, ""


def clean_person(person: Person, warnings: list[str], name: str) -> dict | str:
    """The person's fields, validated; a bad e-mail/URL/warmth is dropped with a warning.
    Returns a reason (str) when the row must be skipped."""
    row: dict = {}
    for key, value in person.fields.items():
        if key == "tags":
            row["tags"] = parse_tags(value)
            continue
        value = clean(value)
        if value is None:
            continue
        try:
            if key == "email":
                value = check_email(value.split(";")[0].split(" ::: ")[0])
            elif key == "profile_url":
                value = check_url(value)
            elif key == "warmth":
                value = parse_warmth(value)
        except NetkitError as error:
            warnings.append(f"{name}, line {person.line}: {error.message} It was left out.")
            continue
        row[key] = value
    if person.notes_extra:
        row["notes"] = "\n".join(filter(None, [row.get("notes"), *person.notes_extra]))
    if not row.get("name"):
        return "no name"
    if len(row["name"]) > MAX_NAME:
        return f"name longer than {MAX_NAME} characters"
    return row


def _diff(current: dict, incoming: dict) -> tuple[dict, dict]:
    """(changes, kept): fill empty fields, add new tags; keep the user's differing values."""
    changes, kept = {}, {}
    for key in MERGE_FIELDS:
        new = incoming.get(key)
        if new is None or key == "warmth":
            continue
        old = current.get(key)
        if old is None or old == "":
            changes[key] = (old, new)
        elif fold(str(old)) != fold(str(new)) and not (key == "notes" and fold(new) in fold(old)):
            if key == "profile_url" and url_key(old) == url_key(new):
                continue
            kept[key] = (old, new)
    tags = incoming.get("tags") or []
    have = {fold(t) for t in current.get("tags") or []}
    extra = [t for t in tags if fold(t) not in have]
    if extra:
        changes["tags"] = (list(current.get("tags") or []), list(current.get("tags") or []) + extra)
    return changes, kept


def build_plan(plan: ImportPlan, people: Iterable[Person | Skipped], index: Index) -> ImportPlan:
    """Fill ``plan`` from the people read: new rows, merges, skips, near-misses, referrals."""
    merges: dict[int, Merge] = {}
    referrals: list[tuple[int, str]] = []  # (key of the row, introducer's name)
    existing_org = index.by_org
    for person in people:
        plan.rows += 1
        if isinstance(person, Skipped):
            plan.skipped.append((person.line, person.reason))
            continue
        row = clean_person(person, plan.warnings, plan.file)
        if isinstance(row, str):
            plan.skipped.append((person.line, row))
            continue
        nk, ok = name_key(row["name"]), org_key(row.get("organization"))
        if not nk:
            plan.skipped.append((person.line, "no letters in the name"))
            continue
        key, via = index.match(row, nk, ok)
        if key is None:
            row["_line"] = person.line
            row["name_key"] = nk
            plan.new.append(row)
            key = -len(plan.new)
            index.add(key, row)
            miss = _near_miss(index, existing_org, row, nk, ok)
            if miss is not None:
                miss.number, miss.new_index = len(plan.near_misses) + 1, len(plan.new) - 1
                plan.near_misses.append(miss)
        else:
            plan.merged_rows += 1
            current = index.rows[key]
            merge = merges.get(key)
            if merge is None:
                merge = merges[key] = Merge(lines=[person.line], name=current["name"], via=via)
                if key > 0:
                    merge.contact_id = key
                else:
                    merge.new_index = -key - 1
            else:
                merge.lines.append(person.line)
            changes, kept = _diff(current, row)
            for field, (old, new) in changes.items():
                if field not in merge.changes:
                    merge.changes[field] = (old, new)
                else:
                    merge.changes[field] = (merge.changes[field][0], new)
                current[field] = new  # later rows see the merged value
                if field == "email":
                    index.by_email.setdefault(new.lower(), key)
                elif field == "profile_url":
                    index.by_url.setdefault(url_key(new), key)
            merge.kept.update(kept)
            if key < 0:  # merged into a row of this same import: just fill it in
                merge.changes.clear()
        if person.referred_by:
            referrals.append((key, person.referred_by))
    plan.merges = list(merges.values())
    _resolve_referrals(plan, index, referrals, merges)
    return plan


def _near_miss(index: Index, by_org: dict, row: dict, nk: str, ok: str) -> NearMiss | None:
    same_name = [k for k in index.by_name.get(nk, []) if k > 0]
    if same_name:
        other = index.rows[same_name[0]]
        reason = ("same name, different organisation" if ok and other.get("organization")
                  else "same name; only one of you has an organisation")
        return _miss(row, other, 100, reason)
    if ok and ok in by_org:
        group = by_org[ok]
        names = [index.rows[k]["name_key"] or name_key(index.rows[k]["name"]) for k in group]
        found = process.extractOne(nk, names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF)
        if found:
            return _miss(row, index.rows[group[found[2]]], int(found[1]),
                         "similar name at the same organisation")
    return None


def _miss(row: dict, other: dict, score: int, reason: str) -> NearMiss:
    changes, _ = _diff(other, row)
    return NearMiss(number=0, line=row["_line"], name=row["name"], organization=row.get("organization"),
                    contact_id=other["id"], contact_name=other["name"],
                    contact_organization=other.get("organization"), score=score, reason=reason,
                    new_index=0, changes=changes)


def _resolve_referrals(plan: ImportPlan, index: Index, referrals, merges: dict[int, Merge]) -> None:
    """Turn "referred by NAME" into introduced_by: an existing contact, a row of this import,
    or a new contact created for that name."""
    for key, referrer in referrals:
        rk = name_key(referrer)
        if not rk:
            continue
        target = _find_by_name(index, rk)
        if target is None:
            row = {"name": referrer.strip()[:MAX_NAME], "source": "referral", "name_key": rk,
                   "_line": index.rows[key].get("_line", 0) if key < 0 else 0}
            plan.new.append(row)
            target = -len(plan.new)
            index.add(target, row)
            plan.referrals_created += 1
        if target == key:
            continue
        current = index.rows[key]
        if current.get("introduced_by") is not None or current.get("_ref") is not None:
            continue
        if _reaches(index, target, key):
            plan.warnings.append(f"{plan.file}: “{referrer}” as introducer of {current['name']} "
                                 "would make a circle; left out.")
            continue
        if key < 0:
            current["_ref"] = target
        else:
            merge = merges.get(key)
            if merge is None:
                merge = merges[key] = Merge(lines=[], name=current["name"], contact_id=key, via="referral")
                plan.merges.append(merge)
            merge.changes["introduced_by"] = (None, index.rows[target]["name"])
            merge.introducer = target
            current["_ref"] = target


def _find_by_name(index: Index, rk: str) -> int | None:
    keys = index.by_name.get(rk)
    if not keys:
        return None
    existing = [k for k in keys if k > 0]
    return (existing or keys)[0]


def _reaches(index: Index, start: int, goal: int) -> bool:
    """Does following introducers up from ``start`` reach ``goal``?"""
    seen = set()
    key = start
    while key is not None and key not in seen:
        if key == goal:
            return True
        seen.add(key)
        row = index.rows.get(key)
        if row is None:
            return False
        key = row.get("_ref") if row.get("_ref") is not None else row.get("introduced_by")
    return False
