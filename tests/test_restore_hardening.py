"""Restore checks a backup completely before touching anything, repairs a workbook too
damaged to open, switches in one step and keeps the previous file as a copy."""

from __future__ import annotations

import sqlite3

import contact_files as cf
import pytest
from conftest import dump_workbook
from test_cli import netkit_cli

import netkit
from netkit import NetkitError


def _tamper(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def saved(demo_wb, tmp_path):
    """A sound backup of the demo workbook."""
    return demo_wb.backup(tmp_path / "saved.sqlite")


HOSTILE_SCHEMA = {
    "a trigger that deletes": "CREATE TRIGGER cut AFTER INSERT ON contacts "
                              "BEGIN DELETE FROM contacts WHERE id < NEW.id; END",
    "a trigger on the event log": "CREATE TRIGGER quiet BEFORE INSERT ON events "
                                  "BEGIN SELECT RAISE(IGNORE); END",
    "a view": "CREATE VIEW everyone AS SELECT name, email FROM contacts",
    "a table": "CREATE TABLE exfil (x)",
    "an index": "CREATE INDEX odd ON contacts(notes)",
}


@pytest.mark.parametrize("statement", HOSTILE_SCHEMA.values(), ids=HOSTILE_SCHEMA.keys())
def test_a_backup_carrying_schema_objects_of_its_own_is_refused(demo_wb, saved, statement):
    _tamper(saved, statement)
    before = cf.dump(demo_wb)
    with pytest.raises(NetkitError, match="netkit does not make"):
        demo_wb.restore(saved)
    assert cf.dump(demo_wb) == before
    # and the next save behaves: nothing was planted
    demo_wb.add_contact("Pia Novak")
    assert demo_wb.count_contacts() == len(demo_wb.contacts())


def test_a_backup_whose_own_trigger_was_replaced_is_refused(demo_wb, saved):
    _tamper(saved, "DROP TRIGGER events_append_only_delete",
            "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
            "BEGIN SELECT 1; END")
    with pytest.raises(NetkitError, match="changed trigger"):
        demo_wb.restore(saved)


def test_a_backup_missing_a_guard_is_refused(demo_wb, saved):
    _tamper(saved, "DROP TRIGGER events_append_only_update")
    with pytest.raises(NetkitError, match="lacks trigger"):
        demo_wb.restore(saved)


def test_a_backup_with_rows_pointing_nowhere_is_refused(demo_wb, saved):
    _tamper(saved, "PRAGMA foreign_keys = OFF",
            "UPDATE contacts SET introduced_by = 999999 WHERE id = (SELECT min(id) FROM contacts)")
    with pytest.raises(NetkitError, match="point at rows that are not there"):
        demo_wb.restore(saved)


def test_a_damaged_backup_gets_one_short_line(demo_wb, saved):
    data = bytearray(saved.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 200] = b"\xff" * 200  # scribble over a page of rows
    saved.write_bytes(bytes(data))
    before = cf.dump(demo_wb)
    with pytest.raises(NetkitError) as caught:
        demo_wb.restore(saved)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 200, message
    assert "damaged" in message or "not a readable" in message
    assert cf.dump(demo_wb) == before


def test_the_restore_is_recorded_inside_the_restored_workbook(demo_wb, saved):
    previous = demo_wb.restore(saved)
    last = demo_wb.events(limit=1).iloc[0]
    assert last["action"] == "restore"
    assert str(previous) in str(last["data"])
    assert previous.exists()
    with netkit.open_workbook(previous) as old:
        assert old.count_contacts() == demo_wb.count_contacts()


def test_the_command_line_repairs_a_workbook_too_damaged_to_open(tmp_path):
    workbook = tmp_path / "mine.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.add_contact("Ana Becker", organization="Brightwell Health")
        wb.add_contact("Ben Dahl")
        saved = wb.backup(tmp_path / "saved.sqlite")
    damaged = b"this used to be my workbook" + workbook.read_bytes()[27:]
    workbook.write_bytes(damaged)
    with pytest.raises(NetkitError):
        netkit.open_workbook(workbook)

    result = netkit_cli(workbook, "restore", str(saved), "--yes")
    assert result.returncode == 0, result.stderr
    assert "damaged workbook is kept as" in result.stdout
    with netkit.open_workbook(workbook) as wb:
        assert sorted(wb.contacts()["name"]) == ["Ana Becker", "Ben Dahl"]
        assert wb.events(limit=1).iloc[0]["action"] == "restore"
    kept = list(tmp_path.glob("mine.sqlite.before-restore-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged]


def test_the_command_line_checks_the_backup_before_anything_else(tmp_path):
    workbook = tmp_path / "mine.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.add_contact("Ana Becker")
        saved = wb.backup(tmp_path / "saved.sqlite")
    _tamper(saved, HOSTILE_SCHEMA["a trigger that deletes"])
    before = dump_workbook(workbook)
    result = netkit_cli(workbook, "restore", str(saved), "--yes")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "netkit does not make" in result.stderr
    assert dump_workbook(workbook) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_an_older_backup_is_brought_up_to_date_as_it_is_restored(tmp_path, fixture_workbooks):
    oldest = fixture_workbooks[0]
    with netkit.open_workbook(tmp_path / "mine.sqlite") as wb:
        wb.restore(oldest)
        assert wb.count_contacts() > 0
        assert wb.store.newer is False
        from netkit import schema

        assert schema.state(wb.conn) == "current"
