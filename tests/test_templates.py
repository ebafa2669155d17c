"""Ask templates are filled from the contact and profile, and every one passes the check."""

import pytest

from netkit.askcheck import TEMPLATES, check_ask, connection_line, fill_template


def test_every_template_passes_the_check_for_every_demo_contact(demo_wb):
    profile = demo_wb.profile()
    for contact in demo_wb.contacts().to_dict("records"):
        for key in TEMPLATES:
            for target in (None, "Medora Labs", "product analyst"):
                text = fill_template(key, contact, profile, target)
                assert check_ask(text, contact, target) == [], (key, text)


def test_a_template_names_the_person_how_you_know_them_and_the_target():
    text = fill_template("introduction", {"name": "Ana Abara", "how_known": "former colleague"},
                         {"name": "Sam Rivera", "focus": "Data analyst", "target_industries": []},
                         "Renewable energy")
    assert text.startswith("Hi Ana, it's Sam, your former colleague.")
    assert "Renewable energy" in text and "data analyst" in text


@pytest.mark.parametrize("how, expected", [
    ("met at a meetup", "We met at a meetup."),
    ("volunteering", "We know each other from volunteering."),
    ("university classmate", "It's me, your university classmate."),
    (None, "It's been a while since we last talked, and I hope you're well."),
])
def test_the_connection_line_reads_naturally(how, expected):
    assert connection_line(how) == expected
