"""A coach's JupyterHub, for real: the shipped deploy/jupyterhub_config.py, a real
JupyterHub and configurable-http-proxy on 127.0.0.1, a test overlay (a dummy
authenticator, local servers with homes under a temporary folder), clients alice and bob,
coach carol, in a real Chromium.

JupyterHub comes from the `hub` extra and configurable-http-proxy from npm; `make test`
installs both when missing (the proxy into .hub/node_modules). Under CI=true a missing
piece fails these tests instead of skipping them.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ARTIFACTS, ROOT, free_port, shot

from netkit.hub.figures import DATES, FIGURES

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.timeout(240)]

DEPLOY = ROOT / "deploy" / "jupyterhub_config.py"
APP = "voila/render/netkit/app.ipynb"
ROSTER = "services/netkit-roster/"
CLIENTS, COACH = ("alice", "bob"), "carol"
OTHER_COACH = "dave"  # reads only the clients of his group, "dave-clients" (bob)


def _missing(message: str):
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def proxy_command() -> str | None:
    """configurable-http-proxy: $NETKIT_CHP, the one `make test` installs, else on PATH."""
    for candidate in (os.environ.get("NETKIT_CHP"),
                      ROOT / ".hub" / "node_modules" / ".bin" / "configurable-http-proxy",
                      shutil.which("configurable-http-proxy")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


OVERLAY = """\
# The test overlay: the shipped configuration, then a dummy login and local servers.
c = get_config()  # noqa: F821
load_subconfig({deploy!r})  # noqa: F821
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {users!r}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r} + "/{{username}}"
c.Spawner.args = {args!r}
c.Spawner.environment.update({{"NETKIT_TEST_HUB": {marker!r}}})
c.Spawner.start_timeout = 90
c.Spawner.http_timeout = 90
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.JupyterHub.db_url = "sqlite:///" + {state!r} + "/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = {state!r} + "/cookie_secret"
c.ConfigurableHTTPProxy.pid_file = {state!r} + "/proxy.pid"
# A coach with clients of his own: the roster's read scope narrowed to a group.
c.JupyterHub.load_groups.update({{"dave-clients": {{"users": ["bob"]}}}})
c.JupyterHub.load_roles.append({{
    "name": "dave-coach", "users": ["dave"],
    "scopes": ["custom:netkit-roster:read!group=dave-clients",
               "access:services!service=netkit-roster"]}})
