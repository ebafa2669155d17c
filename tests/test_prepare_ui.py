"""The Prepare tab's widgets, driven without a browser (set .value, call .click())."""

import base64
import re

import pytest
from icalendar import Calendar

from netkit.interview.questions import CATEGORIES
from netkit.ui.app import App
from netkit.ui.prepare import GENERIC, PrepareView


@pytest.fixture
def view(demo_wb):
    return PrepareView(demo_wb)


def _download(view, css):
    match = re.search(
        rf"class='[^']*\b{css}\b[^']*' download='([^']+)' href='data:[^;]+;base64,([^']+)'",
        view.downloads.value,
    )
    assert match, view.downloads.value
    return match.group(1), base64.b64decode(match.group(2)).decode("utf-8")


def _texts(view):
    return [row["text"] for row in view.builder.row_controls]


def test_the_app_has_a_prepare_tab(demo_wb):
    app = App(demo_wb)
    assert "Prepare" in app.views
    assert "netkit-prepare" in app.views.boxes["Prepare"]._dom_classes


def test_searching_finds_contacts_one_page_at_a_time(view, demo_wb):
    assert len(view.results.options) == 20
    assert "Showing 20 of 80" in view.results_count.value
    view.search.value = "zzzz-nobody"
    assert view.results.options == () and "Nobody matches" in view.results_count.value


def test_planning_preparing_and_scripting_a_conversation_with_a_new_person(view, demo_wb):
    contact = demo_wb.add_contact(
        "Nia Okoro", organization="Sunfield Power", industry="Renewable energy"
    )
    view.search.value = "nia okoro"
    view.results.value = contact
    assert "No conversation planned" in view.who.value
    assert view.script_box.layout.display == "none"
    view.when_time.value = "10:00"
    view.plan_button.click()
    assert "Pick a date" in view.plan_message.text and view.conversation_id is None

    view.when_time.value = ""
    view.place.value = "https://meet.example.org/nia"
    view.plan_button.click()
    talk = view.conversation_id
    assert talk is not None and demo_wb.conversation(talk)["status"] == "requested"
    assert view.script_box.layout.display == "flex"

    view.known.value = "Leads grid analytics"
    view.learn[0].value = "How forecasting teams work"
    view.prep_button.click()
    assert demo_wb.preparation(talk)["learn"] == ["How forecasting teams work"]

    view.builder.start_button.click()
    texts = _texts(view)
    assert texts[-2:] == [
        "Who else do you think I should talk to?",
        "May I mention your name when I reach out to them?",
    ]
    assert "How is Sunfield Power doing these days?" in texts
    name, html = _download(view, "netkit-download-html")
    assert name == "interview-nia-okoro.html" and "How forecasting teams work" in html
    assert "netkit-download-ics" not in view.downloads.value  # no date yet


def test_reorder_add_and_remove_keep_the_closing_questions_last(view, demo_wb):
    talk = int(demo_wb.planned_conversations()["id"].iloc[0])
    view.upcoming.value = talk
    view.builder.start_button.click()
    first, second = _texts(view)[:2]
    view.builder.row_controls[1]["up"].click()
    assert _texts(view)[:2] == [second, first]
    view.builder.category.value = "resources"
    label, question = view.builder.question.options[0]
    view.builder.question.value = question
    view.builder.add_button.click()
    assert label in _texts(view) and "Resources" in view.builder.message.text
    view.builder.own_text.value = "What do new people at {organization} find hardest?"
    view.builder.add_own_button.click()
    organization = demo_wb.contact(demo_wb.conversation(talk)["contact_id"])["organization"]
    assert f"What do new people at {organization} find hardest?" in _texts(view)
    assert _texts(view)[-2:][0].startswith("Who else")
    assert view.builder.row_controls[-1]["up"].disabled


def _script(view):
    return view.wb.script(view.builder.conversation_id)


def test_your_own_question_goes_under_the_category_you_choose(view, demo_wb):
    view.upcoming.value = GENERIC
    view.builder.start_button.click()
    assert view.builder.own_category.value == "the work"  # a sensible default
    view.builder.category.value = "small talk"  # browsing the bank does not decide it
    view.builder.own_category.value = "their path"
    view.builder.own_text.value = "What made you stay in {industry} this long?"
    view.builder.add_own_button.click()
    script = _script(view)
    mine = script[script["text"] == "What made you stay in your field this long?"]
    assert list(mine["category"]) == ["their path"]
    assert "Their path" in view.builder.message.text
    # it joins the path questions instead of trailing after the advice
    categories = list(script["category"])
    position = int(mine.index[0])
    assert categories[position - 1] in ("small talk", "their path")
    assert categories[position + 1] not in ("small talk", "their path")
    _, html = _download(view, "netkit-download-html")
    assert re.search(r"Their path</div>\s*<div class=\"question\">What made you stay", html)


