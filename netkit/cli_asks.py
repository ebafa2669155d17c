"""Commands for asks and follow-ups: ``check-ask`` and ``followups``.

(``export --format ics`` is one of the exporters in :mod:`netkit.transfer.export`.)
"""

from __future__ import annotations

import sys

import click

__all__ = ["register"]


@click.command("check-ask")
@click.option("--target", default=None, help="What you are asking about (used in suggestions).")
def check_ask_command(target):
    """Check an ask read from stdin; exit 1 when it asks about jobs (the common mistake)."""
    from .ask_check import check_ask, has_mistake, word_count

    message = sys.stdin.read()
    findings = check_ask(message, target=target)
    if not findings:
        click.echo(f"netkit: looks good ({word_count(message)} words).")
    for finding in findings:
        excerpt = f" (“{finding.excerpt}”)" if finding.excerpt else ""
        click.echo(f"{finding.severity}: {finding.code}{excerpt}: {finding.why}")
        click.echo(f"  try: {finding.suggestion}")
    sys.exit(1 if has_mistake(findings) else 0)


@click.command("followups")
@click.option("--on", "on", default=None, help="Pretend today is this date (YYYY-MM-DD).")
@click.pass_context
def followups_command(ctx, on):
    """What to do next: follow-ups overdue, due today and due this week."""
    from .cli import open_from

    with open_from(ctx) as wb:
        click.echo(wb.due_text(on))


def register(main: click.Group) -> None:
    """Add these commands to the ``netkit`` group."""
    main.add_command(check_ask_command)
    main.add_command(followups_command)
