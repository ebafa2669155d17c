"""3B7: sending an ask schedules a second person at 3 business days and one follow-up at 7;
an answer cancels both; a promised introduction schedules a check-back."""

import subprocess
import sys
from datetime import date

import icalendar
import pandas as pd
import pytest
from conftest import netkit_env

from netkit import NetkitError
from netkit.business_days import add_business_days, business_days_between
from netkit.followups.ics import followups_ics


def _open(wb, kinds=("second person", "follow up", "check back")):
    frame = wb.followups()
    return {row.kind: row.due_on for row in frame.itertuples() if row.kind in kinds}


def test_business_days_skip_weekends():
    friday = date(2026, 11, 20)
    assert add_business_days(friday, 1) == date(2026, 11, 23)
    assert add_business_days(friday, 3) == date(2026, 11, 25)
    assert business_days_between(friday, date(2026, 11, 25)) == 3


def test_business_days_skip_us_thanksgiving_only_when_the_country_is_us():
    monday = date(2026, 11, 23)
    assert add_business_days(monday, 3) == date(2026, 11, 26)
    assert add_business_days(monday, 3, "US") == date(2026, 11, 27)
    assert add_business_days(monday, 7, "US") == date(2026, 12, 3)


def test_business_days_skip_german_easter_and_regional_holidays():
    assert add_business_days(date(2026, 4, 2), 3, "DE") == date(2026, 4, 9)
    assert add_business_days(date(2026, 4, 2), 3) == date(2026, 4, 7)
    # Corpus Christi is a holiday in Bavaria, not in Berlin.
    assert add_business_days(date(2026, 6, 3), 1, "DE", "BY") == date(2026, 6, 5)
    assert add_business_days(date(2026, 6, 3), 1, "DE", "BE") == date(2026, 6, 4)


def test_an_unknown_region_is_one_clear_error():
    with pytest.raises(NetkitError, match="region"):
        add_business_days(date(2026, 6, 3), 1, "DE", "XX")


def test_sending_an_ask_schedules_the_second_person_and_the_follow_up(wb):
    wb.set_profile(country="US")
    ana = wb.add_contact("Ana Abara", organization="Medora Labs")
    ask = wb.record_ask(ana, "Hi Ana ...", target_industry="Healthcare technology")
    assert wb.ask(ask)["status"] == "draft" and wb.followups().empty
    wb.mark_ask_sent(ask, sent_at="2026-11-23 09:30", channel="email")
    assert wb.ask(ask)["status"] == "sent"
    assert _open(wb) == {"second person": date(2026, 11, 27), "follow up": date(2026, 12, 3)}
    assert set(wb.followups()["contact_id"]) == {ana}


def test_record_ask_with_sent_at_schedules_3b7_too(wb):
    ana = wb.add_contact("Ana Abara")
    wb.record_ask(ana, "Hi Ana ...", sent_at="2026-11-20")
    assert _open(wb) == {"second person": date(2026, 11, 25), "follow up": date(2026, 12, 1)}


def test_a_reply_cancels_both_follow_ups(wb):
    ana = wb.add_contact("Ana Abara")
    ask = wb.record_ask(ana, "Hi Ana ...", sent_at="2026-11-20")
    wb.mark_ask_replied(ask, replied_at="2026-11-23")
    assert wb.followups().empty
    assert wb.ask(ask)["status"] == "replied"
    cancelled = wb.followups(include_done=True)
    assert cancelled["cancelled_at"].notna().sum() == 2


def test_a_promised_introduction_schedules_a_check_back_in_7_business_days(wb):
    ana = wb.add_contact("Ana Abara")
    ask = wb.record_ask(ana, "Hi Ana ...", sent_at="2026-11-20", target_organization="Medora Labs")
    intro = wb.mark_ask_introduced(ask, name="Ben Becker", on="2026-11-23")
    assert wb.ask(ask)["status"] == "introduced"
    assert _open(wb) == {"check back": date(2026, 12, 2)}
    row = wb.introductions().set_index("id").loc[intro]
    assert row["status"] == "promised" and row["check_back_on"] == "2026-12-02"
    ben = wb.contacts().set_index("name").loc["Ben Becker"]
    assert ben["introduced_by"] == ana and ben["introduced_in_ask"] == ask
    # Nothing is guessed: the ask was about Medora Labs, but Ben's organisation is not known.
    assert pd.isna(ben["organization"]) and pd.isna(ben["industry"])


def test_a_custom_check_back_date_is_kept(wb):
    ana, ben = wb.add_contact("Ana Abara"), wb.add_contact("Ben Becker")
    ask = wb.record_ask(ana, "Hi", sent_at="2026-11-20")
    wb.mark_ask_introduced(ask, contact_id=ben, check_back_on="2026-12-15")
    assert _open(wb) == {"check back": date(2026, 12, 15)}


