"""Whole-workbook backup and restore.

A backup is a consistent SQLite copy (:meth:`Workbook.backup`). Restoring one:

1. checks the backup completely before touching anything: an SQLite file, sound
   (``integrity_check``, ``foreign_key_check``), made by this or an older netkit, and
   holding exactly the tables, indexes and triggers netkit makes (a backup that carries a
   trigger of its own could rewrite your data on the next save; it is refused);
2. copies it into a staging file beside the workbook, brings that copy up to date and
   records the restore in its event log, so nothing is left to do after the switch;
3. keeps the current workbook as ``<file>.before-restore-<date-time>``;
4. switches in one step: into the open workbook with SQLite's backup API (one
   transaction: other windows on the same file see the old or the new contents), or, for
   a workbook too damaged to open, by renaming the staged file over it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NetkitError
from ..files import check_readable
from ..schema import MIGRATIONS_TABLE, applied, expected_objects, names, objects

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["check_backup", "backup_bytes", "restore", "restore_file"]

_MAGIC = b"SQLite format 3\x00"
_NEEDED_TABLES = {"contacts", "events", "settings", MIGRATIONS_TABLE}
Data = str | os.PathLike[str] | bytes | bytearray | memoryview


def _first_line(text: str, limit: int = 120) -> str:
    line = str(text).strip().splitlines()[0] if str(text).strip() else "unreadable"
    return line if len(line) <= limit else line[: limit - 1] + "…"


def check_backup(path: str | os.PathLike[str], name: str | None = None) -> list[str]:
    """Refuse anything that is not a sound netkit workbook made by this or an older netkit,
    holding only what netkit makes; return the migrations it has had.

    :raises NetkitError: naming the file, with the one thing that is wrong.
    """
    path = check_readable(path, "backup")
    name = name or path.name
    with open(path, "rb") as handle:
        head = handle.read(len(_MAGIC))
    if not head:
        raise NetkitError("the file is empty; it is not a netkit backup.", file=name)
    if head != _MAGIC:
        raise NetkitError("this is not a netkit backup (not a workbook file).", file=name)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not _NEEDED_TABLES <= tables:
                raise NetkitError("this is an SQLite file, but not a netkit workbook.", file=name)
            status = source.execute("PRAGMA integrity_check(1)").fetchone()[0]
            if status != "ok":
                raise NetkitError(f"the backup is damaged ({_first_line(status)}).", file=name)
            if source.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise NetkitError(
                    "the backup is damaged (some rows point at rows that are not there).",
                    file=name,
                )
            done = applied(source)
            found = objects(source)
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise NetkitError(
            f"this is not a readable netkit backup ({_first_line(str(error))}).", file=name
        ) from None
    known = names()
    if not done:
        raise NetkitError("this is an SQLite file, but not a netkit workbook.", file=name)
    if set(done) - set(known):
        raise NetkitError(
            "this backup was made by a newer netkit; upgrade netkit to restore it.", file=name
        )
    if sorted(done, key=known.index) != known[: len(done)]:
        raise NetkitError(
            "the backup is damaged (its record of upgrades is not netkit's).", file=name
        )
    _check_objects(found, expected_objects(len(done)), name)
    return done


def _check_objects(
    found: dict[tuple[str, str], str], expected: dict[tuple[str, str], str], name: str
) -> None:
    """The backup must hold netkit's tables, indexes and triggers, each as netkit made it."""
    # sqlite-utils writes its own bookkeeping table; its wording may differ by version.
    loose = {key for key in expected if MIGRATIONS_TABLE in key[1]}
    extra = sorted(set(found) - set(expected))
    if extra:
        kind, what = extra[0]
        raise NetkitError(
            f"the backup holds a {kind} netkit does not make (“{_first_line(what, 60)}”); "
            "it was not restored.",
            file=name,
        )
    missing = sorted(set(expected) - set(found))
    changed = sorted(k for k in set(expected) & set(found) - loose if expected[k] != found[k])
    if missing or changed:
        kind, what = (missing or changed)[0]
        state = "lacks" if missing else "has a changed"
        raise NetkitError(
            f"the backup {state} {kind} “{what}”; it is not a workbook as netkit makes it.",
            file=name,
        )


