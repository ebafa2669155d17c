"""The workbook's schema, as versioned migrations that run when a workbook is opened.

Each migration is a function of the database, registered in order with
:func:`migration`; new ones are appended at the end with a new name, never edited, so an
old workbook upgrades step by step. They are applied with sqlite-utils' ``Migrations``
(which records them in ``_sqlite_migrations``). Finding out whether anything is pending
reads that table directly, so opening an up-to-date workbook imports nothing heavy.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_NAME", "MIGRATIONS_TABLE", "MIGRATIONS", "migration", "names", "applied",
           "state", "apply", "objects", "expected_objects",
           "builtin_questions", "install_builtin_questions"]

SCHEMA_NAME = "netkit"
MIGRATIONS_TABLE = "_sqlite_migrations"
Step = Callable[[Any], None]
# The migrations in the order they run: (name, function of a sqlite-utils Database).
MIGRATIONS: list[tuple[str, Step]] = []


def migration(fn: Step) -> Step:
    """Register ``fn`` as the next migration, under its function name."""
    if fn.__name__ in names():
        raise ValueError(f"Migration {fn.__name__} is already registered.")
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def names() -> list[str]:
    """The names of every migration this netkit knows, in order."""
    return [name for name, _ in MIGRATIONS]


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations this file has had (read only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (SCHEMA_NAME,),
    )]


def state(conn: sqlite3.Connection) -> str:
    """What the file is, read without writing: ``empty`` (a new file), ``current``,
    ``older`` (migrations pending), ``newer`` (made by a newer netkit) or ``foreign``
    (another program's SQLite file)."""
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if not tables:
        return "empty"
    done = applied(conn)
    if not done:
        return "foreign"
    if set(done) - set(names()):
        return "newer"
    return "older" if len(set(done)) < len(MIGRATIONS) else "current"


def apply(conn: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply the pending migrations (call inside a transaction); return their names.

    :param upto: apply only the first ``upto`` migrations (to rebuild a past version).
    """
    from sqlite_utils import Database, Migrations

    registry = Migrations(SCHEMA_NAME)
    for name, fn in MIGRATIONS[:upto]:
        registry(name=name)(fn)
    db = Database(conn)
    pending = [m.name for m in registry.pending(db)]
    if pending:
        registry.apply(db)
    return pending


def objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every table, index, trigger and view of a file, as ``(type, name) -> its SQL`` with
    spacing and quoting evened out (SQLite's own ``sqlite_`` objects left out)."""
    found = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        if name.startswith("sqlite_"):
            continue
        found[(kind, name)] = " ".join((sql or "").translate(_QUOTES).split()).lower()
    return found


_QUOTES = str.maketrans({'"': " ", "`": " ", "[": " ", "]": " "})


@cache
def expected_objects(count: int) -> dict[tuple[str, str], str]:
    """The schema objects a workbook has after the first ``count`` migrations (built in
    memory), to check a file against: a backup must hold exactly these."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        apply(conn, upto=count)
        conn.execute("COMMIT")
        return objects(conn)
    finally:
        conn.close()


def _run(db: Any, statements: str) -> None:
    # executescript() would commit the surrounding transaction; run one by one.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_domain(db: Any) -> None:
    """The whole domain: profile, contacts, asks, introductions, conversations,
    questions, scripts, follow-ups and the append-only event log."""
    _run(
        db,
        """
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT,
    focus TEXT,
    target_industries TEXT NOT NULL DEFAULT '[]',
    country TEXT,
    subdivision TEXT,
    why_me TEXT,
    updated_at TEXT
);
CREATE TABLE target_organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT,
    motivation INTEGER NOT NULL DEFAULT 3 CHECK (motivation BETWEEN 1 AND 5),
    notes TEXT,
    created_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    email TEXT,
    phone TEXT,
    organization TEXT,
    title TEXT,
    industry TEXT,
    location TEXT,
    profile_url TEXT,
    how_known TEXT,
    warmth INTEGER NOT NULL DEFAULT 1 CHECK (warmth BETWEEN 0 AND 3),
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    source TEXT NOT NULL DEFAULT 'manual',
    introduced_by INTEGER REFERENCES contacts(id),
    introduced_in_conversation INTEGER REFERENCES conversations(id),
    introduced_in_ask INTEGER REFERENCES asks(id),
    connected_on TEXT,
    name_key TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX contacts_introduced_by ON contacts(introduced_by);
CREATE INDEX contacts_name_key ON contacts(name_key);
CREATE INDEX contacts_email ON contacts(lower(email));
CREATE INDEX contacts_profile_url ON contacts(profile_url);
CREATE TABLE asks (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    target_industry TEXT,
    target_organization TEXT,
    target_role TEXT,
    subject TEXT,
    message TEXT NOT NULL DEFAULT '',
    channel TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft','sent','replied','introduced','declined','no reply')),
    created_at TEXT NOT NULL,
    sent_at TEXT,
    replied_at TEXT,
    closed_at TEXT
);
CREATE INDEX asks_contact ON asks(contact_id);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    status TEXT NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested','scheduled','held','cancelled')),
    scheduled_for TEXT,
    held_on TEXT,
    minutes INTEGER NOT NULL DEFAULT 20,
    place TEXT,
    prep_known TEXT,
    prep_why_you TEXT,
    prep_learn TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    asked_for_names INTEGER CHECK (asked_for_names IN (0, 1)),
    offered_to_introduce INTEGER CHECK (offered_to_introduce IN (0, 1)),
    thank_you_sent_on TEXT,
    next_step TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX conversations_contact ON conversations(contact_id);
CREATE TABLE introductions (
    id INTEGER PRIMARY KEY,
    introducer_id INTEGER NOT NULL REFERENCES contacts(id),
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    ask_id INTEGER REFERENCES asks(id),
    conversation_id INTEGER REFERENCES conversations(id),
    kind TEXT NOT NULL DEFAULT 'name only'
        CHECK (kind IN ('warm introduction','name only','may use my name')),
    status TEXT NOT NULL DEFAULT 'details received'
        CHECK (status IN ('promised','details received','contacted','met','dead end')),
    check_back_on TEXT,
    reported_back_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (introducer_id <> contact_id)
);
CREATE INDEX introductions_introducer ON introductions(introducer_id);
CREATE INDEX introductions_contact ON introductions(contact_id);
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    note TEXT,
    minutes REAL NOT NULL DEFAULT 2,
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    builtin_key TEXT UNIQUE,
    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE script_items (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER REFERENCES conversations(id),
    question_id INTEGER NOT NULL REFERENCES questions(id),
    position INTEGER NOT NULL,
    text TEXT
);
CREATE INDEX script_items_conversation ON script_items(conversation_id, position);
CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN
        ('second person','follow up','check back','thank you','report back','keep in touch')),
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    ask_id INTEGER REFERENCES asks(id),
    introduction_id INTEGER REFERENCES introductions(id),
    conversation_id INTEGER REFERENCES conversations(id),
    due_on TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT,
    cancelled_at TEXT
);
CREATE INDEX followups_open ON followups(due_on) WHERE done_at IS NULL AND cancelled_at IS NULL;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_at ON events(at);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
INSERT INTO profile (id, target_industries) VALUES (1, '[]')
""",
    )


@migration
def m002_question_bank(db: Any) -> None:
    """The built-in question bank. Later built-ins arrive by later migrations that call
    the same helper: it only inserts keys the workbook lacks."""
    install_builtin_questions(db)


@migration
def m003_contact_search_index(db: Any) -> None:
    """A covering index so searching and paging 30,000 contacts reads the index only."""
    _run(
        db,
        """