def test_the_question_picker_shows_questions_worded_for_the_person(view, demo_wb):
    contacts = demo_wb.contacts()
    introduced = contacts.query("introduced_by.notna()").iloc[0]
    introducer = contacts.set_index("id").loc[int(introduced["introduced_by"]), "name"]
    view.select_contact(int(introduced["id"]))
    view.plan_button.click()
    view.builder.category.value = "small talk"
    labels = [label for label, _ in view.builder.question.options]
    assert f"How do you know {introducer}?" in labels
    assert "I'd like to keep to about 20 minutes — is that still fine for you?" in labels
    assert not [label for label in labels if "{" in label]
    view.builder.length.value = 30
    labels = [label for label, _ in view.builder.question.options]
    assert "I'd like to keep to about 30 minutes — is that still fine for you?" in labels

    view.upcoming.value = GENERIC  # no one in particular: plain words
    labels = [label for label, _ in view.builder.question.options]
    assert "How do you know the person who introduced us?" in labels
    for category, _ in CATEGORIES.items():
        view.builder.category.value = category
        assert not [label for label, _ in view.builder.question.options if "{" in label]


def test_the_suggested_script_leaves_room_for_a_question_of_your_own(view, demo_wb):
    view.upcoming.value = GENERIC
    view.builder.start_button.click()
    assert "Too long" not in view.builder.estimate.value
    view.builder.category.value = "resources"
    view.builder.question.value = view.builder.question.options[-1][1]
    view.builder.add_button.click()
    view.builder.own_text.value = "Which team at {organization} would you join today?"
    view.builder.add_own_button.click()
    assert "Too long" not in view.builder.estimate.value
    assert "netkit-over" not in view.builder.estimate._dom_classes


def test_removing_a_closing_question_asks_first_and_then_shows_a_reminder(view, demo_wb):
    view.upcoming.value = GENERIC
    view.builder.start_button.click()
    closing = view.builder.row_controls[-2]
    closing["remove"].click()
    assert view.builder.confirm.layout.display == "flex"
    view.builder.confirm_no.click()
    assert view.builder.confirm.layout.display == "none"
    assert "Who else do you think I should talk to?" in _texts(view)
    view.builder.row_controls[-2]["remove"].click()
    view.builder.confirm_yes.click()
    assert "Who else do you think I should talk to?" not in _texts(view)
    assert "Reminder" in view.builder.rows.children[-1].value
    _, html = _download(view, "netkit-download-html")
    assert 'class="reminder"' in html


def test_a_long_script_shows_a_warning_and_thirty_minutes_clears_it(view, demo_wb):
    view.upcoming.value = GENERIC
    view.builder.category.value = "the work"
    for _, question_id in view.builder.question.options:
        view.builder.question.value = question_id
        view.builder.add_button.click()
    assert "Too long" in view.builder.estimate.value
    view.builder.length.value = 30
    assert demo_wb.script_budget() == 30 and "Too long" not in view.builder.estimate.value


def test_a_scheduled_conversation_downloads_as_a_calendar_event(view, demo_wb):
    talk = int(demo_wb.planned_conversations()["id"].iloc[0])
    view.upcoming.value = talk
    view.when_time.value = "15:30"
    view.plan_button.click()
    assert demo_wb.conversation(talk)["scheduled_for"].endswith("15:30:00")
    _, ics = _download(view, "netkit-download-ics")
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert event.decoded("DTSTART").strftime("%H:%M") == "15:30"


def test_bad_input_is_shown_in_place_never_as_a_traceback(view, demo_wb):
    view.upcoming.value = GENERIC
    view.builder.own_text.value = "   "
    view.builder.add_own_button.click()
    assert "netkit-error" in view.builder.message._dom_classes
    assert "needs some text" in view.builder.message.text


def test_user_text_in_the_tab_is_escaped(view, demo_wb):
    contact = demo_wb.add_contact("<img src=x onerror=alert(1)>")
    view.select_contact(contact)
    assert "<img" not in view.who.value and "&lt;img" in view.who.value
