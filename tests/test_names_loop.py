"""The "ask for more names" loop: every name brings what to do next, every step of an
introduction moves its reminders, and people who helped stay in touch."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from netkit.cli import main  # noqa: F401 (the command line is tested through a subprocess)
from netkit.dates import today

HELD = date(2026, 11, 27)  # a Friday
NEXT_BUSINESS_WEEK = date(2026, 12, 8)  # seven business days on


def _open(wb):
    frame = wb.followups()
    return sorted((row.kind, row.contact_name, row.due_on) for row in frame.itertuples())


@pytest.fixture
def olga(wb):
    wb.set_profile(name="Sam Rivera", focus="Data analyst moving into energy analytics")
    return wb.add_contact("Olga Orlova", email="olga@example.org", organization="Northwind Grid")


def test_each_name_brings_a_write_to_them_and_a_promise_one_check_back(wb, olga):
    wb.log_conversation(olga, HELD, True, thank_you_sent_on=HELD, names=[
        {"name": "Ben Becker", "organization": "Sunfield Power", "mention": True},
        {"name": "Chiara Castillo", "offered": True},
        {"name": "Dev Dahl", "offered": True},
    ])
    assert _open(wb) == [
        ("check back", "Olga Orlova", NEXT_BUSINESS_WEEK),  # one for both promises
        # A Friday's next day and four months on are Saturdays: due on the Mondays.
        ("keep in touch", "Olga Orlova", date(2027, 3, 29)),
        ("write to them", "Ben Becker", date(2026, 11, 30)),
    ]
    intros = wb.introductions().set_index("contact_name")
    assert intros.loc["Ben Becker", "kind"] == "may use my name"
    assert intros.loc["Chiara Castillo", ["kind", "status"]].tolist() == [
        "warm introduction", "promised"]
    assert intros.loc["Dev Dahl", "check_back_on"] == NEXT_BUSINESS_WEEK.isoformat()


def test_an_introduction_moves_its_reminders_along(wb, olga):
    wb.log_conversation(olga, HELD, True, thank_you_sent_on=HELD,
                        names=[{"name": "Chiara Castillo", "offered": True}])
    chiara = int(wb.introductions().iloc[0]["id"])
    wb.move_introduction(chiara, "details received")  # Olga sent the details
    kinds = [kind for kind, _, _ in _open(wb)]
    assert "check back" not in kinds and "write to them" in kinds
    wb.move_introduction(chiara, "contacted")
    assert "write to them" not in [kind for kind, _, _ in _open(wb)]
    assert [row["status"] for row in wb.given_names()] == ["contacted"]
    assert wb.given_names()[0]["moves"] == ["met", "dead end"]


def test_done_writing_to_them_means_contacted(wb, olga):
    wb.log_conversation(olga, HELD, True, names=[{"name": "Ben Becker"}])
    write = wb.followups().query("kind == 'write to them'").iloc[0]
    wb.complete_followup(int(write["id"]))
    assert wb.introductions().iloc[0]["status"] == "contacted"


def test_meeting_someone_they_named_asks_you_to_report_back_even_if_you_knew_them(wb, olga):
    ben = wb.add_contact("Ben Becker", organization="Sunfield Power")  # on your own list
    wb.log_conversation(olga, HELD, True, thank_you_sent_on=HELD,
                        names=[{"name": "Ben Becker", "organization": "Sunfield Power"}])
    wb.log_conversation(ben, HELD + timedelta(days=5), True, thank_you_sent_on=HELD)
    report = wb.followups().query("kind == 'report back'")
    assert report["contact_name"].tolist() == ["Olga Orlova"]
    assert wb.introductions().iloc[0]["status"] == "met"
    assert "write to them" not in wb.followups()["kind"].tolist()
    draft = wb.draft_for_followup(int(report.iloc[0]["id"]))
    assert draft["to"] == "olga@example.org" and "Ben Becker" in draft["body"]


def test_people_who_helped_stay_in_touch_and_every_interaction_moves_it(wb, olga):
    wb.log_conversation(olga, HELD, True)
    due = {row.kind: row.due_on for row in wb.followups().itertuples()}
    assert due["keep in touch"] == date(2027, 3, 29)  # four months on, the Monday after
    wb.record_ask(olga, "Who else do you know at the utility?", sent_at="2027-01-04")
    kit = wb.followups().query("kind == 'keep in touch'")
    assert kit["due_on"].tolist() == [date(2027, 5, 4)]  # one reminder, moved on
    wb.add_note(olga, "Saw her talk at the meetup", on="2027-02-01")
    kit = wb.followups().query("kind == 'keep in touch'")
    assert kit["due_on"].tolist() == [date(2027, 6, 1)]
    assert wb.contact(olga)["notes"].endswith("2027-02-01: Saw her talk at the meetup")


def test_a_note_about_someone_who_never_helped_sets_no_reminder(wb):
    ana = wb.add_contact("Ana Abara")
    wb.add_note(ana, "Moved to Madison")
    assert wb.followups().empty


def test_the_drafts_name_who_suggested_it_and_copy_them_when_asked(wb, olga):
    wb.log_conversation(olga, HELD, False, names=[
        {"name": "Ben Becker", "email": "ben@example.org", "copy_introducer": True}])
    intro = int(wb.introductions().iloc[0]["id"])
    draft = wb.draft_write_to(intro)
    assert (draft["to"], draft["cc"]) == ("ben@example.org", "olga@example.org")
    assert "Olga Orlova suggested I get in touch" in draft["body"]
    assert "energy analytics" in draft["body"] and draft["body"].endswith("Sam")
    conversation = int(wb.conversations().iloc[0]["id"])
    thanks = wb.draft_thank_you(conversation)
    assert "who else do you think I should talk to" in thanks["body"]  # forgot to ask
    assert wb.draft_ask_for_names(conversation)["body"].count("\n") <= 3
    from netkit.messages import mailto

    link = urlparse(mailto(draft))
    query = parse_qs(link.query)
    assert unquote(link.path) == "ben@example.org" and query["cc"] == ["olga@example.org"]
    assert query["body"] == [draft["body"]]


def test_notes_per_script_question_are_kept_with_the_conversation(wb, olga):
    planned = wb.schedule_conversation(olga, HELD)
    wb.start_script(planned)
    items = wb.script(planned)
    first = int(items.iloc[0]["item_id"])
    wb.log_conversation(olga, HELD, True, answers={first: "Started in ops, moved to data"})
    stored = wb.conn.execute("SELECT answer FROM script_items WHERE id = ?", (first,)).fetchone()
    assert stored[0] == "Started in ops, moved to data"


def test_an_answer_for_a_question_of_another_script_changes_nothing(wb, olga):
    from conftest import dump_workbook

    other = wb.schedule_conversation(wb.add_contact("Ben Becker"), HELD)
    wb.start_script(other)
    foreign = int(wb.script(other).iloc[0]["item_id"])
    before = dump_workbook(wb.path)
    with pytest.raises(Exception, match="not in this conversation's script"):
        wb.log_conversation(olga, HELD, True, answers={foreign: "oops"})
    assert dump_workbook(wb.path) == before


def test_a_persons_page_shows_the_path_and_what_happened(wb, olga):
    wb.log_conversation(olga, HELD, True, names=[{"name": "Ben Becker"}])
    ben = wb.find_contacts("Ben Becker")[0]
    wb.log_conversation(ben, HELD + timedelta(days=3), True, names=[{"name": "Cy Chen"}])
    cy = wb.find_contacts("Cy Chen")[0]
    assert [step["name"] for step in wb.path_to(cy)] == ["Olga Orlova", "Ben Becker", "Cy Chen"]
    assert wb.path_text(cy) == ("You → Olga Orlova → Ben Becker → Cy Chen · 2 introductions "
                                "from someone you knew yourself")
    assert wb.path_text(olga).endswith("someone you knew yourself")
    timeline = [(item["on"], item["what"]) for item in wb.timeline(ben)]
    assert timeline[:3] == [
        (HELD, "Introduced by Olga Orlova (met)"),
        (HELD + timedelta(days=3), "Conversation held · you asked who else · 1 name(s) given"),
        (HELD + timedelta(days=3), "Suggested you talk to Cy Chen (details received)"),
    ]
    assert [day for day, _ in timeline] == sorted(day for day, _ in timeline)


def test_the_last_day_you_were_in_touch_comes_from_what_you_did_together(wb, olga):
    assert wb.last_in_touch(olga) is None  # nothing known: no "it's been a while"
    day = today() - timedelta(days=300)
    wb.record_ask(olga, "Hi Olga, who should I meet?", sent_at=day.isoformat())
    assert wb.last_in_touch(olga) == day
    wb.log_conversation(olga, day + timedelta(days=20), True)
    assert wb.last_in_touch(olga) == day + timedelta(days=20)
    wb.add_note(olga, "Coffee after the meetup", on=today() - timedelta(days=3))
    assert wb.last_in_touch(olga) == today() - timedelta(days=3)
    wb.add_note(olga, "Planned: lunch", on=today() + timedelta(days=30))  # not yet
    assert wb.last_in_touch(olga) == today() - timedelta(days=3)
