"""The Ask tab's widgets, driven without a browser: compose, see the check, send, follow up."""

from datetime import date, timedelta

import pytest
from conftest import copy_of

import netkit
from netkit.business_days import add_business_days
from netkit.dates import today
from netkit.ui.ask import AskView


def _view_with_ana(wb):
    wb.set_profile(focus="Data analyst", target_industries=["Renewable energy"])
    wb.add_target_organization("Sunfield Power", "Renewable energy", 5)
    ana = wb.add_contact("Ana Abara", email="ana@example.org", how_known="former colleague",
                         organization="Sunfield Power", industry="Renewable energy", warmth=3)
    return AskView(wb), ana


def test_composing_an_ask_shows_the_mistake_in_place_and_clears_when_fixed(wb):
    view, ana = _view_with_ana(wb)
    view.search.value = "abara"
    assert [v for _, v in view.picker.options] == [ana]
    view.picker.value = ana
    view.target.value = "Renewable energy"
    view.use_template.click()
    assert view.text.value.startswith("Hi Ana, it's me, your former colleague.")
    assert "Looks good" in view.findings.value
    view.text.value += " Also, are you hiring?"
    assert "netkit-ask-mistake" in view.mistake._dom_classes
    assert "netkit-error" in view.mistake._dom_classes
    assert "are you hiring" in view.mistake.value
    view.send_button.click()
    assert "netkit-error" in view.message._dom_classes and wb.asks().empty
    view.text.value = view.text.value.replace(" Also, are you hiring?", "")
    assert "netkit-ask-mistake" not in view.mistake._dom_classes


