"""What a client shares with their coach: figures only, and who needs a nudge first."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from netkit import NetkitError
from netkit.hub.figures import DATES, FIGURES, check_figures, nudges, progress_figures
from netkit.hub.roster import Roster, ordered, readable, render_page


def test_the_shared_figures_are_numbers_and_one_date_never_names_or_notes(demo_wb):
    demo_wb.add_note(int(demo_wb.contacts()["id"].iloc[0]), "Secret note about Olga")
    figures = progress_figures(demo_wb)
    assert set(figures) == set(FIGURES)
    for key, value in figures.items():
        if key in DATES:
            assert value is None or date.fromisoformat(value)
        else:
            assert isinstance(value, (int, float)) and not isinstance(value, bool), key
    assert figures["contacts"] == demo_wb.stats()["contacts"]
    shared = json.dumps(figures)
    for text in [*demo_wb.contacts()["name"], *demo_wb.contacts()["organization"].dropna(),
                 "Secret note"]:
        assert text not in shared


def test_overdue_asks_and_conversations_without_the_question_are_counted(wb):
    ana = wb.add_contact("Ana Abara", organization="Medora Labs")
    ben = wb.add_contact("Ben Becker")
    three_weeks_ago = date.today() - timedelta(days=21)
    wb.record_ask(ana, "Hi Ana, who do you know in renewable energy I could learn from?",
                  sent_at=three_weeks_ago.isoformat())
    wb.log_conversation(ben, three_weeks_ago.isoformat(), asked_for_names=False)
    figures = progress_figures(wb)
    assert figures["asks_waiting"] == 1
    assert figures["followups_overdue"] >= 2  # ask a second person, follow up once
    assert figures["conversations_without_names"] == 1
    assert figures["last_activity"] == date.today().isoformat()


def test_choosing_a_setting_is_not_activity(wb):
    assert progress_figures(wb)["last_activity"] is None
    wb.set_setting("share_progress_with_coach", True)
    assert progress_figures(wb)["last_activity"] is None
    assert nudges(progress_figures(wb)) == ["nothing logged yet"]


@pytest.mark.parametrize("payload", [
    {"contacts": 3, "notes": "met Olga"},
    {"contacts": "Olga"},
    {"contacts": -1},
    {"contacts": True},
    {"contacts": 2.5},
    {"last_activity": "last Tuesday"},
    ["contacts", 3],
])
def test_anything_but_figures_is_refused(payload):
    with pytest.raises(NetkitError):
        check_figures(payload)


def test_figures_are_checked_and_kept_as_numbers(tmp_path):
    roster = Roster(tmp_path / "roster.sqlite")
    roster.put("alice", {"contacts": 3.0, "asked_for_names_rate": 0.3333,
                         "last_activity": "2026-03-02"})
    assert roster.rows()[0]["figures"] == {"contacts": 3, "asked_for_names_rate": 0.33,
                                           "last_activity": "2026-03-02"}
    with pytest.raises(NetkitError):
        roster.put("bob", {"name": "Bob's best friend"})
    roster.remove("alice")
    assert roster.rows() == []


def test_the_roster_lists_who_needs_a_nudge_first():
    on = date(2026, 3, 20)
    rows = [
        {"user": "chen", "figures": {"last_activity": "2026-03-19"}, "shared_at": "x"},
        {"user": "alice", "figures": {"last_activity": "2026-03-18",
                                      "conversations_without_names": 1}, "shared_at": "x"},
        {"user": "bob", "figures": {"last_activity": "2026-02-27", "asks_waiting": 2},
         "shared_at": "x"},
    ]
    listed = ordered(rows, on)
    assert [row["user"] for row in listed] == ["bob", "alice", "chen"]
    assert listed[0]["nudges"] == ["nothing logged for 21 days", "2 asks with no follow-up"]
    assert listed[1]["nudges"] == ["1 conversation where nobody asked for names"]
    assert listed[2]["nudges"] == []


def test_the_roster_page_escapes_every_name():
    rows = ordered([{"user": "<img src=x onerror=alert(1)>", "shared_at": "2026-03-02T10:00",
                     "figures": {"contacts": 1, "last_activity": "2026-03-02"}}],
                   date(2026, 3, 2))
    page = render_page("<b>carol</b>", rows, "/hub/", on=date(2026, 3, 2))
    assert "<img" not in page and "<b>carol" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_coachs_read_scope_may_cover_everyone_a_group_or_a_few_clients():
    read = "custom:netkit-roster:read"
    assert readable([read, "self"]) == (True, set(), set())
    assert readable([f"{read}!group=dave-clients", f"{read}!user=ana"]) == (
        False, {"ana"}, {"dave-clients"})
    assert readable(["custom:netkit-progress:write!user=ana"]) == (False, set(), set())
