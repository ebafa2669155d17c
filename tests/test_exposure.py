"""``netkit up`` keeps to this machine: a foreign Host is refused (no DNS rebinding), the
page fetches nothing from off the machine, and a closed page leaves no kernel behind."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request

import pytest
from conftest import open_app


def _status(url: str, host: str, path: str = "/") -> int:
    request = urllib.request.Request(url.rstrip("/") + path, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _kernels(server) -> int:
    """How many kernels this server runs (processes under it)."""
    rows = [line.split(None, 2) for line in subprocess.run(
        ["ps", "-eo", "pid,ppid,args"], capture_output=True, text=True).stdout.splitlines()[1:]]
    parent = {int(pid): int(ppid) for pid, ppid, _ in rows}

    def under(pid: int) -> bool:
        while pid > 1:
            if pid == server.proc.pid:
                return True
            pid = parent.get(pid, 1)
        return False

    return sum(1 for pid, _, args in rows if "ipykernel_launcher" in args and under(int(pid)))


@pytest.mark.browser
def test_a_foreign_host_is_refused_everywhere_and_the_local_names_answer(start_app):
    server = start_app()
    port = server.port
    assert _status(server.url, f"127.0.0.1:{port}") == 200
    assert _status(server.url, f"localhost:{port}") == 200
    # Pages and the API refuse it (static files, the same for everyone, are not guarded).
    for path in ("/", "/api/kernels", "/api/sessions"):
        assert _status(server.url, f"rebind.evil.example:{port}", path) == 403, path


@pytest.mark.browser
def test_the_app_fetches_nothing_from_off_the_machine(start_app, page):
    off_machine: list[str] = []

    def only_local(route):
        if route.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:")):
            route.continue_()
        else:
            off_machine.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    server = start_app()
    open_app(page, server)
    for tab in ("Contacts", "Ask", "Prepare", "Log", "Dashboard"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_selector(f".netkit-{tab.lower()}", state="visible")
    assert off_machine == []
    # The icons come from the font Voilà ships, not from a CDN.
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded')"
                           ".map(f => f.family)")
    assert any("Font Awesome" in family for family in loaded), loaded


@pytest.mark.browser
@pytest.mark.slow
def test_ten_closed_pages_leave_at_most_one_kernel(start_app, browser, monkeypatch):
    monkeypatch.setenv("NETKIT_CULL_SECONDS", "10")  # the real app waits a minute
    server = start_app()
    peak = 0
    for number in range(10):
        page = browser.new_page()
        if number < 2:
            open_app(page, server)  # a page used, then closed
        else:
            page.goto(server.url, wait_until="commit")  # a reload, a closed tab
        page.close()
        peak = max(peak, _kernels(server))
    urllib.request.urlopen(server.url, timeout=60).read()  # a plain GET, no page at all
    peak = max(peak, _kernels(server))
    assert peak >= 3  # kernels outlive their pages; the culler is what stops them
    deadline = time.monotonic() + 90
    while _kernels(server) > 1 and time.monotonic() < deadline:
        time.sleep(2)
    assert _kernels(server) <= 1