def test_user_text_is_escaped_in_the_check_and_the_links(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.text.value = "Hi Ana, we met. <script>x</script> Are you hiring?"
    assert "<script>" not in view.mistake.value + view.links.value
    assert "&lt;script&gt;" in view.mistake.value  # the marked copy of the ask, as text
    view.text.value = "Hi Ana, we met. <script>x</script> Who should I meet in energy?"
    assert "<script>" not in view.links.value
    assert "mailto:ana@example.org?subject=" in view.links.value
    assert "%3Cscript%3E" in view.links.value


def test_marking_sent_records_the_ask_and_shows_both_follow_ups_with_business_day_dates(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.use_template.click()
    view.channel.value = "linkedin"
    view.send_button.click()
    ask = wb.asks().iloc[0]
    assert ask["status"] == "sent" and ask["channel"] == "linkedin"
    second = add_business_days(today(), 3)
    follow = add_business_days(today(), 7)
    assert f"second person: {second:%a %d %b}" in view.message.text
    assert f"follow up: {follow:%a %d %b}" in view.message.text
    shown = " ".join(w.value for box in view.due_panel.children
                     for w in getattr(box, "children", [box]) if hasattr(w, "value"))
    assert f"{second:%a %d %b}" in shown and f"{follow:%a %d %b}" in shown


def test_recording_a_reply_and_an_introduction_from_the_ask_list(wb):
    view, ana = _view_with_ana(wb)
    ask = wb.record_ask(ana, "Hi", sent_at=date.today())
    view.refresh()
    buttons = {b.description: b for b in view.asks_panel.rows.children[0].children[1:]}
    buttons["Introduced"].click()
    assert view.asks_panel.intro_form in view.asks_panel.rows.children
    view.asks_panel.intro_names.rows[0].name.value = "Ben Becker"
    view.asks_panel.intro_save.click()
    assert wb.ask(ask)["status"] == "introduced"
    # Check back in seven business days; Ana helped, so stay in touch with her too.
    assert list(wb.followups()["kind"]) == ["check back", "keep in touch"]
    assert "Ben Becker" in set(wb.contacts()["name"])


def test_done_clears_a_due_follow_up(wb):
    view, ana = _view_with_ana(wb)
    wb.record_ask(ana, "Hi", sent_at="2026-01-05")
    view.refresh()
    done = [w for box in view.due_panel.children for w in getattr(box, "children", [])
            if getattr(w, "description", "") == "Done"]
    assert len(done) == 2
    done[0].click()
    assert len(wb.followups()) == 1


def test_who_could_introduce_me_lists_people_and_starts_an_ask(wb):
    view, ana = _view_with_ana(wb)
    view.who_target.value = "Sunfield Power"
    view.who_button.click()
    first = view.who_box.children[0]
    shown = first.children[0].value
    assert "Ana Abara" in shown and "works at Sunfield Power" in shown
    first.children[1].click()
    assert view.contact_id == ana and "Sunfield Power" in view.text.value


@pytest.mark.slow
def test_the_contact_search_offers_a_short_list_among_30000_contacts(demo_30k, tmp_path):
    """How fast it is, bench/bench_search.py measures; here, that it stays a short list."""
    with netkit.open_workbook(copy_of(demo_30k[0], tmp_path)) as wb:
        view = AskView(wb)
        view.search.value = "medora analyst"
        found = [label for label, _ in view.picker.options]
        assert 0 < len(found) <= 20
        assert all("medora" in label.lower() for label in found), found


def test_a_saved_draft_survives_a_new_view_and_can_be_opened_and_sent(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.use_template.click()
    view.draft_button.click()
    assert list(wb.asks()["status"]) == ["draft"]
    again = AskView(wb)  # as after a page reload
    row = again.asks_panel.rows.children[0]
    [open_button] = [b for b in row.children[1:] if b.description == "Open"]
    open_button.click()
    assert again.contact_id == ana and again.text.value.startswith("Hi Ana")
    again.send_button.click()
    assert list(wb.asks()["status"]) == ["sent"] and len(wb.asks()) == 1
    assert len(wb.followups()) == 2


def test_the_check_marks_every_job_phrase_and_holds_the_links_until_they_are_gone(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    assert view.send_button.disabled and view.draft_button.disabled  # nothing written yet
    view.text.value = ("Hi Ana, we worked together at Sunfield. Is your team hiring? "
                       "I've attached my CV as well.")
    marks = view.mistake.value.count("<mark class='netkit-mark'>")
    assert marks == 2, view.mistake.value  # both phrases, not one at a time
    assert "mailto:" not in view.links.value and "netkit-copy" not in view.links.value
    assert view.send_button.disabled and not view.draft_button.disabled
    view.send_button.click()  # (a click the browser would not allow) is still refused
    assert wb.asks().empty and "still asks about a job" in view.message.text
    view.text.value = "Hi Ana, we worked together at Sunfield. Who should I meet there?"
    assert "netkit-ask-mistake" not in view.mistake._dom_classes
    assert view.message.text == ""  # no red line left beside "Looks good"
    assert "mailto:" in view.links.value and not view.send_button.disabled
    assert "Looks good" in view.findings.value or "note" in view.findings.value


def test_the_suggested_line_goes_in_with_one_click(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.target.value = "Renewable energy"
    view.text.value = ("Hi Ana, we worked together at Sunfield. Do you know anyone who is "
                       "hiring? Thanks so much.")
    assert view.apply_line.layout.display is None
    view.apply_line.click()
    assert "hiring" not in view.text.value
    assert view.text.value.startswith("Hi Ana, we worked together at Sunfield.")
    assert "Renewable energy" in view.text.value and view.text.value.endswith("Thanks so much.")
    assert "netkit-ask-mistake" not in view.mistake._dom_classes
    assert view.apply_line.layout.display == "none"


def test_an_ask_that_names_no_field_gets_a_note(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.target.value = "Renewable energy"
    view.text.value = "Hi Ana, we worked together at Sunfield. Who should I talk to?"
    assert "no-target" not in view.findings.value
    assert "does not say what you are exploring" in view.findings.value
    view.text.value = ("Hi Ana, we worked together at Sunfield. I'm exploring renewable "
                       "energy. Who should I talk to?")
    assert "does not say what you are exploring" not in view.findings.value


def test_a_job_question_after_a_good_one_is_simply_taken_out(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    good = "Hi Ana, we worked together at Sunfield. Who in renewable energy should I meet?"
    view.text.value = good + " By the way, are you hiring?"
    assert view.apply_line.description == "Take out the marked sentence"
    view.apply_line.click()
    assert view.text.value == good
    assert "netkit-ask-mistake" not in view.mistake._dom_classes


def _sunfield_and_a_friend(wb):
    """A logistics-minded profile, one contact at Sunfield Power (not yet a target), one
    close friend elsewhere, and no industries on the contacts (as after an import)."""
    wb.set_profile(focus="Data analyst moving into product analytics",
                   target_industries=["Healthcare technology"])
    inside = wb.add_contact("Ana Abara", organization="Sunfield Power", warmth=1)
    friend = wb.add_contact("Cleo Cruz", organization="Northway Freight", warmth=3)
    return inside, friend


def test_an_organisation_typed_in_who_could_introduce_me_is_taken_as_one(wb):
    inside, friend = _sunfield_and_a_friend(wb)
    view = AskView(wb)
    view.who_target.value = "Sunfield Power"
    view.who_button.click()
    rows = [w for w in view.who_box.children if hasattr(w, "children")]
    assert "Ana Abara" in rows[0].children[0].value  # the person there, first
    assert "works at Sunfield Power" in rows[0].children[0].value
    assert "Cleo Cruz" in rows[1].children[0].value
    assert "knows people in many fields" in rows[1].children[0].value
    [lead] = [w for w in view.who_box.children if "netkit-for-anyone" in w._dom_classes]
    assert "who they know at Sunfield Power" in lead.value
    rows[0].children[1].click()
    assert view.kind.value == "organisation" and view.template.value == "organisation"
    text = view.text.value
    assert "Sunfield Power" in text and "sunfield" not in text.replace("Sunfield Power", "")
    assert "far better" not in text and view.subject.value == "A question about Sunfield Power"
    assert "Looks good" in view.findings.value
    view.send_button.click()
    ask = wb.asks().iloc[0]
    assert ask["target_organization"] == "Sunfield Power"
    assert not isinstance(ask["target_industry"], str)
    # Downstream: the person Ana introduces you to is not given "Sunfield Power" as an
    # industry, so their script never asks how they got into "sunfield Power".
    wb.mark_ask_introduced(int(ask["id"]), name="Ben Becker")
    ben = wb.contacts().set_index("name").loc["Ben Becker"]
    assert not isinstance(ben["industry"], str)
    talk = wb.schedule_conversation(int(ben["id"]), "2030-03-04 10:00")
    wb.start_script(talk)
    assert "sunfield" not in " ".join(wb.script(talk)["text"].astype(str)).lower()


def test_only_close_friends_found_is_not_called_nobody(wb):
    _inside, friend = _sunfield_and_a_friend(wb)
    view = AskView(wb)
    view.who_target.value = "Renewable energy"
    view.who_button.click()
    shown = " ".join(w.value if hasattr(w, "value") else w.children[0].value
                     for w in view.who_box.children)
    assert "Nobody" not in shown and "Cleo Cruz" in shown
    assert "who they know in renewable energy" in shown
    wb.update_contact(friend, warmth=1)
    view.who_button.click()
    assert view.who_box.children[0].value.startswith("<p>Nobody on your list is in renewable")


def test_the_composer_asks_each_person_about_the_target_closest_to_them(wb):
    wb.set_profile(target_industries=["Healthcare technology", "Renewable energy"])
    wb.add_target_organization("Medora Labs")
    energy = wb.add_contact("Ren Ito", industry="Renewable Energy", how_known="met at a meetup")
    medora = wb.add_contact("Mo Ma", organization="Medora Labs, Inc.")
    view = AskView(wb)
    assert view.target.value == "Healthcare technology"  # nobody chosen yet: your first
    view.pick_contact(energy)
    assert (view.target.value, view.kind.value) == ("Renewable energy", "industry")
    view.use_template.click()
    assert "renewable energy" in view.text.value and "ealthcare" not in view.text.value
    view.pick_contact(medora)
    assert (view.target.value, view.kind.value) == ("Medora Labs", "organisation")
    view.target.value = "Healthcare technology"  # what you type is kept
    view.pick_contact(energy)
    assert view.target.value == "Healthcare technology"


def test_typing_an_organisation_to_ask_about_sets_ask_about_to_organisation(wb):
    view, ana = _view_with_ana(wb)
    view.pick_contact(ana)
    view.target.value = "Renewable energy"
    assert view.kind.value == "industry"
    view.target.value = "Sunfield Power"
    assert view.kind.value == "organisation"
    view.kind.value = "kind of role"
    view.target.value = "Product analyst"
    assert view.kind.value == "kind of role"  # a role you chose stays a role


def test_where_to_start_says_where_to_add_organisations_and_offers_the_profile(wb):
    view = AskView(wb)
    assert "Organisations you want to work for" in view.targets_html.value
    assert "Your profile" in view.targets_html.value
    assert view.open_profile.layout.display == "none"  # nothing to open it with yet
    opened = []
    view.on_profile = lambda: opened.append(True)
    assert view.open_profile.layout.display is None
    assert "Add them in your profile" in view.targets_html.value
    view.open_profile.click()
    assert opened == [True]
    wb.set_target_organizations(["Sunfield Power"])
    view.refresh()
    assert "Sunfield Power" in view.targets_html.value
    assert view.open_profile.layout.display == "none"


def test_the_follow_up_heading_speaks_plainly(wb):
    view = AskView(wb)
    texts = " ".join(w.value for w in view.children if isinstance(getattr(w, "value", None), str))
    assert "3B7" not in texts and "No answer after 3 business days?" in texts


def test_the_opener_follows_what_the_workbook_knows_of_your_last_contact(wb):
    kim = wb.add_contact("Kim Ko", organization="Quillstone")
    view = AskView(wb)
    view.pick_contact(kim)
    view.use_template.click()
    assert view.text.value.startswith("Hi Kim, hope you've been well since we last spoke.")
    wb.record_ask(kim, "Hi Kim, who should I meet?",
                  sent_at=(today() - timedelta(days=300)).isoformat())
    view.use_template.click()
    assert view.text.value.startswith("Hi Kim, it's been a while since we last talked")
    wb.add_note(kim, "Bumped into her at the station")
    view.use_template.click()
    assert "been a while" not in view.text.value
