"""The ``netkit`` command line: run the app, fill a demo, see your numbers.

Bad input prints one line (``netkit: ...``) and exits 1; the workbook is left as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NetkitError
from .paths import WORKBOOK_ENV, default_workbook_path
from .resources import app_notebook, workbooks_dir
from .transfer.commands import COMMANDS as TRANSFER_COMMANDS

__all__ = ["main"]


class _Group(click.Group):
    """Every error becomes one line on stderr: ``netkit: ...``, never a traceback.

    Bad input (NetkitError) and a workbook SQLite cannot use exit 1; a mistyped command
    line exits 2, as click's convention is.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NetkitError as error:
            click.echo(f"netkit: {error}", err=True)
            ctx.exit(1)
        except sqlite3.Error as error:
            path = (ctx.obj or {}).get("path", "the workbook")
            click.echo(f"netkit: {path} could not be used (SQLite said: {error}).", err=True)
            ctx.exit(1)

    def main(self, args=None, prog_name=None, **extra):
        extra.pop("standalone_mode", None)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.exceptions.Abort:
            click.echo("netkit: stopped.", err=True)
            sys.exit(1)
        except click.ClickException as error:
            hint = " (see netkit --help)" if isinstance(error, click.UsageError) else ""
            click.echo(f"netkit: {error.format_message()}{hint}", err=True)
            sys.exit(error.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="netkit")
@click.option("--workbook", "workbook_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar=WORKBOOK_ENV, help="The workbook file (default: $NETKIT_WORKBOOK, else "
              "netkit.sqlite in your data folder).")
@click.pass_context
def main(ctx, workbook_path):
    """netkit: ask for introductions, hold informational interviews, and always ask
    "Who else should I talk to?"."""
    ctx.obj = {"path": (workbook_path or default_workbook_path()).expanduser().resolve()}


def open_from(ctx):
    """The workbook the command line points at."""
    from .workbook import open_workbook

    return open_workbook(ctx.obj["path"])


def _server_env(path: Path) -> dict:
    env = dict(os.environ)
    env[WORKBOOK_ENV] = str(path)
    # Kernels must import the same netkit as this command, installed or not.
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


@main.command()
@click.option("--port", default=8866, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.pass_context
def up(ctx, port, no_browser):
    """Open the netkit app (Voilà) on http://127.0.0.1:PORT/."""
    path = ctx.obj["path"]
    _check_port(port)
    open_from(ctx).close()  # create and migrate before any kernel starts
    click.echo(f"netkit: your workbook is {path}")
    click.echo(f"netkit: open http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    command = [
        sys.executable, "-m", "voila", str(app_notebook()),
        f"--port={port}", "--Voila.ip=127.0.0.1", "--no-browser" if no_browser else "",
        "--show_tracebacks=False", "--theme=light", "--Voila.port_retries=0",
        "--ServerApp.log_level=WARN",
    ]
    _run([c for c in command if c], _server_env(path))


@main.command()
@click.option("--port", default=8888, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.option("--refresh", is_flag=True,
              help="Replace your copies of the notebooks with fresh ones.")
@click.pass_context
def lab(ctx, port, no_browser, refresh):
    """Open JupyterLab on your copy of the netkit workbooks."""
    path = ctx.obj["path"]
    _check_port(port)
    open_from(ctx).close()
    folder = path.parent / "workbooks"
    folder.mkdir(parents=True, exist_ok=True)
    for notebook in sorted(workbooks_dir().glob("*.ipynb")):
        target = folder / notebook.name
        if refresh or not target.exists():
            shutil.copyfile(notebook, target)
    click.echo(f"netkit: notebooks in {folder}; workbook {path}")
    command = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={folder}", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0"]
    if no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; Jupyter refuses otherwise
    _run(command, _server_env(path))


def _check_port(port: int) -> None:
    """Refuse a port that is taken, rather than let the server quietly pick another."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise NetkitError(
                f"Port {port} on 127.0.0.1 is already in use (is netkit already running?); "
                "choose another with --port.") from None


def _run(command: list[str], env: dict) -> None:
    try:
        sys.exit(subprocess.call(command, env=env))
    except KeyboardInterrupt:
        sys.exit(0)


@main.command()
@click.option("--contacts", "count", default=80, show_default=True,
              type=click.IntRange(12, 200_000), help="How many people the demo network holds.")
@click.option("--seed", default=7, show_default=True, help="Same seed, same people.")
@click.option("--force", is_flag=True,
              help="Fill the demo even if the workbook already has contacts.")
@click.pass_context
def demo(ctx, count, seed, force):
    """Fill the workbook with a synthetic demo network (no real people)."""
    from .demo import fill_demo

    with open_from(ctx) as wb:
        if wb.count_contacts(include_archived=True) and not force:
            raise NetkitError(
                f"{wb.path} already has contacts; use another --workbook for the demo "
                "(or --force to add the demo to it).")
        counts = fill_demo(wb, count, seed)
    click.echo("netkit: demo ready in {} ({contacts} contacts, {asks} asks, {introductions} "
               "introductions, {conversations} conversations)".format(ctx.obj["path"], **counts))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stats(ctx, as_json):
    """Your traction: contacts, asks, conversations, names given, chain depth."""
    with open_from(ctx) as wb:
        numbers = wb.stats()
    if as_json:
        click.echo(json.dumps(numbers, indent=2))
        return
    width = max(map(len, numbers))
    for key, value in numbers.items():
        click.echo(f"{key.replace('_', ' '):<{width}}  {value}")


# Each step's commands live beside its logic; register them here, one line each.
from .cli_asks import register as _register_asks  # noqa: E402
from .script_cli import script_command  # noqa: E402

for _command in TRANSFER_COMMANDS:  # import, export, backup, restore
    main.add_command(_command)
_register_asks(main)  # check-ask, followups
main.add_command(script_command)


if __name__ == "__main__":  # pragma: no cover
    main()
