"""``netkit followups``: what to do next, overdue first."""

from __future__ import annotations

import click

from .base import main, workbook_path

__all__ = ["followups"]


@main.command()
@click.option("--on", "on", default=None, help="Pretend today is this date (YYYY-MM-DD).")
@click.pass_context
def followups(ctx: click.Context, on: str | None) -> None:
    """What to do next: follow-ups overdue, due today and due this week."""
    from ..dates import to_date
    from ..followups import due_text
    from ..store import Store

    store = Store(workbook_path(ctx))  # plain rows: no DataFrames needed to print a list
    try:
        click.echo(due_text(store, to_date(on)))
    finally:
        store.close()