def test_declined_and_no_reply_close_the_ask_and_its_follow_ups(wb):
    ana, ben = wb.add_contact("Ana Abara"), wb.add_contact("Ben Becker")
    one = wb.record_ask(ana, "Hi", sent_at="2026-11-20")
    two = wb.record_ask(ben, "Hi", sent_at="2026-11-20")
    wb.mark_ask_declined(one)
    wb.mark_ask_no_reply(two)
    assert wb.followups().empty
    assert [wb.ask(one)["status"], wb.ask(two)["status"]] == ["declined", "no reply"]


def test_the_status_flow_refuses_impossible_steps_and_writes_nothing(wb):
    ana = wb.add_contact("Ana Abara")
    ask = wb.record_ask(ana, "Hi")
    before = len(wb.events())
    with pytest.raises(NetkitError, match="draft"):
        wb.mark_ask_replied(ask)
    with pytest.raises(NetkitError, match="no ask number 99"):
        wb.mark_ask_sent(99)
    with pytest.raises(NetkitError, match="who they will introduce"):
        wb.mark_ask_introduced(ask)
    assert len(wb.events()) == before


def test_responsiveness_labels_are_kind_and_follow_the_business_day_latency(wb):
    quick, slow, silent, fresh = (wb.add_contact(n) for n in ("Ana A", "Ben B", "Cy C", "Di D"))
    wb.mark_ask_replied(wb.record_ask(quick, "Hi", sent_at="2026-11-20"), replied_at="2026-11-25")
    wb.mark_ask_replied(wb.record_ask(slow, "Hi", sent_at="2026-11-02"), replied_at="2026-11-12")
    wb.record_ask(silent, "Hi", sent_at="2026-11-02")
    wb.record_ask(fresh, "Hi", sent_at="2026-11-24")
    labels = wb.responsiveness(on="2026-11-25").set_index("contact_id")["responsiveness"]
    assert labels[quick] == "answers quickly"
    assert labels[slow] == "answers in time"
    assert labels[silent] == "hasn't replied yet"
    assert labels[fresh] == "waiting for a reply"
    assert wb.responsiveness_of(wb.add_contact("Eve E")) == "not asked yet"


def test_the_due_list_groups_overdue_today_and_this_week(wb):
    ana = wb.add_contact("Ana Abara")
    wb.record_ask(ana, "Hi", sent_at="2026-11-13", target_organization="Medora Labs")
    groups = wb.due_list(on="2026-11-18")
    assert list(groups["today"]["kind"]) == ["second person"]
    assert "ask a second person (Medora Labs)" in groups["today"]["what"][0]
    assert list(groups["this week"]["kind"]) == ["follow up"]
    groups = wb.due_list(on="2026-11-24")
    assert list(groups["overdue"]["kind"]) == ["second person"]
    assert list(groups["today"]["kind"]) == ["follow up"]
    wb.complete_followup(int(groups["overdue"]["id"][0]))
    assert wb.due_list(on="2026-11-24")["overdue"].empty


def test_netkit_followups_prints_the_due_list(wb, workbook_path):
    ana = wb.add_contact("Ana Abara")
    wb.record_ask(ana, "Hi", sent_at="2026-11-13")
    result = subprocess.run([sys.executable, "-m", "netkit", "followups", "--on", "2026-11-18"],
                            capture_output=True, text=True, env=netkit_env(workbook_path),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Overdue (0)" in result.stdout and "Today (1)" in result.stdout
    assert "ask a second person" in result.stdout and "This week (1)" in result.stdout


def test_ics_export_parses_back_with_one_todo_per_open_follow_up(wb, workbook_path, tmp_path):
    wb.set_profile(country="US")
    ana = wb.add_contact("Ana <Abara>")
    wb.record_ask(ana, "Hi", sent_at="2026-11-23")
    calendar = icalendar.Calendar.from_ical(followups_ics(wb.store))
    assert str(calendar["VERSION"]) == "2.0" and "netkit" in str(calendar["PRODID"])
    todos = calendar.walk("VTODO")
    assert len(todos) == 2
    assert {t["DUE"].dt for t in todos} == {date(2026, 11, 27), date(2026, 12, 3)}
    assert all(t.get("UID") and t.get("DTSTAMP") for t in todos)
    assert len({str(t["UID"]) for t in todos}) == 2
    out = tmp_path / "followups.ics"
    result = subprocess.run([sys.executable, "-m", "netkit", "export", "--format", "ics", str(out)],
                            capture_output=True, text=True, env=netkit_env(workbook_path),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VTODO")) == 2


def test_the_due_list_also_reads_follow_ups_that_came_from_conversations(wb):
    ana = wb.add_contact("Ana Abara")
    wb.log_conversation(ana, "2026-11-23", True, names=[])
    groups = wb.due_list(on="2026-11-24")
    assert list(groups["today"]["kind"]) == ["thank you"]
    assert groups["today"]["what"][0] == "Thank Ana for the conversation"
