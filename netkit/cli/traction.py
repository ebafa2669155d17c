"""``netkit stats`` (your numbers) and ``netkit demo`` (a synthetic network to try)."""

from __future__ import annotations

import json

import click

from ..errors import NetkitError
from .base import echo, main, open_from, workbook_path

__all__ = ["stats", "demo"]


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Your traction: contacts, asks, conversations, names given, chain depth (with --json
    also the funnel, the weekly activity, your allies and the referral generations)."""
    with open_from(ctx) as wb:
        if as_json:
            echo(json.dumps(wb.figures(), indent=2, ensure_ascii=False))
            return
        numbers = wb.stats()
    width = max(map(len, numbers))
    for key, value in numbers.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        echo(f"{key.replace('_', ' '):<{width}}  {value}")


@main.command()
@click.option("--contacts", "count", default=80, show_default=True,
              type=click.IntRange(12, 200_000), help="How many people the demo network holds.")
@click.option("--seed", default=7, show_default=True, help="Same seed, same people.")
@click.option("--force", is_flag=True,
              help="Fill the demo even if the workbook already has contacts.")
@click.option("--remove", is_flag=True,
              help="Take the demo out again: every made-up person and all about them "
                   "(your own contacts stay).")
@click.pass_context
def demo(ctx: click.Context, count: int, seed: int, force: bool, remove: bool) -> None:
    """Fill the workbook with a synthetic demo network (no real people; your profile is
    kept if you wrote one), or take it out again with --remove."""
    with open_from(ctx) as wb:
        if remove:
            gone = wb.remove_demo()
            if not gone["contacts"]:
                echo(f"netkit: there is no demo in {workbook_path(ctx)}; nothing changed")
                return
            echo("netkit: demo removed from {} ({contacts} made-up people, {asks} asks, "
                 "{conversations} conversations); {left} of your own contacts stay".format(
                     workbook_path(ctx), left=wb.count_contacts(include_archived=True), **gone))
            return
        if wb.count_contacts(include_archived=True) and not force:
            raise NetkitError(
                f"{wb.path} already has contacts; use another --workbook for the demo "
                "(or --force to add the demo to it).")
        counts = wb.fill_demo(count, seed)
    echo("netkit: demo ready in {} ({contacts} contacts, {asks} asks, {introductions} "
               "introductions, {conversations} conversations)".format(workbook_path(ctx),
                                                                      **counts))
