"""``netkit check-ask``: the common-mistake check on a message read from stdin."""

from __future__ import annotations

import sys

import click

from .base import echo, main

__all__ = ["check_ask"]


@main.command("check-ask")
@click.option("--target", default=None, help="What you are asking about (used in suggestions).")
def check_ask(target: str | None) -> None:
    """Check an ask read from stdin; exit 1 when it asks about jobs (the common mistake)."""
    from ..askcheck import check_ask as check
    from ..askcheck import has_mistake, word_count

    message = sys.stdin.read()
    findings = check(message, target=target)
    if not findings:
        echo(f"netkit: looks good ({word_count(message)} words).")
    for finding in findings:
        excerpt = f" (“{finding.excerpt}”)" if finding.excerpt else ""
        echo(f"{finding.severity}: {finding.code}{excerpt}: {finding.why}")
        echo(f"  try: {finding.suggestion}")
    sys.exit(1 if has_mistake(findings) else 0)
