"""The coach's roster: a JupyterHub-managed service, ``python -m netkit.hub.roster``.

Built on the hub's own mechanisms, with no password or shared folder of its own:

- ``POST`` / ``DELETE`` ``<prefix>api/progress``: a client's server (its
  ``$JUPYTERHUB_API_TOKEN``) shares or withdraws *its own user's* figures. The token must
  hold ``custom:netkit-progress:write`` for that user (``!user=<name>``); figures are
  checked by :func:`netkit.hub.figures.check_figures` (numbers and one date, nothing
  else) and kept under the token's user name only.
- ``GET <prefix>``: the roster page, behind hub OAuth, for users holding
  ``custom:netkit-roster:read`` (the ``coaches`` group's role). The scope may be narrowed:
  ``!group=<clients>`` or ``!user=<name>`` shows only those clients. ``GET
  <prefix>api/roster`` is the same as JSON.

The figures live in the service's own SQLite file, ``$NETKIT_ROSTER_DB`` or
``roster.sqlite`` in its working folder. It listens where ``$JUPYTERHUB_SERVICE_URL``
points (``$NETKIT_ROSTER_LISTEN`` overrides the address, e.g. ``0.0.0.0`` in a pod). A
coach never reaches a client's server or contacts through it.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from datetime import date, datetime, timezone
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

from jupyterhub.services.auth import (
    HubAuth,
    HubAuthenticated,
    HubOAuth,
    HubOAuthCallbackHandler,
    HubOAuthenticated,
    UserNotAllowed,
)
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

from ..errors import NetkitError
from .figures import FIGURES, check_figures, nudges

__all__ = ["WRITE_SCOPE", "READ_SCOPE", "Roster", "make_app", "main", "readable",
           "render_page", "ordered"]

WRITE_SCOPE = "custom:netkit-progress:write"
READ_SCOPE = "custom:netkit-roster:read"
MAX_BODY = 16_384


class Roster:
    """The shared figures, one row per client: ``user``, ``figures`` (a dict),
    ``shared_at`` (UTC, ISO)."""

    def __init__(self, path: str | Path):
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS progress (user TEXT PRIMARY KEY, "
            "figures TEXT NOT NULL, shared_at TEXT NOT NULL)")

    def put(self, user: str, figures: dict[str, Any]) -> None:
        """Keep ``user``'s figures (checked again here: nothing but figures is stored)."""
        self.conn.execute(
            "INSERT INTO progress (user, figures, shared_at) VALUES (?, ?, ?) "
            "ON CONFLICT(user) DO UPDATE SET figures = excluded.figures, "
            "shared_at = excluded.shared_at",
            (user, json.dumps(check_figures(figures), sort_keys=True),
             datetime.now(timezone.utc).replace(microsecond=0).isoformat()))

    def remove(self, user: str) -> None:
        self.conn.execute("DELETE FROM progress WHERE user = ?", (user,))

    def rows(self) -> list[dict[str, Any]]:
        return [{"user": user, "figures": json.loads(figures), "shared_at": shared_at}
                for user, figures, shared_at in self.conn.execute(
                    "SELECT user, figures, shared_at FROM progress ORDER BY user")]


def readable(scopes: list[str]) -> tuple[bool, set[str], set[str]]:
    """Whose figures these scopes may read: (everyone, user names, group names)."""
    everyone, users, groups = False, set(), set()
    for scope in scopes:
        base, _, where = scope.partition("!")
        if base != READ_SCOPE:
            continue
        if not where:
            everyone = True
        elif where.startswith("user="):
            users.add(where[len("user="):])
        elif where.startswith("group="):
            groups.add(where[len("group="):])
    return everyone, users, groups


def ordered(rows: list[dict[str, Any]], on: date | None = None) -> list[dict[str, Any]]:
    """The rows with their ``nudges``, who needs a nudge most first: the most reasons,
    then the longest without activity, then by name."""
    on = on or date.today()

    def key(row: dict[str, Any]) -> tuple[int, int, str]:
        last = row["figures"].get("last_activity")
        idle = (on - date.fromisoformat(last)).days if last else 10**6
        return (-len(row["nudges"]), -idle, row["user"])

    return sorted(({**row, "nudges": nudges(row["figures"], on)} for row in rows), key=key)


class _Base(web.RequestHandler):
    def initialize(self, roster: Roster, hub_auth: HubAuth) -> None:
        self.roster = roster
        self.hub_auth = hub_auth

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        reason = escape(self._reason)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code}: {reason}\n")


