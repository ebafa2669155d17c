"""``netkit script``: print or save the interview sheet, or its calendar event."""

from __future__ import annotations

from pathlib import Path

import click

from ..files import write_atomic
from .base import echo, main, open_from

__all__ = ["script"]


@main.command()
@click.option("--conversation", "conversation_id", type=int, default=None,
              help="The conversation's number (leave out for your general script).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "ics"]), default="md",
              show_default=True, help="Markdown, a print-ready HTML page, or a calendar event.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of printing.")
@click.pass_context
def script(ctx: click.Context, conversation_id: int | None, fmt: str, out: Path | None) -> None:
    """Your interview script for a conversation, ready to print (ends with "Who else should
    I talk to?")."""
    with open_from(ctx) as wb:
        content = wb.render_sheet(conversation_id, fmt)
    if out is not None:
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        write_atomic(out, data, "script")
        echo(f"netkit: wrote {out}", err=True)
    elif isinstance(content, bytes):
        click.echo(content.decode("utf-8"), nl=False)
    else:
        click.echo(content, nl=False)
