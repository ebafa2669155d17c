"""Ask templates are filled from the contact and profile, read like a person wrote them, and
every one passes the check."""

from datetime import timedelta

import pytest

from netkit.askcheck import TEMPLATES, check_ask, connection_line, fill_template, subject_line
from netkit.askcheck.templates import default_target
from netkit.dates import today
from netkit.errors import NetkitError
from netkit.text import mid_sentence

SAM = {"name": "Sam Rivera", "focus": "Data analyst moving into product analytics",
       "target_industries": ["Healthcare technology", "Renewable energy"],
       "target_organizations": ["Sunfield Power", "Medora Labs"]}
LOGISTICS = {"name": "Lee Lund", "how_known": "former colleague", "organization": "Northway "
             "Freight", "industry": "Logistics"}


def test_every_template_passes_the_check_for_every_demo_contact(demo_wb):
    profile = demo_wb.profile()
    long_ago, lately = today() - timedelta(days=400), today() - timedelta(days=10)
    targets = ((None, None), ("Medora Labs", None), ("Medora Labs", "organisation"),
               ("Healthcare technology", "industry"), ("product analyst", "role"))
    for number, contact in enumerate(demo_wb.contacts().to_dict("records")):
        contact["last_in_touch"] = (long_ago, lately, None)[number % 3]
        for key in TEMPLATES:
            for target, kind in targets:
                text = fill_template(key, contact, profile, target, kind)
                assert check_ask(text, contact, target) == [], (key, kind, text)
                assert "For context" not in text and "{" not in text, text


def test_a_template_names_the_person_how_you_know_them_and_the_industry_in_small_letters():
    ana = {"name": "Ana Abara", "how_known": "former colleague",
           "industry": "healthcare technology"}
    text = fill_template("introduction", ana, {**SAM, "target_industries": []},
                         "Healthcare technology")
    assert text.startswith("Hi Ana, it's Sam, your former colleague.")
    assert "You know healthcare technology far better than I do" in text
    assert "Healthcare" not in text  # an industry is a common noun mid-sentence
    assert "I'm a data analyst moving into product analytics." in text
    # Someone in another field is not told they know it far better.
    text = fill_template("introduction", LOGISTICS, SAM, "Healthcare technology")
    assert "far better" not in text and "someone in healthcare technology" in text


def test_an_organisation_keeps_its_capitals_and_is_not_said_to_be_known_far_better():
    for key in TEMPLATES:
        text = fill_template(key, LOGISTICS, SAM, "Sunfield Power", "organisation")
        assert "sunfield" not in text.replace("Sunfield Power", ""), text
        assert "far better" not in text and "in Sunfield" not in text, text
    text = fill_template("introduction", LOGISTICS, SAM, "Sunfield Power", "organisation")
    assert "Is there someone at Sunfield Power you'd" in text
    inside = {**LOGISTICS, "organization": "Sunfield Power Ltd"}
    assert "You know Sunfield Power from the inside." in fill_template(
        "introduction", inside, SAM, "Sunfield Power", "organisation")


@pytest.mark.parametrize("focus, sentence", [
    ("Data analyst moving into product analytics", "I'm a data analyst moving into product "
                                                   "analytics."),
    ("UX designer", "I'm a UX designer."),
    ("Accountant exploring renewable energy", "I'm an accountant exploring renewable energy."),
    ("Moving into product analytics.", "I'm moving into product analytics."),
    ("I want to move into product analytics", "I want to move into product analytics."),
    ("I'm a nurse moving into clinical informatics", "I'm a nurse moving into clinical "
                                                     "informatics."),
    ("Product analytics in healthcare", "I'm focusing on product analytics in healthcare."),
])
def test_your_focus_becomes_a_whole_sentence(focus, sentence):
    text = fill_template("introduction", LOGISTICS, {**SAM, "focus": focus}, "Logistics")
    assert f" {sentence} Is there someone" in text, text


@pytest.mark.parametrize("how, expected", [
    ("met at a meetup", "We met at a meetup."),
    ("volunteering", "We know each other from volunteering."),
    ("university classmate", "It's me, your university classmate."),
    (None, "Hope you've been well since we last spoke."),
])
def test_the_connection_line_reads_naturally(how, expected):
    assert connection_line(how) == expected


def test_it_has_been_a_while_only_when_the_workbook_says_so():
    a_while = "It's been a while since we last talked, and I hope you're well."
    assert connection_line(None, last_in_touch=today() - timedelta(days=200)) == a_while
    assert connection_line(None, last_in_touch=today() - timedelta(days=20)) != a_while
    someone = {"name": "Kim Ko"}
    assert "been a while" not in fill_template("short", someone, SAM)
    assert "been a while" in fill_template("short", {**someone, "connected_on": "2019-03-01"},
                                           SAM)
    recent = {**someone, "connected_on": "2019-03-01", "last_in_touch": today()}
    assert fill_template("short", recent, SAM).startswith(
        "Hi Kim, hope you've been well since we last spoke.")


def test_by_default_a_contact_is_asked_about_the_target_closest_to_them():
    energy = {"name": "Ren Ito", "industry": "renewable energy", "organization": "Windmere"}
    assert default_target(energy, SAM) == ("Renewable energy", "industry")
    text = fill_template("introduction", energy, SAM)
    assert "renewable energy" in text and "healthcare" not in text.lower()
    there = {"name": "Ana Abara", "industry": "Energy", "organization": "Medora Labs, Inc."}
    assert default_target(there, SAM) == ("Medora Labs", "organisation")
    assert "Medora Labs from the inside" in fill_template("introduction", there, SAM)
    assert default_target(LOGISTICS, SAM) == ("Healthcare technology", "industry")
    assert default_target(LOGISTICS, {"target_organizations": ["Sunfield Power"]}) == (
        "Sunfield Power", "organisation")
    assert default_target(LOGISTICS, {}) == ("Logistics", "industry")


@pytest.mark.parametrize("name, proper, shown", [
    ("Healthcare technology", False, "healthcare technology"),
    ("Healthcare", False, "healthcare"),
    ("E-commerce", False, "e-commerce"),
    ("Financial services in Europe", False, "financial services in Europe"),
    ("AI safety", False, "AI safety"),
    ("SaaS", False, "SaaS"),
    ("Sunfield Power", False, "Sunfield Power"),  # capitalised like a name
    ("Bank of Nova", False, "Bank of Nova"),
    ("medora Labs", True, "medora Labs"),  # an organisation is kept as typed
    ("Healthcare  technology ", False, "healthcare technology"),
    (None, False, ""),
])
def test_a_name_mid_sentence_keeps_capitals_only_where_they_belong(name, proper, shown):
    assert mid_sentence(name, proper) == shown


def test_the_subject_line_reads_as_a_sentence():
    assert subject_line("Healthcare technology") == "A question about healthcare technology"
    assert subject_line("Sunfield Power", "organisation") == "A question about Sunfield Power"
    assert subject_line(None) == "A quick question"


def test_an_unknown_template_or_kind_is_refused_in_one_line():
    with pytest.raises(NetkitError, match="no ask template"):
        fill_template("nope", LOGISTICS, SAM)
    with pytest.raises(NetkitError, match="industry, an organisation or a role"):
        fill_template("short", LOGISTICS, SAM, "Sunfield Power", "company")