CREATE INDEX contacts_search ON contacts(name_key, id, search_text) WHERE archived_at IS NULL
""",
    )


@lru_cache(maxsize=1)
def builtin_questions() -> tuple[dict[str, Any], ...]:
    """The built-in interview questions shipped in ``netkit/data/questions.json``: dicts with
    ``key``, ``category``, ``text``, ``note``, ``minutes``."""
    data = resources.files("netkit").joinpath("data/questions.json").read_text("utf-8")
    return tuple(json.loads(data)["questions"])


def install_builtin_questions(db: Any, questions: Any = None) -> int:
    """Insert the built-in questions whose key the workbook lacks; return how many.

    Never changes or deletes a row that is already there (so hidden flags, the user's own
    questions and scripts survive). Called from migrations, inside their transaction, so a
    later migration can bring new built-ins by calling it again.

    :param db: what a migration receives (anything with ``execute``).
    :param questions: the built-ins to offer (default: :func:`builtin_questions`).
    """
    questions = builtin_questions() if questions is None else questions
    have = {
        row[0]
        for row in db.execute(
            "SELECT builtin_key FROM questions WHERE builtin_key IS NOT NULL"
        ).fetchall()
    }
    stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    added = 0
    for question in questions:
        if question["key"] in have:
            continue
        db.execute(
            "INSERT INTO questions (category, text, note, minutes, builtin, builtin_key, hidden, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, 0, ?, ?)",
            (
                question["category"],
                question["text"],
                question.get("note"),
                float(question.get("minutes", 2)),
                question["key"],
                stamp,
                stamp,
            ),
        )
        have.add(question["key"])
        added += 1
    return added


@migration
def m004_profile_keys(db: Any) -> None:
    """Each contact's profile address in its normalised form (no scheme, no ``www.``, lower
    case, no trailing slash or query), indexed, so the one rule for "the same person" finds
    a profile however it was written."""
    from .identity import url_key

    db.execute("ALTER TABLE contacts ADD COLUMN profile_key TEXT")
    rows = db.execute(
        "SELECT id, profile_url FROM contacts WHERE profile_url IS NOT NULL"
    ).fetchall()
    for contact_id, url in rows:
        db.execute("UPDATE contacts SET profile_key = ? WHERE id = ?",
                   (url_key(url) or None, contact_id))
    db.execute("CREATE INDEX contacts_profile_key ON contacts(profile_key)")


@migration
def m005_the_names_loop(db: Any) -> None:
    """The "ask for more names" loop: an answer per script question, whether to copy the
    introducer when you write to someone they named, and the "write to them" follow-up
    (SQLite changes a CHECK only by rebuilding the table; rows and ids are kept)."""
    _run(
        db,
        """
