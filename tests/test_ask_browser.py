"""In the real app: compose an ask with "are you hiring", see the warning in place, fix it,
mark it sent, and see the two follow-ups with their business-day dates; add a target
organisation in your profile, find who could introduce you there and start a checked ask
to the person who works there."""

import pytest
from conftest import open_app, shot

import netkit
from netkit.business_days import add_business_days
from netkit.dates import today


@pytest.mark.browser
def test_an_ask_with_are_you_hiring_is_flagged_fixed_and_sent_with_3b7_follow_ups(
        start_app, page, tmp_path):
    path = tmp_path / "app.sqlite"
    with netkit.open_workbook(path) as wb:
        wb.set_profile(focus="Data analyst moving into product analytics", country="US",
                       target_industries=["Renewable energy"])
        wb.add_target_organization("Sunfield Power", "Renewable energy", 5)
        wb.add_target_organization("Medora Labs", "Healthcare technology", 3)
        wb.add_contact("Ana Abara", email="ana@example.org", how_known="former colleague",
                       organization="Sunfield Power", industry="Renewable energy", warmth=3)
        wb.add_contact("Ben <b>Becker</b>", organization="Medora Labs", warmth=1)
    server = start_app(path)
    open_app(page, server, "Ask")
    view = page.locator(".netkit-ask")
    assert view.get_by_text("Sunfield Power").first.is_visible()
    shot(page, "ask-top-1280")

    view.get_by_placeholder("Type a name, organisation or industry").fill("Abara")
    view.locator("select").first.select_option(
        label="Ana Abara — Sunfield Power · Renewable energy")
    view.get_by_role("button", name="Start from this template").click()
    box = view.locator("textarea")
    page.wait_for_function(
        "document.querySelector('.netkit-ask textarea').value.startsWith('Hi Ana')")
    box.press("End")
    box.type(" By the way, are you hiring?")
    warning = page.locator(".netkit-ask-mistake.netkit-error")
    warning.wait_for(state="visible")
    assert "are you hiring" in warning.inner_text()
    warning.scroll_into_view_if_needed()
    shot(page, "ask-mistake-1280")
    page.set_viewport_size({"width": 420, "height": 800})
    warning.scroll_into_view_if_needed()
    shot(page, "ask-mistake-420")
    page.set_viewport_size({"width": 1280, "height": 800})

    text = box.input_value().replace(" By the way, are you hiring?", "")
    box.fill(text)
    warning.wait_for(state="hidden")
    page.locator(".netkit-ask-ok").wait_for(state="visible")
    assert page.locator("a.netkit-mailto").get_attribute("href").startswith(
        "mailto:ana@example.org?subject=")
    assert "navigator.clipboard" in page.locator("button.netkit-copy").get_attribute("onclick")

    view.get_by_role("button", name="I sent it").click()
    second = add_business_days(today(), 3, "US")
    follow = add_business_days(today(), 7, "US")
    due = page.locator(".netkit-due")
    due.get_by_text(f"{second:%a %d %b}", exact=False).first.wait_for()
    assert f"{follow:%a %d %b}" in due.inner_text()
    assert "second person" in page.locator(".netkit-ask .netkit-ok").inner_text()
    assert page.locator(".netkit-asks .netkit-ask-status").first.inner_text() == "sent"
    due.scroll_into_view_if_needed()
    shot(page, "ask-sent-1280")
    page.set_viewport_size({"width": 420, "height": 800})
    due.scroll_into_view_if_needed()
    shot(page, "ask-sent-420")
    with netkit.open_workbook(path) as wb:
        assert sorted(wb.followups()["due_on"]) == [second, follow]


@pytest.mark.browser
def test_who_could_introduce_me_on_the_demo_network(start_app, page, tmp_path):

    path = tmp_path / "demo.sqlite"
    with netkit.open_workbook(path) as wb:
        wb.fill_demo(80, seed=7)
    server = start_app(path)
    open_app(page, server, "Ask")
    view = page.locator(".netkit-ask")
    view.get_by_placeholder("an industry or organisation").fill("Medora Labs")
    view.get_by_role("button", name="Find people").click()
    view.get_by_text("works at Medora Labs").first.wait_for()
    shot(page, "ask-who-1280")
    view.get_by_role("button", name="Write to them").first.click()
    page.wait_for_function(
        "document.querySelector('.netkit-ask textarea').value.includes('Medora Labs')")
    assert page.locator(".netkit-ask-mistake").count() == 0 or not page.locator(
        ".netkit-ask-mistake").is_visible()
    page.set_viewport_size({"width": 420, "height": 800})
    view.get_by_text("Who could introduce me?").scroll_into_view_if_needed()
    shot(page, "ask-who-420")


