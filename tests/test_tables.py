"""The tables the notebooks show read as a job seeker reads: names rather than internal
numbers, blanks rather than NaN, dates as dates, whole numbers without ".0", the full text."""

from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd
import pytest
from shown_tables import cells, readable

from netkit.ui.charts import rate_text
from netkit.ui.tables import cell_text, table


def test_contacts_show_who_introduced_them_by_name(demo_wb):
    contacts = demo_wb.contacts()
    shown = cells(table(contacts, ["name", "organization", "warmth", "introduced_by",
                                   "chain_depth"])._repr_html_())
    assert shown.headings == ["Name", "Organisation", "How well you know them", "Introduced by",
                              "Introductions from your own list"]
    readable(shown)
    by_name = {row[0]: row for row in shown.rows}
    introduced = contacts[contacts["introduced_by"].notna()]
    assert len(introduced) > 5
    for person in introduced.itertuples():
        assert by_name[person.name][3] == person.introduced_by_name
        assert by_name[person.name][4] == str(person.chain_depth)
    for person in contacts[contacts["introduced_by"].isna()].itertuples():
        assert by_name[person.name][3] == ""
    assert {row[2] for row in shown.rows} <= {"cold", "acquaintance", "warm", "close"}


def test_follow_ups_name_the_person_and_show_dates_as_dates(demo_wb):
    followups = demo_wb.followups()
    shown = cells(table(followups, ["due_on", "kind", "contact_id", "note"])._repr_html_())
    assert shown.headings == ["Due", "What to do", "Who", "Note"]
    readable(shown)
    first = followups.iloc[0]
    assert shown.rows[0][2] == first["contact_name"]
    assert shown.rows[0][0] == f"{first['due_on']:%a} {first['due_on'].day} {first['due_on']:%b %Y}"


def test_by_default_internal_numbers_are_left_out(demo_wb):
    for frame in (demo_wb.contacts(), demo_wb.followups(), demo_wb.questions()):
        shown = table(frame)
        readable(cells(shown._repr_html_()))
        assert not {"Id", "Ask id", "Introduction id", "Builtin key"} & set(shown.frame.columns)
    assert "Who" in table(demo_wb.followups()).frame.columns  # contact_id became the name


def test_the_question_bank_shows_every_question_under_its_category(demo_wb):
    mine = demo_wb.add_question("What would you do <differently> now?", "advice")
    bank = demo_wb.questions()
    shown = table(bank, ["text", "note", "minutes"], group="category")
    parsed = cells(shown._repr_html_())
    assert len(bank) > 60 and len(parsed.rows) == len(bank) == len(shown)
    assert shown.caption == ""  # nothing left out, nothing to explain
    categories = list(dict.fromkeys(bank["category"]))
    assert [g.lower() for g in parsed.groups] == categories
    assert parsed.headings == ["Question", "Note", "Time"]
    texts = [row[0] for row in parsed.rows]
    assert texts == bank["text"].tolist()  # the full text, in the bank's order
    assert "What would you do <differently> now?" in texts  # escaped, shown as typed
    assert "<differently>" not in shown._repr_html_()
    assert bank.loc[bank["id"] == mine, "text"].item() in repr(shown)
    readable(parsed)
    assert all(re.fullmatch(r"\d+(\.\d+)? min", row[2]) for row in parsed.rows)


def test_figures_read_as_words_and_numbers(demo_wb):
    stats = demo_wb.stats()
    shown = cells(table(stats, ["conversations_held", "names_per_conversation",
                                "asked_for_names_rate", "introductions_by_status"])._repr_html_())
    assert shown.headings == ["What", "How many"]
    figures = dict(map(tuple, shown.rows))
    assert figures["Conversations held"] == f"{stats['conversations_held']:,}"
    assert figures["Names per conversation"] == f"{stats['names_per_conversation']:g}"
    assert figures["Conversations where you asked who else"] == (
        f"{round(100 * stats['asked_for_names_rate'])}%")
    assert f"met {stats['introductions_by_status']['met']}" in (
        figures["Where your introductions stand"])


def test_the_funnel_table_says_what_the_chart_says(demo_wb):
    steps = demo_wb.funnel()
    shown = cells(table(steps)._repr_html_())
    assert shown.headings == ["Step", "How many", "Of the step before"]
    assert [row[2] for row in shown.rows] == [rate_text(step["rate"]) for step in steps]
    assert shown.rows[0][2] == "" and "%" in "".join(row[2] for row in shown.rows)


def test_a_limited_table_says_how_many_there_were(demo_wb):
    shown = table(demo_wb.contacts(), ["name"], limit=10)
    assert len(shown) == 10 and shown.caption == f"The first 10 of {shown.total}."
    assert shown.total == len(demo_wb.contacts())
    assert shown.caption in shown._repr_html_() and shown.caption in repr(shown)


def test_an_empty_table_says_so(wb):
    shown = table(wb.followups(), ["due_on", "kind", "contact_id"], empty="No follow-ups yet.")
    assert len(shown) == 0 and repr(shown) == "No follow-ups yet."
    assert "No follow-ups yet." in shown._repr_html_()


def test_a_column_that_is_not_there_is_named_in_the_error(wb):
    with pytest.raises(KeyError, match="no column 'salary'"):
        table(wb.contacts(), ["name", "salary"])


@pytest.mark.parametrize(("column", "value", "shown"), [
    ("introduced_by_name", float("nan"), ""),
    ("chain_depth", 7.0, "7"),
    ("names_per_conversation", 1.7700000001, "1.77"),
    ("count", 12345, "12,345"),
    ("archived", True, "yes"),
    ("due_on", "2026-11-30", "Mon 30 Nov 2026"),
    ("due_on", date(2026, 12, 1), "Tue 1 Dec 2026"),
    ("when", datetime(2026, 12, 1, 14, 30), "Tue 1 Dec 2026, 14:30"),
    ("created_at", "2026-09-03T12:00:00+00:00", "Thu 3 Sep 2026"),
    ("note", "Runs the monthly analytics meetup, and more text than fits a column " * 3,
     "Runs the monthly analytics meetup, and more text than fits a column " * 3),
    ("email", pd.NA, ""),
    ("warmth", 3, "close"),
    ("minutes", 1.5, "1.5 min"),
])
def test_one_value_as_a_person_reads_it(column, value, shown):
    assert cell_text(column, value) == shown
