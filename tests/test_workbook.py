"""The workbook file: created, migrated, backed up, written only in whole transactions."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import platformdirs
import pytest
from conftest import dump_workbook

import netkit
from netkit import schema

TABLES = {"profile", "target_organizations", "contacts", "asks", "introductions",
          "conversations", "questions", "script_items", "followups", "settings", "events"}


def test_a_new_workbook_is_created_with_the_whole_domain_schema(tmp_path):
    path = tmp_path / "deep" / "folder" / "mine.sqlite"
    with netkit.open_workbook(path) as wb:
        assert TABLES <= set(wb.db.table_names())
        assert schema.state(wb.conn) == "current"
        assert schema.applied(wb.conn) == schema.names()
        assert wb.profile()["target_industries"] == []
    assert path.is_file()


def test_the_file_runs_in_wal_mode_with_a_busy_timeout_and_foreign_keys(wb):
    pragma = lambda name: wb.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("busy_timeout") >= 5000
    assert pragma("foreign_keys") == 1
    with pytest.raises(sqlite3.IntegrityError):
        with wb.atomic():
            wb.store.insert("asks", {"contact_id": 999, "created_at": "2026-01-01"})


def test_open_workbook_uses_NETKIT_WORKBOOK_when_no_path_is_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NETKIT_WORKBOOK", "from-env.sqlite")
    with netkit.open_workbook() as wb:
        wb.add_contact("Ana Abara")
        assert wb.path == tmp_path / "from-env.sqlite"
    with netkit.open_workbook(tmp_path / "from-env.sqlite") as again:
        assert again.contacts()["name"].tolist() == ["Ana Abara"]


def test_without_NETKIT_WORKBOOK_the_workbook_lives_in_the_users_data_folder(
        tmp_path, monkeypatch):
    monkeypatch.delenv("NETKIT_WORKBOOK", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = Path(platformdirs.user_data_dir("netkit", appauthor=False)) / "netkit.sqlite"
    assert expected.is_relative_to(tmp_path)
    with netkit.open_workbook() as wb:
        assert wb.path == expected.resolve()
    assert expected.is_file()


@pytest.mark.parametrize("content", [
    b"Name,Email\nAna,ana@example.org\n",
    b"SQLite format 3\x00" + b"\x00" * 200,
])
def test_a_file_that_is_not_a_workbook_gets_a_netkit_error_and_is_left_untouched(
        tmp_path, content):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    with pytest.raises(netkit.NetkitError, match="not a netkit workbook"):
        netkit.open_workbook(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.csv"]


def test_another_programs_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(netkit.NetkitError, match="SQLite file, but not a netkit workbook"):
        netkit.open_workbook(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_folder_is_not_a_workbook(tmp_path):
    with pytest.raises(netkit.NetkitError, match="is a folder"):
        netkit.open_workbook(tmp_path)


def test_reopening_an_up_to_date_workbook_keeps_the_data_and_makes_no_backup(workbook_path):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("Ben Becker", email="ben@example.org")
    with netkit.open_workbook(workbook_path) as wb:
        assert wb.contacts()["email"].tolist() == ["ben@example.org"]
    assert not list(workbook_path.parent.glob("*.bak-*"))


@pytest.fixture
def extra_migration():
    """Register one more migration (as a future netkit version would) for one test."""
    added = []

    def register(fn):
        schema.migration(fn)
        added.append(fn.__name__)
        return fn

    yield register
    schema.MIGRATIONS[:] = [m for m in schema.MIGRATIONS if m[0] not in added]


def test_a_new_migration_backs_the_workbook_up_before_changing_it(workbook_path, extra_migration):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("Chiara Castillo")
    before = dump_workbook(workbook_path)

    @extra_migration
    def m999_test_reminders(db):
        db.execute("CREATE TABLE test_reminders (id INTEGER PRIMARY KEY, text TEXT)")

    with netkit.open_workbook(workbook_path) as wb:
        assert "test_reminders" in wb.db.table_names()
        assert wb.contacts()["name"].tolist() == ["Chiara Castillo"]
        migrated = wb.events()
        assert migrated.loc[0, "action"] == "migrate"
        assert json.loads(migrated.loc[0, "data"]) == {"migrations": ["m999_test_reminders"]}
    backups = list(workbook_path.parent.glob(workbook_path.name + ".bak-*"))
    assert len(backups) == 1
    assert dump_workbook(backups[0]) == before
    assert "test_reminders" not in dump_workbook(backups[0])


def test_a_failing_migration_leaves_the_workbook_as_it_was(workbook_path, extra_migration):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("Dev Dahl")
    before = dump_workbook(workbook_path)

    @extra_migration
    def m999_broken(db):
        db.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("migration bug")

    with pytest.raises(RuntimeError, match="migration bug"):
        netkit.open_workbook(workbook_path)
    assert dump_workbook(workbook_path) == before


def test_every_write_appends_one_event_in_the_same_transaction(wb):
    def actions():
        return wb.events()["action"].tolist()[::-1]

    start = len(actions())
    ana = wb.add_contact("Ana Abara")
    wb.update_contact(ana, title="Data Analyst")
    wb.archive_contact(ana)
    wb.restore_contact(ana)
    wb.set_setting("column_mapping", {"Full name": "name"})
    wb.set_profile(focus="Product analytics")
    wb.add_target_organization("Medora Labs", "Healthcare technology", 4)
    assert actions()[start:] == ["add", "edit", "archive", "restore", "set", "edit", "add"]
    assert wb.get_setting("column_mapping") == {"Full name": "name"}
    last = wb.events(limit=1)
    assert last.loc[0, "entity"] == "target_organization" and len(last) == 1


def test_the_event_log_is_append_only(wb):
    wb.add_contact("Elif Eze")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        wb.conn.execute("UPDATE events SET action = 'forged'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        wb.conn.execute("DELETE FROM events")
    assert "forged" not in wb.events()["action"].tolist()


def test_an_error_inside_a_write_rolls_back_everything_including_its_events(wb):
    before = dump_workbook(wb.path)
    with pytest.raises(RuntimeError, match="power cut"):
        with wb.atomic():
            wb.add_contact("Farah Fontaine")
            wb.add_contact("Gus García")
            raise RuntimeError("power cut")
    assert dump_workbook(wb.path) == before
    assert wb.count_contacts() == 0


def test_a_failed_inner_block_rolls_back_only_itself(wb):
    with wb.atomic():
        wb.add_contact("Hana Haddad")
        with pytest.raises(netkit.NetkitError):
            with wb.atomic():
                wb.add_contact("Ivan Ito")
                wb.add_contact("")
    assert wb.contacts()["name"].tolist() == ["Hana Haddad"]


def test_backup_writes_a_consistent_copy_that_opens_as_a_workbook(wb, tmp_path):
    wb.add_contact("Jun Jensen", tags=["alumni"])
    out = wb.backup(tmp_path / "copies" / "backup.sqlite")
    with netkit.open_workbook(out) as copy:
        assert copy.contacts()[["name", "tags"]].values.tolist() == [["Jun Jensen", "alumni"]]
    with pytest.raises(netkit.NetkitError, match="folder"):
        wb.backup(tmp_path)
