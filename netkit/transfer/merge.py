"""Deduplication for an import: each incoming person is matched with the one rule for "the
same person" (:mod:`netkit.identity`), merged field by field, or reported as a possible
duplicate for the user to confirm.

Your contacts are read once into an :class:`~netkit.identity.Index`, so there is no
query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process

from .. import identity
from ..contacts import MAX_NAME, parse_tags, parse_warmth
from ..errors import NetkitError
from ..text import check_email, check_url
from .plan import ImportPlan, Merge, NearMiss
from .records import Person, Skipped, parse_day

__all__ = ["build_plan", "INDEX_COLUMNS", "FUZZY_CUTOFF"]

FUZZY_CUTOFF = 88
# What is read of your contacts to match and merge an import.
INDEX_COLUMNS = ("id", "name", "name_key", "profile_key", *identity.COMPARED, "warmth", "tags",
                 "introduced_by")
_CHECKED = ("email", "profile_url", "warmth", "tags", "connected_on")


def _day(value: str) -> str:
    """A day as ``YYYY-MM-DD`` (readers pass what they could not read as it was written)."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        day = parse_day(value)
    if day is None:
        raise NetkitError(f"“{value[:40]}” is not a date (connected on).")
    return day


def _clean_person(person: Person, warnings: list[str], name: str) -> dict[str, Any] | str:
    """The person's fields, validated; a bad e-mail, address, warmth or tag list is left
    out with a warning. Returns a reason (str) when the row must be skipped."""
    row = person.fields  # readers give stripped, non-empty values
    for key in _CHECKED:
        value = row.get(key)
        if value is None:
            continue
        try:
            if key == "email":
                row[key] = check_email(value.split(";")[0].split(" ::: ")[0])
            elif key == "profile_url":
                row[key] = check_url(value)
            elif key == "warmth":
                row[key] = parse_warmth(value)
            elif key == "connected_on":
                row[key] = _day(value)
            else:
                row[key] = parse_tags(value)
        except NetkitError as error:
            warnings.append(f"{name}, line {person.line}: {error.message} It was left out.")
            del row[key]
    if person.notes_extra:
        row["notes"] = "\n".join(filter(None, [row.get("notes"), *person.notes_extra]))
    full = row.get("name")
    if not full:
        return "no name"
    if len(full) > MAX_NAME:
        return f"name longer than {MAX_NAME} characters"
    return row


class _Matcher:
    """Your contacts (positive keys) and this import's new rows (negative keys)."""

    def __init__(self, existing: Iterable[dict[str, Any]]):
        self.index = identity.Index()
        self.rows: dict[int, dict[str, Any]] = {}
        for row in existing:
            self.add(int(row["id"]), row, identity.keys_of(row))
        self.existing = len(self.rows)

    def add(self, key: int, row: dict[str, Any], keys: identity.Keys) -> None:
        self.rows[key] = row
        self.index.add(key, keys)

    def similar(self, keys: identity.Keys) -> tuple[int, int] | None:
        """(contact id, score) of an existing contact with a similar name at the same
        organisation ("Jon Smith" and "Jonathan Smith" at Acme): a possible duplicate."""
        group = [k for k in self.index.by_org.get(keys.org, ()) if k > 0] if keys.org else []
        if not group:
            return None
        names = [self.index.keys[k].name for k in group]
        found = process.extractOne(keys.name, names, scorer=fuzz.token_sort_ratio,
                                   score_cutoff=FUZZY_CUTOFF)
        return (group[found[2]], int(found[1])) if found else None


def build_plan(plan: ImportPlan, people: Iterable[Person | Skipped],
               existing: Iterable[dict[str, Any]]) -> ImportPlan:
    """Fill ``plan`` from the people read: new rows, merges, skips, possible duplicates and
    "referred by" introducers.

    :param existing: your contacts as dicts of :data:`INDEX_COLUMNS`, current ones first.
    """
    matcher = _Matcher(existing)
    merges: dict[int, Merge] = {}
    matched: set[int] = set()
    referrals: list[tuple[int, str]] = []  # (key of the row, introducer's name)
    for person in people:
        plan.rows += 1
        if isinstance(person, Skipped):
            plan.skipped.append((person.line, person.reason))
            continue
        row = _clean_person(person, plan.warnings, plan.file)
        if isinstance(row, str):
            plan.skipped.append((person.line, row))
            continue
        keys = identity.keys_of(row)
        if not keys.name:
            plan.skipped.append((person.line, "no letters in the name"))
            continue
        taken, possible = matcher.index.decide(keys, _existing if matcher.existing else None)
        if taken is None:
            key = _add_new(plan, matcher, row, keys, person.line, possible)
        else:
            key = taken.contact_id
            plan.merged_rows += 1
            if key > 0:
                matched.add(key)
            _merge(plan, matcher, merges, key, row, person.line, taken.reason)
        if person.referred_by:
            referrals.append((key, person.referred_by))
    plan.merges = list(merges.values())
    _resolve_referrals(plan, matcher, referrals, merges)
    plan.matched_contacts = len(matched | {m.contact_id for m in plan.merges if m.contact_id})
    return plan


