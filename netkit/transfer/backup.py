"""Whole-workbook backup and restore.

A backup is a consistent SQLite copy (:meth:`Workbook.backup`). A restore first checks that
the file really is a netkit workbook, keeps a copy of the current one beside it, then
replaces the contents in one step with SQLite's backup API (so a crash leaves either the old
or the new workbook, never a mix), and brings the schema up to date.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NetkitError
from ..schema import SCHEMA_NAME, names

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["check_backup", "backup_bytes", "restore"]

_MAGIC = b"SQLite format 3\x00"
_NEEDED_TABLES = {"contacts", "events", "settings", "_sqlite_migrations"}


def check_backup(path: Path, name: str) -> None:
    """Refuse anything that is not a readable netkit workbook made by this or an older netkit.

    :raises NetkitError: naming the file, with what is wrong.
    """
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
                r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not _NEEDED_TABLES <= tables:
                raise NetkitError("this is an SQLite file, but not a netkit workbook.", file=name)
            status = source.execute("PRAGMA quick_check").fetchone()[0]
            if status != "ok":
                raise NetkitError(f"the backup is damaged ({status}).", file=name)
            applied = {
                r[0]
                for r in source.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (SCHEMA_NAME,)
                )
            }
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise NetkitError(f"this is not a readable netkit backup ({error}).", file=name) from None
    known = set(names())
    if not applied:
        raise NetkitError("this is an SQLite file, but not a netkit workbook.", file=name)
    if applied - known:
        raise NetkitError(
            "this backup was made by a newer netkit; update netkit to restore it.", file=name
        )


def backup_bytes(store: Store) -> bytes:
    """The whole workbook as the bytes of a backup file (for a download)."""
    with tempfile.TemporaryDirectory() as folder:
        return store.backup(Path(folder) / "netkit-backup.sqlite").read_bytes()


def restore(store: Store, data: str | os.PathLike[str] | bytes | bytearray | memoryview,
            name: str | None = None) -> Path:
    """Replace this workbook with a backup; return where the previous one was saved.

    :param data: a backup file's path, or its bytes (an upload).
    :raises NetkitError: when the file is not a netkit workbook (nothing changes then).
    """
    with tempfile.TemporaryDirectory(dir=store.path.parent) as folder:
        if isinstance(data, (bytes, bytearray, memoryview)):
            path = Path(folder) / "upload.sqlite"
            path.write_bytes(bytes(data))
            name = name or "upload"
        else:
            path = Path(data).expanduser()
            name = name or path.name
            if not path.is_file():
                raise NetkitError("there is no such backup file.", file=str(path))
            if path.resolve() == store.path:
                raise NetkitError("that is the workbook itself, not a backup of it.", file=name)
        check_backup(path, name)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        previous = store.backup(store.path.with_name(f"{store.path.name}.before-restore-{stamp}"))
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with store.lock:
                source.backup(store.conn)
        except sqlite3.DatabaseError as error:
            raise NetkitError(
                f"the backup could not be restored ({error}); your workbook is unchanged.",
                file=name,
            ) from None
        finally:
            source.close()
    store.migrate()
    with store.atomic():
        store.log("restore", "workbook", None, file=name, previous=str(previous))
    return previous
