"""The Log tab, driven as a person would: pick the conversation, say you asked who else,
add the names (one of them already known), confirm the match, save."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import pytest

from netkit.dates import today
from netkit.errors import NetkitWarning
from netkit.ui.app import App
from netkit.ui.log import OTHER, LogView


@pytest.fixture
def olga_talk(wb):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NetkitWarning)
        olga = wb.add_contact("Olga Orlova", email="olga@example.org")
        ana = wb.add_contact("Ana Silva", organization="Medora Labs", email="ana@medora.example")
    planned = wb.schedule_conversation(olga, today() - timedelta(days=1), place="Video call")
    wb.start_script(planned)
    return wb, olga, ana, planned


def _type_name(row, name, organization="", reach=""):
    row.name.value = name
    row.organization.value = organization
    row.reach.value = reach


def test_logging_three_names_one_already_known(olga_talk):
    wb, olga, ana, planned = olga_talk
    view = LogView(wb)
    labels = [label for label, value in view.conversation.options if value == planned]
    assert labels == ["Olga Orlova — " + f"{today() - timedelta(days=1):%a} "
                      f"{(today() - timedelta(days=1)).day} "
                      f"{today() - timedelta(days=1):%b} (has it happened?)"]
    view.conversation.value = planned
    assert view.held_on.value == today() - timedelta(days=1)
    assert len(view.answers) == len(wb.script(planned))  # a box per script question
    view.answers[0][1].value = "Started in operations"
    view.asked.value = True
    assert view.names_box.layout.display == "flex"
    first = view.names.rows[0]
    _type_name(first, "Ben Becker", "Sunfield Power", "ben@example.org")
    first.offered.value = True
    view.names.add.click()
    _type_name(view.names.rows[1], "ana silva", "Medora Labs")
    known = view.names.rows[1]
    assert known.match_box.layout.display == "flex"
    assert "Already in your workbook: <b>Ana Silva</b>, Medora Labs" in known.match_text.value
    assert known.same.value == "same"  # likely: same name and organisation
    view.names.add.click()
    _type_name(view.names.rows[2], "Chiara Castillo", reach="+1 555 0100")
    view.names.rows[2].mention.value = True
    view.save.click()
    assert "Saved your conversation with Olga Orlova and the 3 name(s)" in view.message.text
    contacts = wb.contacts().set_index("name")
    assert set(contacts.index) == {"Olga Orlova", "Ana Silva", "Ben Becker", "Chiara Castillo"}
    assert contacts.loc["Ben Becker", "introduced_by"] == olga
    assert contacts.loc["Chiara Castillo", "phone"] == "+1 555 0100"
    assert contacts.loc["Ana Silva", "chain_depth"] == 0  # linked, not re-parented
    assert wb.conversation(planned)["status"] == "held"
    due = {(row.kind, row.contact_name) for row in wb.followups().itertuples()}
    assert ("thank you", "Olga Orlova") in due and ("check back", "Olga Orlova") in due
    assert ("write to them", "Chiara Castillo") in due
    assert "Thank Olga" in view.after.value and "Write to Chiara Castillo" in view.after.value
    assert "mailto:olga@example.org" in view.after.value
    # The people you were given, each with its next step and one-click moves.
    rows = {row["contact_name"]: row for row in wb.given_names()}
    assert set(rows) == {"Ben Becker", "Ana Silva", "Chiara Castillo"}
    ben = next(child for child in view.given.children
               if f"netkit-introduction-{rows['Ben Becker']['id']}" in child._dom_classes)
    received = next(b for b in ben.children if "netkit-move-details-received" in b._dom_classes)
    received.click()
    assert wb.introductions().set_index("contact_name").loc["Ben Becker", "status"] == (
        "details received")
    assert "Write to Ben Becker" in view.after.value


def test_keeping_a_possible_match_apart_adds_a_new_person(olga_talk):
    wb, olga, ana, planned = olga_talk
    view = LogView(wb)
    view.conversation.value = planned
    view.asked.value = True
    _type_name(view.names.rows[0], "Ana Silva", "Sunfield Power")  # another organisation
    assert view.names.rows[0].same.value == "apart"
    view.save.click()
    assert wb.count_contacts() == 3
    assert wb.contact(ana)["organization"] == "Medora Labs"


def test_not_asking_is_said_kindly_with_a_drafted_follow_up(olga_talk):
    wb, olga, ana, planned = olga_talk
    view = LogView(wb)
    view.conversation.value = planned
    view.asked.value = False
    assert view.names_box.layout.display == "none"
    assert "That happens to everyone" in view.not_asked.value
    view.save.click()
    assert "Ask Olga who else you should talk to" in view.after.value
    assert wb.conversations().iloc[0]["asked_for_names"] == 0


def test_saving_without_choosing_says_what_is_missing_and_saves_nothing(olga_talk):
    wb, olga, ana, planned = olga_talk
    view = LogView(wb)
    view.save.click()
    assert "Pick the conversation" in view.message.text
    view.conversation.value = planned
    view.save.click()
    assert "Did you ask who else" in view.message.text
    view.asked.value = True
    view.names.rows[0].reach.value = "not-an-address@"
    view.names.rows[0].name.value = "Dev Dahl"
    view.held_on.value = date(2026, 3, 4)
    view.save.click()
    assert view.message.text.startswith("“not-an-address@” is not an e-mail address")
    assert wb.conversation(planned)["status"] == "scheduled"


def test_a_conversation_that_was_not_planned_is_logged_with_the_person(olga_talk):
    wb, olga, ana, planned = olga_talk
    view = LogView(wb)
    view.conversation.value = OTHER
    view.find.value = "silva"
    assert [value for _, value in view.person.options] == [ana]
    view.person.value = ana
    view.asked.value = True
    view.thanked.value = True
    view.save.click()
    held = wb.conversations().set_index("contact_id").loc[ana]
    assert held["status"] == "held" and isinstance(held["thank_you_sent_on"], str)


def test_the_app_has_a_log_tab_last_and_prepare_hands_over_a_conversation(olga_talk):
    wb, olga, ana, planned = olga_talk
    app = App(wb)
    assert app.tabs.titles[-1] == "Log"
    assert "netkit-log" in app.views.boxes["Log"]._dom_classes
    app.open_log(conversation_id=planned)
    assert app.tabs.selected_index == len(app.tabs.titles) - 1
    assert app.views["Log"].conversation.value == planned


def test_a_conversation_asked_for_but_without_a_date_is_offered_too(wb):
    ben = wb.add_contact("Ben Becker")
    asked = wb.schedule_conversation(ben, None, status="requested")
    view = LogView(wb)
    assert ("Ben Becker — no date yet", asked) in view.conversation.options
