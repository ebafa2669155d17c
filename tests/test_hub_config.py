"""What a coach installs (deploy/), and a client's consent in their profile, without a hub:
the configuration's roles and scopes, TLJH's own culler kept, the z2jh values, and the
"share my progress with my coach" box against a stand-in for the roster."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml
from conftest import ROOT
from traitlets.config import PyFileConfigLoader

from netkit.hub import share
from netkit.hub.singleuser import Sharer
from netkit.ui.profile import ProfileView

DEPLOY = ROOT / "deploy"
WRITE, READ = "custom:netkit-progress:write", "custom:netkit-roster:read"


def _load(tmp_path, monkeypatch, before: str = "", **env):
    """The hub configuration as JupyterHub would load it (after ``before``, as TLJH's own
    configuration comes before its drop-ins)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)  # should CI run in a pod
    for key, value in {"NETKIT_COACHES": "carol, dave", **env}.items():
        monkeypatch.setenv(key, value)
    main = tmp_path / "jupyterhub_config.py"
    main.write_text(f"c = get_config()\n{before}\n"
                    f"load_subconfig({str(DEPLOY / 'jupyterhub_config.py')!r})\n")
    loader = PyFileConfigLoader(main.name, path=str(tmp_path))
    return loader.load_config()


def _roles(c) -> dict:
    return {role["name"]: role for role in c.JupyterHub.load_roles.get_value([])}


def test_each_client_lands_on_their_own_app_started_by_netkit(tmp_path, monkeypatch):
    c = _load(tmp_path, monkeypatch, NETKIT_PYTHON="/opt/users/bin/python3")
    assert c.Spawner.default_url == "/voila/render/netkit/app.ipynb"
    assert c.Spawner.cmd == ["/opt/users/bin/python3", "-m", "netkit.hub.singleuser"]
    assert f"{WRITE}!user" in c.Spawner.server_token_scopes
    environment = c.Spawner.environment.get_value({})
    assert environment["NETKIT_ROSTER_URL"] == (
        "http://127.0.0.1:10101/services/netkit-roster/")


def test_coaches_read_the_roster_and_nothing_else(tmp_path, monkeypatch):
    c = _load(tmp_path, monkeypatch)
    assert set(c.JupyterHub.custom_scopes.get_value({})) == {WRITE, READ}
    assert c.JupyterHub.load_groups.get_value({})["coaches"] == {"users": ["carol", "dave"]}
    roles = _roles(c)
    coach = roles["netkit-coach"]
    assert coach["groups"] == ["coaches"]
    assert set(coach["scopes"]) == {READ, "access:services!service=netkit-roster"}
    assert not any(scope.startswith(("access:servers", "admin", "read:users"))
                   for name in ("user", "netkit-coach", "netkit-roster")
                   for scope in roles[name]["scopes"])
    assert roles["user"]["scopes"] == ["self", f"{WRITE}!user"]  # each writes their own
    services = {s["name"]: s for s in c.JupyterHub.services.get_value([])}
    roster = services["netkit-roster"]
    assert roster["command"][1:] == ["-m", "netkit.hub.roster"]
    assert roster["oauth_client_allowed_scopes"] == [READ]
    assert roster["url"] == "http://127.0.0.1:10101"
    assert (tmp_path / "netkit-roster").is_dir()
    culler = services["netkit-idle-culler"]
    assert "--timeout=1800" in culler["command"]
    assert set(roles["netkit-idle-culler"]["scopes"]) == {
        "list:users", "read:users:activity", "read:servers", "delete:servers"}


def test_as_a_drop_in_it_adds_to_what_tljh_set_and_leaves_culling_to_it(tmp_path,
                                                                          monkeypatch):
    tljh = ('c.JupyterHub.services = [{"name": "cull-idle", "command": ["cull"]}]\n'
            'c.JupyterHub.load_roles = [{"name": "tljh-cull", "services": ["cull-idle"], '
            '"scopes": ["list:users"]}]\n'
            'c.Spawner.default_url = "/tree"')
    c = _load(tmp_path, monkeypatch, before=tljh, NETKIT_IDLE_CULLER="off")
    assert [s["name"] for s in c.JupyterHub.services] == ["cull-idle", "netkit-roster"]
    assert {"tljh-cull", "netkit-coach"} <= {role["name"] for role in c.JupyterHub.load_roles}
    assert c.Spawner.default_url == "/voila/render/netkit/app.ipynb"


