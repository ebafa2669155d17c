"""``netkit script``: print or save the interview sheet (Markdown, HTML) or its calendar event."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["script_command"]


@click.command("script")
@click.option(
    "--conversation",
    "conversation_id",
    type=int,
    default=None,
    help="The conversation's number (leave out for your general script).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "ics"]),
    default="md",
    show_default=True,
    help="Markdown, a print-ready HTML page, or a calendar event.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of printing.",
)
@click.pass_context
def script_command(ctx, conversation_id, fmt, out):
    """Your interview script for a conversation, ready to print (ends with "Who else should
    I talk to?")."""
    from .cli import open_from
    from .sheet import render_sheet

    with open_from(ctx) as wb:
        content = render_sheet(wb, conversation_id, fmt)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            out.write_bytes(content)
        else:
            out.write_text(content, encoding="utf-8")
        click.echo(f"netkit: wrote {out}", err=True)
    elif isinstance(content, bytes):
        click.echo(content.decode("utf-8"), nl=False)
    else:
        click.echo(content, nl=False)
