"""``netkit followups``: what to do next, overdue first."""

from __future__ import annotations

import click

from .base import echo, main, open_from

__all__ = ["followups"]


@main.command()
@click.option("--on", "on", default=None, help="Pretend today is this date (YYYY-MM-DD).")
@click.pass_context
def followups(ctx: click.Context, on: str | None) -> None:
    """What to do next: follow-ups overdue, due today and due this week."""
    with open_from(ctx) as wb:
        echo(wb.due_text(on))