class ProgressAPI(HubAuthenticated, _Base):
    """A client's server shares (POST ``{"figures": {...}}``) or withdraws (DELETE) its own
    user's figures."""

    def check_hub_user(self, model: dict[str, Any]) -> dict[str, Any]:
        if model.get("kind", "user") != "user":
            raise UserNotAllowed(model)
        own = f"{WRITE_SCOPE}!user={model['name']}"
        if not self.hub_auth.check_scopes({own}, model):
            raise UserNotAllowed(model)
        return model

    def check_xsrf_cookie(self) -> None:
        """Only tokens are accepted here (no cookies), so there is nothing to forge."""

    @web.authenticated
    def post(self) -> None:
        if len(self.request.body) > MAX_BODY:
            raise web.HTTPError(413, reason="Too large for progress figures")
        try:
            body = json.loads(self.request.body or b"null")
            figures = check_figures(body.get("figures") if isinstance(body, dict) else None)
        except (ValueError, NetkitError) as error:  # nothing is kept
            self.set_status(400)
            self.finish({"error": str(error) if isinstance(error, NetkitError) else "Not JSON"})
            return
        self.roster.put(self.current_user["name"], figures)
        self.finish({"user": self.current_user["name"], "figures": figures})

    @web.authenticated
    def delete(self) -> None:
        self.roster.remove(self.current_user["name"])
        self.set_status(204)
        self.finish()


class _Reader(HubOAuthenticated, _Base):
    """Allowed with any form of the read scope; shows only the clients it covers."""

    def check_hub_user(self, model: dict[str, Any]) -> dict[str, Any]:
        everyone, users, groups = readable(model.get("scopes", []))
        if model.get("kind", "user") != "user" or not (everyone or users or groups):
            raise UserNotAllowed(model)
        return model

    async def visible_rows(self) -> list[dict[str, Any]]:
        everyone, users, groups = readable(self.current_user.get("scopes", []))
        rows = self.roster.rows()
        if not everyone:
            for group in groups:
                users |= await self._members(group)
            rows = [row for row in rows if row["user"] in users]
        return ordered(rows)

    async def _members(self, group: str) -> set[str]:
        url = f"{self.hub_auth.api_url}/groups/{quote(group, safe='')}"
        request = HTTPRequest(url, headers={"Authorization": f"token {self.hub_auth.api_token}"})
        response = await AsyncHTTPClient().fetch(request, raise_error=False)
        if response.code != 200:
            return set()
        return set(json.loads(response.body).get("users") or [])


class RosterPage(_Reader):
    @web.authenticated
    async def get(self) -> None:
        rows = await self.visible_rows()
        self.set_header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        self.finish(render_page(self.current_user["name"], rows,
                                self.hub_auth.hub_prefix or "/hub/"))


class RosterAPI(_Reader):
    @web.authenticated
    async def get(self) -> None:
        self.finish({"clients": await self.visible_rows()})


_COLUMNS = (  # (figure, column title) in the order the table shows them
    ("followups_overdue", "overdue follow-ups"),
    ("contacts", "people"),
    ("asks_sent", "asks sent"),
    ("conversations_held", "conversations"),
    ("names_given", "names given"),
    ("asked_for_names_rate", "asked “who else?”"),
    ("max_chain_depth", "chain depth"),
    ("allies", "allies"),
)

