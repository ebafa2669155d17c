"""Traction: the numbers that show the chain growing."""

from __future__ import annotations

from datetime import timedelta

from netkit.dates import today

CONTRACT_KEYS = {"contacts", "asks_sent", "introductions", "conversations_held", "names_given",
                 "names_per_conversation", "asked_for_names_rate", "max_chain_depth",
                 "followups_due"}


def test_an_empty_workbook_has_every_number_at_zero(wb):
    stats = wb.stats()
    assert CONTRACT_KEYS <= set(stats)
    assert all(stats[key] == 0 for key in CONTRACT_KEYS)


def test_the_numbers_follow_what_you_did(wb):
    ana = wb.add_contact("Ana Abara")
    ben = wb.add_contact("Ben Becker")
    archived = wb.add_contact("Old Friend")
    wb.archive_contact(archived)
    wb.record_ask(ana, "Could you introduce me to someone in renewable energy?",
                  sent_at="2026-03-01")
    wb.record_ask(ben, "A draft I have not sent yet?")
    long_ago = today() - timedelta(days=30)
    wb.log_conversation(ana, long_ago, True, thank_you_sent_on=long_ago,
                        names=[{"name": "Chiara Castillo"}, {"name": "Dev Dahl"},
                               {"name": "Elif Eze"}])
    chiara = wb.find_contacts("Chiara Castillo")[0]
    wb.log_conversation(chiara, today() - timedelta(days=2), False)
    wb.log_conversation(ben, today() + timedelta(days=1), True, thank_you_sent_on=today())
    stats = wb.stats()
    assert {key: stats[key] for key in CONTRACT_KEYS} == {
        "contacts": 5,  # the archived one does not count
        "asks_sent": 1,
        "introductions": 3,
        "conversations_held": 3,
        "names_given": 3,
        "names_per_conversation": 1.0,
        "asked_for_names_rate": 0.67,
        "max_chain_depth": 1,
        # Chiara's thank-you and the report-back to Ana are due, and writing to Dev and Elif
        # (you met Chiara, so hers is done); meeting Ana answered the ask you sent her (no
        # "second person" or "follow up" any more); Ben's keep-in-touch is not due yet.
        "followups_due": 4,
    }


def test_max_chain_depth_is_the_deepest_generation(wb):
    parent = wb.add_contact("Generation 0")
    for generation in range(1, 6):
        parent = wb.add_contact(f"Generation {generation}", introduced_by=parent)
    assert wb.stats()["max_chain_depth"] == 5


def test_followups_due_counts_only_open_ones_due_today_or_earlier(wb):
    ana = wb.add_contact("Ana Abara")
    wb.log_conversation(ana, today() - timedelta(days=1), True)  # thank-you due today
    assert wb.stats()["followups_due"] == 1
    thank_you = wb.followups().set_index("kind").loc["thank you", "id"]
    wb.complete_followup(int(thank_you))
    assert wb.stats()["followups_due"] == 0
    assert wb.followups_due(today() + timedelta(days=200)) == 1  # keep in touch, later
