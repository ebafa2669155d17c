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
    assert app.tabs.layout.display == "none"  # the welcome alone, not the app under it
    app.start.fresh.click()
    assert app.welcome.layout.display == "none" and app.tabs.layout.display is None
    assert "Add the people you know" in app.notice.text
    assert app.tabs.titles[app.tabs.selected_index] == "Contacts"  # the next step
    assert App(wb).welcome.layout.display == "none"


def test_one_click_saves_the_profile_and_starts(wb):
    app = App(wb)
    assert app.profile.save.layout.display == "none"  # one button, not two
    app.profile.what_i_do.value = "Nurse moving into clinical informatics"
    app.profile.industries.value = ["Health technology"]
    app.start.fresh.click()
    assert wb.profile()["focus"] == "Nurse moving into clinical informatics"
    assert wb.profile()["target_industries"] == ["Health technology"]
    assert wb.get_setting("started") == "fresh"
    app.profile_toggle.value = True  # the same profile, now with its own Save
    assert app.profile.save.layout.display is None


def test_the_ready_note_can_be_dismissed_and_goes_when_you_move_on(wb):
    app = App(wb)
    app.start.fresh.click()
    assert app.notice_box.layout.display is None and app.notice.text
    app.dismiss.click()
    assert app.notice_box.layout.display == "none" and not app.notice.text
    app.say("Something to read once")
    app.tabs.selected_index = 2
    assert app.notice_box.layout.display == "none"
    # The start's own line said it once: nothing of it stays inside the welcome.
    assert not app.start.message.text


def test_the_header_does_not_show_the_file_path_but_the_profile_panel_does(wb):
    app = App(wb)
    assert str(wb.path) not in app.header.children[0].value
    assert "Saved as you go" in app.header.children[0].value
    app.start.fresh.click()
    app.profile_toggle.value = True
    assert str(wb.path) in app.where.value


def test_the_app_header_states_the_method_and_welcomes_a_new_user(wb):
    app = App(wb)
    assert "netkit-app" in app._dom_classes
    assert "Who else should I talk to" in app.header.children[0].value
    assert app.tabs.titles == ("Dashboard", "Contacts", "Ask", "Prepare", "Log")
    assert "netkit-contacts" in app.views.boxes["Contacts"]._dom_classes
    app.start.demo.click()
    assert app.welcome.layout.display == "none"
    assert app.views["Contacts"].total == wb.count_contacts()
    # The form now suggests the demo profile's industries.
    assert "Healthcare technology" in app.views["Contacts"].form.industry.options


def test_the_demo_leaves_in_one_step_and_keeps_your_own_contacts(wb):
    app = App(wb)
    app.start.demo.click()
    assert app.demo_banner.layout.display is None
    assert "made-up people" in app.demo_banner.text.value
    app._show("Prepare")
    app._show("Contacts")  # views that hold a made-up person
    wb.add_contact("Real Friend", organization="Acme")
    app.demo_banner.leave.click()
    assert "Your own 1 contact(s) stay" in app.demo_banner.text.value
    assert wb.has_demo() == 80  # asked first, nothing removed yet
    app.demo_banner.confirm.click()
    assert wb.has_demo() == 0 and wb.count_contacts(include_archived=True) == 1
    assert app.demo_banner.layout.display == "none"
    assert "80 made-up people removed" in app.notice.text
    assert list(app.views["Contacts"].rows["name"]) == ["Real Friend"]
    assert wb.targets().empty and wb.profile()["focus"] is None  # the demo's, not yours


def test_leaving_an_untouched_demo_brings_back_the_welcome(wb):
    app = App(wb)
    app.start.demo.click()
    app.demo_banner.leave.click()
    app.demo_banner.cancel.click()
    assert wb.has_demo() == 80 and app.demo_banner.leave.layout.display is None
    app.demo_banner.leave.click()
    app.demo_banner.confirm.click()
    assert app.welcome.layout.display is None and app.tabs.layout.display == "none"
    assert app.start.choices.layout.display is None  # fresh or demo again


def test_the_start_choice_in_a_notebook_offers_leaving_the_demo(wb):
    choice = StartChoice(wb)
    assert choice.leave_demo.layout.display == "none"
    choice.demo.click()
    assert choice.choices.layout.display == "none"
    assert choice.leave_demo.layout.display is None
    choice.leave_demo.leave.click()
    choice.leave_demo.confirm.click()
    assert wb.count_contacts(include_archived=True) == 0
    assert choice.choices.layout.display is None


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


def test_the_ask_tab_opens_the_profile_and_shows_organisations_saved_there(wb):
    app = App(wb)
    app.start.fresh.click()
    ask = app._show("Ask")
    assert ask.open_profile.layout.display is None  # no targets yet: offered in one click
    ask.open_profile.click()
    assert app.profile_toggle.value and app.profile_panel.layout.display is None
    app.profile.organizations.value = ["Sunfield Power"]
    app.profile.save.click()
    assert "Sunfield Power" in ask.targets_html.value  # the open tab shows it at once
    assert ask.open_profile.layout.display == "none"
