"""The bottom floor: one workbook file, its transactions, its event log, rows and settings.

Every module of the method works through a :class:`Store`. Every write runs inside
:meth:`Store.atomic` (one ``BEGIN IMMEDIATE`` transaction; nested blocks are savepoints)
and appends to the event log in that same transaction, so a change happens whole, with
its history, or not at all.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema
from .dates import now
from .errors import NetkitError
from .files import writable

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Store", "BUSY_TIMEOUT_MS", "parse_id", "MAX_ID"]

BUSY_TIMEOUT_MS = 15_000
Params = tuple[Any, ...] | dict[str, Any]
MAX_ID = 2**63 - 1  # SQLite's largest row number


def parse_id(what: str, value: Any, noun: str = "contact") -> int | None:
    """An optional row number (of a contact, unless ``noun`` says otherwise); NetkitError
    naming ``what`` otherwise."""
    if value is None or value == "":
        return None
    try:
        if value != value:  # NaN
            return None
        if isinstance(value, bool) or int(value) != value and not str(value).isdigit():
            raise ValueError
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        shown = " ".join(str(value).split())[:40] or "blank"  # one line, however it came
        raise NetkitError(
            f"{what.replace('_', ' ')} must be a {noun} number, not “{shown}”.") from None
    if not 0 < number <= MAX_ID:
        raise NetkitError(f"There is no {noun} number {number} ({what.replace('_', ' ')}).")
    return number


class Store:
    """One workbook file: the connection and the few operations every module needs.

    :param path: the workbook file; created (with its folder) when missing, brought up to
        date when its schema is older (after a backup copy beside it).
    :raises NetkitError: for a folder, a file that is not a netkit workbook, or a file
        SQLite cannot open. A file that is not ours is left byte for byte as it was.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser().resolve()
        writable(self.path, "workbook")
        self.lock = threading.RLock()
        self.newer = False  # made by a newer netkit: readable, but writes are refused
        try:
            self.conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise NetkitError(f"{self.path} cannot be opened (SQLite said: {error}).") from None
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.row_factory = sqlite3.Row
            # Look before touching: a file that is not ours must be left byte for byte.
            state = schema.state(self.conn)
            if state == "foreign":
                raise NetkitError(f"{self.path} is an SQLite file, but not a netkit workbook.")
            self.newer = state == "newer"
            if not self.newer:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if state in ("empty", "older"):
                self._migrate(backup_first=state == "older")
        except sqlite3.DatabaseError as error:
            self.conn.close()
            raise NetkitError(
                f"{self.path} is not a netkit workbook (SQLite said: {error})."
            ) from None
        except BaseException:
            self.conn.close()
            raise

    # ----- lifecycle -------------------------------------------------------------------------

    def _migrate(self, backup_first: bool) -> None:
        """Bring the schema up to date in one transaction, with an event saying so."""
        if backup_first:
            self.backup(self._migration_backup_path())
        with self.atomic():
            # Another process may have migrated while we waited for the lock.
            applied = schema.apply(self.conn)
            if applied:
                self.log("migrate", "workbook", None, migrations=applied)

    def _migration_backup_path(self) -> Path:
        """``<file>.bak-<date-time>``, numbered when that name is already taken."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        candidate = self.path.with_name(f"{self.path.name}.bak-{stamp}")
        number = 1
        while candidate.exists():
            number += 1
            candidate = self.path.with_name(f"{self.path.name}.bak-{stamp}-{number}")
        return candidate

    def migrate(self) -> None:
        """Bring the schema up to date after the file's contents were replaced (restore)."""
        state = schema.state(self.conn)
        self.newer = state == "newer"
        if state in ("empty", "older"):
            self._migrate(backup_first=False)

    def close(self) -> None:
        """Close the file. The store cannot be used afterwards."""
        self.conn.close()

    def backup(self, out: str | Path) -> Path:
        """Write a consistent copy of the whole workbook to ``out`` (safe while in use).

        :raises NetkitError: when ``out`` is a folder or cannot be written.
        """
        out = writable(out, "backup")
        tmp = out.with_name(out.name + ".partial")
        try:
            target = sqlite3.connect(str(tmp))
        except (OSError, sqlite3.Error) as error:
            raise NetkitError(f"{out} cannot be written ({error}).") from None
        try:
            with self.lock:
                self.conn.backup(target)
        except BaseException:
            target.close()
            tmp.unlink(missing_ok=True)
            raise
        target.close()
        tmp.replace(out)
        return out

    # ----- transactions and the event log ----------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested blocks become savepoints.

        Anything raised inside rolls the whole block back.

        :raises NetkitError: when the workbook was written by a newer netkit.
        """
        if self.newer:
            raise NetkitError(
                f"{self.path.name} was saved by a newer netkit; upgrade netkit "
                "(pip install --upgrade netkit) to change it. Nothing was changed."
            )
        with self.lock:
            if self.conn.in_transaction:
                self.conn.execute("SAVEPOINT netkit_nested")
                try:
                    yield self.conn
                except BaseException:
                    self.conn.execute("ROLLBACK TO SAVEPOINT netkit_nested")
                    self.conn.execute("RELEASE SAVEPOINT netkit_nested")
                    raise
                else:
                    self.conn.execute("RELEASE SAVEPOINT netkit_nested")
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    def log(self, action: str, entity: str, entity_id: int | None, **data: Any) -> None:
        """Append to the event log; call inside :meth:`atomic`."""
        self.conn.execute(
            "INSERT INTO events (at, action, entity, entity_id, data) VALUES (?, ?, ?, ?, ?)",
            (now(), action, entity, entity_id, json.dumps(data, default=str, ensure_ascii=False)),
        )

    # ----- rows ------------------------------------------------------------------------------

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row (inside :meth:`atomic`) and return its id."""
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
        )
        return int(cursor.lastrowid or 0)

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        """Update one row by id (inside :meth:`atomic`)."""
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*changes.values(), row_id)
        )

    def require(self, table: str, value: Any, noun: str, what: str | None = None) -> int:
        """The number of an existing row of ``table`` (a {noun}); NetkitError otherwise,
        for a missing row and for anything that is not a row number (text, a list, 10**30).

        :param what: the role, for the message ("introduced by"); ``noun`` by default.
        """
        number = parse_id(what or noun, value, noun)
        if number is None or not self.one(f"SELECT 1 FROM {table} WHERE id = ?", (number,)):
            shown = value if number is None else number
            raise NetkitError(f"There is no {noun} number {shown}.")
        return number

    def one(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def row(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        """The first row as a dict, or None."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else dict(row)

    def rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Every row as a dict."""
        return [dict(row) for row in self.conn.execute(sql, params)]

    def frame(self, sql: str, params: Params = ()) -> pd.DataFrame:
        """Run a read query and return a DataFrame."""
        import pandas as pd

        return pd.read_sql_query(sql, self.conn, params=params)

    def events(self, limit: int | None = None) -> pd.DataFrame:
        """The event log, newest first: ``at``, ``action``, ``entity``, ``entity_id``, ``data``."""
        sql = "SELECT id, at, action, entity, entity_id, data FROM events ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.frame(sql)

    # ----- settings --------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A remembered setting (a JSON value), or ``default``."""
        value = self.one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting (any JSON value), in its own transaction with its event."""
        with self.atomic():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
            self.log("set", "setting", None, key=key)
