"""The real app in a real Chromium: add a contact, reload, open a second tab, see bad input."""

from __future__ import annotations

import pytest
from conftest import open_app, shot


def _field(page, name: str):
    return page.locator(f".netkit-field-{name} input, .netkit-field-{name} textarea").first


def _save(page):
    page.locator(".netkit-contacts .netkit-save").click()


@pytest.mark.browser
def test_a_contact_added_in_the_app_survives_a_reload_and_shows_in_a_second_tab(
    start_app, page, browser
):
    server = start_app()
    open_app(page, server)
    page.locator(".netkit-welcome").wait_for()
    page.get_by_text("Saved as you go").wait_for()
    shot(page, "app_welcome_1280")
    page.locator(".netkit-start-fresh").click()
    page.locator(".netkit-contacts").wait_for(state="visible")

    _field(page, "name").fill("Ana Becker")
    _field(page, "email").fill("ana@example.org")
    _field(page, "organization").fill("Brightwell Health")
    tags = page.locator(".netkit-field-tags input").first
    tags.fill("mentor")
    tags.press("Enter")
    _save(page)
    page.get_by_text("Added Ana Becker.").wait_for()
    page.locator(".netkit-contacts .netkit-row-name", has_text="Ana Becker").wait_for()
    shot(page, "contact_added_1280")

    # Bad input: shown in place, nothing written.
    page.locator(".netkit-new").click()
    _field(page, "name").fill("Ben Dahl")
    _field(page, "email").fill("ben-at-example")
    _save(page)
    error = page.locator(".netkit-contacts .netkit-error")
    error.wait_for()
    assert "not an e-mail address" in error.inner_text()
    shot(page, "contact_bad_email_1280")

    page.reload()
    open_app(page, server, "Contacts")
    row = page.locator(".netkit-contacts .netkit-row-name", has_text="Ana Becker")
    row.wait_for()
    assert page.locator(".netkit-contacts .netkit-row-name", has_text="Ben Dahl").count() == 0
    page.locator(".netkit-welcome").wait_for(state="hidden")
    row.click()
    page.wait_for_function(
        "document.querySelector('.netkit-field-organization input').value === 'Brightwell Health'")
    assert page.locator(".netkit-field-tags").inner_text().strip().startswith("mentor")

    second = page.context.new_page()
    open_app(second, server, "Contacts")
    second.locator(".netkit-contacts .netkit-row-name", has_text="Ana Becker").wait_for()
    second.close()


@pytest.mark.browser
def test_the_demo_network_reads_well_on_a_laptop_and_a_phone(start_app, browser, tmp_path):
    import netkit

    workbook = tmp_path / "demo.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.fill_demo(80)
    server = start_app(workbook)
    for width in (1280, 420):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.set_default_timeout(60_000)
        open_app(page, server, "Contacts")
        page.locator(".netkit-contacts .netkit-row-name").first.wait_for()
        assert "of 80" in page.locator(".netkit-page-summary").inner_text()
        # No sideways scrolling on a phone.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{overflow}px wider than the {width}px screen"
        shot(page, f"contacts_demo_{width}")
        page.locator(".netkit-search input").fill("garcia")
        page.wait_for_function(
            "!document.querySelector('.netkit-page-summary').innerText.includes('of 80')")
        page.locator(".netkit-contacts .netkit-row-name").first.click()
        page.locator(".netkit-form-title", has_text="Editing").wait_for()
        shot(page, f"contacts_search_edit_{width}")
        if width < 640:
            page.locator(".netkit-close-form").click()
            page.locator(".netkit-form-column").wait_for(state="hidden")
            page.locator(".netkit-new").click()
            page.locator(".netkit-form-title", has_text="Add a contact").wait_for()
            shot(page, f"contacts_add_{width}")
        context.close()


@pytest.mark.browser
def test_a_new_user_can_load_the_demo_from_the_welcome(start_app, page):
    server = start_app()
    open_app(page, server)
    page.locator(".netkit-load-demo").click()
    page.locator(".netkit-app-note").get_by_text("They are invented people").wait_for()
    page.get_by_role("tab", name="Contacts").click()
    page.wait_for_function("document.querySelector('.netkit-contacts .netkit-page-summary')"
                           "?.innerText.includes('of 80')")
    page.locator(".netkit-welcome").wait_for(state="hidden")
    page.get_by_role("button", name="Your profile").wait_for()
    shot(page, "demo_loaded_1280")