def _small_workbook(path):
    """As after a LinkedIn import: no industries; one contact at Sunfield Power, one close
    friend elsewhere, one acquaintance."""
    with netkit.open_workbook(path) as wb:
        wb.set_profile(name="Sam Rivera", focus="Data analyst moving into product analytics",
                       target_industries=["Healthcare technology"])
        wb.add_contact("Cleo Cruz", organization="Northway Freight", title="Logistics lead",
                       warmth=3, how_known="old friend from school")
        wb.add_contact("Ana Abara", organization="Sunfield Power", title="Grid analyst",
                       email="ana@example.org", connected_on="2021-05-03", source="linkedin")
        wb.add_contact("Ben Becker", organization="Quillstone", source="linkedin")
        wb.set_setting("started", "fresh")


@pytest.mark.browser
# Light is walked by the first-hour test; every text in both themes by the contrast test.
@pytest.mark.parametrize("theme", ["dark"])
def test_a_target_organisation_added_in_the_profile_leads_to_a_checked_ask_there(
        start_app, page, tmp_path, theme):
    path = tmp_path / "app.sqlite"
    _small_workbook(path)
    server = start_app(path, "--theme", theme)
    open_app(page, server, "Ask")
    empty = page.locator(".netkit-ask .netkit-targets-empty")
    assert "Organisations you want to work for" in empty.inner_text()
    shot(page, f"targets-ask-empty-1280-{theme}")
    page.get_by_role("tab", name="Dashboard").click()

    # Your profile: type the organisation, press Enter, save.
    page.get_by_role("button", name="Your profile").click()
    profile = page.locator(".netkit-profile-panel .netkit-profile")
    field = profile.locator(".netkit-field-organizations input")
    field.wait_for(state="visible")
    assert "Organisations you want to work for" in profile.inner_text()
    field.fill("Sunfield Power")
    field.press("Enter")
    profile.locator(".netkit-field-organizations").get_by_text("Sunfield Power").wait_for()
    profile.get_by_role("button", name="Save profile").click()
    profile.get_by_text("Profile saved").wait_for()
    profile.scroll_into_view_if_needed()
    shot(page, f"targets-profile-1280-{theme}")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"targets-profile-390-{theme}")
    page.set_viewport_size({"width": 1280, "height": 800})
    with netkit.open_workbook(path) as wb:
        assert list(wb.target_organizations()["name"]) == ["Sunfield Power"]
    page.get_by_role("button", name="Your profile").click()  # fold the profile away

    # The Ask tab: where to start shows it; who could introduce me ranks Ana first.
    page.get_by_role("tab", name="Ask").click()
    view = page.locator(".netkit-ask")
    view.locator(".netkit-targets").get_by_text("Sunfield Power").wait_for()
    view.get_by_placeholder("an industry or organisation").fill("Sunfield Power")
    view.get_by_role("button", name="Find people").click()
    view.get_by_text("works at Sunfield Power").first.wait_for()
    people = view.locator("b", has_text="Ana Abara").or_(view.locator("b", has_text="Cleo"))
    assert people.first.inner_text() == "Ana Abara"  # the person who works there, first
    assert "knows people in many fields" in view.inner_text()  # the close friend, after
    view.get_by_role("button", name="Write to them").first.click()
    page.wait_for_function(
        "document.querySelector('.netkit-ask textarea').value.includes('Sunfield Power')")
    text = view.locator("textarea").input_value()
    assert text.startswith("Hi Ana,"), text
    assert "sunfield" not in text.replace("Sunfield Power", "").lower(), text
    assert "far better" not in text, text
    page.locator(".netkit-ask-ok").wait_for(state="visible")  # the check: looks good
    assert not page.locator(".netkit-ask-mistake").is_visible()
    active = view.locator(".widget-toggle-buttons button.mod-active")
    assert active.first.inner_text().strip() == "organisation"  # "Ask about"
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        view.get_by_text("Who could introduce me?").scroll_into_view_if_needed()
        shot(page, f"targets-ask-{width}-{theme}")
        page.locator(".netkit-ask-ok").scroll_into_view_if_needed()
        shot(page, f"targets-draft-{width}-{theme}")
