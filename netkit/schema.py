"""The workbook's schema, as versioned migrations that run when a workbook is opened.

Migrations are registered with sqlite-utils' ``Migrations`` (the applied ones are
recorded in ``_sqlite_migrations``). Each one is a function of the database; new
migrations are appended, never edited, so an old workbook upgrades in order.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

__all__ = ["migrations", "SCHEMA_NAME"]

SCHEMA_NAME = "netkit"
migrations = Migrations(SCHEMA_NAME)


def _run(db: Database, statements: str) -> None:
    # executescript() would commit the surrounding transaction; run one by one.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_domain(db: Database) -> None:
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


@migrations()
def m002_question_bank(db: Database) -> None:
    """The built-in question bank. Later built-ins arrive by later migrations that call
    the same helper: it only inserts keys the workbook lacks."""
    from .questions import install_builtin_questions

    install_builtin_questions(db)


@migrations()
def m003_contact_search_index(db: Database) -> None:
    """A covering index so searching and paging 30,000 contacts reads the index only."""
    _run(
        db,
        """
CREATE INDEX contacts_search ON contacts(name_key, id, search_text) WHERE archived_at IS NULL
""",
    )
