"""One rule for "the same person": the import, the conversation log and the contact form
agree, field by field."""

from __future__ import annotations

import csv
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import netkit
from netkit import identity
from netkit.errors import NetkitWarning

COMPARED = ("name", "email", "phone", "organization", "title", "profile_url", "archived")
HEADER = ("name", "email", "organization", "job title", "phone", "profile url")


def _workbook(path, existing):
    wb = netkit.open_workbook(path)
    ids = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NetkitWarning)
        for person in existing:
            fields = dict(person)
            archived = fields.pop("archived", False)
            ids.append(wb.add_contact(**fields))
            if archived:
                wb.archive_contact(ids[-1])
    speaker = wb.add_contact("Olga Orlova", organization="Northwind Grid")
    return wb, ids, speaker


def _by_conversation(tmp_path, existing, person, tag="", **entry):
    wb, ids, speaker = _workbook(tmp_path / f"conversation{tag}.sqlite", existing)
    wb.log_conversation(speaker, "2026-03-04", True, names=[{**person, **entry}])
    return wb, ids, speaker


def _by_import(tmp_path, existing, person, confirm=False, tag=""):
    wb, ids, speaker = _workbook(tmp_path / f"import{tag}.sqlite", existing)
    path = tmp_path / "people.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow([person.get(k) or "" for k in
                         ("name", "email", "organization", "title", "phone", "profile_url")])
    plan = wb.preview_import(path)
    confirmed = [m.number for m in plan.near_misses] if confirm else []
    wb.apply_import(plan, confirmed)
    return wb, ids, speaker


def _people(wb, speaker):
    """Everyone but the speaker, as comparable rows (sorted by name, then e-mail)."""
    frame = wb.contacts(include_archived=True)
    frame = frame[frame["id"] != speaker]
    rows = [{k: (None if v != v else v) for k, v in row.items()}
            for row in frame[list(COMPARED)].to_dict("records")]
    return sorted(rows, key=lambda r: (r["name"], r["email"] or ""))


def _both(tmp_path, existing, person):
    one, ids, speaker_one = _by_conversation(tmp_path, existing, person)
    two, _, speaker_two = _by_import(tmp_path, existing, person)
    people_one, people_two = _people(one, speaker_one), _people(two, speaker_two)
    assert people_one == people_two  # the import and the conversation agree, field by field
    return one, ids, people_one


ANA_MEDORA = {"name": "Ana Silva", "organization": "Medora Labs", "email": "ana@medora.example",
              "profile_url": "https://www.linkedin.com/in/ana-silva-medora"}
ANA_SUNFIELD = {"name": "Ana Silva", "organization": "Sunfield Power",
                "email": "ana@sunfield.example"}


def test_a_namesake_at_another_organisation_with_another_email_is_a_new_person(tmp_path):
    existing = [{**ANA_MEDORA, "archived": True}]
    wb, (medora,), people = _both(tmp_path, existing, ANA_SUNFIELD)
    assert len(people) == 2
    kept = wb.contact(medora)
    assert (kept["email"], kept["organization"]) == ("ana@medora.example", "Medora Labs")
    assert kept["profile_url"] == ANA_MEDORA["profile_url"]
    assert kept["archived"] and kept["introduced_by"] is None  # not touched at all
    added = wb.contacts().set_index("email").loc["ana@sunfield.example"]
    assert added["organization"] == "Sunfield Power" and added["chain_depth"] == 1


@pytest.mark.parametrize("written", [
    "linkedin.com/in/Ana-Silva-Medora", "http://www.linkedin.com/in/ana-silva-medora/",
    "https://LINKEDIN.com/in/ana-silva-medora?trk=people-guest",
    "www.linkedin.com/in/ana-silva-medora#x",
])
def test_one_profile_however_written_is_one_person(tmp_path, written):
    person = {"name": "A. Silva", "profile_url": written, "phone": "+1 555 0100"}
    wb, (medora,), people = _both(tmp_path, [ANA_MEDORA], person)
    assert len(people) == 1
    record = wb.contact(medora)
    assert record["phone"] == "+1 555 0100"  # a blank filled in
    assert record["name"] == "Ana Silva" and record["profile_url"] == ANA_MEDORA["profile_url"]