def test_on_kubernetes_the_roster_listens_for_the_proxy_and_the_clients(tmp_path, monkeypatch):
    c = _load(tmp_path, monkeypatch, NETKIT_ROSTER_HOST="hub",
              KUBERNETES_SERVICE_HOST="10.0.0.1")
    services = {s["name"]: s for s in c.JupyterHub.services.get_value([])}
    assert services["netkit-roster"]["url"] == "http://hub:10101"
    assert services["netkit-roster"]["environment"]["NETKIT_ROSTER_LISTEN"] == "0.0.0.0"
    assert "netkit-idle-culler" not in services  # the chart's own culler (cull: in values)


def test_the_zero_to_jupyterhub_values_use_the_same_drop_in_and_start_command():
    values = yaml.safe_load((DEPLOY / "values.yaml").read_text())
    single = values["singleuser"]
    assert single["cmd"] == ["python3", "-m", "netkit.hub.singleuser"]
    assert single["defaultUrl"] == "/voila/render/netkit/app.ipynb"
    assert single["lifecycleHooks"]["postStart"]["exec"]["command"] == ["netkit", "setup-home"]
    assert single["extraEnv"]["NETKIT_ROSTER_URL"] == values["hub"]["extraEnv"][
        "NETKIT_ROSTER_URL"]
    assert values["hub"]["extraFiles"]["netkit"]["mountPath"].startswith(
        "/usr/local/etc/jupyterhub/jupyterhub_config.d/")
    assert values["cull"]["enabled"] is True
    assert values["hub"]["service"]["extraPorts"][0]["port"] == 10101


class _StandIn(BaseHTTPRequestHandler):
    """Records what a client's netkit sends to the roster."""

    seen: list = []

    def _answer(self, status: int) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.seen.append((self.command, self.path, self.headers["Authorization"], body))
        self.send_response(status)
        self.end_headers()

    def do_POST(self):  # noqa: N802 (http.server's names)
        self._answer(200)

    def do_DELETE(self):  # noqa: N802
        self._answer(204)

    def log_message(self, *args):
        pass


@pytest.fixture
def roster(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    _StandIn.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("NETKIT_ROSTER_URL",
                       f"http://127.0.0.1:{server.server_port}/services/netkit-roster/")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "server-token")
    yield _StandIn.seen
    server.shutdown()
    server.server_close()


def test_off_a_hub_the_profile_offers_no_sharing(wb, monkeypatch):
    monkeypatch.delenv("NETKIT_ROSTER_URL", raising=False)
    view = ProfileView(wb)
    section = next(child for child in view.children
                   if "netkit-coach-sharing" in child._dom_classes)
    assert section.layout.display == "none"


def test_ticking_the_box_shares_figures_and_unticking_withdraws_them(wb, roster):
    wb.add_contact("Olga Adeyemi", organization="Sunfield Power", notes="likes cycling")
    view = ProfileView(wb)
    assert view.share_with_coach.value is False and roster == []  # loading sends nothing
    view.share_with_coach.value = True
    assert share.consented(wb)
    assert "Your coach now sees your figures" in view.coach_message.text
    method, path, auth, body = roster[-1]
    assert (method, path, auth) == ("POST", "/services/netkit-roster/api/progress",
                                    "token server-token")
    assert body["figures"]["contacts"] == 1
    assert "Olga" not in json.dumps(body) and "cycling" not in json.dumps(body)

    view.save.click()  # saving the profile sends today's figures again
    assert roster[-1][0] == "POST" and "Profile saved" in view.message.text
    assert ProfileView(wb).share_with_coach.value is True

    view.share_with_coach.value = False
    assert not share.consented(wb)
    assert roster[-1][:2] == ("DELETE", "/services/netkit-roster/api/progress")
    assert "no longer sees" in view.coach_message.text


def test_an_unreachable_roster_is_said_in_one_line_and_the_choice_is_kept(wb, monkeypatch):
    monkeypatch.setenv("NETKIT_ROSTER_URL", "http://127.0.0.1:9/services/netkit-roster/")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "server-token")
    view = ProfileView(wb)
    view.share_with_coach.value = True
    assert "could not be reached" in view.coach_message.text
    assert "netkit-error" in view.coach_message._dom_classes
    assert share.consented(wb)  # the client's server tries again later


def test_the_clients_server_tells_the_roster_only_when_the_workbook_changed(wb, roster):
    sharer = Sharer(wb.path, every=3600)
    assert sharer.tick() == "withdrawn"  # no consent: make sure nothing is shown
    assert sharer.tick() is None  # nothing changed since
    wb.set_setting(share.CONSENT, True)
    assert sharer.tick() == "shared"
    assert [request[0] for request in roster] == ["DELETE", "POST"]
