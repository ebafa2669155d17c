"""``Workbook.preview_import`` / ``apply_import`` / ``import_file``: read, plan, then write
everything in one transaction (or nothing)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..contacts import change_contact, check_no_loop
from ..dates import now
from ..errors import NetkitError
from . import generic_csv, google, linkedin, outlook, vcard
from .bulk import contact_columns
from .decode import Source, read_source
from .detect import check_format, detect_format
from .merge import INDEX_COLUMNS, build_plan
from .plan import ImportPlan
from .records import Person, Skipped

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["MAPPING_SETTING", "import_columns", "detect_import_format", "preview_import",
           "apply_import", "import_file"]

MAPPING_SETTING = "import.csv_mapping."
_READERS = {
    "linkedin": linkedin.read,
    "google": google.read,
    "outlook": outlook.read,
    "vcard": vcard.read,
}
CHUNK = 2000
CACHE_ROWS, CACHE_KIB = 5000, 64 * 1024  # inserts of this many rows get a 64 MB page cache

Data = str | os.PathLike | bytes | bytearray | memoryview


def import_columns(store: Store, data: Data,
                   name: str | None = None) -> tuple[list[str], dict[str, str]]:
    """For a generic CSV: its column names and a mapping ({column: field}) — the one
    remembered for this header if any, else a guess from the header names."""
    source = read_source(data, name)
    columns = generic_csv.header(source.text, source.name)
    return columns, _mapping_for(store, columns)


def _mapping_for(store: Store, columns: list[str]) -> dict:
    remembered = store.get_setting(MAPPING_SETTING + generic_csv.signature(columns))
    if isinstance(remembered, dict) and set(remembered) == set(columns):
        return remembered
    return generic_csv.guess_mapping(columns)


def detect_import_format(store: Store, data: Data, name: str | None = None) -> str:
    """linkedin, google, outlook, vcard or csv, from the content.

    :raises NetkitError: when the file cannot be read at all.
    """
    source = read_source(data, name)
    return detect_format(source.text, source.name)


def preview_import(store: Store, data: Data, format: str | None = None,
                   mapping: dict[str, str] | None = None, name: str | None = None) -> ImportPlan:
    """Read a contacts file and say what importing it would do; nothing is written.

    :param data: a path, or the bytes of an upload.
    :param format: linkedin, google, outlook, vcard or csv; detected from the content
        when None.
    :param mapping: for csv, {column: field}; defaults to the remembered mapping or a guess.
    :param name: the file name to use in messages (for bytes).
    :raises NetkitError: one line naming the file and line, for any file netkit cannot
        read (empty, binary, the wrong kind, no name column, broken quoting ...).
    """
    source = read_source(data, name)
    chosen = check_format(format) or detect_format(source.text, source.name)
    plan = ImportPlan(
        file=source.name,
        format=chosen,
        encoding=source.encoding,
        workbook_version=_import_version(store),
    )
    if chosen == "csv":
        plan.columns = generic_csv.header(source.text, source.name)
        plan.mapping = dict(mapping if mapping is not None else _mapping_for(store, plan.columns))
    people = _read_people(store, source, chosen, plan.mapping)
    return build_plan(plan, people, _existing(store))


def apply_import(store: Store, plan: ImportPlan, confirmed_near_misses: Iterable[int] = (),
                 progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Write a previewed import in one transaction and return its counts.

    :param confirmed_near_misses: numbers of near-misses (``NearMiss.number``) that are the
        same person: those rows are merged into the existing contact instead of added.
    :param progress: called as ``progress(done, total)`` while writing.
    :raises NetkitError: when the workbook changed since the preview, or a number is not a
        near-miss of this plan. Nothing is written then.
    """
    confirmed = set()
    numbers = {m.number: m for m in plan.near_misses}
    for number in confirmed_near_misses:
        if number not in numbers:
            raise NetkitError(
                f"{number} is not one of the possible duplicates in this preview."
            )
        confirmed.add(number)
    total = len(plan.new) + len(plan.merges)
    with store.atomic():
        if _import_version(store) != plan.workbook_version:
            raise NetkitError(
                "The workbook changed since this preview; preview the file again."
            )
        store.conn.execute("PRAGMA defer_foreign_keys = ON")
        replaced = {numbers[n].new_index: numbers[n] for n in confirmed}
        ids, order = _assign_ids(store, plan, replaced)
        with _page_cache(store, len(plan.new)):
            added = _insert_new(store, plan, ids, order, progress, total)
        done = len(plan.new)
        for merge in plan.merges:
            if merge.contact_id is not None and merge.changes:
                changes = {f: new for f, (_, new) in merge.changes.items()}
                if merge.introducer is not None:
                    changes["introduced_by"] = _resolve(merge.introducer, ids)
                _merge_into(store, merge.contact_id, changes)
            done += 1
            if progress and done % CHUNK == 0:
                progress(done, total)
        for index, miss in replaced.items():
            changes = {f: new for f, (_, new) in miss.changes.items()}
            ref = plan.new[index].get("_ref")
            if ref is not None:
                changes["introduced_by"] = _resolve(ref, ids)
            _merge_into(store, miss.contact_id, changes)
        counts = dict(plan.counts)
        counts["added"] -= len(replaced)
        counts["merged"] += len(replaced)
        counts["near_misses"] -= len(replaced)
        store.log(
            "import",
            "contacts",
            None,
            file=plan.file,
            format=plan.format,
            added_ids=_ranges(added),
            **counts,
        )
        if plan.mapping is not None and plan.columns is not None:
            store.set_setting(
                MAPPING_SETTING + generic_csv.signature(plan.columns), plan.mapping
            )
    if progress:
        progress(total, total)
    return counts


