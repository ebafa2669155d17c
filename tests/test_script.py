"""Scripts: choose, order and personalise questions; the closing questions always come last."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import netkit
from netkit import NetkitError
from netkit.interview.questions import CLOSING_KEYS
from netkit.interview.script import (
    BUDGETS,
    CLOSING_REMINDER,
    INTRODUCED_KEY,
    SUGGESTED_SHARE,
    personalise,
)

WHO_ELSE = "Who else do you think I should talk to?"
MENTION = "May I mention your name when I reach out to them?"


@pytest.fixture
def talk(wb):
    wb.set_profile(name="Sam Rivera", focus="product analytics in healthcare")
    contact = wb.add_contact(
        "Ana Castillo",
        organization="Medora Labs",
        industry="Healthcare technology",
        title="Data Lead",
    )
    return wb.schedule_conversation(contact, "2026-12-01 14:00")


def ids(wb, category):
    return [int(i) for i in wb.questions(category=category)["id"]]


def test_the_suggested_script_fits_twenty_minutes_and_ends_with_the_closing_questions(wb, talk):
    assert wb.start_script(talk) >= 8
    script = wb.script(talk)
    assert list(script["text"].tail(2)) == [WHO_ELSE, MENTION]
    estimate = wb.script_estimate(talk)
    assert estimate["budget"] == 20 and not estimate["over"]
    assert wb.script_reminder(talk) is None


@pytest.mark.parametrize("budget", BUDGETS)
@pytest.mark.parametrize("introduced", [False, True])
def test_the_suggested_script_leaves_a_few_minutes_of_room(wb, budget, introduced):
    introducer = wb.add_contact("Lena Varga") if introduced else None
    contact = wb.add_contact("Omar Haddad", organization="Northwind Grid",
                             industry="Renewable energy", introduced_by=introducer)
    talk = wb.schedule_conversation(contact, "2026-12-01", minutes=budget)
    wb.start_script(talk)
    minutes = wb.script_estimate(talk)["minutes"]
    # about four-fifths of the time: room for long answers and a question of your own
    assert budget * 0.7 <= minutes <= budget * SUGGESTED_SHARE < budget
    own = wb.add_own_question_to_script("What would you do differently at {organization}?",
                                        "advice", talk)
    assert own and not wb.script_estimate(talk)["over"]


def test_a_longer_conversation_is_suggested_more_questions(wb):
    contact = wb.add_contact("Omar Haddad", organization="Northwind Grid")
    short = wb.schedule_conversation(contact, "2026-12-01", minutes=20)
    long = wb.schedule_conversation(contact, "2026-12-08", minutes=30)
    wb.start_script(short)
    wb.start_script(long)
    assert set(wb.script(short)["question_id"]) < set(wb.script(long)["question_id"])
    assert wb.script_estimate(long)["minutes"] > wb.script_estimate(short)["minutes"]


def test_someone_introduced_to_you_is_asked_how_they_know_the_introducer(wb):
    lena = wb.add_contact("Lena Varga")
    omar = wb.add_contact("Omar Haddad", organization="Northwind Grid", introduced_by=lena)
    talk = wb.schedule_conversation(omar, "2026-12-01")
    wb.start_script(talk)
    texts = list(wb.script(talk)["text"])
    assert "How do you know Lena Varga?" in texts
    assert texts.index("How do you know Lena Varga?") < 3  # in the small talk, up front
    assert texts[-2:] == [WHO_ELSE, MENTION]


def test_nobody_is_asked_about_an_introducer_they_do_not_have(wb, talk):
    wb.start_script(talk)
    wb.start_script()
    for conversation in (talk, None):
        assert not wb.script(conversation)["raw_text"].str.contains("{introducer}").any()


def test_a_script_from_your_general_one_also_asks_about_the_introducer(wb):
    wb.add_to_script(ids(wb, "advice")[0])  # your general script: one question + closing
    lena = wb.add_contact("Lena Varga")
    omar = wb.add_contact("Omar Haddad", introduced_by=lena)
    talk = wb.schedule_conversation(omar, "2026-12-01")
    assert wb.start_script(talk) == 4
    assert list(wb.script(talk)["text"])[0] == "How do you know Lena Varga?"


def test_a_hidden_introducer_question_stays_out(wb):
    bank = wb.questions()
    wb.hide_question(int(bank.loc[bank["builtin_key"] == INTRODUCED_KEY, "id"].iloc[0]))
    lena = wb.add_contact("Lena Varga")
    talk = wb.schedule_conversation(wb.add_contact("Omar", introduced_by=lena), "2026-12-01")
    wb.start_script(talk)
    assert "How do you know Lena Varga?" not in set(wb.script(talk)["text"])


def test_an_added_question_joins_its_own_category(wb, talk):
    wb.start_script(talk)
    in_script = set(wb.script(talk)["question_id"])
    path_question = next(q for q in ids(wb, "their path") if q not in in_script)
    item = wb.add_to_script(path_question, talk)
    script = wb.script(talk)
    row = script.index[script["item_id"] == item][0]
    categories = list(script["category"])
    assert categories[row - 1] == "their path"  # right after the suggested path question
    assert categories[row + 1] not in ("small talk", "their path")
    # a category not in the script yet goes where it belongs in the conversation
    item = wb.add_to_script(ids(wb, "resources")[0], talk)
    script = wb.script(talk)
    row = script.index[script["item_id"] == item][0]
    assert script["category"].iloc[row - 1] == "advice"
    assert list(script["text"].tail(2)) == [WHO_ELSE, MENTION]


def test_the_first_question_added_brings_the_closing_questions_along(wb, talk):
    wb.add_to_script(ids(wb, "advice")[0], talk)
    assert list(wb.script(talk)["text"])[-2:] == [WHO_ELSE, MENTION]
    assert len(wb.script(talk)) == 3


def test_added_and_moved_questions_never_pass_the_closing_questions(wb, talk):
    wb.start_script(talk)
    last_item = wb.add_to_script(ids(wb, "resources")[0], talk)
    assert list(wb.script(talk)["text"].tail(2)) == [WHO_ELSE, MENTION]
    wb.move_script_item(last_item, 50)
    wb.move_script_item(int(wb.script(talk)["item_id"].iloc[0]), 99)
    script = wb.script(talk)
    assert list(script["text"].tail(2)) == [WHO_ELSE, MENTION]
    assert script["item_id"].iloc[-3] != last_item  # the first question now sits just before
    with pytest.raises(NetkitError, match="end"):
        wb.move_script_item(int(script["item_id"].iloc[-1]), -5)


def test_moving_up_and_down_reorders_the_questions(wb, talk):
    wb.start_script(talk)
    before = list(wb.script(talk)["item_id"])
    wb.move_script_item(before[2], -1)
    after = list(wb.script(talk)["item_id"])
    assert after[1] == before[2] and after[2] == before[1]
    wb.move_script_item(before[0], -3)  # already at the top: stays there
    assert list(wb.script(talk)["item_id"])[0] == after[0]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "move", "remove"]), st.integers(0, 50), st.integers(-4, 4)
        ),
        max_size=15,
    )
)
def test_whatever_you_do_the_closing_questions_stay_at_the_end(tmp_path_factory, actions):
    wb = netkit.open_workbook(tmp_path_factory.mktemp("w") / "w.sqlite")
    bank = [int(i) for i in wb.questions().query("category != 'closing'")["id"]]
    for action, pick, steps in actions:
        script = wb.script()
        movable = script.query("not closing")
        if action == "add" and bank[pick % len(bank)] not in set(script["question_id"]):
            wb.add_to_script(bank[pick % len(bank)])
        elif action == "move" and len(movable):
            wb.move_script_item(int(movable["item_id"].iloc[pick % len(movable)]), steps)
        elif action == "remove" and len(movable):
            wb.remove_from_script(int(movable["item_id"].iloc[pick % len(movable)]))
        script = wb.script()
        if len(script):
            assert script["closing"].tolist() == sorted(script["closing"].tolist())
            assert list(script.query("pinned")["text"]) == [WHO_ELSE, MENTION]
    wb.close()


def test_removing_a_closing_question_needs_confirmation_and_leaves_a_reminder(wb, talk):
    wb.start_script(talk)
    who_else = int(wb.script(talk).query("pinned")["item_id"].iloc[0])
    with pytest.raises(NetkitError, match="Confirm"):
        wb.remove_from_script(who_else)
    assert WHO_ELSE in set(wb.script(talk)["text"])
    wb.remove_from_script(who_else, confirm=True)
    assert WHO_ELSE not in set(wb.script(talk)["text"])
    assert wb.script_reminder(talk) == CLOSING_REMINDER
    # adding more later does not sneak it back in against your wish
    wb.add_to_script(ids(wb, "trends")[1], talk)
    assert WHO_ELSE not in set(wb.script(talk)["text"])
    assert list(wb.script(talk)["text"].tail(1)) == [MENTION]


def test_other_questions_come_out_without_confirmation(wb, talk):
    wb.start_script(talk)
    first = int(wb.script(talk)["item_id"].iloc[0])
    wb.remove_from_script(first)
    assert first not in set(wb.script(talk)["item_id"])
    assert first in set(wb.events()["entity_id"])


def test_the_same_question_cannot_be_added_twice(wb, talk):
    question = ids(wb, "advice")[0]
    wb.add_to_script(question, talk)
    with pytest.raises(NetkitError, match="already"):
        wb.add_to_script(question, talk)


def test_placeholders_are_filled_from_the_contact_and_the_profile(wb, talk):
    wb.add_own_question_to_script(
        "Thanks, {first_name}! How does {organisation} use {industry}? I want {my_focus}.",
        "the work",
        talk,
    )
    text = wb.script(talk).query("not closing")["text"].iloc[-1]
    assert text == (
        "Thanks, Ana! How does Medora Labs use healthcare technology? "
        "I want product analytics in healthcare."
    )


def test_missing_values_get_a_graceful_phrase_never_a_raw_placeholder(wb):
    contact = wb.add_contact("Bo")
    talk = wb.schedule_conversation(contact, "2026-12-01")
    wb.add_own_question_to_script(
        "Thanks, {first_name}! How is {organization} doing in {industry}? Mine ({my_focus}) ok?",
        "the work",
        talk,
    )
    text = wb.script(talk)["text"].iloc[0]
    assert text == "Thanks, Bo! How is your organisation doing in your field? Mine ok?"
    assert "{" not in " ".join(wb.script()["text"])


@pytest.mark.parametrize("industry", [None, "", "   ", "Northwind Grid", "northwind grid"])
def test_an_organisation_without_an_industry_never_leaves_a_gap_or_names_the_organisation(
    wb, industry
):
    # after an import: the organisation is known, the industry is not (or is the company again)
    contact = wb.add_contact("Omar Haddad", organization="Northwind Grid", industry=industry)
    talk = wb.schedule_conversation(contact, "2026-12-01")
    for question_id in wb.questions().query("text.str.contains('{industry}')")["id"]:
        wb.add_to_script(int(question_id), talk)
    texts = list(wb.script(talk).query("raw_text.str.contains('{industry}')")["text"])
    assert len(texts) >= 5
    assert "How did you first get into your field?" in texts
    for text in texts:
        assert "{" not in text and " ?" not in text and "  " not in text
        if "{organization}" not in wb.script(talk).set_index("text").loc[text, "raw_text"]:
            assert "Northwind" not in text and "northwind" not in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hi, {first_name}.", "Hi."),
        ("At {organization}?", "At your organisation?"),
        ("{unknown} and {", "{unknown} and {"),
        ("{ industry }", "your field"),
        (None, ""),
    ],
)
def test_personalise_never_raises(text, expected):
    assert personalise(text, {}) == expected


def test_a_long_script_warns_that_it_will_not_fit(wb, talk):
    for question_id in ids(wb, "the work")[:8]:
        wb.add_to_script(question_id, talk)
    estimate = wb.script_estimate(talk)
    assert estimate["over"] and "Too long" in estimate["message"]
    wb.set_script_budget(30, talk)
    assert wb.script_budget(talk) == 30
    assert not wb.script_estimate(talk)["over"]
    with pytest.raises(NetkitError, match="20 or 30"):
        wb.set_script_budget(45, talk)


def test_the_general_script_is_stored_without_a_conversation_and_seeds_new_ones(wb, talk):
    item = wb.add_to_script(ids(wb, "trends")[0])
    wb.reword_script_item(item, "What is changing in {industry} right now?")
    wb.set_script_budget(30)
    assert wb.script_budget() == 30
    general = list(wb.script()["question_id"])
    assert (
        wb.db.execute("SELECT count(*) FROM script_items WHERE conversation_id IS NULL").fetchone()[
            0
        ]
        == 3
    )
    wb.start_script(talk)
    assert list(wb.script(talk)["question_id"]) == general
    assert wb.script(talk)["text"].iloc[0] == "What is changing in healthcare technology right now?"
    with pytest.raises(NetkitError, match="already"):
        wb.start_script(talk)


def test_rewording_a_question_in_one_script_leaves_the_bank_alone(wb, talk):
    wb.start_script(talk)
    item = wb.script(talk).iloc[0]
    wb.reword_script_item(int(item["item_id"]), "Lovely to meet you, {first_name}!")
    assert wb.script(talk)["text"].iloc[0] == "Lovely to meet you, Ana!"
    assert wb.question(int(item["question_id"]))["text"] == item["raw_text"]


def test_an_unknown_conversation_is_a_clear_error(wb):
    with pytest.raises(NetkitError, match="no conversation number 42"):
        wb.script(42)
    with pytest.raises(NetkitError, match="no question number"):
        wb.remove_from_script(12345)


def test_closing_keys_are_the_two_questions_named_in_the_method():
    assert CLOSING_KEYS == ("closing.who_else", "closing.mention_name")


def test_the_suggested_script_leaves_out_questions_you_have_hidden(wb, talk):
    hidden = wb.questions().query("builtin_key == 'advice.in_my_shoes'")
    wb.hide_question(int(hidden["id"].iloc[0]))
    wb.start_script(talk)
    assert int(hidden["id"].iloc[0]) not in set(wb.script(talk)["question_id"])
    assert list(wb.script(talk)["text"].tail(2)) == [WHO_ELSE, MENTION]
