"""Shared fixtures: temporary workbooks, a real `netkit up` server, a real Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import netkit

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]


@pytest.fixture
def workbook_path(tmp_path) -> Path:
    return tmp_path / "workbook.sqlite"


@pytest.fixture
def wb(workbook_path):
    """A fresh, empty workbook in a temporary folder."""
    book = netkit.open_workbook(workbook_path)
    yield book
    book.close()


FIXTURE_WORKBOOKS = ROOT / "tests" / "fixtures" / "workbooks"


@pytest.fixture
def fixture_workbooks(tmp_path) -> list[Path]:
    """Copies of the workbooks made by every past schema version (oldest first)."""
    import shutil

    folder = tmp_path / "past-versions"
    folder.mkdir()
    return [Path(shutil.copy(p, folder / p.name))
            for p in sorted(FIXTURE_WORKBOOKS.glob("v*.sqlite"))]


@pytest.fixture(scope="session")
def demo_30k(tmp_path_factory, worker_id) -> tuple[Path, dict]:
    """A workbook holding the 30,000-contact demo, filled once per run (the first of the
    parallel workers to need it fills it; the others wait for it), and the counts
    ``fill_demo`` returned; copy it with :func:`copy_of` before writing to it."""
    import fcntl
    import json

    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # pytest-xdist: one temporary root for all the workers
        shared = shared.parent
    path, counts_file = shared / "demo-30k.sqlite", shared / "demo-30k.json"
    with open(shared / "demo-30k.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not counts_file.exists():
            with netkit.open_workbook(path) as book:
                counts = book.fill_demo(30_000, seed=7)
            counts_file.write_text(json.dumps(counts))
    return path, json.loads(counts_file.read_text())


def copy_of(path: Path, folder: Path) -> Path:
    """A copy of a closed workbook file in ``folder``."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


@pytest.fixture
def demo_wb(workbook_path):
    """A workbook filled with the (small, seeded) demo network."""

    book = netkit.open_workbook(workbook_path)
    book.fill_demo(80, seed=7)
    yield book
    book.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def netkit_env(workbook: Path) -> dict:
    env = dict(os.environ)
    env["NETKIT_WORKBOOK"] = str(workbook)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


class Server:
    """A running `netkit up` (Voilà) on a free port with its own workbook."""

    def __init__(self, workbook: Path, log: Path, extra: tuple[str, ...] = ()):
        self.workbook = workbook
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        self._log = open(log, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "netkit", "up", "--port", str(self.port), "--no-browser",
             *extra],
            env=netkit_env(workbook), stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"netkit up exited early; see {log}")
            try:
                urllib.request.urlopen(self.url + "voila/static/", timeout=2)
            except urllib.error.HTTPError:
                break  # the server answers (404 for a folder is fine)
            except OSError:
                time.sleep(0.3)
                continue
            break
        else:
            self.stop()
            raise RuntimeError(f"netkit up did not start within 60 s; see {log}")

    def stop(self):
        stop_group(self.proc)
        self._log.close()


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a server started in a session of its own, with every process it started."""
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)


@pytest.fixture
def start_app(tmp_path):
    """Start `netkit up` on a workbook: ``server = start_app(path)``; stopped after the test."""
    servers = []

    def start(workbook: Path | None = None, *extra: str) -> Server:
        server = Server(workbook or tmp_path / "app.sqlite", tmp_path / f"voila-{len(servers)}.log",
                        extra)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def chromium_path() -> str | None:
    for candidate in (os.environ.get("NETKIT_CHROMIUM"), *CHROMIUM_CANDIDATES,
                      shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. In CI a missing browser fails the test."""
    executable = chromium_path()
    if executable is None:
        message = "Chromium not found (apt-get install chromium, or set NETKIT_CHROMIUM)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh 1280×800 page; use ``shot(page, name)`` to keep a screenshot."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    yield tab
    context.close()


def shot(page, name: str) -> Path:
    """Save a screenshot under test-artifacts/screenshots/ and return its path."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_app(page, server: Server, tab: str | None = None):
    """Open the app, wait until it has rendered, optionally click a tab by its title."""
    page.goto(server.url)
    page.wait_for_selector(".netkit-app", timeout=90_000)
    if tab:
        # A new workbook opens on the welcome alone: start fresh first, as a user would.
        page.locator(".netkit-app .widget-tab, .netkit-welcome").filter(
            visible=True).first.wait_for()
        if page.locator(".netkit-welcome").is_visible():
            page.locator(".netkit-start-fresh").click()
            page.locator(".netkit-welcome").wait_for(state="hidden")
        page.get_by_role("tab", name=tab).click()
        page.wait_for_selector(f".netkit-{tab.lower()}", state="visible")
    return page


def dump_workbook(path) -> str:
    """Every schema line and row of a workbook file, as SQL text (to compare before/after)."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


# The longest files start first, so that with `make test` (pytest-xdist, one file per
# worker) no worker is left running one long file alone at the end.
LONGEST_FIRST = ("test_contrast_browser.py", "test_hub.py", "test_binder.py",
                 "test_app_browser.py", "test_exposure.py",
                 "test_log_browser.py", "test_demo.py", "test_transfer_browser.py",
                 "test_durability.py", "test_injection_browser.py", "test_prepare_browser.py",
                 "test_dashboard_browser.py", "test_ask_browser.py", "test_first_hour_browser.py",
                 "test_contacts_browser.py", "test_welcome_browser.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable otherwise
