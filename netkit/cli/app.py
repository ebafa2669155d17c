"""``netkit up`` (the Voilà app) and ``netkit lab`` (JupyterLab on your notebooks)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import click

from ..errors import NetkitError
from ..paths import WORKBOOK_ENV
from ..resources import app_notebook, workbooks_dir
from .base import echo, main, open_from, workbook_path

__all__ = ["up", "lab"]

PORT = click.IntRange(1, 65535)


def _server_env(path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env[WORKBOOK_ENV] = str(path)
    # Kernels must import the same netkit as this command, installed or not.
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


def _check_port(port: int) -> None:
    """Refuse a port that is taken, rather than let the server quietly pick another."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise NetkitError(
                f"Port {port} on 127.0.0.1 is already in use (is netkit already running?); "
                "choose another with --port.") from None


def _run(command: list[str], env: dict[str, str]) -> NoReturn:
    try:
        sys.exit(subprocess.call(command, env=env))
    except KeyboardInterrupt:
        sys.exit(0)


@main.command()
@click.option("--port", default=8866, show_default=True, type=PORT, help="Port on 127.0.0.1.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.option("--theme", type=click.Choice(["light", "dark"]), default="light",
              show_default=True, help="Light or dark colours.")
@click.pass_context
def up(ctx: click.Context, port: int, no_browser: bool, theme: str) -> None:
    """Open the netkit app (Voilà) on http://127.0.0.1:PORT/."""
    path = workbook_path(ctx)
    _check_port(port)
    open_from(ctx).close()  # create and migrate before any kernel starts
    echo(f"netkit: your workbook is {path}")
    echo(f"netkit: open http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    command = [sys.executable, "-m", "netkit.cli.serve", str(app_notebook()), "--port",
               str(port), "--theme", theme]
    if not no_browser:
        command.append("--open")
    _run(command, _server_env(path))


@main.command()
@click.option("--port", default=8888, show_default=True, type=PORT, help="Port on 127.0.0.1.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.option("--refresh", is_flag=True,
              help="Replace your copies of the notebooks with fresh ones.")
@click.pass_context
def lab(ctx: click.Context, port: int, no_browser: bool, refresh: bool) -> None:
    """Open JupyterLab on your copy of the netkit workbooks."""
    path = workbook_path(ctx)
    _check_port(port)
    open_from(ctx).close()
    folder = path.parent / "workbooks"
    folder.mkdir(parents=True, exist_ok=True)
    for notebook in sorted(workbooks_dir().glob("*.ipynb")):
        target = folder / notebook.name
        if refresh or not target.exists():
            shutil.copyfile(notebook, target)
    echo(f"netkit: notebooks in {folder}; workbook {path}")
    command = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={folder}", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0"]
    if no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; Jupyter refuses otherwise
    _run(command, _server_env(path))
