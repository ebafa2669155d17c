"""A whole-workbook backup restores exactly; anything that is not a netkit backup is refused."""

import sqlite3

import contact_files as cf
import pytest

import netkit
from netkit import NetkitError


def test_a_backup_restores_the_workbook_exactly_and_keeps_the_old_one(demo_wb, tmp_path):
    saved = demo_wb.backup(tmp_path / "backup.sqlite")
    expected = cf.dump(demo_wb)
    demo_wb.add_contact("Added After The Backup")
    previous = demo_wb.restore(saved)
    after = cf.dump(demo_wb)
    # Everything is back; the event log gains one "restore" line.
    assert [t for t in after if t[0] != "events"] == [t for t in expected if t[0] != "events"]
    assert "Added After The Backup" not in set(demo_wb.contacts()["name"])
    assert demo_wb.events(limit=1).loc[0, "action"] == "restore"
    with netkit.open_workbook(previous) as old:
        assert "Added After The Backup" in set(old.contacts()["name"])


def test_a_backup_restores_from_uploaded_bytes(demo_wb, tmp_path):
    data = demo_wb.backup_bytes()
    count = demo_wb.count_contacts()
    with netkit.open_workbook(tmp_path / "other.sqlite") as other:
        other.restore(data, name="netkit-backup.sqlite")
        assert other.count_contacts() == count
    # the restored workbook is a normal workbook on disk afterwards
    with netkit.open_workbook(tmp_path / "other.sqlite") as reopened:
        assert reopened.count_contacts() == count


def _plain_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (x)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    "make,expected",
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"Name,Email\nPia,pia@example.org\n"), "not a netkit backup"),
        (lambda p: _plain_sqlite(p), "not a netkit workbook"),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50),
            "not a readable|not a netkit",
        ),
    ],
)
def test_a_file_that_is_not_a_netkit_backup_is_refused_and_nothing_changes(
    demo_wb, tmp_path, make, expected
):
    path = tmp_path / "upload.sqlite"
    make(path)
    before = cf.dump(demo_wb)
    with pytest.raises(NetkitError, match=expected):
        demo_wb.restore(path)
    assert cf.dump(demo_wb) == before


def test_a_backup_from_a_newer_netkit_is_refused(demo_wb, tmp_path):
    saved = demo_wb.backup(tmp_path / "future.sqlite")
    conn = sqlite3.connect(saved)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('netkit', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NetkitError, match="newer netkit"):
        demo_wb.restore(saved)
