"""``netkit setup-home``: the app and the guided notebooks in your home folder, as a
coach's JupyterHub does for each client when their server starts."""

from __future__ import annotations

from pathlib import Path

import click

from ..hub.home import home_folder, setup_home
from .base import echo, main

__all__ = ["setup_home_command"]


@main.command("setup-home")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to put them (default: ~/netkit).")
def setup_home_command(folder: Path | None) -> None:
    """Put the app and notebooks in ~/netkit (again after an upgrade; safe to repeat).

    netkit's own copies are refreshed; a notebook you edited is kept as it is, and your
    workbook is not touched.
    """
    target = folder or home_folder()
    report = setup_home(target)
    done = [f"{len(names)} {what}" for what, names in report.items() if names]
    echo(f"netkit: {target}: {', '.join(done) or 'nothing to do'}")
    if report["kept"]:
        echo(f"netkit: kept your edited copies of {', '.join(report['kept'])}")
