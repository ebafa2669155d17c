"""Deduplication: match each incoming person to a contact you already have (same e-mail, same
profile URL, then same normalised name and organisation), merge field by field, and report
near-misses (found with rapidfuzz) for the user to confirm.

Everything here works on an in-memory index read once, so there is no query per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ..contacts import parse_tags, parse_warmth
from ..errors import NetkitError
from ..text import check_email
from .fast import fast_check_url, fast_fold, fast_name_key, name_fold_key, plain_email, plain_url
from .index import MERGE_FIELDS, ORG_KEY_CACHE, Index, org_key, url_key
from .plan import ImportPlan, Merge, NearMiss
from .records import Person, Skipped

__all__ = ["Index", "build_plan", "org_key", "url_key", "MERGE_FIELDS"]

FUZZY_CUTOFF = 88
MAX_NAME = 200
_CHECKED = ("email", "profile_url", "warmth", "tags")
_DIFFED = frozenset(MERGE_FIELDS) - {"warmth"}  # warmth is the user's own judgement


def clean_person(person: Person, warnings: list[str], name: str) -> dict | str:
    """The person's fields, validated; a bad e-mail/URL/warmth is dropped with a warning.
    Returns a reason (str) when the row must be skipped."""
    row = person.fields  # readers give stripped, non-empty values
    email, url = row.get("email"), row.get("profile_url")
    # The common case, a plain address and a plain web address, without the general checks.
    url_k = plain_url(url) if url is not None else ""
    if (
        (email is None or plain_email(email))
        and url_k is not None
        and not ("warmth" in row or "tags" in row)
    ):
        if url_k:
            row["_url"] = url_k
    else:
        _check_fields(person, warnings, name)
    if person.notes_extra:
        row["notes"] = "\n".join(filter(None, [row.get("notes"), *person.notes_extra]))
    full = row.get("name")
    if not full:
        return "no name"
    if len(full) > MAX_NAME:
        return f"name longer than {MAX_NAME} characters"
    return row


def _check_fields(person: Person, warnings: list[str], name: str) -> None:
    row = person.fields
    for key in _CHECKED:
        value = row.get(key)
        if value is None:
            continue
        try:
            if key == "email":
                row[key] = check_email(value.split(";")[0].split(" ::: ")[0])
            elif key == "profile_url":
                row[key] = fast_check_url(value)
            elif key == "warmth":
                row[key] = parse_warmth(value)
            elif key == "tags":
                row[key] = parse_tags(value)
        except NetkitError as error:
            warnings.append(f"{name}, line {person.line}: {error.message} It was left out.")
            del row[key]
    if row.get("profile_url"):
        row["_url"] = url_key(row["profile_url"])


def _diff(current: dict, incoming: dict) -> tuple[dict, dict]:
    """(changes, kept): fill empty fields, add new tags; keep the user's differing values."""
    changes, kept = {}, {}
    for key, new in incoming.items():
        if key not in _DIFFED or new is None:
            continue
        old = current.get(key)
        if old == new:
            continue
        if old is None or old == "":
            changes[key] = (old, new)
        elif fast_fold(str(old)) != fast_fold(str(new)) and not (
            key == "notes" and fast_fold(new) in fast_fold(old)
        ):
            if key == "profile_url" and url_key(old) == url_key(new):
                continue
            kept[key] = (old, new)
    tags = incoming.get("tags")
    if not tags:
        return changes, kept
    if isinstance(current.get("tags"), str):  # as stored: JSON text
        current["tags"] = json.loads(current["tags"] or "[]")
    have = {fast_fold(t) for t in current.get("tags") or []}
    extra = [t for t in tags if fast_fold(t) not in have]
    if extra:
        changes["tags"] = (list(current.get("tags") or []), list(current.get("tags") or []) + extra)
    return changes, kept


