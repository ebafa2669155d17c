"""The single-user start command on a coach's hub: ``python -m netkit.hub.singleuser``.

It sets up the client's home (:func:`netkit.hub.home.setup_home`: the app and notebooks in
``~/netkit``, netkit's own copies refreshed after an upgrade), then runs the hub's
single-user Jupyter server with Voilà and netkit's page template, so the hub's default URL
``/user/<name>/voila/render/netkit/app.ipynb`` is the client's own app on their own
workbook. While it runs, and once more when it stops, it brings the coach's roster in line
with the client's choice to share (every ``$NETKIT_SHARE_SECONDS``, 300 by default, and
only when the workbook changed). Arguments are passed on to ``jupyterhub-singleuser``.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

from ..errors import NetkitError
from ..paths import WORKBOOK_ENV, default_workbook_path
from .home import home_folder, setup_home
from .share import available

__all__ = ["main", "server_args", "Sharer"]

log = logging.getLogger("netkit.hub")

SHARE_SECONDS_ENV = "NETKIT_SHARE_SECONDS"
SHARE_SECONDS = 300
KERNEL_IDLE_SECONDS = 120  # the kernel of a page closed two minutes ago is stopped


def server_args() -> list[str]:
    """The single-user server's settings for netkit (the hub's own arguments follow and
    win): Voilà with netkit's template and no tracebacks, kernels of closed pages stopped."""
    return [
        "--VoilaConfiguration.template=netkit",
        "--VoilaConfiguration.show_tracebacks=False",
        f"--MappingKernelManager.cull_idle_timeout={KERNEL_IDLE_SECONDS}",
        "--MappingKernelManager.cull_interval=30",
        "--MappingKernelManager.cull_connected=False",
    ]


class Sharer(threading.Thread):
    """Tells the roster the client's figures (or that there are none to show) whenever the
    workbook file changed since the last time it did so successfully. Each time in a
    short-lived process (``python -m netkit.hub.share``), so this server stays small."""

    def __init__(self, path: Path, every: float):
        super().__init__(name="netkit-share", daemon=True)
        self.path, self.every = path, every
        self._stopping = threading.Event()
        self._seen: tuple[float, ...] | None = None

    def _stamp(self) -> tuple[float, ...] | None:
        stamps = []
        for suffix in ("", "-wal"):
            try:
                stamps.append(os.stat(f"{self.path}{suffix}").st_mtime)
            except OSError:
                stamps.append(0.0)
        return tuple(stamps) if stamps[0] else None  # no workbook yet: nothing to say

    def tick(self) -> str | None:
        """One check: the outcome ("shared", "withdrawn"), or None when nothing changed."""
        stamp = self._stamp()
        if stamp is None or stamp == self._seen:
            return None
        run = subprocess.run(
            [sys.executable, "-m", "netkit.hub.share"], capture_output=True, text=True,
            env={**os.environ, WORKBOOK_ENV: str(self.path)}, timeout=120)
        if run.returncode:
            raise NetkitError(run.stderr.strip().removeprefix("netkit: ") or
                              f"netkit.hub.share exited with {run.returncode}")
        self._seen = stamp
        return run.stdout.strip().splitlines()[-1]

    def run(self) -> None:
        while not self._stopping.is_set():
            self._safe_tick()
            self._stopping.wait(self.every)

    def stop(self) -> None:
        """Stop checking, after one last check."""
        self._stopping.set()
        self._safe_tick()

    def _safe_tick(self) -> None:
        try:
            outcome = self.tick()
        except (NetkitError, OSError) as error:  # the roster is down: try again later
            log.warning("progress not sent to the roster: %s", error)
        except Exception:  # a damaged workbook must not stop the client's server
            log.exception("progress not sent to the roster")
        else:
            if outcome:
                log.info("roster: %s", outcome)


def main(argv: list[str] | None = None) -> None:
    """Set up the home, start sharing (on a hub with a roster), run the Jupyter server."""
    args = list(sys.argv[1:] if argv is None else argv)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(levelname).1s %(asctime)s netkit] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # the server's own log format is left alone
    try:
        report = setup_home()
        log.info("%s set up (%s)", home_folder(), ", ".join(
            f"{what}: {len(names)}" for what, names in report.items() if names))
    except OSError as error:  # the server still starts: the client can fix the folder
        log.error("could not set up %s: %s", home_folder(), error)
    # Voilà finds templates on the Jupyter data path; netkit's comes first.
    data = str(resources.files("netkit").joinpath("data"))
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (data, os.environ.get("JUPYTER_PATH")) if p)
    sharer = None
    if available():
        every = float(os.environ.get(SHARE_SECONDS_ENV) or SHARE_SECONDS)
        sharer = Sharer(default_workbook_path(), every)
        sharer.start()
    from jupyterhub.singleuser import main as start_server

    try:
        start_server([*server_args(), *args])
    finally:
        if sharer is not None:
            sharer.stop()


if __name__ == "__main__":  # pragma: no cover
    main()
