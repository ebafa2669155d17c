"""Leaving the demo: every made-up person goes in one step, your own people stay."""

from __future__ import annotations

import sqlite3

from test_cli import netkit_cli

import netkit


def _counts(path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("contacts", "asks", "introductions", "conversations",
                              "followups", "script_items", "target_organizations")}
    finally:
        conn.close()


def test_removing_the_demo_keeps_your_own_people_and_drops_their_links_to_made_up_ones(wb):
    wb.fill_demo(80, seed=3)
    demo_person = int(wb.store.one("SELECT id FROM contacts WHERE source = 'demo' LIMIT 1"))
    mine = wb.add_contact("Real Friend", organization="Acme", introduced_by=demo_person)
    wb.add_target_organization("Acme Robotics", "Robotics", 5)
    gone = wb.remove_demo()
    assert gone["contacts"] == 80 and gone["conversations"] > 0 and gone["asks"] > 0
    left = _counts(wb.path)
    assert left["contacts"] == 1 and left["asks"] == left["conversations"] == 0
    assert left["introductions"] == left["followups"] == 0
    assert wb.contact(mine)["introduced_by"] is None
    assert list(wb.targets()["name"]) == ["Acme Robotics"]  # yours, not the demo's
    assert wb.store.rows("PRAGMA foreign_key_check") == []
    assert wb.events().iloc[0]["entity"] == "demo"
    assert wb.stats()["contacts"] == 1


def test_a_profile_you_wrote_survives_the_demo_leaving(wb):
    wb.set_profile(focus="Nurse moving into clinical informatics")
    wb.fill_demo(40)
    wb.remove_demo()
    assert wb.profile()["focus"] == "Nurse moving into clinical informatics"


def test_removing_when_there_is_no_demo_changes_nothing(wb):
    wb.add_contact("Ana Becker")
    version = wb.version()
    assert wb.remove_demo() == dict.fromkeys(
        ("contacts", "asks", "introductions", "conversations", "followups"), 0)
    assert wb.version() == version and wb.count_contacts() == 1


def test_a_failed_removal_writes_nothing(wb, monkeypatch):
    wb.fill_demo(40)
    before = _counts(wb.path)
    from netkit import demo

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(demo, "get_profile", broken)  # fails after the deletes ran
    try:
        wb.remove_demo()
    except RuntimeError:
        pass
    assert _counts(wb.path) == before


def test_netkit_demo_remove_on_the_command_line(workbook_path):
    assert netkit_cli(workbook_path, "demo", "--contacts", "30").returncode == 0
    with netkit.open_workbook(workbook_path) as book:
        book.add_contact("Real Friend")
    result = netkit_cli(workbook_path, "demo", "--remove")
    assert result.returncode == 0, result.stderr
    assert "30 made-up people" in result.stdout and "1 of your own contacts stay" in result.stdout
    again = netkit_cli(workbook_path, "demo", "--remove")
    assert "there is no demo" in again.stdout
    assert _counts(workbook_path)["contacts"] == 1
