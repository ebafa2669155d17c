"""A client's consent to share their progress figures with their coach, and the sending.

Only on a JupyterHub that runs the ``netkit-roster`` service: the hub gives the client's
server ``$JUPYTERHUB_API_TOKEN`` (allowed ``custom:netkit-progress:write`` for its own
user only) and the hub configuration sets ``$NETKIT_ROSTER_URL``. Figures go to the
roster while consent is on and are deleted from it when consent is turned off; what is
sent is :func:`netkit.hub.figures.progress_figures`, numbers and one date, never names,
notes or messages.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any

from ..errors import NetkitError
from .figures import progress_figures

if TYPE_CHECKING:
    from ..workbook import Workbook

__all__ = ["CONSENT", "ROSTER_URL_ENV", "available", "consented", "set_consent", "share",
           "withdraw", "sync", "main"]

CONSENT = "share_progress_with_coach"  # the workbook setting: True while consent is on
ROSTER_URL_ENV = "NETKIT_ROSTER_URL"
TOKEN_ENV = "JUPYTERHUB_API_TOKEN"
TIMEOUT = 5.0


def _endpoint() -> tuple[str, str] | None:
    url, token = os.environ.get(ROSTER_URL_ENV), os.environ.get(TOKEN_ENV)
    if not url or not token:
        return None
    return url.rstrip("/") + "/api/progress", token


def available() -> bool:
    """True on a hub with a coach's roster (elsewhere there is no one to share with)."""
    return _endpoint() is not None


def consented(wb: Workbook) -> bool:
    """Whether the client chose to share their progress with their coach."""
    return bool(wb.get_setting(CONSENT, False))


def _request(method: str, body: dict[str, Any] | None = None) -> None:
    endpoint = _endpoint()
    if endpoint is None:
        raise NetkitError("There is no coach's roster here: sharing works on your coach's hub.")
    url, token = endpoint
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"token {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT):
            pass
    except urllib.error.HTTPError as error:
        raise NetkitError(
            f"Your coach's roster refused the request ({error.code} {error.reason}).") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise NetkitError(f"Your coach's roster could not be reached ({reason}).") from None


def share(wb: Workbook) -> dict[str, Any]:
    """Send this workbook's progress figures to the roster; return what was sent.

    :raises NetkitError: when the roster cannot be reached or refuses them.
    """
    figures = progress_figures(wb)
    _request("POST", {"figures": figures})
    return figures


def withdraw() -> None:
    """Delete this client's figures from the roster (nothing happens if none are there).

    :raises NetkitError: when the roster cannot be reached.
    """
    _request("DELETE")


def set_consent(wb: Workbook, on: bool) -> str:
    """Remember the choice, then share the figures (``on``) or delete them from the roster.
    Returns a sentence for the client.

    :raises NetkitError: when the roster could not be told; the choice is kept all the same,
        and the client's server tells the roster at its next check (every few minutes).
    """
    wb.set_setting(CONSENT, bool(on))
    later = " Your choice is saved: netkit will try again in a few minutes."
    try:
        if on:
            share(wb)
        else:
            withdraw()
    except NetkitError as error:
        raise NetkitError(f"{error}{later}") from None
    if on:
        return ("Your coach now sees your figures (how many people, asks, conversations and "
                "names; overdue follow-ups; your last active day), never names or notes.")
    return "Your coach no longer sees your figures: they were removed from the roster."


def sync(wb: Workbook) -> str:
    """Bring the roster in line with the client's choice: ``"shared"`` or ``"withdrawn"``.

    Consent is read again after sending, so a choice to stop sharing made meanwhile always
    ends with the figures deleted.

    :raises NetkitError: when the roster cannot be reached (try again later).
    """
    if consented(wb):
        share(wb)
        if consented(wb):
            return "shared"
    withdraw()
    return "withdrawn"


def main() -> None:
    """``python -m netkit.hub.share``: :func:`sync` for the workbook ``$NETKIT_WORKBOOK``
    (else the default one), printing the outcome; one line on stderr and exit 1 when the
    roster cannot be told. The client's server runs it in a process of its own, so the
    server itself never loads the workbook's libraries."""
    from ..workbook import open_workbook

    try:
        with open_workbook() as wb:
            print(sync(wb))
    except NetkitError as error:
        print(f"netkit: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
