"""``netkit import``, ``export``, ``backup`` and ``restore``: your contacts in and out."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import NetkitError
from ..transfer.detect import FORMATS
from ..transfer.export import EXPORTERS
from .base import echo, main, open_from, workbook_path

__all__ = ["import_command", "export_command", "backup_command", "restore_command"]

PROGRESS_FROM = 2000  # rows; smaller imports finish before a bar is worth drawing


@main.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "format_",
    type=click.Choice((*FORMATS, "vcf"), case_sensitive=False),
    help="Force the format instead of detecting it from the content.",
)
@click.option("--yes", "-y", is_flag=True, help="Import without asking for confirmation.")
@click.option(
    "--same",
    "same",
    type=int,
    multiple=True,
    metavar="N",
    help="Possible duplicate number N (from the preview) is the same person: merge it. "
    "Repeat for several.",
)
@click.pass_context
def import_command(ctx: click.Context, file: Path, format_: str | None, yes: bool,
                   same: tuple[int, ...]) -> None:
    """Import contacts from FILE: LinkedIn Connections.csv, Google or Outlook CSV, vCard, or
    any CSV with a header row. Shows what would change and asks before writing."""
    with open_from(ctx) as wb:
        plan = wb.preview_import(file, format_)
        for line in plan.lines():
            echo(line)
        if not plan.new and not any(m.changes for m in plan.merges):
            echo("netkit: nothing new to import.")
            return
        if not yes and not click.confirm("Import these contacts?", default=True):
            echo("netkit: nothing was imported.")
            return
        total = len(plan.new) + len(plan.merges)
        if total >= PROGRESS_FROM:
            with click.progressbar(length=total, label="Importing") as bar:
                state = {"done": 0}

                def progress(done: int, _total: int) -> None:
                    bar.update(done - state["done"])
                    state["done"] = done

                counts = wb.apply_import(plan, same, progress=progress)
        else:
            counts = wb.apply_import(plan, same)
    echo(
        "netkit: {added} added, {merged} already there ({updated} updated), "
        "{skipped} skipped.".format(**counts)
    )


@main.command("export")
@click.option(
    "--format",
    "format_",
    required=True,
    metavar="|".join(EXPORTERS),
    help=f"One of: {', '.join(EXPORTERS)}.",
)
@click.argument("out", type=click.Path(path_type=Path))
@click.pass_context
def export_command(ctx: click.Context, format_: str, out: Path) -> None:
    """Export your contacts (csv, json, vcf), the whole workbook (xlsx) or your open
    follow-ups (ics, for a calendar app) to OUT."""
    with open_from(ctx) as wb:
        path = wb.export(out, format_.lower())
    echo(f"netkit: exported to {path}")


@main.command("backup")
@click.argument("out", type=click.Path(path_type=Path))
@click.pass_context
def backup_command(ctx: click.Context, out: Path) -> None:
    """Save a copy of the whole workbook to OUT (restore it with `netkit restore`)."""
    with open_from(ctx) as wb:
        path = wb.backup(out)
    echo(f"netkit: backup saved to {path}")


@main.command("restore")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--yes", "-y", is_flag=True, help="Restore without asking for confirmation.")
@click.pass_context
def restore_command(ctx: click.Context, file: Path, yes: bool) -> None:
    """Replace the workbook with the backup FILE (the current one is kept beside it). Works
    on a workbook too damaged to open, which is kept as a copy too."""
    from ..transfer import check_backup, restore_file

    check_backup(file, file.name)  # the whole check, before anything is touched
    path = workbook_path(ctx)
    try:
        wb = open_from(ctx)
    except NetkitError as error:
        if not path.is_file():
            raise
        question = (f"Your workbook cannot be opened ({error}).\n"
                    f"Replace it with {file.name}? (the damaged file is kept as a copy)")
        if not yes and not click.confirm(question, default=False):
            echo("netkit: nothing was restored.")
            return
        previous = restore_file(path, file)
        echo(f"netkit: restored from {file}; the damaged workbook is kept as {previous}")
        return
    with wb:
        if not yes and not click.confirm(
            f"Replace everything in {wb.path} with {file.name}?", default=False
        ):
            echo("netkit: nothing was restored.")
            return
        previous = wb.restore(file)
    echo(f"netkit: restored from {file}; your previous workbook is saved as {previous}")
