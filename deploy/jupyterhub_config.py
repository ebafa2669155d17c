# netkit for a coach and their clients on JupyterHub.
#
# One file, two uses (it imports nothing from netkit, so the hub's own Python needs no
# netkit installed):
#   - The Littlest JupyterHub: copy it to /opt/tljh/config/jupyterhub_config.d/netkit.py,
#     then `sudo tljh-config reload hub`.
#   - A plain JupyterHub: `jupyterhub -f deploy/jupyterhub_config.py`, or
#     `load_subconfig("deploy/jupyterhub_config.py")` from your own configuration.
#
# What it sets up, with JupyterHub's own mechanisms:
#   - each client logs in and lands on their own netkit app (Voilà), on their own workbook
#     in their own home; the start command puts the app and notebooks into ~/netkit and
#     refreshes netkit's copies after an upgrade (never the workbook);
#   - idle servers are stopped (the hub's idle culler), so thirty clients fit a small server;
#   - the `netkit-roster` service: clients who chose "share my progress with my coach"
#     send their figures (numbers only) with their server's token, which may write only
#     their own (custom:netkit-progress:write!user); members of the `coaches` group read
#     the roster (custom:netkit-roster:read) through hub OAuth. Coaches get no access to
#     clients' servers: a hub administrator would have to grant that on purpose.
#
# Settings: environment variables of the hub process (or change the defaults below).
#   NETKIT_PYTHON       the Python of the users' environment, where netkit is installed
#                       (TLJH: /opt/tljh/user/bin/python3; otherwise this Python)
#   NETKIT_COACHES      comma-separated user names put in the `coaches` group (more can be
#                       added in the hub's admin panel, under Groups)
#   NETKIT_ROSTER_PORT  the roster service's port (10101)
#   NETKIT_ROSTER_HOST  where the proxy reaches the roster (127.0.0.1; "hub" on Kubernetes,
#                       where it then listens on every address of the hub's pod)
#   NETKIT_ROSTER_URL   how clients' servers reach the roster, when not on this machine
#                       (e.g. http://hub:10101/services/netkit-roster/)
#   NETKIT_ROSTER_DIR   the roster's working folder, where it keeps the shared figures
#   NETKIT_IDLE_MINUTES stop a client's server after this many idle minutes (30)
#   NETKIT_IDLE_CULLER  on, off or auto (the default: off under TLJH and Kubernetes, which
#                       run their own culler, on elsewhere)

import importlib.util
import os
import sys

c = get_config()  # noqa: F821 (JupyterHub provides it)

TLJH_USER_PYTHON = "/opt/tljh/user/bin/python3"
PYTHON = os.environ.get("NETKIT_PYTHON") or (
    TLJH_USER_PYTHON if os.path.exists(TLJH_USER_PYTHON) else sys.executable)
COACHES = [name.strip() for name in os.environ.get("NETKIT_COACHES", "").split(",")
           if name.strip()]
ROSTER = "netkit-roster"
ROSTER_PORT = int(os.environ.get("NETKIT_ROSTER_PORT") or 10101)
ROSTER_HOST = os.environ.get("NETKIT_ROSTER_HOST") or "127.0.0.1"
ROSTER_URL = (os.environ.get("NETKIT_ROSTER_URL")
              or f"http://{ROSTER_HOST}:{ROSTER_PORT}/services/{ROSTER}/")
ROSTER_DIR = os.path.abspath(os.environ.get("NETKIT_ROSTER_DIR") or "netkit-roster")
IDLE_MINUTES = int(os.environ.get("NETKIT_IDLE_MINUTES") or 30)
IDLE_CULLER = os.environ.get("NETKIT_IDLE_CULLER") or "auto"
if IDLE_CULLER == "auto":
    # TLJH (`tljh-config set services.cull.timeout`) and Zero to JupyterHub (`cull:` in
    # values.yaml) run the hub's idle culler already.
    own = importlib.util.find_spec("tljh") or os.environ.get("KUBERNETES_SERVICE_HOST")
    IDLE_CULLER = "off" if own else "on"

WRITE = "custom:netkit-progress:write"
READ = "custom:netkit-roster:read"


# --- every client: their own app, in their own home ----------------------------------------
c.Spawner.cmd = [PYTHON, "-m", "netkit.hub.singleuser"]
c.Spawner.default_url = "/voila/render/netkit/app.ipynb"
c.Spawner.environment.update({"NETKIT_ROSTER_URL": ROSTER_URL})
# A client's server token: the hub's usual two scopes, and writing its own user's figures.
c.Spawner.server_token_scopes = [
    "users:activity!user", "access:servers!server", f"{WRITE}!user"]

# --- consent-based progress, for the coach --------------------------------------------------
c.JupyterHub.custom_scopes.update({
    WRITE: {"description": "Share your own netkit progress figures with your coach's roster."},
    READ: {"description": "Read the netkit progress figures clients chose to share."},
})
c.JupyterHub.load_groups.update({"coaches": {"users": COACHES}})
c.JupyterHub.load_roles.extend([
    # Every user may share (and withdraw) their own figures; nothing else changes.
    {"name": "user", "scopes": ["self", f"{WRITE}!user"]},
    # Coaches read the roster; no access to anyone's server, contacts or notes.
    # For a coach with their own clients, use f"{READ}!group=<their clients' group>".
    {"name": "netkit-coach", "description": "Read the roster of shared progress figures",
     "scopes": [READ, f"access:services!service={ROSTER}"], "groups": ["coaches"]},
    # The roster reads group members, to show a coach only the clients of their group.
    {"name": "netkit-roster", "scopes": ["read:groups"], "services": [ROSTER]},
])
os.makedirs(ROSTER_DIR, mode=0o700, exist_ok=True)
c.JupyterHub.services.append({
    "name": ROSTER,
    "url": f"http://{ROSTER_HOST}:{ROSTER_PORT}",
    "command": [PYTHON, "-m", "netkit.hub.roster"],
    "cwd": ROSTER_DIR,
    "environment": {
        "NETKIT_ROSTER_DB": os.path.join(ROSTER_DIR, "roster.sqlite"),
        "NETKIT_ROSTER_LISTEN": ROSTER_HOST if ROSTER_HOST in ("127.0.0.1", "localhost")
        else "0.0.0.0",
    },
    "oauth_no_confirm": True,
    "oauth_client_allowed_scopes": [READ],
    "display": True,
})

# --- idle servers stop, so thirty clients fit a small server --------------------------------
# (A drop-in is loaded on its own and merged afterwards: it cannot see what TLJH set.)
if IDLE_CULLER == "on":
    if importlib.util.find_spec("jupyterhub_idle_culler") is None:
        print("netkit: jupyterhub-idle-culler is not installed: idle servers will not be "
              "stopped (pip install jupyterhub-idle-culler)", file=sys.stderr)
    else:
        c.JupyterHub.services.append({
            "name": "netkit-idle-culler",
            "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                        f"--timeout={IDLE_MINUTES * 60}", "--cull-every=60"],
        })
        c.JupyterHub.load_roles.append({
            "name": "netkit-idle-culler",
            "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
            "services": ["netkit-idle-culler"],
        })
