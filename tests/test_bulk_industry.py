"""Industries for many people at once, organisation by organisation, after an import."""

from __future__ import annotations

import pytest
from conftest import dump_workbook

import netkit
from netkit.errors import NetkitWarning


@pytest.fixture
def imported(wb):
    """People as an import leaves them: organisations in several spellings, no industry."""
    ids = {
        "pia": wb.add_contact("Pia Lund", organization="GreenGrid Inc."),
        "ola": wb.add_contact("Ola Berg", organization="GreenGrid"),
        "kai": wb.add_contact("Kai Moe", organization="greengrid, inc"),
        "eva": wb.add_contact("Eva Holm", organization="GreenGrid Inc."),
        "sol": wb.add_contact("Sol Ruiz", organization="Sunfield Power"),
        "tor": wb.add_contact("Tor Lie", organization="Sunfield Power"),
        "ida": wb.add_contact("Ida Nygaard", organization="Kite Energy"),
        "nobody": wb.add_contact("Liv Dahl"),  # no organisation: nothing to group by
    }
    return ids


def test_every_spelling_of_an_organisation_is_one_row_with_the_most_people_first(wb, imported):
    frame = wb.organizations_without_industry()
    assert list(frame.columns) == ["organization", "people", "suggested"]
    rows = [tuple(r) for r in frame[["organization", "people"]].itertuples(index=False)]
    assert rows == [("GreenGrid Inc.", 4), ("Sunfield Power", 2), ("Kite Energy", 1)]
    assert wb.count_without_industry() == 7
    assert list(wb.organizations_without_industry(limit=1)["organization"]) == ["GreenGrid Inc."]


def test_an_organisation_whose_people_all_have_an_industry_is_not_asked_about(wb, imported):
    wb.update_contact(imported["ida"], industry="Energy")
    wb.archive_contact(imported["sol"])
    wb.archive_contact(imported["tor"])
    assert list(wb.organizations_without_industry()["organization"]) == ["GreenGrid Inc."]
    assert wb.count_without_industry() == 4


def test_the_industry_others_there_already_have_is_suggested(wb, imported):
    wb.update_contact(imported["ola"], industry="Utilities")
    wb.add_target_organization("Sunfield Power Ltd", industry="Renewable energy")
    suggested = dict(wb.organizations_without_industry()[["organization", "suggested"]]
                     .itertuples(index=False))
    assert suggested == {"GreenGrid Inc.": "Utilities", "Sunfield Power": "Renewable energy",
                         "Kite Energy": ""}
    # Ola has an industry now, so only three GreenGrid people wait for one.
    assert wb.organizations_without_industry()["people"].iloc[0] == 3


def test_one_answer_reaches_every_spelling_and_searching_the_industry_finds_them(wb, imported):
    counts = wb.set_industry_by_organization({"GreenGrid": "Renewable energy"})
    assert counts == {"GreenGrid": 4}
    found = set(wb.search_contacts("renewable")["id"])
    assert found == {imported[k] for k in ("pia", "ola", "kai", "eva")}
    assert wb.contact(imported["sol"])["industry"] is None
    assert list(wb.organizations_without_industry()["organization"]) == ["Sunfield Power",
                                                                        "Kite Energy"]


def test_an_industry_someone_already_has_is_never_overwritten(wb, imported):
    wb.update_contact(imported["ola"], industry="Utilities")
    wb.archive_contact(imported["eva"])
    counts = wb.set_industry_by_organization({"GreenGrid Inc.": "Renewable energy",
                                              "Kite Energy": "Energy"})
    assert counts == {"GreenGrid Inc.": 2, "Kite Energy": 1}
    assert wb.contact(imported["ola"])["industry"] == "Utilities"
    assert wb.contact(imported["eva"])["industry"] is None  # archived: left alone
    assert wb.contact(imported["pia"])["industry"] == "Renewable energy"


