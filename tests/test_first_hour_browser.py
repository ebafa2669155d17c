"""The first hour, as a new user meets it: from the first screen, with a LinkedIn export, to
a drafted and checked ask for a named target organisation, to the right person — counted
action by action (the issue's bar: at most 10)."""

from __future__ import annotations

import contact_files as cf
import pytest
from conftest import open_app, shot
from playwright.sync_api import expect
from test_transfer_browser import upload

import netkit

MOST_ACTIONS = 10


class Actions:
    """Every click, keystroke-run or file choice the user makes, counted."""

    def __init__(self):
        self.done: list[str] = []

    def __call__(self, what: str) -> None:
        self.done.append(what)


@pytest.mark.browser
def test_a_new_user_reaches_a_checked_ask_for_a_target_organisation_in_ten_actions(
        start_app, page, tmp_path):
    export = cf.write(tmp_path, "Connections.csv", cf.linkedin(3, people=cf.COLLEAGUES))
    server = start_app()
    act = Actions()
    open_app(page, server)
    welcome = page.locator(".netkit-welcome")
    welcome.wait_for()

    welcome.locator(".netkit-profile textarea").first.fill(
        "Data analyst moving into energy analytics")
    act("type what I do")
    organisations = welcome.locator(".netkit-field-organizations input")
    organisations.fill("Sunfield Power")
    act("type a target organisation")
    organisations.press("Enter")
    act("press Enter")
    page.locator(".netkit-start-fresh").click()
    act("save and start")

    page.locator(".netkit-contacts").wait_for(state="visible")  # the next step opens itself
    upload(page, ".netkit-import .jupyter-widgets.widget-upload", export)
    act("choose the LinkedIn export")
    page.locator(".netkit-preview").get_by_text("6 new").wait_for()
    page.locator(".netkit-confirm-import button, button.netkit-confirm-import").first.click()
    act("import")
    page.locator(".netkit-contacts-notice.netkit-ok").get_by_text("6 added").wait_for()

    page.get_by_role("tab", name="Ask").click()
    act("open the Ask tab")
    view = page.locator(".netkit-ask")
    view.locator(".netkit-targets").get_by_text("Sunfield Power").wait_for()
    view.get_by_role("button", name="Find people").click()  # the target is already filled in
    act("find who could introduce me")
    view.get_by_text("works at Sunfield Power").first.wait_for()
    view.get_by_role("button", name="Write to them").first.click()
    act("write to the first")

    page.wait_for_function(
        "document.querySelector('.netkit-ask textarea').value.includes('Sunfield Power')")
    text = view.locator("textarea").input_value()
    assert text.split(",")[0] in ("Hi Sol", "Hi Tor"), text  # someone who works there
    page.locator(".netkit-ask-ok").wait_for(state="visible")  # checked: no job ask in it
    assert not page.locator(".netkit-ask-mistake").is_visible()
    expect(page.get_by_role("button", name="I sent it")).to_be_enabled()  # ready to send
    # The drafted ask is brought into view, with its check beside it.
    assert page.evaluate("""() => {
        const box = document.querySelector('.netkit-ask textarea').getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
    }""")
    shot(page, "first-hour-ask-1280")
    assert len(act.done) <= MOST_ACTIONS, act.done

    with netkit.open_workbook(server.workbook) as wb:
        assert list(wb.target_organizations()["name"]) == ["Sunfield Power"]
        assert wb.profile()["focus"] == "Data analyst moving into energy analytics"
        assert wb.count_contacts() == 6