def import_file(store: Store, path: Data, format: str | None = None,
                mapping: dict[str, str] | None = None, name: str | None = None) -> dict[str, int]:
    """Import a contacts file in one go (no confirmation of possible duplicates: they are
    added as new people). Returns counts: ``added``, ``merged``, ``skipped`` (and
    ``updated``, ``unchanged``, ``near_misses``, ``referrals_created``).

    :raises NetkitError: for a file netkit cannot read; nothing is written then.
    """
    return apply_import(store, preview_import(store, path, format, mapping, name))



def _read_people(store: Store, source: Source, format: str, mapping: dict | None
) -> Iterator[Person | Skipped]:
    if format == "csv":
        return generic_csv.read(source.text, source.name, mapping)
    return _READERS[format](source.text, source.name)


def _import_version(store: Store) -> tuple:
    row = store.conn.execute(
        "SELECT (SELECT max(id) FROM events), (SELECT count(*) FROM contacts)"
    ).fetchone()
    return tuple(row)


def _existing(store: Store) -> list[dict[str, Any]]:
    """Your contacts for matching: current ones first, then archived ones, each by id
    (two scans in id order; one ORDER BY on both would sort every row)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    columns = ", ".join(INDEX_COLUMNS)
    rows = cursor.execute(
        f"SELECT {columns} FROM contacts WHERE archived_at IS NULL ORDER BY id").fetchall()
    rows += cursor.execute(
        f"SELECT {columns} FROM contacts WHERE archived_at IS NOT NULL ORDER BY id").fetchall()
    return [dict(zip(INDEX_COLUMNS, row, strict=True)) for row in rows]


def _assign_ids(store: Store, plan: ImportPlan,
                replaced: dict[int, Any]) -> tuple[dict[int, int], list[int]]:
    """Ids for the new rows, in name order: inserting in the order of the name index
    is much faster for SQLite than inserting at random places in it. Returns {row: id}
    (a confirmed near-miss row: its contact's id) and the rows to insert, in id order."""
    next_id = (store.conn.execute("SELECT max(id) FROM contacts").fetchone()[0] or 0) + 1
    keys = [row["name_key"] for row in plan.new]
    order = [i for i in sorted(range(len(keys)), key=keys.__getitem__) if i not in replaced]
    ids = dict(zip(order, range(next_id, next_id + len(order)), strict=True))
    ids.update((index, miss.contact_id) for index, miss in replaced.items())
    return ids, order


def _insert_new(store: Store, plan, ids, order, progress, total) -> list[int]:
    """Insert the rows ``order`` lists (in id order) in batches; return their ids. The
    import's one event (logged by the caller) lists them, instead of one event per row."""
    # Rows are made in file order (the order they lie in memory: much faster to walk
    # than name order), then taken in id order.
    columns = contact_columns(plan.new, plan.format, lambda ref: _resolve(ref, ids))
    columns = {"id": [ids[i] for i in range(len(plan.new))]} | columns
    # What is the same for every row is part of the statement, not bound row by row.
    fixed = {"created_at": now()}
    fixed["updated_at"] = fixed["created_at"]
    sources = set(columns["source"])
    if len(sources) == 1 and str(*sources).isalpha():  # "linkedin", "csv" ...
        fixed["source"] = columns.pop("source")[0]
    names = [*columns, *fixed]
    values = ["?"] * len(columns) + ["'" + v.replace("'", "''") + "'" for v in fixed.values()]
    insert = f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join(values)})"
    rows = list(zip(*columns.values()))  # noqa: B905 — columns of equal length
    del columns
    batch = [rows[i] for i in order]
    del rows
    for start in range(0, len(batch), CHUNK):
        store.conn.executemany(insert, batch[start : start + CHUNK])
        if progress and start + CHUNK <= len(batch):
            progress(start + CHUNK, total)
    return [ids[i] for i in order]


@contextmanager
def _page_cache(store: Store, rows: int):
    """A page cache big enough for the indexes a large insert touches (SQLite's default
    is 2 MB; beyond it, pages are written out and read back during the insert). Memory
    only: the transaction and what it guarantees are unchanged."""
    if rows < CACHE_ROWS:
        yield
        return
    before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(before)}")


def _merge_into(store: Store, contact_id: int, changes: dict) -> None:
    if "tags" in changes:
        changes["tags"] = list(changes["tags"])
    if changes.get("introduced_by") is not None:
        check_no_loop(store, contact_id, changes["introduced_by"])
    if changes:
        change_contact(store, contact_id, changes)


def _ranges(ids: list[int]) -> list[list[int]]:
    """[3, 4, 5, 9] → [[3, 5], [9, 9]]: the ids an import added, compactly."""
    if ids and ids == list(range(ids[0], ids[0] + len(ids))):
        return [[ids[0], ids[-1]]]  # the usual case, checked at C speed
    out: list[list[int]] = []
    for value in ids:
        if out and out[-1][1] == value - 1:
            out[-1][1] = value
        else:
            out.append([value, value])
    return out


def _resolve(ref: int, ids: dict[int, int]) -> int:
    return ids[-ref - 1] if ref < 0 else ref
