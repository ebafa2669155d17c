"""The question bank: 60+ built-in questions in every category, and the user's own."""

import pytest
from sqlite_utils import Migrations

import netkit
from netkit import NetkitError
from netkit.interview.questions import (
    CATEGORIES,
    CLOSING_KEYS,
    builtin_questions,
    install_builtin_questions,
)
from netkit.interview.script import INTRODUCED_KEY, SUGGESTED_KEYS


def test_the_bank_holds_at_least_sixty_questions_in_every_category(wb):
    bank = wb.questions()
    assert len(bank) >= 60
    assert set(bank["category"]) == set(CATEGORIES)
    assert bank["builtin"].all()
    assert list(bank.columns[:4]) == ["id", "category", "text", "builtin"]


def test_every_builtin_question_has_a_note_on_when_to_use_it_and_minutes():
    questions = builtin_questions()
    keys = [q["key"] for q in questions]
    assert len(keys) == len(set(keys))
    for question in questions:
        assert question["note"].strip() and question["text"].strip()
        assert 0.5 <= question["minutes"] <= 5
    assert set(CLOSING_KEYS) <= set(keys)


def test_the_bank_is_seeded_by_its_own_migration(wb):
    applied = {row["name"] for row in wb.db["_sqlite_migrations"].rows}
    assert "m002_question_bank" in applied
    assert wb.questions()["builtin"].sum() == len(builtin_questions())


def test_a_later_migration_adds_new_builtins_and_keeps_own_questions_and_hidden_flags(
    workbook_path,
):
    wb = netkit.open_workbook(workbook_path)
    own = wb.add_question("What does a good first month look like at {organization}?", "the work")
    hidden = int(wb.questions().query("builtin").iloc[3]["id"])
    wb.hide_question(hidden)
    before = wb.questions(include_hidden=True).set_index("id")["text"].to_dict()

    later = Migrations("netkit")

    @later()
    def m999_more_questions(db):
        install_builtin_questions(
            db,
            [
                *builtin_questions(),
                {
                    "key": "advice.future_new",
                    "category": "advice",
                    "text": "A brand new question?",
                    "note": "Added by a later release.",
                    "minutes": 2,
                },
            ],
        )

    with wb.atomic():
        later.apply(wb.db)
    after = wb.questions(include_hidden=True)
    assert len(after) == len(before) + 1
    assert "A brand new question?" in set(after["text"])
    assert after.set_index("id").loc[own, "text"] == before[own]
    assert after.set_index("id").loc[hidden, "hidden"]
    # built-ins already there are never rewritten
    for question_id, text in before.items():
        assert after.set_index("id").loc[question_id, "text"] == text
    wb.close()


def test_installing_builtins_twice_adds_nothing(wb):
    with wb.atomic():
        assert install_builtin_questions(wb.db) == 0


def test_you_can_add_edit_hide_and_unhide_your_own_questions(wb):
    question_id = wb.add_question(
        "  How do you pick your projects?  ", "The work itself", note="Mid-way", minutes=3
    )
    assert wb.question(question_id)["text"] == "How do you pick your projects?"
    assert wb.question(question_id)["category"] == "the work"
    assert wb.edit_question(question_id, text="How do you choose projects?") == question_id
    assert wb.question(question_id)["text"] == "How do you choose projects?"
    wb.hide_question(question_id)
    assert question_id not in set(wb.questions()["id"])
    assert question_id in set(wb.questions(include_hidden=True)["id"])
    wb.unhide_question(question_id)
    assert question_id in set(wb.questions()["id"])


def test_editing_a_builtin_makes_your_own_copy_and_hides_the_original(wb):
    builtin = wb.questions().query("category == 'advice'").iloc[0]
    copy_id = wb.edit_question(int(builtin["id"]), text="What would you do next, in my place?")
    assert copy_id != builtin["id"]
    assert not wb.question(copy_id)["builtin"]
    assert wb.question(copy_id)["category"] == "advice"
    assert wb.question(int(builtin["id"]))["hidden"]
    assert wb.question(int(builtin["id"]))["text"] == builtin["text"]


def test_the_closing_questions_cannot_be_hidden_or_edited(wb):
    closing = wb.questions().query("closing")
    assert len(closing) == 2
    for question_id in closing["id"]:
        with pytest.raises(NetkitError, match="closing"):
            wb.hide_question(int(question_id))
        with pytest.raises(NetkitError, match="closing"):
            wb.edit_question(int(question_id), text="Bye?")


@pytest.mark.parametrize(
    "text, category, minutes",
    [
        ("", "advice", 2),
        ("Fine?", "gossip", 2),
        ("Fine?", "advice", 0),
        ("Fine?", "advice", "x"),
    ],
)
def test_bad_questions_are_refused_and_change_nothing(wb, text, category, minutes):
    count = len(wb.questions(include_hidden=True))
    with pytest.raises(NetkitError):
        wb.add_question(text, category, minutes=minutes)
    assert len(wb.questions(include_hidden=True)) == count


def test_questions_can_be_filtered_by_category_in_conversation_order(wb):
    assert set(wb.questions(category="trends")["category"]) == {"trends"}
    assert list(dict.fromkeys(wb.questions()["category"])) == list(CATEGORIES)


def test_the_bank_asks_how_they_know_the_person_who_introduced_you(wb):
    question = wb.questions().query("builtin_key == @INTRODUCED_KEY").iloc[0]
    assert question["category"] == "small talk" and "{introducer}" in question["text"]
    assert INTRODUCED_KEY in SUGGESTED_KEYS
    # every suggested question is in the bank, once
    assert set(SUGGESTED_KEYS) <= set(wb.questions()["builtin_key"])
    assert len(SUGGESTED_KEYS) == len(set(SUGGESTED_KEYS))