def backup_bytes(store: Store) -> bytes:
    """The whole workbook as the bytes of a backup file (for a download)."""
    with tempfile.TemporaryDirectory() as folder:
        return store.backup(Path(folder) / "netkit-backup.sqlite").read_bytes()


def _previous_path(workbook: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = workbook.with_name(f"{workbook.name}.before-restore-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = workbook.with_name(f"{workbook.name}.before-restore-{stamp}-{number}")
    return candidate


def _stage(
    data: Data, name: str | None, workbook: Path, folder: Path, previous: Path
) -> tuple[Path, str]:
    """Check the backup, copy it into ``folder``, bring the copy up to date and record the
    restore in it. Returns the staged file and the name to show."""
    from ..store import Store

    if isinstance(data, (bytes, bytearray, memoryview)):
        path = folder / "upload.sqlite"
        path.write_bytes(bytes(data))
        name = name or "upload"
    else:
        path = check_readable(data, "backup")
        name = name or path.name
        if workbook.exists() and path.resolve() == workbook.resolve():
            raise NetkitError("that is the workbook itself, not a backup of it.", file=name)
    check_backup(path, name)
    staged = folder / "staged.sqlite"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    target = sqlite3.connect(str(staged))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    store = Store(staged)  # brings an older backup up to date (its .bak stays in folder)
    try:
        with store.atomic():
            store.log("restore", "workbook", None, file=name, previous=str(previous))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return staged, name


def restore(store: Store, data: Data, name: str | None = None) -> Path:
    """Replace the open workbook with a backup; return where the previous one was saved.

    :param data: a backup file's path, or its bytes (an upload).
    :raises NetkitError: when the backup is not a sound netkit workbook (nothing changes).
    """
    with tempfile.TemporaryDirectory(dir=store.path.parent, prefix=".netkit-restore-") as tmp:
        previous = _previous_path(store.path)
        staged, name = _stage(data, name, store.path, Path(tmp), previous)
        store.backup(previous)
        source = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
        try:
            with store.lock:
                source.backup(store.conn)
        except sqlite3.DatabaseError as error:
            raise NetkitError(
                f"the backup could not be restored ({_first_line(str(error))}); "
                "your workbook is unchanged.",
                file=name,
            ) from None
        finally:
            source.close()
    store.migrate()  # reads the new contents' state (already current)
    return previous


def restore_file(workbook: str | os.PathLike[str], data: Data, name: str | None = None) -> Path:
    """Replace a workbook *file* with a backup without opening it, for a workbook too damaged
    to open. The damaged file (with its ``-wal`` and ``-shm`` companions) is kept as
    ``<file>.before-restore-<date-time>``; the switch is one rename.

    :raises NetkitError: when the backup is not a sound netkit workbook (nothing changes).
    """
    workbook = Path(workbook).expanduser().resolve()
    with tempfile.TemporaryDirectory(dir=workbook.parent, prefix=".netkit-restore-") as tmp:
        previous = _previous_path(workbook)
        staged, name = _stage(data, name, workbook, Path(tmp), previous)
        try:
            if workbook.exists():
                shutil.copy2(workbook, previous)
            for suffix in ("-wal", "-shm"):
                companion = workbook.with_name(workbook.name + suffix)
                if companion.exists():
                    # A log left from the old file must not be replayed into the new one.
                    os.replace(companion, previous.with_name(previous.name + suffix))
            os.replace(staged, workbook)
        except OSError as error:
            raise NetkitError(
                f"{workbook} could not be replaced ({error.strerror or error})."
            ) from None
    return previous
