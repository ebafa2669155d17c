"""The Workbook: one user's networking data in one SQLite file.

Every write goes through :meth:`Workbook.atomic` (one ``BEGIN IMMEDIATE``
transaction) and appends to the event log in that same transaction, so a write
either happens whole, with its history, or not at all.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pandas as pd
from sqlite_utils import Database

from .asks import AsksMixin
from .contacts import ContactsMixin
from .conversations import ConversationsMixin
from .dates import now
from .due import DueMixin
from .errors import NetkitError
from .followups import FollowupsMixin
from .metrics import MetricsMixin
from .paths import default_workbook_path
from .planning import PlanningMixin
from .profile import ProfileMixin
from .questions import QuestionsMixin
from .responsiveness import ResponsivenessMixin
from .schema import migrations
from .script import ScriptMixin
from .targets import TargetsMixin
from .transfer import TransferMixin

__all__ = ["Workbook", "open_workbook", "now"]

BUSY_TIMEOUT_MS = 15_000


class Workbook(
    ContactsMixin,
    ProfileMixin,
    AsksMixin,
    ConversationsMixin,
    QuestionsMixin,
    ScriptMixin,
    PlanningMixin,
    FollowupsMixin,
    MetricsMixin,
    TargetsMixin,
    ResponsivenessMixin,
    DueMixin,
    TransferMixin,
):
    """One user's networking data, stored in one SQLite file.

    :param path: the workbook file; created (with its folder) when missing.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser().resolve()
        if self.path.exists() and self.path.is_dir():
            raise NetkitError(f"{self.path} is a folder, not a workbook file.")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.RLock()
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
            self.db = Database(self.conn)
            # Look before touching: a file that is not ours must be left byte for byte.
            self._refuse_foreign_file()
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            self.conn.close()
            raise NetkitError(
                f"{self.path} is not a netkit workbook (SQLite said: {error})."
            ) from None
        except BaseException:
            self.conn.close()
            raise

    # ----- lifecycle -------------------------------------------------------------------------

    def _refuse_foreign_file(self) -> None:
        """Raise NetkitError for an SQLite file that holds tables but no netkit schema.

        Reads only, so a foreign file is left exactly as it was.
        """
        tables = set(self.db.table_names())
        if not tables:
            return
        if migrations.migrations_table in tables and migrations.applied(self.db):
            return
        raise NetkitError(f"{self.path} is an SQLite file, but not a netkit workbook.")

    def _migrate(self) -> None:
        """Bring the schema up to date; copy the file to a backup first if it held a schema.

        The migrations and an event recording them run in one transaction.
        """
        if not migrations.pending(self.db):
            return
        if migrations.applied(self.db):
            self.backup(self._migration_backup_path())
        with self.atomic():
            # Another process may have migrated while we waited for the lock.
            pending = [m.name for m in migrations.pending(self.db)]
            if pending:
                migrations.apply(self.db)
                self._log("migrate", "workbook", None, migrations=pending)

    def _migration_backup_path(self) -> Path:
        """``<file>.bak-<date-time>``, numbered when that name is already taken."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        candidate = self.path.with_name(f"{self.path.name}.bak-{stamp}")
        number = 1
        while candidate.exists():
            number += 1
            candidate = self.path.with_name(f"{self.path.name}.bak-{stamp}-{number}")
        return candidate

    def close(self) -> None:
        """Close the file. The workbook object cannot be used afterwards."""
        self.conn.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workbook {self.path}>"

    def backup(self, out: str | Path) -> Path:
        """Write a consistent copy of the whole workbook to ``out`` (safe while in use)."""
        out = Path(out).expanduser()
        if out.exists() and out.is_dir():
            raise NetkitError(f"{out} is a folder; give a file name for the backup.")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".partial")
        target = sqlite3.connect(str(tmp))
        try:
            self.conn.backup(target)
        except BaseException:
            target.close()
            tmp.unlink(missing_ok=True)
            raise
        target.close()
        shutil.move(str(tmp), str(out))
        return out

    # ----- transactions and the event log ----------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested blocks become savepoints.

        Anything raised inside rolls the whole block back.
        """
        with self._local:
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

    def _log(self, action: str, entity: str, entity_id: int | None, **data) -> None:
        """Append to the event log; call inside :meth:`atomic`."""
        self.conn.execute(
            "INSERT INTO events (at, action, entity, entity_id, data) VALUES (?, ?, ?, ?, ?)",
            (now(), action, entity, entity_id, json.dumps(data, default=str, ensure_ascii=False)),
        )

    def _insert(self, table: str, row: dict) -> int:
        """Insert one row (inside :meth:`atomic`) and return its id."""
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
        )
        return int(cursor.lastrowid)

    def _update(self, table: str, row_id: int, changes: dict) -> None:
        """Update one row by id (inside :meth:`atomic`)."""
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*changes.values(), row_id)
        )

    def _df(self, sql: str, params: tuple | dict = ()) -> pd.DataFrame:
        """Run a read query and return a DataFrame."""
        return pd.read_sql_query(sql, self.conn, params=params)

    def events(self, limit: int | None = None) -> pd.DataFrame:
        """The event log, newest first: ``at``, ``action``, ``entity``, ``entity_id``, ``data``."""
        sql = "SELECT id, at, action, entity, entity_id, data FROM events ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._df(sql)

    def get_setting(self, key: str, default=None):
        """A remembered setting (JSON value), or ``default``."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value) -> None:
        """Remember a setting (any JSON value)."""
        with self.atomic():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
            self._log("set", "setting", None, key=key)


def open_workbook(path: str | Path | None = None) -> Workbook:
    """Open (creating and migrating as needed) a workbook.

    :param path: the file; defaults to ``$NETKIT_WORKBOOK``, else ``netkit.sqlite`` in the
        user's data directory.
    :raises NetkitError: when the file exists but is not a netkit workbook.
    """
    return Workbook(path if path is not None else default_workbook_path())
