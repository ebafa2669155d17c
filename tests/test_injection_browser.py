"""Hostile text from imported files (names, organisations, notes, messages, questions) is
shown as text on every tab of the app in Chromium: no script runs, no markup is made, and
no link becomes ``javascript:``."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest
from conftest import open_app, shot

import netkit
from netkit.dates import today

# Each payload sets window.__pwned (or opens a dialog) if it ever runs.
PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
    "'><iframe src=\"javascript:window.parent.__pwned=4\"></iframe>",
    "<a href=\"javascript:window.__pwned=5\">click</a>",
    "{{constructor.constructor('window.__pwned=6')()}}",
    "<style>body{display:none}</style>",
    "javascript:alert(7)",
    "<b onmouseover=window.__pwned=8>hover</b>",
    "&lt;escaped&gt; &amp; <math><mtext><img src=x onerror=window.__pwned=9>",
]


def _hostile_workbook(path):
    with netkit.open_workbook(path) as wb, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb.set_setting("started", "fresh")
        wb.set_profile(name=PAYLOADS[0], focus=PAYLOADS[1])
        root = wb.add_contact(PAYLOADS[0], organization=PAYLOADS[1], title=PAYLOADS[2],
                              industry=PAYLOADS[3], notes=PAYLOADS[4], tags=[PAYLOADS[8]],
                              email="ana+x@example.org",
                              profile_url='https://www.linkedin.com/in/a"onmouseover="x')
        other = wb.add_contact(PAYLOADS[5], organization=PAYLOADS[6], location=PAYLOADS[7],
                               introduced_by=root, how_known=PAYLOADS[9])
        wb.record_ask(root, PAYLOADS[2] + " Could you introduce me to someone?",
                      sent_at=today() - timedelta(days=9), target_organization=PAYLOADS[4])
        planned = wb.schedule_conversation(other, today() - timedelta(days=1), place=PAYLOADS[3])
        wb.log_conversation(root, today() - timedelta(days=3), True, notes=PAYLOADS[9],
                            names=[{"name": PAYLOADS[1] + " Named", "organization": PAYLOADS[0],
                                    "notes": PAYLOADS[2]}])
        wb.add_question(PAYLOADS[4] + " What changed?", "trends")
        wb.add_target_organization(PAYLOADS[0] + " Corp", industry=PAYLOADS[1])
        wb.add_note(other, PAYLOADS[8])
        return planned


@pytest.mark.browser
def test_hostile_text_is_shown_as_text_on_every_tab(start_app, page, tmp_path):
    path = tmp_path / "hostile.sqlite"
    _hostile_workbook(path)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    server = start_app(path)
    open_app(page, server)
    seen = ""
    for tab in ("Dashboard", "Contacts", "Ask", "Prepare", "Log"):
        page.get_by_role("tab", name=tab).click()
        content = page.locator(f".netkit-{tab.lower()}")
        content.wait_for(state="visible")
        page.wait_for_timeout(1500)  # deferred parts (charts, the tree) arrive
        seen += content.inner_text()
        if tab == "Contacts":  # the person page, with the notes and the timeline
            page.locator(".netkit-contacts .netkit-row-name").first.click()
            page.wait_for_timeout(800)
            seen += content.inner_text()
        shot(page, f"hostile_{tab.lower()}")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # The text is there, as typed: the markup is visible, not obeyed.
    assert '<img src=x onerror="window.__pwned=1">' in seen
    assert "<script>window.__pwned=2</script>" in seen
    # No element was made from the payloads, and no link runs script.
    made = page.evaluate("""() => [...document.querySelectorAll(
        '.netkit-app iframe, .netkit-app script, .netkit-app img[src="x"], .netkit-app svg[onload],'
        + ' .netkit-app [onerror], .netkit-app [onmouseover], .netkit-app style')]
        .filter(e => !e.closest('.netkit-style')).map(e => e.outerHTML.slice(0, 80))""")
    assert made == []
    links = page.evaluate("[...document.querySelectorAll('a[href]')]"
                          ".map(a => [a.href, a.hasAttribute('download')])")
    hrefs = [href for href, download in links if not download]
    assert hrefs, "the app shows links (mailto:, profiles); the check must see them"
    assert any(h.startswith("mailto:ana%2Bx@example.org") for h in hrefs), hrefs
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs), hrefs
    # files to download (the printable sheet, calendar files) are downloads, never pages
    assert all(href.startswith("data:") for href, download in links if download)
    sheets = [href for href, download in links if download and "text/html" in href]
    for sheet in sheets:
        import base64

        html = base64.b64decode(sheet.split(",", 1)[1]).decode()
        for tag in ("<img src=x", "<script>window", "<svg onload", "<iframe", "<b onmouseover"):
            assert tag not in html, tag