def test_all_organisations_are_saved_in_one_transaction_and_one_event(wb, imported):
    events = len(wb.events())
    statements: list[str] = []
    wb.conn.set_trace_callback(statements.append)
    try:
        wb.set_industry_by_organization({"GreenGrid": "Renewable energy",
                                         "Sunfield Power": "Renewable energy",
                                         "Kite Energy": "Energy"})
    finally:
        wb.conn.set_trace_callback(None)
    assert sum(s.startswith("BEGIN") for s in statements) == 1
    assert sum(s.startswith("COMMIT") for s in statements) == 1
    assert len(wb.events()) == events + 1
    assert wb.count_without_industry() == 0


@pytest.mark.parametrize("industries, words", [
    ({"GreenGrid": "Renewable energy", "Kite Energy": ["not", "text"]}, "industry"),
    ({"GreenGrid": "Renewable energy", "Kite Energy": "Energy\ud800"}, "industry"),
    ({"GreenGrid": "Renewable energy", "Nowhere Ltd": "Energy"}, "Nowhere Ltd"),
    ({"GreenGrid": "Renewable energy", "GreenGrid Inc.": "Utilities"}, "same organisation"),
    ({"GreenGrid": "Renewable energy", "  ": "Energy"}, "organisation"),
    ([("GreenGrid", "Renewable energy")], "organisation"),
])
def test_a_bad_value_in_one_row_writes_nothing(wb, imported, workbook_path, industries, words):
    before = dump_workbook(workbook_path)
    with pytest.raises(netkit.NetkitError, match=words):
        wb.set_industry_by_organization(industries)
    assert dump_workbook(workbook_path) == before


def test_blank_industries_leave_everyone_as_they_were(wb, imported, workbook_path):
    before = dump_workbook(workbook_path)
    assert wb.set_industry_by_organization({"GreenGrid": "  ", "Kite Energy": None}) == {}
    assert dump_workbook(workbook_path) == before


def test_two_spellings_given_the_same_industry_are_one_answer(wb, imported):
    counts = wb.set_industry_by_organization({"GreenGrid": "Renewable energy",
                                              "greengrid inc": "renewable energy"})
    assert counts == {"GreenGrid": 4}
    assert set(wb.contacts()["industry"].dropna()) == {"Renewable energy"}


TRICKY = [
    {"name": "Ana Pérez"},
    {"name": "Ana", "notes": "Ana", "tags": ["ana"]},
    {"name": "Straße Ölund", "title": "ﬁeld lead", "notes": "Met at\nthe  meetup",
     "email": "s@example.org", "location": "Zürich", "how_known": "school", "tags": ["x", "Ý"]},
    {"name": "Bo 🌱", "tags": ["mentor"]},
    {"name": "Cleo", "notes": "\u0301"},  # a lone accent folds to nothing
    {"name": "\u0301 Dee", "location": "Oslo"},
]


@pytest.mark.parametrize("fields", TRICKY)
@pytest.mark.parametrize("industry", ["Renewable energy", "Énergie ﬁne", "ß"])
def test_the_new_industry_is_searchable_exactly_as_if_typed_in_the_form(wb, fields, industry):
    from netkit.contacts import search_text

    bulk = wb.add_contact(organization="GreenGrid", **fields)
    with pytest.warns(NetkitWarning, match="already exists"):  # the same name, twice
        typed = wb.add_contact(organization="Other Org", industry=industry, **fields)
    wb.set_industry_by_organization({"GreenGrid": industry})
    stored = dict(wb.conn.execute(
        "SELECT id, search_text FROM contacts WHERE id IN (?, ?)", (bulk, typed)).fetchall())
    row = dict(wb.conn.execute("SELECT * FROM contacts WHERE id = ?", (bulk,)).fetchone())
    assert stored[bulk] == search_text(row)
    assert stored[bulk].replace("greengrid", "other org") == stored[typed]