def _existing(key: int) -> bool:
    """Only your own contacts (never other rows of the same file) make possible duplicates."""
    return key > 0


def _add_new(plan: ImportPlan, matcher: _Matcher, row: dict[str, Any], keys: identity.Keys,
             line: int, possible: identity.Match | None) -> int:
    """Add ``row`` as a new contact of this import; note a possible duplicate."""
    row["_line"] = line
    row["name_key"] = keys.name
    row["profile_key"] = keys.url or None
    plan.new.append(row)
    key = -len(plan.new)
    if possible is not None:
        other = matcher.rows[possible.contact_id]
        miss = _miss(row, other, 100, possible.reason)
    else:
        similar = matcher.similar(keys) if matcher.existing else None
        miss = None
        if similar is not None:
            miss = _miss(row, matcher.rows[similar[0]], similar[1],
                         "similar name at the same organisation")
    if miss is not None:
        miss.number, miss.new_index = len(plan.near_misses) + 1, len(plan.new) - 1
        plan.near_misses.append(miss)
    matcher.add(key, row, keys)
    return key


def _merge(plan: ImportPlan, matcher: _Matcher, merges: dict[int, Merge], key: int,
           row: dict[str, Any], line: int, via: str) -> None:
    """Merge ``row`` into the contact (or earlier row) ``key``: fill blanks, keep yours."""
    current = matcher.rows[key]
    fills, kept = identity.differences(current, row)
    merge = merges.get(key)
    if merge is None and not (fills or kept):
        return
    if merge is None:
        merge = merges[key] = Merge(
            lines=[line], name=current["name"], via=via,
            contact_id=key if key > 0 else None, new_index=None if key > 0 else -key - 1,
        )
    else:
        merge.lines.append(line)
    for field, (old, value) in fills.items():
        first = merge.changes[field][0] if field in merge.changes else old
        merge.changes[field] = (first, value)
        current[field] = value  # later rows see the merged value
    if fills.keys() & {"email", "profile_url"}:
        keys = identity.keys_of(current)
        current["profile_key"] = keys.url or None
        matcher.index.rekey(key, keys)
    merge.kept.update(kept)
    if key < 0:  # merged into a row of this same import: just fill it in
        merge.changes.clear()


def _miss(row: dict[str, Any], other: dict[str, Any], score: int, reason: str) -> NearMiss:
    fills, _ = identity.differences(other, row)
    return NearMiss(
        number=0, line=row["_line"], name=row["name"], organization=row.get("organization"),
        contact_id=other["id"], contact_name=other["name"],
        contact_organization=other.get("organization"), score=score, reason=reason,
        new_index=0, changes=fills,
    )


def _resolve_referrals(plan: ImportPlan, matcher: _Matcher, referrals: list[tuple[int, str]],
                       merges: dict[int, Merge]) -> None:
    """Turn "referred by NAME" into introduced_by: an existing contact, a row of this import,
    or a new contact created for that name."""
    by_name = matcher.index.by_name
    for key, referrer in referrals:
        rk = identity.name_key(referrer)
        if not rk:
            continue
        named = by_name.get(rk, [])
        target = next((k for k in named if k > 0), named[0] if named else None)
        if target is None:
            new_row = {"name": referrer.strip()[:MAX_NAME], "source": "referral", "name_key": rk,
                       "_line": matcher.rows[key].get("_line", 0) if key < 0 else 0}
            plan.new.append(new_row)
            target = -len(plan.new)
            matcher.add(target, new_row, identity.keys_of(new_row))
            plan.referrals_created += 1
        if target == key:
            continue
        current = matcher.rows[key]
        if current.get("introduced_by") is not None or current.get("_ref") is not None:
            continue
        if _reaches(matcher.rows, target, key):
            plan.warnings.append(
                f"{plan.file}: “{referrer}” as introducer of {current['name']} "
                "would make a circle; left out."
            )
            continue
        current["_ref"] = target
        if key > 0:
            merge = merges.get(key)
            if merge is None:
                merge = merges[key] = Merge(lines=[], name=current["name"], contact_id=key,
                                            via="referral")
                plan.merges.append(merge)
            merge.changes["introduced_by"] = (None, matcher.rows[target]["name"])
            merge.introducer = target


def _reaches(rows: dict[int, dict[str, Any]], start: int, goal: int) -> bool:
    """Does following introducers up from ``start`` reach ``goal``?"""
    seen = set()
    key: int | None = start
    while key is not None and key not in seen:
        if key == goal:
            return True
        seen.add(key)
        row = rows.get(key)
        if row is None:
            return False
        key = row.get("_ref") if row.get("_ref") is not None else row.get("introduced_by")
    return False

