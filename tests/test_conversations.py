"""Informational interviews: every name given becomes a contact, one generation deeper."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from conftest import dump_workbook
from dateutil.relativedelta import relativedelta

import netkit

HELD = date(2026, 3, 4)


@pytest.fixture
def chain(wb):
    """You know Ana; Ana introduced you to Ben."""
    ana = wb.add_contact("Ana Abara", organization="Medora Labs")
    ben = wb.add_contact("Ben Becker", introduced_by=ana)
    return wb, ana, ben


def test_names_from_a_conversation_become_contacts_introduced_by_the_speaker(chain):
    wb, ana, ben = chain
    conversation = wb.log_conversation(ben, HELD, asked_for_names=True, names=[
        {"name": "Chiara Castillo", "email": "chiara@example.org", "organization": "Sunfield Power",
         "kind": "warm introduction"},
        {"name": "Dev Dahl", "title": "Program Manager"},
    ])
    frame = wb.contacts().set_index("name")
    for name in ("Chiara Castillo", "Dev Dahl"):
        assert frame.loc[name, "introduced_by"] == ben
        assert frame.loc[name, "chain_depth"] == 2
        assert frame.loc[name, "introduced_in_conversation"] == conversation
        assert frame.loc[name, "source"] == "referral"
    assert frame.loc["Chiara Castillo", "email"] == "chiara@example.org"
    intros = wb.introductions().set_index("contact_name")
    assert intros.loc["Chiara Castillo", "kind"] == "warm introduction"
    assert intros.loc["Dev Dahl", "kind"] == "name only"
    assert set(intros["introducer_id"]) == {ben}
    held = wb.conversations().set_index("id").loc[conversation]
    assert (held["status"], held["held_on"], held["asked_for_names"]) == ("held", "2026-03-04", 1)
    assert held["names_given"] == 2


def test_a_name_that_is_already_a_contact_is_linked_not_doubled(chain):
    wb, ana, ben = chain
    elif_ = wb.add_contact("Elif Eze")
    wb.log_conversation(ben, HELD, True, names=[
        {"name": "eze, elif", "email": "elif@example.org", "title": "UX Researcher"}])
    frame = wb.contacts()
    assert frame["name"].tolist().count("Elif Eze") == 1 and len(frame) == 3
    record = wb.contact(elif_)
    assert (record["email"], record["title"]) == ("elif@example.org", "UX Researcher")
    # She is on your own list: Ben's introduction is recorded, her generation is not changed.
    assert record["introduced_by"] is None and record["chain_depth"] == 0
    intro = wb.introductions().iloc[0]
    assert (intro["introducer_id"], intro["contact_id"]) == (ben, elif_)


def test_a_linked_contact_keeps_what_you_already_knew_and_who_introduced_them(chain):
    wb, ana, ben = chain
    farah = wb.add_contact("Farah Fontaine", email="farah@example.org", introduced_by=ana)
    wb.archive_contact(farah)
    wb.log_conversation(ben, HELD, True, names=[
        {"name": "F. Fontaine", "email": "FARAH@example.org", "organization": "Urban Pantry"}])
    record = wb.contact(farah)
    assert record["introduced_by"] == ana  # Ana introduced her first
    assert record["email"] == "farah@example.org" and record["organization"] == "Urban Pantry"
    assert record["archived"]  # you archived her: linking never brings her back unasked
    assert wb.count_contacts(include_archived=True) == 3
    intro = wb.introductions().iloc[0]
    assert (intro["introducer_id"], intro["contact_id"]) == (ben, farah)
    link = wb.events().query("action == 'link'").iloc[0]
    assert link["entity_id"] == farah and '"archived": true' in link["data"]


def test_a_name_up_the_speakers_own_chain_is_not_turned_into_a_loop(chain):
    wb, ana, ben = chain
    wb.update_contact(ana, introduced_by=None)
    wb.log_conversation(ben, HELD, True, names=[{"name": "Ana Abara"}])
    assert pd.isna(wb.contact(ana)["introduced_by"])
    assert wb.contact(ben)["chain_depth"] == 1


def test_the_same_name_given_twice_is_one_contact_and_one_introduction(chain):
    wb, ana, ben = chain
    wb.log_conversation(ben, HELD, True, names=[{"name": "Gus García"}, {"name": "gus garcia"}])
    assert wb.contacts()["name"].tolist().count("Gus García") == 1
    assert len(wb.introductions()) == 1
    assert wb.stats()["names_given"] == 1


def test_logging_completes_the_conversation_you_had_planned(chain):
    wb, ana, ben = chain
    planned = wb.schedule_conversation(ben, "2026-03-04 14:00", place="Video call", minutes=30)
    assert wb.conversations().set_index("id").loc[planned, "status"] == "scheduled"
    logged = wb.log_conversation(ben, HELD, asked_for_names=False, notes="Talked about trends")
    assert logged == planned
    row = wb.conversations().set_index("id").loc[planned]
    assert (row["status"], row["minutes"], row["notes"]) == ("held", 30, "Talked about trends")
    assert row["asked_for_names"] == 0
    assert len(wb.conversations()) == 1


def test_a_conversation_brings_a_thank_you_and_a_keep_in_touch(chain):
    wb, ana, ben = chain
    wb.log_conversation(ana, HELD, True)
    due = wb.followups().set_index("kind")["due_on"].to_dict()
    # 4 July 2026 is a Saturday: the keep-in-touch waits for the Monday.
    assert HELD + relativedelta(months=4) == date(2026, 7, 4)
    assert due == {"thank you": HELD + timedelta(days=1), "keep in touch": date(2026, 7, 6)}


@pytest.mark.parametrize(("held", "country", "thank_you"), [
    (date(2026, 3, 6), None, date(2026, 3, 9)),     # a Friday: thank them on Monday
    (date(2026, 3, 7), None, date(2026, 3, 9)),     # a Saturday: Monday too
    (date(2026, 12, 24), "DE", date(2026, 12, 28)),  # Christmas in Germany: after the holidays
    (date(2026, 12, 24), None, date(2026, 12, 25)),  # no country: only weekends are skipped
])
def test_no_reminder_is_due_on_a_weekend_or_a_holiday_where_you_live(chain, held, country,
                                                                     thank_you):
    wb, ana, ben = chain
    if country:
        wb.set_profile(country=country)
    wb.log_conversation(ana, held, True)
    due = wb.followups().set_index("kind")["due_on"].to_dict()
    assert due["thank you"] == thank_you
    assert all(day.weekday() < 5 for day in due.values())


def test_a_thank_you_already_sent_needs_no_reminder(chain):
    wb, ana, ben = chain
    wb.log_conversation(ana, HELD, True, thank_you_sent_on=HELD)
    assert wb.followups()["kind"].tolist() == ["keep in touch"]


def test_meeting_someone_you_were_introduced_to_prompts_a_report_back_to_the_introducer(chain):
    wb, ana, ben = chain
    conversation = wb.log_conversation(ben, HELD, True, thank_you_sent_on=HELD)
    report = wb.followups().set_index("kind").loc["report back"]
    assert report["contact_id"] == ana and report["contact_name"] == "Ana Abara"
    assert report["conversation_id"] == conversation
    assert report["due_on"] == HELD + timedelta(days=1)


def test_an_introduction_is_marked_met_once_you_talk_to_that_person(chain):
    wb, ana, ben = chain
    wb.log_conversation(ana, HELD, True, names=[{"name": "Hana Haddad"}])
    hana = wb.find_contacts("Hana Haddad")[0]
    assert wb.introductions()["status"].tolist() == ["details received"]
    wb.log_conversation(hana, HELD + timedelta(days=7), True)
    assert wb.introductions()["status"].tolist() == ["met"]


@pytest.mark.parametrize("names, message", [
    ([{"name": "Ivan Ito"}, {"email": "x@example.org"}], "Name number 2 has no name"),
    ([{"name": "Ivan Ito", "kind": "best friend"}], "not one of"),
    ([{"name": "Ivan Ito"}, {"name": "Jun Jensen", "email": "not-an-address"}],
     "not an e-mail address"),
    ([{"name": "Ivan Ito", "hat": "red"}], "Unknown contact field"),
])
def test_a_bad_name_in_a_conversation_changes_nothing_at_all(chain, names, message):
    wb, ana, ben = chain
    before = dump_workbook(wb.path)
    with pytest.raises(netkit.NetkitError, match=message):
        wb.log_conversation(ben, HELD, True, names=names)
    assert dump_workbook(wb.path) == before


@pytest.mark.parametrize("call, message", [
    (lambda wb, c: wb.log_conversation(999, HELD, True), "no contact number 999"),
    (lambda wb, c: wb.log_conversation(c, None, True), "needs a date"),
    (lambda wb, c: wb.log_conversation(c, "the other day", True), "not a date"),
    (lambda wb, c: wb.log_conversation(c, HELD, True, mood="great"), "Unknown conversation"),
    (lambda wb, c: wb.log_conversation(c, HELD, True, minutes=600), "between 5 and 240"),
    (lambda wb, c: wb.schedule_conversation(c, None), "needs a date"),
    (lambda wb, c: wb.schedule_conversation(c, HELD, status="held"), "requested"),
    (lambda wb, c: wb.schedule_conversation(12, HELD), "no contact number 12"),
])
def test_bad_conversation_input_gets_one_clear_line_and_changes_nothing(chain, call, message):
    wb, ana, ben = chain
    before = dump_workbook(wb.path)
    with pytest.raises(netkit.NetkitError, match=message):
        call(wb, ben)
    assert dump_workbook(wb.path) == before


def test_a_requested_conversation_may_have_no_date_yet(chain):
    wb, ana, ben = chain
    requested = wb.schedule_conversation(ben, None, status="requested")
    row = wb.conversations().set_index("id").loc[requested]
    assert row["status"] == "requested" and row["scheduled_for"] is None


def test_a_second_meeting_does_not_repeat_the_report_back_or_the_keep_in_touch(wb):
    ana = wb.add_contact("Ana Abara")
    ben = wb.add_contact("Ben Becker", introduced_by=ana)
    wb.log_conversation(ben, "2026-03-02", True, thank_you_sent_on="2026-03-02")
    wb.log_conversation(ben, "2026-05-04", True, thank_you_sent_on="2026-05-04")
    open_followups = wb.followups()
    report_backs = open_followups[open_followups["kind"] == "report back"]
    assert list(report_backs["contact_id"]) == [ana]
    keep = open_followups[(open_followups["kind"] == "keep in touch")
                          & (open_followups["contact_id"] == ben)]
    assert [str(d) for d in keep["due_on"]] == ["2026-09-04"]
