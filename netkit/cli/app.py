"""``netkit up`` (the Voilà app) and ``netkit lab`` (JupyterLab on your notebooks)."""

from __future__ import annotations

import os
import secrets
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


LOCAL = ("127.0.0.1", "localhost", "::1")


def _check_port(port: int, ip: str = "127.0.0.1") -> None:
    """Refuse a port that is taken, rather than let the server quietly pick another. (A
    port whose last connections are only closing is free: bound with address reuse.)"""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((ip, port))
        except OSError as error:
            holder = _port_holder(port)
            if holder is None and error.errno not in (98, 48):  # not "address in use"
                raise NetkitError(
                    f"netkit cannot listen on {ip}:{port} ({error.strerror or error}).") from None
            who = f"{holder} is using it" if holder else "another program is using it"
            raise NetkitError(
                f"Port {port} on {ip} is taken: {who}. Stop it, or choose another port "
                "with --port.") from None


def _port_holder(port: int) -> str | None:
    """Which program listens on ``port`` ("netkit up (process 123)"), read from /proc on
    Linux; None where that cannot be known."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            listening = len(parts) > 9 and parts[3] == "0A"  # TCP_LISTEN
            if listening and int(parts[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{parts[9]}]")
    if not inodes:
        return None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if not any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                continue
            words = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        text = " ".join(w.decode(errors="replace") for w in words if w)
        if "netkit" in text and ("serve" in text or " up" in text):
            name = "netkit up"
        elif "jupyter" in text or "voila" in text:
            name = "a Jupyter server"
        else:
            name = Path(words[0].decode(errors="replace")).name or "a program"
        return f"{name} (process {proc.name})"
    return None


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
@click.option("--ip", default="127.0.0.1", show_default=True,
              help="The address to listen on. Any other than 127.0.0.1 needs the secret link "
                   "netkit prints (anyone with it can read your workbook).")
@click.pass_context
def up(ctx: click.Context, port: int, no_browser: bool, theme: str, ip: str) -> None:
    """Open the netkit app (Voilà) on http://127.0.0.1:PORT/."""
    path = workbook_path(ctx)
    _check_port(port, ip)
    open_from(ctx).close()  # create and migrate before any kernel starts
    echo(f"netkit: your workbook is {path}")
    command = [sys.executable, "-m", "netkit.cli.serve", str(app_notebook()), "--port",
               str(port), "--theme", theme, "--ip", ip]
    if ip in LOCAL:
        echo(f"netkit: open http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    else:
        token = secrets.token_hex(24)  # letters and digits only: never read as an option
        host = f"[{ip}]" if ":" in ip else ip
        echo(f"netkit: open http://{host}:{port}/?token={token}  (Ctrl+C to stop)")
        echo("netkit: anyone with this link can read and change your workbook; share it "
             "only with yourself, and only on a network you trust.")
        command.append(f"--token={token}")  # a token may start with "-"
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
