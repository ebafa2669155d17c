"""The Contacts tab in a real Chromium: the list is the first thing you see."""

from __future__ import annotations

import pytest
from conftest import open_app, shot

import netkit


@pytest.mark.browser
# The layout is the same in both themes (their colours: the contrast test).
@pytest.mark.parametrize("theme", ["light"])
def test_the_first_demo_contacts_show_without_scrolling_on_a_laptop_and_a_phone(
        start_app, browser, tmp_path, theme):
    workbook = tmp_path / "demo.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.fill_demo(80)
    server = start_app(workbook, *(("--theme", "dark") if theme == "dark" else ()))
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.set_default_timeout(60_000)
        open_app(page, server, "Contacts")
        first = page.locator(".netkit-contacts .netkit-row-name").first
        first.wait_for()
        box = first.bounding_box()
        assert box is not None
        assert 0 <= box["y"] and box["y"] + box["height"] <= height, (width, box)
        assert 0 <= box["x"] < width
        # Nothing but the search and a few buttons above it: no form, no import panel.
        assert not page.locator(".netkit-form-column").is_visible()
        assert not page.locator(".netkit-transfer").is_visible()
        page.screenshot(path=str(shot(page, f"contacts-first-{theme}-{width}")))
        context.close()
