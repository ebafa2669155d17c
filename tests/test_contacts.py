"""Listing the people you know: add, edit, archive, tag, search, page, chains."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import dump_workbook

import netkit
from netkit.contacts import insert_contact

CONTRACT_COLUMNS = {"id", "name", "email", "organization", "title", "industry",
                    "introduced_by", "chain_depth"}


def test_a_contact_added_appears_in_the_list_with_the_contract_columns(wb):
    ana = wb.add_contact(
        " Ana  Abara ", email="ana@example.org", organization="Medora Labs",
        title="Data Analyst", industry="Healthcare technology", how_known="former colleague",
        warmth="warm", tags="mentor, alumni", profile_url="linkedin.com/in/ana-abara",
    )
    frame = wb.contacts()
    assert CONTRACT_COLUMNS <= set(frame.columns)
    row = frame.set_index("id").loc[ana]
    assert row["name"] == "Ana  Abara".strip()
    assert (row["email"], row["organization"], row["warmth"]) == ("ana@example.org",
                                                                  "Medora Labs", 2)
    assert row["tags"] == "mentor, alumni"
    assert row["profile_url"] == "https://linkedin.com/in/ana-abara"
    assert row["chain_depth"] == 0 and row["introduced_by"] is pd.NA
    assert wb.contact(ana)["tags"] == ["mentor", "alumni"]


def test_editing_a_contact_changes_only_what_was_given(wb):
    ben = wb.add_contact("Ben Becker", organization="Sunfield Power", notes="Met at a meetup")
    wb.update_contact(ben, title="Engineering Manager", warmth=3)
    record = wb.contact(ben)
    assert (record["title"], record["warmth"]) == ("Engineering Manager", 3)
    assert (record["organization"], record["notes"]) == ("Sunfield Power", "Met at a meetup")
    assert wb.search_contacts("engineering manager")["id"].tolist() == [ben]


def test_an_archived_contact_leaves_the_list_and_a_restored_one_comes_back(wb):
    keep = wb.add_contact("Chiara Castillo")
    gone = wb.add_contact("Dev Dahl")
    wb.archive_contact(gone)
    assert wb.contacts()["id"].tolist() == [keep]
    assert wb.count_contacts() == 1 and wb.count_contacts(include_archived=True) == 2
    assert wb.search_contacts("dahl").empty
    archived = wb.contacts(include_archived=True).set_index("id")["archived"]
    assert archived.to_dict() == {keep: False, gone: True}
    wb.restore_contact(gone)
    assert wb.contacts()["id"].tolist() == [keep, gone]


def test_tags_are_cleaned_and_kept_once_in_their_first_spelling(wb):
    elif_ = wb.add_contact("Elif Eze", tags=["Mentor", " alumni ", "mentor", ""])
    assert wb.contact(elif_)["tags"] == ["Mentor", "alumni"]
    wb.update_contact(elif_, tags="volunteer")
    assert wb.contact(elif_)["tags"] == ["volunteer"]
    assert wb.search_contacts("volunteer")["id"].tolist() == [elif_]
    assert wb.search_contacts("mentor").empty


@pytest.mark.parametrize("given, stored", [(0, 0), ("3", 3), ("Close", 3), ("cold", 0),
                                           (None, 1), ("", 1)])
def test_warmth_takes_a_number_or_a_label(wb, given, stored):
    assert wb.contact(wb.add_contact("Farah Fontaine", warmth=given))["warmth"] == stored


@pytest.mark.parametrize("query", [
    "JOSÉ", "jose garcia", "garcía", "brightwell", "BRIGHTWELL HEALTH", "clinical informatics",
    "healthcare tech", "alumni", "loves café", "cafe", "  jose   brightwell  ",
])
def test_search_is_case_and_accent_insensitive_across_every_field(wb, query):
    jose = wb.add_contact("José García", organization="Brightwell Health",
                          title="Clinical Informatics Lead", industry="Healthcare technology",
                          tags=["alumni"], notes="Loves café talks about data.")
    wb.add_contact("Other Person", organization="Urban Pantry", industry="Retail")
    assert wb.search_contacts(query)["id"].tolist() == [jose]
    assert wb.count_contacts(query) == 1
    assert wb.contacts(query=query)["id"].tolist() == [jose]


def test_search_treats_percent_and_underscore_as_plain_characters(wb):
    wb.add_contact("Gus Garza", notes="grew revenue 50% in a year")
    wb.add_contact("Hana Haddad", notes="grew revenue 50 times")
    assert wb.search_contacts("50%")["name"].tolist() == ["Gus Garza"]
    assert wb.count_contacts("a_b") == 0


def test_a_large_list_is_paged_in_name_order(wb):
    with wb.atomic():
        for number in range(120):
            insert_contact(wb.store, {"name": f"Person {number:03d}", "industry": "Retail"})
        insert_contact(wb.store, {"name": "Zed Outsider", "industry": "Education"})
    first = wb.search_contacts("retail", limit=50)
    third = wb.search_contacts("retail", limit=50, offset=100)
    assert first["name"].tolist() == [f"Person {n:03d}" for n in range(50)]
    assert third["name"].tolist() == [f"Person {n:03d}" for n in range(100, 120)]
    assert wb.count_contacts("retail") == 120 and wb.count_contacts() == 121
    assert wb.search_contacts(limit=1)["name"].tolist() == ["Person 000"]


def test_chain_depth_counts_the_generations_of_introductions(wb):
    you_know = wb.add_contact("Ivan Ito")
    child = wb.add_contact("Jun Jensen", introduced_by=you_know)
    grandchild = wb.add_contact("Kofi Kowalski", introduced_by=str(child))
    depth = wb.contacts().set_index("id")["chain_depth"].to_dict()
    assert depth == {you_know: 0, child: 1, grandchild: 2}
    frame = wb.contacts().set_index("id")
    assert frame.loc[grandchild, "introduced_by"] == child
    assert frame.loc[grandchild, "introduced_by_name"] == "Jun Jensen"
    assert wb.search_contacts("kofi")["chain_depth"].tolist() == [2]
    assert wb.contact(grandchild)["chain_depth"] == 2


def test_an_introduction_that_would_go_round_in_a_circle_is_refused(wb):
    a = wb.add_contact("Lena Lindqvist")
    b = wb.add_contact("Mateo Moreau", introduced_by=a)
    c = wb.add_contact("Nadia Nakamura", introduced_by=b)
    before = dump_workbook(wb.path)
    with pytest.raises(netkit.NetkitError, match="circle"):
        wb.update_contact(a, introduced_by=c)
    with pytest.raises(netkit.NetkitError, match="themselves"):
        wb.update_contact(b, introduced_by=b)
    assert dump_workbook(wb.path) == before


@pytest.mark.parametrize("fields, message", [
    ({"name": ""}, "needs a name"),
    ({"name": "   "}, "needs a name"),
    ({"name": "Omar Okafor", "email": "omar.example.org"}, "not an e-mail address"),
    ({"name": "Omar Okafor", "email": "omar@@example.org"}, "not an e-mail address"),
    ({"name": "Omar Okafor", "profile_url": "not a url"}, "not a web address"),
    ({"name": "Omar Okafor", "profile_url": "ftp://files.example.org"}, "not a web address"),
    ({"name": "Omar Okafor", "introduced_by": 999}, "no contact number 999"),
    ({"name": "Omar Okafor", "introduced_by": "someone"}, "must be a contact number"),
    ({"name": "Omar Okafor", "warmth": 7}, "from 0 \\(cold\\) to 3 \\(close\\)"),
    ({"name": "Omar Okafor", "warmth": "lukewarm"}, "not one of"),
    ({"name": "Omar Okafor", "shoe_size": 42}, "Unknown contact field"),
    ({"name": "Omar Okafor", "source": "myspace"}, "Source"),
])
def test_bad_input_gets_a_clear_message_and_changes_nothing(wb, fields, message):
    wb.add_contact("Priya Patel")
    before = dump_workbook(wb.path)
    name = fields.pop("name")
    with pytest.raises(netkit.NetkitError, match=message):
        wb.add_contact(name, **fields)
    assert dump_workbook(wb.path) == before


@pytest.mark.parametrize("changes, message", [
    ({"name": ""}, "needs a name"),
    ({"email": "nope"}, "not an e-mail address"),
    ({"introduced_by": 12345}, "no contact number 12345"),
])
def test_a_bad_edit_changes_nothing(wb, changes, message):
    quinn = wb.add_contact("Quinn Quiroga", email="quinn@example.org")
    before = dump_workbook(wb.path)
    with pytest.raises(netkit.NetkitError, match=message):
        wb.update_contact(quinn, **changes)
    with pytest.raises(netkit.NetkitError, match="no contact number 777"):
        wb.archive_contact(777)
    assert dump_workbook(wb.path) == before


def test_the_same_person_is_found_by_email_or_by_any_spelling_of_their_name(wb):
    rosa = wb.add_contact("Rosa Rossi", email="Rosa.Rossi@example.org")
    jose = wb.add_contact("José García")
    assert wb.find_contacts("Someone Else", email="rosa.rossi@EXAMPLE.org") == [rosa]
    assert wb.find_contacts("García, José") == [jose]
    assert wb.find_contacts("jose  garcia") == [jose]
    assert wb.find_contacts("Nobody Known") == []
