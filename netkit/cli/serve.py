"""The Voilà server behind ``netkit up``, configured for one person on one machine.

- On 127.0.0.1 (the default), pages and the API answer only requests for the address
  served: a ``Host`` that is not 127.0.0.1 or localhost gets 403 (a web page on a
  "rebinding" domain cannot reach the app, nor open its kernel's websocket).
- On any other address (``--ip``), every request needs the secret token ``netkit up``
  printed in the link.
- The kernel of a page that was closed (or never connected) stops within two minutes.
- Nothing is fetched from off the machine: netkit's own template serves the page with the
  icon font Voilà already ships, without its CDN links.

Run as ``python -m netkit.cli.serve NOTEBOOK --port N --theme light|dark [--open]
[--ip ADDRESS --token SECRET]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from typing import Any

__all__ = ["config", "main", "TEMPLATE", "CULL_IDLE_SECONDS", "CULL_INTERVAL_SECONDS"]

TEMPLATE = "netkit"
CULL_IDLE_SECONDS = 60
CULL_INTERVAL_SECONDS = 20
CULL_ENV = "NETKIT_CULL_SECONDS"  # a shorter idle time, for tests


def data_dir() -> str:
    """The folder that holds netkit's Voilà template (``voila/templates/netkit``)."""
    return str(resources.files("netkit").joinpath("data"))


def config(remote: bool = False) -> Any:
    """The traitlets configuration ``netkit up`` gives Voilà.

    :param remote: serving another address than 127.0.0.1 (then a token guards the app,
        and requests for other host names are answered).
    """
    from traitlets.config import Config

    c = Config()
    c.Voila.tornado_settings = {
        # On 127.0.0.1, answer only requests for this machine's own names.
        "allow_remote_access": remote,
        "local_hostnames": ["localhost"],
    }
    idle = int(os.environ.get(CULL_ENV) or CULL_IDLE_SECONDS)
    c.MappingKernelManager.cull_idle_timeout = idle
    c.MappingKernelManager.cull_interval = min(CULL_INTERVAL_SECONDS, max(1, idle // 3))
    c.MappingKernelManager.cull_connected = False  # a page still open keeps its kernel
    return c


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="netkit up")
    parser.add_argument("notebook")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--open", action="store_true")
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--token", default=None)
    args = parser.parse_args(argv)
    remote = args.ip not in ("127.0.0.1", "localhost", "::1")
    if remote and not args.token:
        parser.error("serving another address than 127.0.0.1 needs --token")
    # Voilà finds templates on the Jupyter data path; netkit's comes first.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (data_dir(), os.environ.get("JUPYTER_PATH")) if p)
    from voila.app import Voila

    voila_argv = [
        args.notebook, f"--port={args.port}", f"--Voila.ip={args.ip}",
        f"--template={TEMPLATE}", f"--theme={args.theme}", "--show_tracebacks=False",
        "--Voila.port_retries=0", "--ServerApp.log_level=WARN",
    ]
    if args.token:
        voila_argv.append(f"--token={args.token}")
    if not args.open:
        voila_argv.append("--no-browser")
    Voila.launch_instance(argv=voila_argv, config=config(remote))


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
