"""Planning a conversation: reschedule it, prepare for it, put it in your calendar."""

import pytest
from icalendar import Calendar

from netkit import NetkitError
from netkit.interview.invite import PRODID, conversation_ics


@pytest.fixture
def contact(wb):
    wb.set_profile(why_me="I turn messy data into decisions.")
    return wb.add_contact("Ana Castillo", organization="Medora Labs")


def test_a_conversation_can_be_requested_then_scheduled_and_moved(wb, contact):
    talk = wb.schedule_conversation(contact, None, status="requested")
    assert wb.planned_conversations()["status"].tolist() == ["requested"]
    with pytest.raises(NetkitError, match="needs a date"):
        wb.update_conversation(talk, status="scheduled")
    wb.update_conversation(
        talk,
        status="scheduled",
        when="2026-12-01 14:00",
        minutes=30,
        place="https://meet.example.org/ana",
    )
    record = wb.conversation(talk)
    assert (record["status"], record["scheduled_for"], record["minutes"]) == (
        "scheduled",
        "2026-12-01T14:00:00",
        30,
    )
    wb.update_conversation(talk, when="2026-12-03 09:30")
    assert wb.conversation(talk)["scheduled_for"] == "2026-12-03T09:30:00"
    wb.update_conversation(talk, status="cancelled")
    assert wb.planned_conversations().empty


def test_bad_plans_are_refused_and_change_nothing(wb, contact):
    talk = wb.schedule_conversation(contact, "2026-12-01 14:00")
    before = wb.conversation(talk)
    for fields in ({"when": "not a date"}, {"minutes": 0}, {"status": "held"}, {"colour": "red"}):
        with pytest.raises(NetkitError):
            wb.update_conversation(talk, **fields)
    assert wb.conversation(talk) == before


def test_preparation_is_saved_and_why_you_defaults_to_the_profile(wb, contact):
    talk = wb.schedule_conversation(contact, "2026-12-01")
    assert wb.preparation(talk) == {
        "known": "",
        "why_you": "I turn messy data into decisions.",
        "learn": [],
    }
    wb.prepare_conversation(
        talk,
        known="Leads the data team",
        why_you="Analyst, 6 years",
        learn=["How they hire juniors", "", "Which tools", "What's next"],
    )
    assert wb.preparation(talk) == {
        "known": "Leads the data team",
        "why_you": "Analyst, 6 years",
        "learn": ["How they hire juniors", "Which tools", "What's next"],
    }
    with pytest.raises(NetkitError, match="three things"):
        wb.prepare_conversation(talk, learn=["a", "b", "c", "d"])
    assert len(wb.preparation(talk)["learn"]) == 3


def test_a_scheduled_conversation_exports_as_a_calendar_event(wb, contact):
    talk = wb.schedule_conversation(contact, "2026-12-01 14:00", minutes=30, place="Café Luna")
    calendar = Calendar.from_ical(conversation_ics(wb.store, talk))
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]) == PRODID
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Informational interview: Ana Castillo"
    assert str(event["LOCATION"]) == "Café Luna"
    assert event.decoded("DTSTART").isoformat() == "2026-12-01T14:00:00"
    assert event.decoded("DURATION").total_seconds() == 30 * 60
    assert event["UID"] and event["DTSTAMP"]
    assert "Who else" in str(event["DESCRIPTION"])


def test_rescheduling_keeps_the_event_uid_and_raises_its_sequence(wb, contact):
    talk = wb.schedule_conversation(contact, "2026-12-01 14:00")
    first = Calendar.from_ical(conversation_ics(wb.store, talk)).walk("VEVENT")[0]
    wb.update_conversation(talk, when="2026-12-02 10:00")
    second = Calendar.from_ical(conversation_ics(wb.store, talk)).walk("VEVENT")[0]
    assert str(first["UID"]) == str(second["UID"])
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


def test_a_day_without_a_time_is_an_all_day_event(wb, contact):
    talk = wb.schedule_conversation(contact, "2026-12-01")
    event = Calendar.from_ical(conversation_ics(wb.store, talk)).walk("VEVENT")[0]
    assert event.decoded("DTSTART").isoformat() == "2026-12-01"
    assert event.decoded("DTEND").isoformat() == "2026-12-02"


def test_a_conversation_without_a_date_has_no_calendar_event(wb, contact):
    talk = wb.schedule_conversation(contact, None, status="requested")
    with pytest.raises(NetkitError, match="no date yet"):
        conversation_ics(wb.store, talk)