ALTER TABLE script_items ADD COLUMN answer TEXT;
ALTER TABLE introductions ADD COLUMN copy_introducer INTEGER NOT NULL DEFAULT 0
    CHECK (copy_introducer IN (0, 1));
CREATE TABLE followups_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN
        ('second person','follow up','check back','thank you','report back','keep in touch',
         'write to them')),
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    ask_id INTEGER REFERENCES asks(id),
    introduction_id INTEGER REFERENCES introductions(id),
    conversation_id INTEGER REFERENCES conversations(id),
    due_on TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT,
    cancelled_at TEXT
);
INSERT INTO followups_new (id, kind, contact_id, ask_id, introduction_id, conversation_id,
    due_on, note, created_at, done_at, cancelled_at)
SELECT id, kind, contact_id, ask_id, introduction_id, conversation_id, due_on, note,
    created_at, done_at, cancelled_at FROM followups;
DROP TABLE followups;
ALTER TABLE followups_new RENAME TO followups;
CREATE INDEX followups_open ON followups(due_on) WHERE done_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX followups_contact ON followups(contact_id)
""",
    )


@migration
def m006_check_disagreements(db: Any) -> None:
    """The user's "this is not a job ask" against the ask check's flag, kept with the
    message and the words flagged, so real use shows where the check is wrong."""
    _run(
        db,
        """
CREATE TABLE check_disagreements (
    id INTEGER PRIMARY KEY,
    message TEXT NOT NULL,
    excerpt TEXT,
    code TEXT,
    contact_id INTEGER REFERENCES contacts(id),
    ask_id INTEGER REFERENCES asks(id),
    created_at TEXT NOT NULL
)
""",
    )
