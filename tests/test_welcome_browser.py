"""The first screen in a real Chromium: the welcome alone, one button to start, a note
that goes away, and a demo that leaves in one step."""

from __future__ import annotations

import pytest
from conftest import open_app, shot


@pytest.mark.browser
def test_the_welcome_stands_alone_and_one_click_saves_and_starts(start_app, browser):
    server = start_app()
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.set_default_timeout(60_000)
        open_app(page, server)
        page.locator(".netkit-welcome").wait_for()
        # Nothing of the app under the welcome, and no raw file path in the header.
        assert page.locator(".netkit-app .widget-tab").first.is_hidden()
        assert ".sqlite" not in page.locator(".netkit-header").inner_text()
        assert page.locator(".netkit-save-profile").is_hidden()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{overflow}px wider than the {width}px screen"
        shot(page, f"welcome_{width}")
        context.close()

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_default_timeout(60_000)
    open_app(page, server)
    page.locator(".netkit-welcome textarea").first.fill("Nurse moving into clinical informatics")
    page.locator(".netkit-start-fresh").click()
    note = page.locator(".netkit-app-note")
    note.get_by_text("Your workbook is ready").wait_for()
    page.locator(".netkit-welcome").wait_for(state="hidden")
    page.locator(".netkit-contacts").wait_for(state="visible")  # the next step is open
    shot(page, "welcome_started_1280")
    page.locator(".netkit-dismiss").click()
    note.wait_for(state="hidden")
    page.reload()
    open_app(page, server)
    page.locator(".netkit-app .widget-tab").first.wait_for(state="visible")
    assert page.locator(".netkit-welcome").is_hidden()
    page.close()
    import netkit

    with netkit.open_workbook(server.workbook) as wb:
        assert wb.profile()["focus"] == "Nurse moving into clinical informatics"


@pytest.mark.browser
def test_the_demo_leaves_in_one_step_from_the_app(start_app, page):
    server = start_app()
    open_app(page, server)
    page.locator(".netkit-load-demo").click()
    banner = page.locator(".netkit-app-demo")
    banner.get_by_text("80 made-up people").wait_for()
    shot(page, "demo_banner_1280")
    banner.locator(".netkit-leave-demo").click()
    banner.locator(".netkit-leave-demo-confirm").click()
    page.locator(".netkit-welcome").wait_for()  # an empty workbook again: back to the start
    banner.wait_for(state="hidden")
    import netkit

    with netkit.open_workbook(server.workbook) as wb:
        assert wb.count_contacts(include_archived=True) == 0 and wb.has_demo() == 0