_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2933;
background:#f6f7f9}
header{background:#1f4e79;color:#fff;padding:14px 20px;display:flex;flex-wrap:wrap;
gap:8px 20px;align-items:baseline}
header h1{font-size:20px;margin:0;flex:1 1 auto}header a{color:#fff}
main{padding:16px 20px;max-width:1200px}
.lead{margin:0 0 14px;max-width:70ch}
table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 2px #0002}
th,td{padding:8px 10px;text-align:left;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{font-size:13px;color:#52606d;font-weight:600;background:#f0f2f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.date{white-space:nowrap}
.nudge{color:#8a1c12;font-weight:600}.ok{color:#1d6b36}
.nudge ul{margin:0;padding-left:18px}
.empty{background:#fff;padding:16px;box-shadow:0 1px 2px #0002;max-width:70ch}
small{color:#52606d}
@media (max-width:720px){
 table,tbody,tr,td{display:block;width:auto}thead{display:none}
 tr{margin:0 0 12px;box-shadow:0 1px 2px #0002;background:#fff}
 td{border:0;padding:4px 12px;text-align:left}td.num{text-align:left}
 td[data-label]::before{content:attr(data-label) ": ";color:#52606d;font-size:13px}
 td.date br{display:none}td.date small{margin-left:6px}
 td.client{font-size:17px;font-weight:600;padding-top:10px;background:#f0f2f5}
}
"""


def _figure(key: str, figures: dict[str, Any]) -> str:
    value = figures.get(key)
    if value is None or (key == "asked_for_names_rate" and not figures.get("conversations_held")):
        return "—"
    if key == "asked_for_names_rate":
        return f"{round(float(value) * 100)}%"
    return escape(str(value))


def _last_active(last: str | None, on: date) -> str:
    if not last:
        return "—"
    days = (on - date.fromisoformat(last)).days
    ago = "today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"
    return f"{escape(last)}<br><small>{ago}</small>"


def render_page(coach: str, rows: list[dict[str, Any]], hub_prefix: str = "/hub/",
                on: date | None = None) -> str:
    """The roster as an HTML page (every name and value escaped)."""
    on = on or date.today()
    head = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>netkit roster</title><style>{_STYLE}</style></head><body>"
            f"<header><h1>Your clients’ progress</h1><span>{escape(coach)}</span>"
            f"<a href='{escape(hub_prefix)}home'>Hub</a>"
            f"<a href='{escape(hub_prefix)}logout'>Log out</a></header><main>"
            "<p class='lead'>Figures your clients chose to share from their netkit profile: "
            "counts and their last active day, never names, notes or messages. Whoever may "
            "need a nudge comes first.</p>")
    if not rows:
        body = ("<p class='empty netkit-roster-empty'>No client shares their progress yet. A "
                "client turns it on in the app under “Your profile”: “Share my progress with "
                "my coach”.</p>")
        return head + body + "</main></body></html>"
    titles = "".join(f"<th title='{escape(FIGURES[key])}'>{escape(title)}</th>"
                     for key, title in _COLUMNS)
    lines = []
    for row in rows:
        figures = row["figures"]
        if row["nudges"]:
            items = "".join(f"<li>{escape(reason)}</li>" for reason in row["nudges"])
            nudge = f"<td class='nudge' data-label='needs a nudge'><ul>{items}</ul></td>"
        else:
            nudge = "<td class='ok' data-label='needs a nudge'>on track</td>"
        cells = "".join(
            f"<td class='num' data-label='{escape(title)}'>{_figure(key, figures)}</td>"
            for key, title in _COLUMNS)
        lines.append(
            f"<tr class='netkit-roster-client' data-user='{escape(row['user'])}'>"
            f"<td class='client'>{escape(row['user'])}</td>{nudge}"
            f"<td class='date' data-label='last active'>"
            f"{_last_active(figures.get('last_activity'), on)}</td>{cells}"
            f"<td class='date' data-label='as of'><small>"
            f"{escape(row['shared_at'][:16].replace('T', ' '))} UTC</small></td></tr>")
    table = (f"<table class='netkit-roster'><thead><tr><th>client</th><th>needs a nudge</th>"
             f"<th>last active</th>{titles}<th>as of</th></tr></thead>"
             f"<tbody>{''.join(lines)}</tbody></table>")
    return head + table + "</main></body></html>"


def make_app(prefix: str, roster: Roster) -> web.Application:
    """The service's tornado application under the hub's ``prefix``
    (``/services/netkit-roster/``)."""
    api_auth = HubAuth(cache_max_age=30)  # tokens only: a client's server
    oauth = HubOAuth.instance(cache_max_age=30)  # the one the OAuth callback uses too
    both = {"roster": roster}
    return web.Application([
        (prefix, RosterPage, {**both, "hub_auth": oauth}),
        (prefix + "api/roster", RosterAPI, {**both, "hub_auth": oauth}),
        (prefix + "api/progress", ProgressAPI, {**both, "hub_auth": api_auth}),
        (prefix + "oauth_callback", HubOAuthCallbackHandler, {}),
    ], cookie_secret=os.urandom(32), hub_auth=oauth, login_url=oauth.login_url)


async def _serve() -> None:
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/netkit-roster/")
    url = urlparse(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10101"))
    path = os.environ.get("NETKIT_ROSTER_DB") or "roster.sqlite"
    app = make_app(prefix, Roster(path))
    listen = os.environ.get("NETKIT_ROSTER_LISTEN") or url.hostname or "127.0.0.1"
    app.listen(url.port or 80, listen)
    await asyncio.Event().wait()


def main() -> None:
    asyncio.run(_serve())


if __name__ == "__main__":  # pragma: no cover
    main()
