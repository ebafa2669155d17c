"""The demo network: synthetic, reproducible, believable, and able to scale."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import copy_of

import netkit
from netkit.dates import today

STABLE = ["name", "email", "organization", "title", "industry", "introduced_by", "chain_depth",
          "tags", "warmth"]


def _demo(path, contacts=80, seed=7):
    wb = netkit.open_workbook(path)
    counts = wb.fill_demo(contacts, seed=seed)
    return wb, counts


def test_the_same_seed_builds_the_same_network(tmp_path):
    one, _ = _demo(tmp_path / "one.sqlite")
    two, _ = _demo(tmp_path / "two.sqlite")
    other, _ = _demo(tmp_path / "other.sqlite", seed=8)
    assert one.contacts()[STABLE].equals(two.contacts()[STABLE])
    assert one.conversations().drop(columns="id").equals(two.conversations().drop(columns="id"))
    assert not one.contacts()["name"].equals(other.contacts()["name"])
    for wb in (one, two, other):
        wb.close()


def test_the_demo_has_the_size_asked_for_and_the_counts_it_reports(demo_wb):
    stats = demo_wb.stats()
    assert stats["contacts"] == 80 == demo_wb.count_contacts()
    assert stats["conversations_held"] >= 10
    assert stats["asks_sent"] == 6
    assert len(demo_wb.introductions()) == stats["introductions"]
    assert 0.6 <= stats["asked_for_names_rate"] < 1


def test_the_chain_runs_several_generations_deep(demo_wb):
    depths = demo_wb.contacts()["chain_depth"].value_counts()
    assert depths.index.max() >= 4
    assert all(depth in depths.index for depth in range(5))
    assert depths[0] >= 30  # your own list is the biggest generation


def test_demo_people_are_synthetic_with_addresses_only_at_example_org(demo_wb):
    frame = demo_wb.contacts()
    emails = frame["email"].dropna()
    assert len(emails) >= 30
    assert emails.str.fullmatch(r"[a-z0-9.'-]+@example\.org").all()
    assert frame["name"].is_unique
    assert set(frame["source"]) <= {"demo", "referral"}
    assert demo_wb.profile()["name"] == "Sam Rivera"


def test_a_new_user_is_not_greeted_by_weeks_of_overdue_follow_ups(demo_wb):
    due = demo_wb.stats()["followups_due"]
    assert 1 <= due <= 6
    everything = demo_wb.followups(include_done=True)
    assert everything["done_at"].notna().sum() > 3 * due
    still_open = demo_wb.followups()
    overdue = still_open[still_open["due_on"] <= today()]
    assert (overdue["due_on"] >= date.fromordinal(today().toordinal() - 7)).all()


def test_the_demo_history_is_spread_over_past_weeks(demo_wb):
    held = demo_wb.conversations().dropna(subset=["held_on"])["held_on"]
    assert held.max() < today().isoformat()
    # not all on one day (the business days whose reminders are business days too)
    assert held.nunique() >= len(held) // 2 and held.value_counts().max() <= 4
    planned = demo_wb.conversations().dropna(subset=["scheduled_for"])
    assert (planned["status"] == "scheduled").all() and len(planned) == 2
    assert (planned["scheduled_for"] > today().isoformat()).all()
    days = demo_wb.events()["at"].str[:10].nunique()
    assert days >= 20


@pytest.mark.slow
def test_the_demo_scales_to_thirty_thousand_contacts(demo_30k, tmp_path):
    path, counts = demo_30k
    wb = netkit.open_workbook(copy_of(path, tmp_path))
    assert counts["contacts"] == 30_000 == wb.count_contacts()
    assert wb.contacts()["name"].is_unique
    page = wb.search_contacts("health", limit=50)
    assert len(page) == 50
    wb.close()


def test_every_demo_row_was_written_by_the_public_functions_with_its_event(demo_wb):
    events = demo_wb.events()
    added = {(e, i) for e, i in zip(events["entity"], events["entity_id"], strict=True)}
    for table, entity in (("contacts", "contact"), ("asks", "ask"),
                          ("introductions", "introduction"), ("followups", "followup")):
        ids = [row[0] for row in demo_wb.conn.execute(f"SELECT id FROM {table}")]
        assert ids and all((entity, i) in added for i in ids), table
    held = demo_wb.conn.execute(
        "SELECT id FROM conversations WHERE status = 'held'").fetchall()
    assert all(("conversation", row[0]) in added for row in held)


def test_loading_the_demo_keeps_a_profile_you_already_wrote(tmp_path):
    from netkit.ui.profile import StartChoice

    mine = {"name": "Lee Park", "focus": "Nurse moving into health informatics"}
    for how in ("python", "app"):
        with netkit.open_workbook(tmp_path / f"{how}.sqlite") as wb:
            wb.set_profile(**mine)
            if how == "python":
                wb.fill_demo(40)
            else:
                StartChoice(wb).demo.click()
            profile = wb.profile()
            assert {k: profile[k] for k in mine} == mine
            assert wb.count_contacts() >= 40
    with netkit.open_workbook(tmp_path / "fresh.sqlite") as wb:
        wb.fill_demo(40)
        assert wb.profile()["name"] == "Sam Rivera"  # an empty profile gets the demo's


def _pin_today(monkeypatch, day: date) -> None:
    """Make every netkit module that asks for today's date get ``day``."""
    import sys

    from netkit import dates

    for name, module in list(sys.modules.items()):
        if name.startswith("netkit") and getattr(module, "today", None) is dates.today:
            monkeypatch.setattr(module, "today", lambda: day)


# A Wednesday, a Friday and a Sunday: the demo is filled "today", whatever day that is.
@pytest.mark.parametrize("day", [date(2026, 12, 2), date(2026, 12, 4), date(2026, 12, 6)])
@pytest.mark.parametrize("seed", [3, 7, 11])
def test_no_demo_reminder_falls_on_a_weekend(tmp_path, monkeypatch, day, seed):
    _pin_today(monkeypatch, day)
    with netkit.open_workbook(tmp_path / "demo.sqlite") as wb:
        wb.fill_demo(80, seed=seed)
        dated = {
            "follow-up": "SELECT due_on FROM followups WHERE cancelled_at IS NULL",
            "check-back": "SELECT check_back_on FROM introductions",
            "conversation": "SELECT coalesce(held_on, scheduled_for) FROM conversations",
            "ask sent": "SELECT sent_at FROM asks",
            "follow-up done": "SELECT done_at FROM followups",
        }
        seen = 0
        for what, sql in dated.items():
            for (value,) in wb.conn.execute(sql):
                if value:
                    seen += 1
                    assert date.fromisoformat(value[:10]).weekday() < 5, (what, value)
        assert seen > 100
