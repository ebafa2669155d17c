"""The Prepare tab in the real app, in a real Chromium."""

import re

import pytest
from conftest import open_app, shot

import netkit

WHO_ELSE = "Who else do you think I should talk to?"
MENTION = "May I mention your name when I reach out to them?"


def _shot(page, name):
    """The whole Prepare tab (Voilà scrolls inside its own container), plus the viewport."""
    size = page.viewport_size
    shot(page, name)
    page.set_viewport_size({"width": size["width"], "height": 3200})
    page.wait_for_timeout(300)
    shot(page, f"{name}-tab")
    page.set_viewport_size(size)


def _unclipped_length_buttons(page):
    """The length buttons' labels, each asserted to fit inside its button."""
    buttons = page.locator(".netkit-prepare .netkit-length button")
    buttons.first.wait_for()
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('.netkit-prepare .netkit-length button')]
            .map(b => [b.innerText.trim(), b.scrollWidth, b.clientWidth,
                       b.getBoundingClientRect().right, innerWidth])"""
    )
    for text, scroll, client, right, width in sizes:
        assert scroll <= client, f"“{text}” is cut off ({scroll} > {client} px)"
        assert right <= width, f"“{text}” runs off a {width} px screen"
    return [text for text, *_ in sizes]


def _script_texts(page):
    items = page.locator(".netkit-prepare .netkit-script-item")
    return [
        re.sub(r"^\d+\.\s*", "",
               items.nth(i).locator(".netkit-item-text").inner_text()).strip()
        for i in range(items.count())
    ]


@pytest.mark.browser
@pytest.mark.slow
def test_a_job_seeker_scripts_a_conversation_and_downloads_a_sheet_ending_with_who_else(
    start_app, page, tmp_path
):
    path = tmp_path / "demo.sqlite"
    with netkit.open_workbook(path) as wb:
        wb.fill_demo(80, seed=7)
        people = wb.contacts()
        contact = people.query("introduced_by.notna()").iloc[0]
        introducer = people.set_index("id").loc[int(contact["introduced_by"]), "name"]
    server = start_app(path)
    open_app(page, server, "Prepare")
    prepare = page.locator(".netkit-prepare")

    prepare.get_by_placeholder("Type a name or organisation…").fill(contact["name"])
    people = prepare.locator(".netkit-people select")
    # wait until the list shows the search result, not the first page before it
    page.wait_for_function(
        """(name) => {
            const options = [...document.querySelectorAll('.netkit-people option')];
            return options.length > 0 &&
                options.every(o => o.textContent.replace(/\u00a0/g, ' ').includes(name));
        }""",
        arg=contact["name"],
    )
    option = people.locator("option", has_text=contact["name"]).first
    people.select_option(label=option.inner_text())
    page.get_by_role("button", name="Plan this conversation").click()
    page.get_by_text("Planned. Now prepare").wait_for()
    page.get_by_role("button", name="Start from the suggested questions").click()
    page.locator(".netkit-script-item").nth(8).wait_for()
    _shot(page, "prepare-script-1280")
    assert _unclipped_length_buttons(page) == ["20 minutes", "30 minutes"]
    count = len(_script_texts(page))
    assert f"How do you know {introducer}?" in _script_texts(page)
    estimate = prepare.locator(".netkit-estimate").inner_text()
    assert "Too long" not in estimate and "of your 20 minutes" in estimate

    first, second = _script_texts(page)[:2]
    # move the second question up
    page.locator(".netkit-script-item").nth(1).locator("button").nth(0).click()
    page.wait_for_function(
        "([t]) => document.querySelector('.netkit-script-item').innerText.includes(t)",
        arg=[second[:30]],
    )
    # remove the (new) first question
    page.locator(".netkit-script-item").nth(0).locator("button").nth(2).click()
    page.wait_for_function(
        "(n) => document.querySelectorAll('.netkit-script-item').length === n", arg=count - 1)
    texts = _script_texts(page)
    assert texts[0] == first and second not in texts
    assert texts[-2:] == [WHO_ELSE, MENTION]

    # removing a closing question asks first; keep it
    page.locator(".netkit-closing").first.locator("button").nth(2).click()
    page.get_by_role("button", name="Keep it").click()
    assert len(_script_texts(page)) == count - 1

    # a question of my own, under the category I choose; it still fits the 20 minutes
    prepare.get_by_placeholder(re.compile("Or write your own question")).fill(
        "Who taught you the most about {organization}?")
    prepare.locator(".netkit-own-category select").select_option(label="Their path")
    page.get_by_role("button", name="Add my own question").click()
    mine = f"Who taught you the most about {contact['organization']}?"
    item = prepare.locator(".netkit-script-item", has_text=mine)
    item.wait_for()
    assert item.locator("small").inner_text().startswith("Their path ·")
    assert "Too long" not in prepare.locator(".netkit-estimate").inner_text()
    texts = _script_texts(page)

    with page.expect_download() as info:
        page.locator(".netkit-download-html").click()
    download = info.value
    assert download.suggested_filename.endswith(".html")
    html = open(download.path(), encoding="utf-8").read()
    questions = [
        re.sub(r"<[^>]+>", "", q) for q in re.findall(r'<div class="question">(.*?)</div>', html)
    ]
    assert questions[-2:] == [WHO_ELSE, MENTION.replace("'", "&#x27;")]
    assert second not in html
    assert re.search(rf'<div class="category">Their path</div>\s*<div class="question">{mine}',
                     html)
    assert "Too long" not in html
    _shot(page, "prepare-after-1280")

    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    sheet = page.context.new_page()
    sheet.goto(saved.as_uri())
    shot(sheet, "prepare-sheet")
    sheet.close()

    # the script survives a reload (a new kernel reads it back from the workbook)
    open_app(page, server, "Prepare")
    upcoming = page.locator(".netkit-prepare select").first
    upcoming.select_option(label=upcoming.locator("option", has_text=contact["name"]).inner_text())
    page.locator(".netkit-script-item").nth(len(texts) - 1).wait_for()
    assert _script_texts(page) == texts

    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    prepare.locator(".netkit-length").scroll_into_view_if_needed()
    _shot(page, "prepare-script-390")
    assert _unclipped_length_buttons(page) == ["20 minutes", "30 minutes"]
