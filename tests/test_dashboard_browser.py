"""The Dashboard in a real Chromium, at demo scale: the charts render, a planted overdue
item stands at the top of Today, and its button opens the right form; on a phone and in
the dark theme too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta

import pytest
from conftest import ROOT, free_port, netkit_env, open_app, shot

import netkit
from netkit.dates import today


def _plant(path):
    with netkit.open_workbook(path) as wb:
        wb.fill_demo(80)
        wb.set_setting("started", "demo")
        ana = wb.add_contact("Planted Person", email="planted@example.org")
        return wb.schedule_conversation(ana, today() - timedelta(days=3), place="Café")


@pytest.mark.browser
def test_the_dashboard_shows_today_and_every_chart(start_app, browser, tmp_path):
    workbook = tmp_path / "demo.sqlite"
    planted = _plant(workbook)
    server = start_app(workbook)
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.set_default_timeout(60_000)
        open_app(page, server)
        dashboard = page.locator(".netkit-dashboard")
        for chart in (".netkit-funnel svg", ".netkit-activity svg", ".netkit-yield svg"):
            dashboard.locator(chart).wait_for(state="attached")
        first = dashboard.locator(".netkit-today-item").first
        assert "Log how your conversation with Planted Person went" in first.inner_text()
        assert "3 days late" in first.inner_text()
        assert dashboard.locator(".netkit-level").count() >= 5  # the tree, by generation
        # Who to ask next comes once the page has its widgets (not while it loads).
        dashboard.locator(".netkit-dashboard-view.netkit-ready").wait_for(state="attached")
        more = dashboard.locator(".netkit-today-more")
        if more.count():
            more.click()
        dashboard.locator(".netkit-today-ask-next").first.wait_for(state="attached")
        # what waits shows as a badge beside the tab titles, which keep their names
        tab = page.get_by_role("tab", name="Dashboard", exact=True)
        assert "svg" in tab.evaluate("t => getComputedStyle(t).backgroundImage")
        assert page.get_by_role("tab", name="Log", exact=True).count() == 1
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{overflow}px wider than the {width}px screen"
        shot(page, f"dashboard_{width}")
        if width == 1280:
            dashboard.locator(".netkit-node").first.click()
            dashboard.locator(".netkit-branch").get_by_text("introduced you to").wait_for()
            first.get_by_role("button", name="Log it").click()
            page.locator(".netkit-log").wait_for(state="visible")
            page.wait_for_function(
                "document.querySelector('.netkit-log-conversation select')"
                ".value.startsWith('Planted Person')")
        context.close()
    with netkit.open_workbook(workbook) as wb:
        assert wb.conversation(planted)["status"] == "scheduled"  # only opened, not logged


@pytest.mark.browser
def test_the_dark_theme_keeps_every_chart_and_line_readable(browser, tmp_path):
    workbook = tmp_path / "dark.sqlite"
    _plant(workbook)
    port = free_port()
    log = open(tmp_path / "dark.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "netkit", "up", "--port", str(port),
                             "--no-browser", "--theme", "dark"], cwd=ROOT,
                            env=netkit_env(workbook), stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "voila/static/", timeout=2)
            except urllib.error.HTTPError:
                break
            except OSError:
                time.sleep(0.3)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.set_default_timeout(60_000)
        page.goto(url)
        page.wait_for_selector(".netkit-dashboard .netkit-funnel svg", timeout=90_000)
        assert page.evaluate("document.body.getAttribute('data-jp-theme-light')") == "false"
        # Text in the charts takes the page's light colour; lines are not black on black.
        fill = page.evaluate("getComputedStyle(document.querySelector("
                             "'.netkit-funnel svg text')).fill")
        assert _luminance(fill) > 0.5, fill
        text = page.evaluate("getComputedStyle(document.querySelector("
                             "'.netkit-today-what')).color")
        assert _luminance(text) > 0.5, text
        shot(page, "dashboard_dark_1280")
        page.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
        log.close()


def _luminance(css: str) -> float:
    """Relative luminance (0 black … 1 white) of an rgb(...) colour."""
    parts = [float(p) for p in css[css.index("(") + 1:css.index(")")].split(",")[:3]]

    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(p) for p in parts)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


