"""``netkit up`` keeps to this machine: a foreign Host is refused (no DNS rebinding), the
page fetches nothing from off the machine, and a closed page leaves no kernel behind."""

from __future__ import annotations

import os
import re
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

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


def _websocket_status(url: str, origin: str) -> int:
    """The HTTP status a kernel websocket handshake from ``origin`` gets (101: opened)."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.ioloop import IOLoop
    from tornado.websocket import websocket_connect

    async def attempt() -> int:
        try:
            connection = await websocket_connect(HTTPRequest(url, headers={"Origin": origin}))
        except HTTPClientError as error:
            return error.code
        connection.close()
        return 101

    # In a thread of its own: the browser driver runs an event loop in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: IOLoop().run_sync(attempt, timeout=30)).result()


@pytest.mark.browser
def test_a_foreign_origin_cannot_open_the_kernel_websocket(start_app, page):
    server = start_app()
    sockets: list[str] = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    open_app(page, server)
    channel = next(url for url in sockets if "/api/kernels/" in url)
    assert _websocket_status(channel, "http://rebind.evil.example") == 403
    assert _websocket_status(channel, f"http://evil.example:{server.port}") == 403
    assert _websocket_status(channel, f"http://127.0.0.1:{server.port}") == 101


@pytest.mark.browser
def test_another_address_needs_the_secret_link_it_prints(start_app, page):
    server = start_app(None, "--ip", "0.0.0.0")
    printed = server.log.read_text()
    token = re.search(r"\?token=([\w-]+)", printed).group(1)
    assert "anyone with this link" in printed
    for path in ("/", "/api/kernels", "/api/sessions"):
        request = urllib.request.Request(server.url.rstrip("/") + path)
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            status = opener.open(request, timeout=30).status
        except urllib.error.HTTPError as error:
            status = error.code
        assert status in (302, 403), (path, status)  # to the login page, never the app
    page.goto(f"{server.url}?token={token}")
    page.wait_for_selector(".netkit-app", timeout=90_000)
    page.locator(".netkit-welcome").wait_for()  # the app itself, on its first screen


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_up_says_which_program_holds_a_taken_port(tmp_path):
    import socket

    from test_cli import netkit_cli

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = netkit_cli(tmp_path / "wb.sqlite", "up", "--port", str(port), "--no-browser")
    assert result.returncode == 1
    assert f"Port {port} on 127.0.0.1 is taken" in result.stderr
    assert f"(process {os.getpid()})" in result.stderr  # this test's own process holds it
    assert result.stderr.count("\n") == 1


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
    open_app(page, server, "Contacts")  # from the welcome (its icons too) into the app
    for tab in ("Contacts", "Ask", "Prepare", "Log", "Dashboard"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_selector(f".netkit-{tab.lower()}", state="visible")
    assert off_machine == []
    # The icons come from the font Voilà ships, not from a CDN.
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded')"
                           ".map(f => f.family)")
    assert any("Font Awesome" in family for family in loaded), loaded


PAGES = 7  # two used and closed, five reloads or closed tabs (and a plain GET after)


@pytest.mark.browser
@pytest.mark.slow
def test_closed_pages_leave_at_most_one_kernel(start_app, browser, monkeypatch):
    monkeypatch.setenv("NETKIT_CULL_SECONDS", "6")  # the real app waits a minute
    server = start_app()
    peak = 0
    started = time.monotonic()
    for number in range(PAGES):
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
    loaded = time.monotonic()
    deadline = loaded + 90
    while _kernels(server) > 1 and time.monotonic() < deadline:
        time.sleep(1)
    assert _kernels(server) <= 1
    print(f"\n{PAGES + 1} loads in {loaded - started:.0f} s (peak {peak} kernels); "
          f"culled to <= 1 in {time.monotonic() - loaded:.0f} s")
