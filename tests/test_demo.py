"""The demo network: synthetic, reproducible, believable, and able to scale."""

from __future__ import annotations

from datetime import date

import pytest

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
    assert held.nunique() >= len(held) - 3  # not all on one day
    planned = demo_wb.conversations().dropna(subset=["scheduled_for"])
    assert (planned["status"] == "scheduled").all() and len(planned) == 2
    assert (planned["scheduled_for"] > today().isoformat()).all()
    days = demo_wb.events()["at"].str[:10].nunique()
    assert days >= 20


@pytest.mark.slow
def test_the_demo_scales_to_thirty_thousand_contacts(workbook_path):
    wb, counts = _demo(workbook_path, 30_000)
    assert counts["contacts"] == 30_000 == wb.count_contacts()
    assert wb.contacts()["name"].is_unique
    page = wb.search_contacts("health", limit=50)
    assert len(page) == 50
    wb.close()
