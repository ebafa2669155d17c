"""Your profile and the first choice: start fresh, or look around the made-up demo."""

from __future__ import annotations

from netkit.ui.app import App
from netkit.ui.ask import AskView
from netkit.ui.profile import ProfileView, StartChoice, country_options


def test_the_profile_is_saved_and_shown_again(wb):
    view = ProfileView(wb)
    view.name.value = "Sam Rivera"
    view.what_i_do.value = "Data analyst moving into product analytics"
    view.industries.value = ["Healthcare technology", "Renewable energy"]
    view.country.value = "DE"
    view.why_me.value = "I turn messy data into decisions."
    view.save.click()
    assert "Profile saved" in view.message.text
    profile = wb.profile()
    assert profile["focus"] == "Data analyst moving into product analytics"
    assert profile["target_industries"] == ["Healthcare technology", "Renewable energy"]
    assert profile["country"] == "DE"
    again = ProfileView(wb)
    assert again.industries.value == ["Healthcare technology", "Renewable energy"]
    assert again.country.value == "DE" and again.name.value == "Sam Rivera"


def test_organisations_you_want_to_work_for_are_saved_with_the_profile(wb):
    kept = wb.add_target_organization("Medora Labs", motivation=5, notes="analytics team")
    wb.add_target_organization("Quillstone")
    saved = []
    view = ProfileView(wb)
    view.on_saved = lambda: saved.append(True)
    assert view.organizations.value == ["Medora Labs", "Quillstone"]
    assert "netkit-field-organizations" in view.organizations._dom_classes
    view.what_i_do.value = "Data analyst"
    view.organizations.value = ["Medora Labs", "Sunfield Power"]
    view.save.click()
    assert "Profile saved" in view.message.text and "Where to start" in view.message.text
    assert saved == [True]
    assert wb.profile()["focus"] == "Data analyst"
    frame = wb.target_organizations().set_index("name")
    assert list(frame.index) == ["Medora Labs", "Sunfield Power"]
    assert frame.loc["Medora Labs", "id"] == kept and frame.loc["Medora Labs", "notes"] == (
        "analytics team")
    assert ProfileView(wb).organizations.value == ["Medora Labs", "Sunfield Power"]
    # The Ask tab's "Where to start" shows them.
    assert "Sunfield Power" in AskView(wb).targets_html.value


def test_a_bad_organisation_is_refused_and_nothing_is_saved(wb):
    wb.set_profile(focus="Data analyst")
    view = ProfileView(wb)
    view.what_i_do.value = "Nurse"
    view.organizations.value = ["Sunfield Power", "!!!"]
    view.save.click()
    assert "netkit-error" in view.message._dom_classes
    assert "needs a letter or a digit" in view.message.text
    assert wb.profile()["focus"] == "Data analyst"
    assert wb.target_organizations().empty


def test_the_country_can_be_left_blank(wb):
    wb.set_profile(country="US")
    view = ProfileView(wb)
    view.country.value = ""
    view.save.click()
    assert wb.profile()["country"] is None


def test_the_country_list_names_countries_the_holiday_calendar_knows():
    options = dict((code, label) for label, code in country_options())
    assert options[""].startswith("—")
    assert "(US)" in options["US"] and "Germany" in options["DE"]
    assert all(len(code) == 2 for code in options if code)


def test_loading_the_demo_fills_an_empty_workbook_and_says_the_people_are_made_up(wb):
    calls = []
    choice = StartChoice(wb, on_change=lambda: calls.append(1))
    choice.demo.click()
    assert wb.count_contacts() >= 50
    assert "made-up" in choice.message.text and "invented" in choice.message.text
    assert calls == [1]


def test_the_demo_keeps_a_profile_you_already_wrote(wb):
    wb.set_profile(focus="Nurse moving into clinical informatics", target_industries=["Health"])
    StartChoice(wb).demo.click()
    assert wb.profile()["focus"] == "Nurse moving into clinical informatics"
    assert wb.profile()["target_industries"] == ["Health"]


def test_the_demo_is_refused_when_you_already_have_contacts(wb):
    wb.add_contact("Ana Becker")
    events = len(wb.events())
    choice = StartChoice(wb)
    choice.demo.click()
    assert "netkit-error" in choice.message._dom_classes
    assert "already has 1 contact" in choice.message.text
    assert wb.count_contacts() == 1 and len(wb.events()) == events


def test_start_fresh_is_remembered_so_the_welcome_goes_away(wb):
    app = App(wb)
    assert app.welcome.layout.display is None
    app.start.fresh.click()
    assert app.welcome.layout.display == "none"
    assert "Add the first person" in app.notice.text
    assert App(wb).welcome.layout.display == "none"


def test_the_app_header_says_where_the_workbook_is_and_welcomes_a_new_user(wb):
    app = App(wb)
    assert "netkit-app" in app._dom_classes
    assert str(wb.path) in app.header.children[0].value
    assert "Who else should I talk to" in app.header.children[0].value
    assert app.tabs.titles == ("Dashboard", "Contacts", "Ask", "Prepare", "Log")
    assert "netkit-contacts" in app.views.boxes["Contacts"]._dom_classes
    app.start.demo.click()
    assert app.welcome.layout.display == "none"
    assert app.views["Contacts"].total == wb.count_contacts()
    # The form now suggests the demo profile's industries.
    assert "Healthcare technology" in app.views["Contacts"].form.industry.options


def test_the_profile_button_opens_the_profile_once_you_have_contacts(demo_wb):
    app = App(demo_wb)
    assert app.welcome.layout.display == "none"
    assert app.profile_panel.layout.display == "none"
    app.profile_toggle.value = True
    assert app.profile_panel.layout.display is None
    assert app.profile.what_i_do.value == demo_wb.profile()["focus"]


def test_opening_a_tab_shows_what_was_written_elsewhere(wb):
    app = App(wb)
    wb.add_contact("Written elsewhere")
    app.tabs.selected_index = 1  # Contacts, built now
    wb.add_contact("Written later")
    app.tabs.selected_index = 0
    app.tabs.selected_index = 1  # opened again: refreshed
    assert list(app.views["Contacts"].rows["name"]) == ["Written elsewhere", "Written later"]
