"""Workbooks made by every past version open in this one with every row intact, a backup
beside them, and exactly the schema a new workbook has."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import FIXTURE_WORKBOOKS

import netkit
from netkit import schema

VERSIONS = sorted(p.name for p in FIXTURE_WORKBOOKS.glob("v*.sqlite"))


def _rows(path) -> dict[str, dict[int, dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: {r["_rowid"]: dict(r)
                    for r in conn.execute(f'SELECT rowid AS _rowid, * FROM "{t}"')}
                for t in tables}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_schema_version():
    counts = []
    for path in FIXTURE_WORKBOOKS.glob("v*.sqlite"):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        counts.append(len(schema.applied(conn)))
        conn.close()
    assert sorted(counts) == list(range(1, len(schema.names()) + 1))


@pytest.mark.parametrize("version", VERSIONS)
def test_a_past_workbook_opens_with_every_row_intact(fixture_workbooks, version):
    path = next(p for p in fixture_workbooks if p.name == version)
    before = _rows(path)
    was_current = len(before["_sqlite_migrations"]) == len(schema.names())
    with netkit.open_workbook(path) as wb:
        assert schema.state(wb.conn) == "current"
        assert schema.objects(wb.conn).keys() == schema.expected_objects(
            len(schema.names())).keys()
        assert wb.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # still a working workbook: the chain and the numbers read, a new contact saves
        stats = wb.stats()
        assert stats["contacts"] == len(before["contacts"])
        assert stats["names_given"] >= 1
        assert "Yara Quinn" in set(wb.contacts()["name"])
        wb.add_contact("Added After The Upgrade")
    after = _rows(path)
    for table, rows in before.items():
        for rowid, row in rows.items():
            kept = after[table].get(rowid)
            assert kept is not None, f"{version}: {table} row {rowid} was lost"
            assert {k: kept[k] for k in row} == row, f"{version}: {table} row {rowid} changed"
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"))
    if was_current:
        assert backups == []
    else:
        assert len(backups) == 1, backups
        assert _rows(backups[0]) == before  # the copy is the workbook as it was


def test_a_contact_note_with_markup_survives_the_upgrade_as_text(fixture_workbooks):
    with netkit.open_workbook(fixture_workbooks[0]) as wb:
        row = wb.contacts().set_index("name").loc["Zoë O'Brien-Łukasz"]
        assert row["notes"] == "<b>not bold</b>; line\nbreak"
        assert row["organization"] == "Ünïcode & Co"