def test_a_match_fills_blanks_and_keeps_what_you_wrote(tmp_path):
    existing = [{"name": "Chiara Castillo", "organization": "Medora Labs", "title": "Analyst"}]
    person = {"name": "castillo, chiara", "organization": "Medora Labs, Inc.",
              "title": "Senior Analyst", "email": "chiara@example.org", "phone": "555 0101"}
    wb, (chiara,), people = _both(tmp_path, existing, person)
    assert people == [{"name": "Chiara Castillo", "email": "chiara@example.org",
                       "phone": "555 0101", "organization": "Medora Labs", "title": "Analyst",
                       "profile_url": None, "archived": False}]


def test_the_same_name_where_only_one_has_an_organisation_is_kept_apart_until_confirmed(
    tmp_path,
):
    existing = [{"name": "Ben Becker", "organization": "Medora Labs"}]
    person = {"name": "Ben Becker", "title": "Program Manager"}
    _, _, people = _both(tmp_path, existing, person)
    assert len(people) == 2
    # Confirmed, both link them: the import by its near-miss number, the log by same_as.
    one, (ben,), speaker = _by_conversation(tmp_path, existing, person, "-confirmed", same_as=1)
    two, _, speaker_two = _by_import(tmp_path, existing, person, confirm=True, tag="-confirmed")
    assert _people(one, speaker) == _people(two, speaker_two)
    assert len(_people(one, speaker)) == 1 and one.contact(ben)["title"] == "Program Manager"


def test_someone_on_your_own_list_gets_no_introducer_but_the_introduction_is_kept(tmp_path):
    existing = [{"name": "Elif Eze", "email": "elif@example.org"}]
    wb, (elif_,), speaker = _by_conversation(tmp_path, existing, {"name": "Elif E.",
                                                                 "email": "ELIF@example.org"})
    record = wb.contact(elif_)
    assert record["introduced_by"] is None and record["chain_depth"] == 0
    assert wb.introductions()[["introducer_id", "contact_id"]].values.tolist() == [
        [speaker, elif_]]


def test_the_rule_in_words():
    keys = identity.keys_of
    ana = keys(ANA_MEDORA)
    assert identity.judge(keys({"name": "x", "email": "ANA@medora.example"}), ana)[0] == "same"
    assert identity.judge(keys({"name": "Silva, Ana", "organization": "medora labs"}),
                          ana) == ("likely", "same name and organisation")
    assert identity.judge(keys({"name": "Ana Silva"}), ana)[0] == "possible"
    assert identity.judge(keys({"name": "Ana Silva", "organization": "Acme"}), ana) == (
        "possible", "same name, different organisation")
    assert identity.judge(keys(ANA_SUNFIELD), ana) is None
    other_profile = {"name": "Ana Silva", "profile_url": "linkedin.com/in/ana-silva-2",
                     "organization": "Medora Labs"}
    assert identity.judge(keys(other_profile), ana) is None
    assert identity.judge(keys({"name": "Ana Silva"}), keys({"name": "Ana  Silva"}))[0] == (
        "likely")


def test_adding_a_namesake_warns_with_who_it_may_be_and_adds_them(wb):
    ana = wb.add_contact(**ANA_MEDORA)
    expected = f"Ana Silva already exists at Medora Labs .number {ana}"
    with pytest.warns(NetkitWarning, match=expected):
        other = wb.add_contact("Ana Silva")
    assert other != ana and wb.count_contacts() == 2
    assert wb.find_contacts("Ana Silva") == [other, ana]  # the likelier match first
    assert [m.strength for m in wb.match_person(name="ana silva", organization="Medora Labs")] == [
        "likely", "possible"]


people = st.builds(
    identity.Keys,
    st.sampled_from(["ana silva", "ben becker", ""]),
    st.sampled_from(["", "ana@x.example", "ana@y.example", "ben@x.example"]),
    st.sampled_from(["", "linkedin.com/in/ana", "linkedin.com/in/ana-2"]),
    st.sampled_from(["", "medora labs", "sunfield power"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(people, max_size=12), people)
def test_the_quick_lookup_of_an_import_gives_what_the_rule_gives(population, person):
    index = identity.Index()
    for number, keys in enumerate(population):
        index.add(number + 1 if number % 3 else -number - 1, keys)  # contacts and file rows
    matches = index.match(person)
    taken = next((m for m in matches if m.taken), None)
    possible = None if taken else next((m for m in matches if m.contact_id > 0), None)
    assert index.decide(person, lambda key: key > 0) == (taken, possible)
