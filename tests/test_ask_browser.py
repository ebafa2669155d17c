"""In the real app: compose an ask with "are you hiring", see the warning in place, fix it,
mark it sent, and see the two follow-ups with their business-day dates."""

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
