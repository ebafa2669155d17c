"""Every public write checks its values at the edge: a wrong type, an impossible date or a
number out of range gets one NetkitError with one line, and nothing is written. Fuzzed with
hypothesis over every write function."""

from __future__ import annotations

import math
import warnings
from datetime import date

import contact_files as cf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import netkit
from netkit import NetkitError


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    wb = netkit.open_workbook(tmp_path_factory.mktemp("api") / "api.sqlite")
    ana = wb.add_contact("Ana Becker", organization="Brightwell Health")
    wb.add_contact("Ben Dahl")
    wb.log_conversation(ana, "2026-03-02", asked_for_names=True,
                        names=[{"name": "Cleo Park", "organization": "Harbor Lane Bank"}])
    wb.record_ask(ana, "Could you introduce me to someone in product at Acme?")
    wb.schedule_conversation(ana, "2026-04-01 10:00")
    yield wb
    wb.close()


ANA = 1
REFUSED = {
    "warmth nan": lambda wb: wb.add_contact("X", warmth=float("nan")),
    "warmth 7": lambda wb: wb.add_contact("X", warmth=7),
    "tags a number": lambda wb: wb.add_contact("X", tags=5),
    "tags a list of lists": lambda wb: wb.add_contact("X", tags=[["a"]]),
    "introducer 10**30": lambda wb: wb.add_contact("X", introduced_by=10**30),
    "introducer -1": lambda wb: wb.add_contact("X", introduced_by=-1),
    "conversation 999": lambda wb: wb.add_contact("X", introduced_in_conversation=999),
    "ask 999": lambda wb: wb.add_contact("X", introduced_in_ask=999),
    "a lone surrogate": lambda wb: wb.add_contact("Ana \ud800 Becker"),
    "a name as a list": lambda wb: wb.add_contact(["Ana", "Bo"]),
    "a name as bytes": lambda wb: wb.add_contact(b"Bytes Bob"),
    "a name as a dict": lambda wb: wb.add_contact({"name": "Ana"}),
    "a name True": lambda wb: wb.add_contact(True),
    "an organisation list": lambda wb: wb.add_contact("X", organization=["Acme"]),
    "a note of 300,000 characters": lambda wb: wb.add_contact("X", notes="x" * 300_000),
    "connected next tuesday": lambda wb: wb.add_contact("X", connected_on="next tuesday"),
    "connected 31 February": lambda wb: wb.add_contact("X", connected_on="2026-02-31"),
    "connected a number": lambda wb: wb.add_contact("X", connected_on=20260201),
    "update with a list": lambda wb: wb.update_contact(ANA, title=["Boss"]),
    "update connected 9999": lambda wb: wb.update_contact(ANA, connected_on="9999-01-01"),
    "year 9999 conversation": lambda wb: wb.log_conversation(ANA, "9999-12-31", True),
    "year 9999 schedule": lambda wb: wb.schedule_conversation(ANA, "9999-12-31"),
    "year 1 ask": lambda wb: wb.record_ask(ANA, "Hello", sent_at="0001-01-01"),
    "a date object in 9999": lambda wb: wb.schedule_conversation(ANA, date(9999, 12, 31)),
    "a message as a list": lambda wb: wb.record_ask(ANA, ["hi"]),
    "a message as bytes": lambda wb: wb.record_ask(ANA, b"hi"),
    "sent at 5": lambda wb: wb.record_ask(ANA, "Hello", sent_at=5),
    "asked for names maybe": lambda wb: wb.log_conversation(ANA, "2026-03-03", "maybe"),
    "asked for names None": lambda wb: wb.log_conversation(ANA, "2026-03-03", None),
    "asked for names 2": lambda wb: wb.log_conversation(ANA, "2026-03-03", 2),
    "schedule on 7": lambda wb: wb.schedule_conversation(ANA, 7),
    "schedule on '7'": lambda wb: wb.schedule_conversation(ANA, "7"),
    "schedule on March 4": lambda wb: wb.schedule_conversation(ANA, "March 4"),
    "a name given as a list": lambda wb: wb.log_conversation(
        ANA, "2026-03-04", True, names=[{"name": ["Bo"]}]),
    "names as text": lambda wb: wb.log_conversation(ANA, "2026-03-04", True, names="Bo Chen"),
    "an answer to question 10**30": lambda wb: wb.log_conversation(
        ANA, "2026-03-04", True, answers={10**30: "x"}),
    "a contact number as text": lambda wb: wb.log_conversation("abc", "2026-03-04", True),
    "a contact number True": lambda wb: wb.log_conversation(True, "2026-03-04", True),
    "minutes nan": lambda wb: wb.log_conversation(ANA, "2026-03-04", True, minutes=math.nan),
    "a profile name as a list": lambda wb: wb.set_profile(name=["x"]),
    "a note as bytes": lambda wb: wb.add_note(ANA, b"met at a meetup"),
    "a note dated 31 February": lambda wb: wb.add_note(ANA, "met", on="2026-02-31"),
    "a question as a number": lambda wb: wb.add_question(5, "opening"),
    "a weekly goal of nan": lambda wb: wb.set_weekly_goal(math.nan),
    "a weekly goal as text": lambda wb: wb.set_weekly_goal("lots"),
    "a weekly goal of infinity": lambda wb: wb.set_weekly_goal(math.inf),
    "a target motivation 10**30": lambda wb: wb.add_target_organization("Acme",
                                                                        motivation=10**30),
    "industries as a list": lambda wb: wb.set_industry_by_organization(["Brightwell Health"]),
    "an industry as a list": lambda wb: wb.set_industry_by_organization(
        {"Brightwell Health": ["Health"]}),
    "industries for nowhere": lambda wb: wb.set_industry_by_organization({"Nowhere": "X"}),
}


@pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
def test_a_wrong_value_is_one_clear_error_and_writes_nothing(book, call):
    before = cf.dump(book)
    with pytest.raises(NetkitError) as caught:
        call(book)
    message = str(caught.value)
    assert message and "\n" not in message and len(message) < 300, message
    assert cf.dump(book) == before


def test_the_corpus_of_wrong_values_is_large():
    assert len(REFUSED) >= 40


def test_values_are_stored_as_meant(book):
    contact = book.add_contact("Nul\x00Bob \x1b[31mRed", organization=" Acme ",
                               connected_on=date(2026, 2, 1), phone=5551234)
    row = book.contact(contact)
    assert row["name"] == "NulBob [31mRed"  # control characters are not kept
    assert row["organization"] == "Acme"
    assert row["connected_on"] == "2026-02-01"
    assert row["phone"] == "5551234"
    no = book.log_conversation(ANA, "2026-03-05", asked_for_names="no")
    yes = book.log_conversation(ANA, "2026-03-06", asked_for_names="yes")
    held = book.conversations().set_index("id")
    assert not held.loc[no, "asked_for_names"] and held.loc[yes, "asked_for_names"]
    ask = book.record_ask(ANA, "  Hello Ana,\n\nwould you introduce me?  ")
    assert book.ask(ask)["message"] == "  Hello Ana,\n\nwould you introduce me?  "


# ----- fuzzing every public write ------------------------------------------------------------

HOSTILE_TEXT = ["", " ", "no", "yes", "2026-02-31", "next tuesday", "7", "9999-12-31",
                "javascript:alert(1)", "<script>alert(1)</script>", "\x00", "\ud800",
                "Robert'); DROP TABLE contacts;--", "=HYPERLINK(\"http://x\")", "close", "3"]
values = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70), st.integers(min_value=-2, max_value=6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
    st.sampled_from(HOSTILE_TEXT), st.binary(max_size=10),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3),
                                                               st.text(max_size=3), max_size=2),
    st.dates(), st.datetimes(),
)
CONTACT_KEYS = ["email", "phone", "organization", "title", "industry", "location",
                "profile_url", "how_known", "warmth", "tags", "notes", "source",
                "introduced_by", "introduced_in_conversation", "introduced_in_ask",
                "connected_on"]

WRITES = {
    "add_contact": lambda wb, v, kw: wb.add_contact(v, **kw),
    "update_contact": lambda wb, v, kw: wb.update_contact(v, **kw),
    "record_ask": lambda wb, v, kw: wb.record_ask(ANA, v, sent_at=kw.get("connected_on")),
    "mark_ask_replied": lambda wb, v, kw: wb.mark_ask_replied(v, kw.get("connected_on")),
    "mark_ask_declined": lambda wb, v, kw: wb.mark_ask_declined(v, kw.get("connected_on")),
    "mark_ask_no_reply": lambda wb, v, kw: wb.mark_ask_no_reply(v, kw.get("connected_on")),
    "schedule_conversation": lambda wb, v, kw: wb.schedule_conversation(
        kw.get("introduced_by", ANA), v, place=kw.get("notes")),
    "update_conversation": lambda wb, v, kw: wb.update_conversation(
        v, place=kw.get("notes"), when=kw.get("connected_on")),
    "log_conversation": lambda wb, v, kw: wb.log_conversation(
        ANA, kw.get("connected_on", "2026-03-10"), v,
        names=[{"name": kw.get("notes", "Dee Eng"), "organization": kw.get("organization")}],
        minutes=kw.get("warmth", 20)),
    "add_note": lambda wb, v, kw: wb.add_note(kw.get("introduced_by", ANA), v,
                                              on=kw.get("connected_on")),
    "add_question": lambda wb, v, kw: wb.add_question(v, kw.get("notes", "opening"),
                                                      minutes=kw.get("warmth", 2)),
    "set_profile": lambda wb, v, kw: wb.set_profile(name=v, focus=kw.get("notes")),
    "set_weekly_goal": lambda wb, v, kw: wb.set_weekly_goal(v),
    "add_target_organization": lambda wb, v, kw: wb.add_target_organization(
        v, kw.get("industry"), kw.get("warmth", 3)),
    "move_introduction": lambda wb, v, kw: wb.move_introduction(kw.get("introduced_by", 1), v),
    "complete_followup": lambda wb, v, kw: wb.complete_followup(v),
    "archive_contact": lambda wb, v, kw: wb.archive_contact(v) if v not in (1, 2) else None,
    "set_industry_by_organization": lambda wb, v, kw: wb.set_industry_by_organization(v),
    "set_industry_of_brightwell": lambda wb, v, kw: wb.set_industry_by_organization(
        {"Brightwell Health": v}),
}


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(write=st.sampled_from(sorted(WRITES)), value=values,
       fields=st.dictionaries(st.sampled_from(CONTACT_KEYS), values, max_size=3))
def test_any_value_to_any_write_is_saved_or_refused_cleanly(book, write, value, fields):
    before = cf.dump(book)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            WRITES[write](book, value, fields)
        except NetkitError as error:
            assert "\n" not in str(error)
            assert cf.dump(book) == before
            return
    # Saved: everything stored is plain text, numbers or nothing, and readable again.
    for table, rows in cf.dump(book):
        for row in rows:
            for cell in row:
                assert cell is None or isinstance(cell, (str, int, float)), (table, row)
                if isinstance(cell, str) and table != "events":
                    assert "\x00" not in cell and "\x1b" not in cell, (table, row)
    assert book.stats()["contacts"] == len(book.contacts())