def build_plan(plan: ImportPlan, people: Iterable[Person | Skipped], index: Index) -> ImportPlan:
    """Fill ``plan`` from the people read: new rows, merges, skips, near-misses, referrals.

    (``Index.match`` and ``Index.add`` are written out inline here: this loop runs once per
    row of files with tens of thousands of rows.)
    """
    merges: dict[int, Merge] = {}
    matched: set[int] = set()
    referrals: list[tuple[int, str]] = []  # (key of the row, introducer's name)
    existing_org = index.by_org
    rows, by_email, by_url = index.rows, index.by_email, index.by_url
    by_name_org, by_name = index.by_name_org, index.by_name
    new, skipped, warnings = plan.new, plan.skipped, plan.warnings
    near = index.existing > 0  # only existing contacts (never rows of this file) count
    count = 0
    for person in people:
        count += 1
        if isinstance(person, Skipped):
            skipped.append((person.line, person.reason))
            continue
        row = clean_person(person, warnings, plan.file)
        if isinstance(row, str):
            skipped.append((person.line, row))
            continue
        folded, nk = name_fold_key(row["name"])
        if not nk:
            skipped.append((person.line, "no letters in the name"))
            continue
        org = row.get("organization")
        ok = (ORG_KEY_CACHE.get(org) or org_key(org)) if org else ""
        # Index.match:
        email = row.get("email")
        lowered = email.lower() if email else None
        url = row.get("_url")
        if lowered is not None and lowered in by_email:
            key, via = by_email[lowered], "same e-mail"
        elif url and url in by_url:
            key, via = by_url[url], "same profile URL"
        else:
            key, via = by_name_org.get((nk, ok)), "same name and organisation"
            if key is not None:
                other = rows[key].get("_url")
                # Two different profile pages are two different people, whatever their names.
                if url and other and url != other:
                    key = None
        if key is None:
            row["_line"] = person.line
            row["name_key"] = nk
            row["_fold"] = folded
            new.append(row)
            key = -len(new)
            # Index.add (``_url`` is there exactly when the row has a profile URL):
            rows[key] = row
            if lowered is not None:
                by_email.setdefault(lowered, key)
            if url is not None:
                by_url.setdefault(url, key)
            by_name_org.setdefault((nk, ok), key)
            names = by_name.get(nk)
            if names is None:
                by_name[nk] = [key]
            else:
                names.append(key)
            miss = _near_miss(index, existing_org, row, nk, ok) if near else None
            if miss is not None:
                miss.number, miss.new_index = len(plan.near_misses) + 1, len(new) - 1
                plan.near_misses.append(miss)
        else:
            plan.merged_rows += 1
            if key > 0:
                matched.add(key)
            current = rows[key]
            changes, kept = _diff(current, row) if _differs(current, row) else _SAME
            merge = merges.get(key)
            if merge is None and not (changes or kept):
                pass
            elif merge is None:
                merge = merges[key] = Merge(
                    lines=[person.line],
                    name=current["name"],
                    via=via,
                    contact_id=key if key > 0 else None,
                    new_index=None if key > 0 else -key - 1,
                )
            else:
                merge.lines.append(person.line)
            for field, (old, value) in changes.items():
                if field not in merge.changes:
                    merge.changes[field] = (old, value)
                else:
                    merge.changes[field] = (merge.changes[field][0], value)
                current[field] = value  # later rows see the merged value
                if field == "email":
                    by_email.setdefault(value.lower(), key)
                elif field == "profile_url":
                    current["_url"] = url_key(value)
                    by_url.setdefault(current["_url"], key)
            if merge is not None:
                merge.kept.update(kept)
                if key < 0:  # merged into a row of this same import: just fill it in
                    merge.changes.clear()
        if person.referred_by:
            referrals.append((key, person.referred_by))
    plan.rows += count
    plan.merges = list(merges.values())
    _resolve_referrals(plan, index, referrals, merges)
    plan.matched_contacts = len(matched | {m.contact_id for m in plan.merges if m.contact_id})
    return plan


_SAME: tuple[dict, dict] = ({}, {})  # _diff's answer when nothing differs (never changed)


def _differs(current: dict, incoming: dict) -> bool:
    """False when :func:`_diff` would find nothing: every field the file gives equals yours
    and it brings no tags (the usual case when a file is imported again)."""
    if "tags" in incoming:
        return True
    get = current.get
    for key, value in incoming.items():
        if value is not None and key in _DIFFED and get(key) != value:
            return True
    return False


def _near_miss(index: Index, by_org: dict, row: dict, nk: str, ok: str) -> NearMiss | None:
    same_name = [k for k in index.by_name.get(nk, []) if k > 0]
    if same_name:
        other = index.rows[same_name[0]]
        reason = (
            "same name, different organisation"
            if ok and other.get("organization")
            else "same name; only one of you has an organisation"
        )
        return _miss(row, other, 100, reason)
    if ok and ok in by_org:
        group = by_org[ok]
        names = [index.rows[k]["name_key"] or fast_name_key(index.rows[k]["name"]) for k in group]
        found = process.extractOne(
            nk, names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        if found:
            return _miss(
                row,
                index.rows[group[found[2]]],
                int(found[1]),
                "similar name at the same organisation",
            )
    return None


def _miss(row: dict, other: dict, score: int, reason: str) -> NearMiss:
    changes, _ = _diff(other, row)
    return NearMiss(
        number=0,
        line=row["_line"],
        name=row["name"],
        organization=row.get("organization"),
        contact_id=other["id"],
        contact_name=other["name"],
        contact_organization=other.get("organization"),
        score=score,
        reason=reason,
        new_index=0,
        changes=changes,
    )


def _resolve_referrals(plan: ImportPlan, index: Index, referrals, merges: dict[int, Merge]) -> None:
    """Turn "referred by NAME" into introduced_by: an existing contact, a row of this import,
    or a new contact created for that name."""
    for key, referrer in referrals:
        rk = fast_name_key(referrer)
        if not rk:
            continue
        target = _find_by_name(index, rk)
        if target is None:
            row = {
                "name": referrer.strip()[:MAX_NAME],
                "source": "referral",
                "name_key": rk,
                "_line": index.rows[key].get("_line", 0) if key < 0 else 0,
            }
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
            plan.warnings.append(
                f"{plan.file}: “{referrer}” as introducer of {current['name']} "
                "would make a circle; left out."
            )
            continue
        if key < 0:
            current["_ref"] = target
        else:
            merge = merges.get(key)
            if merge is None:
                merge = merges[key] = Merge(
                    lines=[], name=current["name"], contact_id=key, via="referral"
                )
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
