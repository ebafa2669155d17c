"""The ``netkit`` click group, the one way a command opens the workbook, and the one
place an error becomes one line on stderr and a non-zero exit."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import NetkitError
from ..paths import WORKBOOK_ENV, default_workbook_path
from ..text import printable

if TYPE_CHECKING:
    from ..workbook import Workbook

__all__ = ["main", "open_from", "workbook_path", "echo"]


def echo(text: str = "", **kwargs: Any) -> None:
    """Print a line for a person to read: names and notes come from imported files, so
    control characters and text-reordering marks are shown as "?" instead of being obeyed
    by the terminal."""
    click.echo(printable(str(text)), **kwargs)


class NetkitGroup(click.Group):
    """Every error becomes one line on stderr, ``netkit: ...``, never a traceback.

    Bad input (NetkitError), a workbook SQLite cannot use and a file that cannot be read
    or written exit 1; a mistyped command line exits 2, as click's convention is.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NetkitError as error:
            echo(f"netkit: {error}", err=True)
            ctx.exit(1)
        except sqlite3.Error as error:
            path = (ctx.obj or {}).get("path", "the workbook")
            click.echo(f"netkit: {path} could not be used (SQLite said: {error}).", err=True)
            ctx.exit(1)
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"netkit: {where}{error.strerror or error}.", err=True)
            ctx.exit(1)

    # click declares main() with overloads on standalone_mode; this one is always standalone.
    def main(self, args: Any = None, prog_name: str | None = None,  # type: ignore[override]
             **extra: Any) -> Any:
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


@click.group(cls=NetkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="netkit")
@click.option("--workbook", "workbook", type=click.Path(dir_okay=False, path_type=Path),
              envvar=WORKBOOK_ENV, help="The workbook file (default: $NETKIT_WORKBOOK, else "
              "netkit.sqlite in your data folder).")
@click.pass_context
def main(ctx: click.Context, workbook: Path | None) -> None:
    """netkit: ask for introductions, hold informational interviews, and always ask
    "Who else should I talk to?"."""
    ctx.obj = {"path": (workbook or default_workbook_path()).expanduser().resolve()}


def workbook_path(ctx: click.Context) -> Path:
    """The workbook file the command line points at (``--workbook``, else the default)."""
    path: Path = ctx.find_root().obj["path"]
    return path


def open_from(ctx: click.Context) -> Workbook:
    """Open the workbook the command line points at."""
    from ..workbook import open_workbook

    return open_workbook(workbook_path(ctx))