# The test itself: a service token that may issue user tokens and manage servers.
c.JupyterHub.services.append({{"name": "test-admin", "api_token": {admin_token!r}}})
c.JupyterHub.load_roles.append({{"name": "admin", "services": ["test-admin"]}})
"""


class Hub:
    """A running JupyterHub with the shipped configuration and the test overlay."""

    def __init__(self, folder: Path, proxy: str):
        self.folder = folder
        self.homes = folder / "homes"
        self.homes.mkdir()
        self.state = folder / "state"
        self.state.mkdir()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.marker = secrets.token_hex(8)
        self.admin_token = secrets.token_hex(16)
        self.roster_db = folder / "roster" / "roster.sqlite"
        overlay = folder / "overlay.py"
        overlay.write_text(OVERLAY.format(
            deploy=str(DEPLOY), users={*CLIENTS, COACH, OTHER_COACH}, homes=str(self.homes),
            args=["--allow-root"] if os.geteuid() == 0 else [], marker=self.marker,
            port=self.port, hub_port=free_port(), proxy_port=free_port(), proxy=proxy,
            state=str(self.state), admin_token=self.admin_token))
        env = dict(os.environ)
        env.update({
            "NETKIT_PYTHON": sys.executable,
            "NETKIT_COACHES": COACH,
            "NETKIT_ROSTER_PORT": str(free_port()),
            "NETKIT_ROSTER_DIR": str(folder / "roster"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p),
        })
        self.log_path = folder / "hub.log"
        self._log = open(self.log_path, "w")
        started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(overlay)], cwd=folder, env=env,
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = started + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub exited early:\n{self.log()}")
            try:
                urllib.request.urlopen(self.url + "hub/health", timeout=2)
                urllib.request.urlopen(self.url + "hub/api/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"JupyterHub did not start in 60 s:\n{self.log()}") from None
                time.sleep(0.3)
        self.started_in = time.monotonic() - started

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]

    def api(self, method: str, path: str, token: str | None = None, body=None,
            base: str = "hub/api/"):
        """(status, parsed JSON or text) of a request through the proxy."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + base + path, data=data, method=method)
        if token:
            request.add_header("Authorization", f"token {token}")
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode(errors="replace")
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    def token_for(self, user: str) -> str:
        status, body = self.api("POST", f"users/{user}/tokens", self.admin_token,
                                {"note": "test", "expires_in": 600})
        assert status == 201, body
        return body["token"]

    def processes_of(self, user: str) -> list[int]:
        """The pids of ``user``'s single-user server and kernels (this hub's only)."""
        pids = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                env = (proc / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if (f"NETKIT_TEST_HUB={self.marker}".encode() in env
                    and f"JUPYTERHUB_USER={user}".encode() in env):
                pids.append(int(proc.name))
        return pids

    def memory_mib(self, user: str | None = None) -> float:
        """Resident memory, in MiB, of ``user``'s server and kernels, or (no user) of the
        hub itself with its proxy, roster and culler."""
        pids = self.processes_of(user) if user else [self.proc.pid, *_children(self.proc.pid)]
        return sum(_resident_kib(pid) for pid in pids) / 1024

    def roster_rows(self) -> dict[str, dict]:
        conn = sqlite3.connect(str(self.roster_db))
        try:
            return {user: json.loads(figures) for user, figures in
                    conn.execute("SELECT user, figures FROM progress")}
        finally:
            conn.close()

    def stop(self) -> None:
        # the proxy and the services run in sessions of their own: stop them too
        helpers = [(pid, _started_at(pid)) for pid in _children(self.proc.pid)]
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the hub stops its servers first
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        for user in (*CLIENTS, COACH, OTHER_COACH):  # anything the hub left behind
            for pid in self.processes_of(user):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        for pid, started in helpers:
            if started and _started_at(pid) == started:  # the same process, still there
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        self._log.close()
        shutil.copy(self.log_path, ARTIFACTS / "hub.log")


def _started_at(pid: int) -> str:
    """When the process started (field 22 of /proc/PID/stat), or "" when it is gone."""
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def _resident_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """The hub's own child processes (proxy, services), not the users' servers."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            env = (proc / "environ").read_bytes()
        except (OSError, IndexError):
            continue
        # a user's server has JUPYTERHUB_USER=<name>; services have it empty
        users = [v for v in env.split(b"\0") if v.startswith(b"JUPYTERHUB_USER=")]
        if int(fields[1]) == pid and not any(v != b"JUPYTERHUB_USER=" for v in users):
            found.append(int(proc.name))
    return found


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        _missing("JupyterHub is not installed (pip install 'netkit[hub]', or make test)")
    proxy = proxy_command()
    if proxy is None:
        _missing("configurable-http-proxy not found (make test installs it from npm)")
    ARTIFACTS.mkdir(exist_ok=True)
    running = Hub(tmp_path_factory.mktemp("hub"), proxy)
    print(f"\nhub: started in {running.started_in:.1f} s")
    yield running
    running.stop()


def _person(browser, width: int = 1280, height: int = 800):
    """A browser of their own (own cookies), as a different person on another device."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(60_000)
    return page


def _log_in(page, hub: Hub, user: str, next_path: str | None = None) -> None:
    page.goto(hub.url + "hub/login" + (f"?next=/{next_path}" if next_path else ""))
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill("any")
    page.locator("#login_submit").click()


def _wait_for_app(page) -> None:
    page.locator(".netkit-app").wait_for(timeout=90_000)
    # The tabs, or the welcome alone for a new workbook.
    page.locator(".netkit-app .widget-tab, .netkit-welcome").filter(visible=True).first.wait_for()


def _refused(page) -> str:
    """The page's text, asserted to be a refusal with no netkit app on it."""
    text = page.locator("body").inner_text()
    assert "403" in text or "permission" in text.lower(), text[:500]
    assert page.locator(".netkit-app").count() == 0
    return text


def _field(page, name: str):
    return page.locator(f".netkit-field-{name} input, .netkit-field-{name} textarea").first


def _add_contact(page, name: str, organization: str) -> None:
    page.get_by_role("tab", name="Contacts").click()
    page.locator(".netkit-contacts").wait_for(state="visible")
    _field(page, "name").fill(name)
    _field(page, "organization").fill(organization)
    page.locator(".netkit-contacts .netkit-save").click()
    page.get_by_text(f"Added {name}.").wait_for()


def _open_profile(page):
    page.locator(".netkit-profile-toggle").click()
    box = page.locator(".netkit-share-with-coach input")
    box.wait_for(state="visible")
    return box


def test_clients_have_their_own_apps_and_the_coach_sees_only_consenting_figures(hub, browser):
    alice = _person(browser)
    started = time.monotonic()
    _log_in(alice, hub, "alice")
    _wait_for_app(alice)
    login_to_app = time.monotonic() - started
    assert alice.url == f"{hub.url}user/alice/{APP}"
    home = hub.homes / "alice"
    assert (home / "netkit" / "app.ipynb").is_file()  # set up without alice running anything
    shot(alice, "hub_client_app_1280")

    alice.locator(".netkit-start-fresh").click()
    alice.get_by_role("button", name="Your profile").click()  # it says where the file is
    alice.get_by_text(str(home / ".local" / "share" / "netkit" / "netkit.sqlite")).wait_for()
    alice.get_by_role("button", name="Your profile").click()
    _add_contact(alice, "Olga Adeyemi", "Sunfield Power")
    alice.locator(".netkit-contacts .netkit-row-name", has_text="Olga Adeyemi").wait_for()
    memory = hub.memory_mib("alice")
    print(f"\nhub: login to rendered app {login_to_app:.1f} s (server started cold); one "
          f"client's server and kernel {memory:.0f} MiB resident "
          f"({len(hub.processes_of('alice'))} processes); hub, proxy, roster and culler "
          f"{hub.memory_mib():.0f} MiB")
    assert 0 < memory < 1024

    # bob: his own app, his own empty workbook; alice's server refuses him.
    bob = _person(browser)
    started = time.monotonic()
    _log_in(bob, hub, "bob")
    _wait_for_app(bob)
    print(f"hub: bob's login to rendered app {time.monotonic() - started:.1f} s")
    assert bob.url == f"{hub.url}user/bob/{APP}"
    bob.locator(".netkit-welcome").wait_for()  # a new workbook: nobody in it
    assert "Olga" not in bob.locator(".netkit-app").inner_text()
    bob.goto(f"{hub.url}user/alice/{APP}")
    _refused(bob)
    assert "Olga" not in bob.locator("body").inner_text()
    bob.goto(hub.url + ROSTER)  # a client is no coach
    _refused(bob)

    # alice shares her progress; bob does not.
    alice.reload()
    _wait_for_app(alice)
    consent = _open_profile(alice)
    assert not consent.is_checked()
    shot(alice, "hub_client_profile_sharing_1280")
    consent.check()
    alice.get_by_text("Your coach now sees your figures").wait_for()
    shot(alice, "hub_client_sharing_on_1280")
    rows = hub.roster_rows()
    assert set(rows) == {"alice"}
    assert rows["alice"]["contacts"] == 1
    assert set(rows["alice"]) <= set(FIGURES)
    for key, value in rows["alice"].items():  # figures only: numbers, and dates
        assert isinstance(value, (int, float)) or (key in DATES and value is None
                                                   or isinstance(value, str)), (key, value)
    assert "Olga" not in json.dumps(rows) and "Sunfield" not in json.dumps(rows)

    # carol, the coach: alice's figures, nothing of bob's; alice's server refuses her.
    carol = _person(browser)
    _log_in(carol, hub, "carol", ROSTER)
    row = carol.locator(".netkit-roster-client[data-user='alice']")
    row.wait_for()
    assert carol.url == hub.url + ROSTER
    assert carol.locator(".netkit-roster-client").count() == 1
    text = carol.locator("body").inner_text()
    assert "bob" not in text and "Olga" not in text
    assert "no follow-up" not in row.inner_text()
    assert row.locator("td[data-label='people']").inner_text() == "1"
    shot(carol, "hub_roster_1280")
    phone = _person(browser, 390, 844)
    phone.context.add_cookies(carol.context.cookies())
    phone.goto(hub.url + ROSTER)
    phone.locator(".netkit-roster-client[data-user='alice']").wait_for()
    shot(phone, "hub_roster_390")
    carol.goto(f"{hub.url}user/alice/{APP}")
    _refused(carol)
    shot(carol, "hub_coach_refused_at_client_1280")

    # A client's app on a phone, under the hub.
    phone.context.add_cookies(alice.context.cookies())
    phone.goto(f"{hub.url}user/alice/{APP}")
    _wait_for_app(phone)
    shot(phone, "hub_client_app_390")

    # alice changes her mind: her figures leave the roster at once.
    consent.uncheck()
    alice.get_by_text("Your coach no longer sees your figures").wait_for()
    assert hub.roster_rows() == {}
    carol.goto(hub.url + ROSTER)
    carol.locator(".netkit-roster-empty").wait_for()
    for page in (alice, bob, carol, phone):
        page.context.close()


def test_the_roster_takes_only_figures_only_from_their_own_user(hub):
    alice, bob = hub.token_for("alice"), hub.token_for("bob")
    progress = ROSTER + "api/progress"

    status, body = hub.api("POST", progress, alice, {"figures": {"contacts": 3,
                                                                 "notes": "met Olga"}},
                           base="")
    assert status == 400 and "notes" in body["error"]
    status, _ = hub.api("POST", progress, alice, {"figures": {"contacts": "Olga"}}, base="")
    assert status == 400
    assert hub.roster_rows() == {}

    # Without a token, or with one that is not a user's own, nothing is written.
    assert hub.api("POST", progress, None, {"figures": {"contacts": 1}}, base="")[0] == 403
    assert hub.api("POST", progress, hub.admin_token, {"figures": {"contacts": 1}},
                   base="")[0] == 403
    status, body = hub.api("POST", "users/alice/tokens", hub.admin_token,
                           {"scopes": ["read:users:name!user=alice"], "expires_in": 600})
    assert status == 201, body
    assert hub.api("POST", progress, body["token"], {"figures": {"contacts": 1}},
                   base="")[0] == 403

    # Figures are kept under the token's own user, whatever the request says.
    figures = {"contacts": 4, "asks_sent": 2, "asks_waiting": 1,
               "last_activity": "2020-01-02", "user": "bob"}
    assert hub.api("POST", progress, alice, {"figures": figures}, base="")[0] == 400
    figures.pop("user")
    status, body = hub.api("POST", progress, alice, {"figures": figures, "user": "bob"},
                           base="")
    assert status == 200 and body["user"] == "alice"
    assert hub.api("POST", progress, bob, {"figures": {"contacts": 9}}, base="")[0] == 200
    assert hub.roster_rows() == {"alice": figures, "bob": {"contacts": 9}}

    # Who reads what: the coach all, the group's coach his group, a client nothing.
    carol, dave = hub.token_for("carol"), hub.token_for("dave")
    status, body = hub.api("GET", ROSTER + "api/roster", carol, base="")
    assert status == 200
    assert [row["user"] for row in body["clients"]] == ["alice", "bob"]  # alice: a nudge
    nudges = body["clients"][0]["nudges"]
    assert nudges[0].startswith("nothing logged for ") and "1 ask with no follow-up" in nudges
    status, body = hub.api("GET", ROSTER + "api/roster", dave, base="")
    assert status == 200 and [row["user"] for row in body["clients"]] == ["bob"]
    assert hub.api("GET", ROSTER + "api/roster", bob, base="")[0] == 403

    assert hub.api("DELETE", progress, alice, base="")[0] == 204
    assert hub.api("DELETE", progress, bob, base="")[0] == 204
    assert hub.roster_rows() == {}
