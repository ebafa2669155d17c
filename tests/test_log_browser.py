"""The Log tab in a real Chromium: three names from one conversation, one of them already
known and confirmed in the form; then a meeting with one of the new people brings the
report-back."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest
from conftest import open_app, shot

import netkit
from netkit.dates import today
from netkit.errors import NetkitWarning


def _prepare(path):
    with netkit.open_workbook(path) as wb, warnings.catch_warnings():
        warnings.simplefilter("ignore", NetkitWarning)
        wb.set_setting("started", "fresh")
        ana = wb.add_contact("Ana Silva", organization="Medora Labs", email="ana@medora.example",
                             title="Data Lead")
        root = wb.add_contact("Rosa Reyes")
        olga = wb.add_contact("Olga Orlova", introduced_by=root, email="olga@example.org")
        planned = wb.schedule_conversation(olga, today() - timedelta(days=1), place="Video")
        return ana, olga, planned, wb.contact(ana)


def _row(page, number: int):
    return page.locator(".netkit-log .netkit-name-row").nth(number)


def _fill(row, name, organization="", reach=""):
    row.locator(".netkit-name-name input").fill(name)
    if organization:
        row.locator(".netkit-name-organization input").fill(organization)
    if reach:
        row.locator(".netkit-name-reach input").fill(reach)


@pytest.mark.browser
def test_three_names_one_known_then_a_meeting_brings_the_report_back(start_app, browser,
                                                                      tmp_path):
    workbook = tmp_path / "log.sqlite"
    ana, olga, planned, ana_before = _prepare(workbook)
    server = start_app(workbook)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(60_000)
    open_app(page, server, "Log")
    log = page.locator(".netkit-log")
    choose = log.locator(".netkit-log-conversation select")
    choose.locator("option", has_text="Olga Orlova").wait_for(state="attached")
    values = choose.locator("option").evaluate_all("options => options.map(o => o.value)")
    choose.select_option(value=next(v for v in values if v.startswith("Olga Orlova")))
    log.get_by_role("button", name="Yes, I asked who else").click()
    _fill(_row(page, 0), "Ben Becker", "Sunfield Power", "ben@example.org")
    _row(page, 0).get_by_text("They offered to introduce me").click()
    log.locator(".netkit-add-name").click()
    _fill(_row(page, 1), "ana silva", "Medora Labs")
    match = _row(page, 1).locator(".netkit-match")
    match.get_by_text("Already in your workbook").wait_for()
    match.get_by_role("button", name="Yes, the same person").click()
    log.locator(".netkit-add-name").click()
    _fill(_row(page, 2), "Chiara Castillo", "Northwind Grid", "chiara@example.org")
    shot(page, "log_three_names_1280")
    log.locator(".netkit-save-log").click()
    page.get_by_text("Saved your conversation with Olga Orlova and the 3 name(s)").wait_for()
    log.locator(".netkit-drafts").get_by_text("Write to Chiara Castillo").wait_for()
    assert log.locator(".netkit-drafts a.netkit-mailto").count() >= 2
    log.locator(".netkit-given-row", has_text="Chiara Castillo").wait_for()
    shot(page, "log_saved_1280")

    with netkit.open_workbook(workbook) as wb:
        frame = wb.contacts().set_index("name")
        depth = int(frame.loc["Olga Orlova", "chain_depth"])
        for name in ("Ben Becker", "Chiara Castillo"):
            assert frame.loc[name, "introduced_by"] == olga
            assert frame.loc[name, "chain_depth"] == depth + 1
        assert len(frame) == 5  # Ana was linked, not doubled
        after = wb.contact(ana)
        assert {k: after[k] for k in ("name", "organization", "email", "title", "introduced_by")} \
            == {k: ana_before[k] for k in ("name", "organization", "email", "title",
                                           "introduced_by")}
        due = {row.kind: row.due_on for row in wb.followups().itertuples()
               if row.contact_id == olga}
        assert due["thank you"] <= today() + timedelta(days=1)
        assert "check back" in due  # Ben's introduction is promised

    # Later: a conversation with Chiara, who was never planned here.
    page.reload()
    open_app(page, server, "Log")
    log = page.locator(".netkit-log")
    log.locator(".netkit-log-conversation select").select_option(
        value="A conversation I did not plan here")
    log.locator("input[placeholder='Type a name']").fill("Chiara")
    person = log.locator(".netkit-log-person select")
    page.wait_for_function(
        "[...document.querySelectorAll('.netkit-log-person option')]"
        ".some(o => o.value.startsWith('Chiara Castillo'))")
    person.select_option(index=0)
    log.get_by_role("button", name="Yes, I asked who else").click()
    log.locator(".netkit-save-log").click()
    page.get_by_text("Saved your conversation with Chiara Castillo").wait_for()
    open_app(page, server, "Ask")
    page.locator(".netkit-due").get_by_text(
        "Tell Olga how it went with the person they introduced").wait_for()
    shot(page, "log_report_back_prompt_1280")
    context.close()

    phone = browser.new_context(viewport={"width": 390, "height": 844})
    small = phone.new_page()
    small.set_default_timeout(60_000)
    open_app(small, server, "Log")
    small.locator(".netkit-log .netkit-given-row").first.wait_for()
    overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{overflow}px wider than a 390px phone"
    shot(small, "log_390")
    phone.close()
