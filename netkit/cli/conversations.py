"""``netkit log``: record a conversation that was held, and the names it gave."""

from __future__ import annotations

from typing import Any

import click

from ..errors import NetkitError
from .base import echo, main, open_from

__all__ = ["log"]


def _who(wb: Any, who: str) -> int:
    """A contact from a number or a name (any spelling of it; never a guess between two)."""
    if who.strip().isdigit():
        return int(wb.contact(int(who))["id"])
    taken = wb.match_person(name=who)
    if not taken:
        raise NetkitError(f"Nobody called “{who}” is in your workbook; add them first "
                          "or give their contact number.")
    if len(taken) > 1:
        numbers = ", ".join(str(m.contact_id) for m in taken)
        raise NetkitError(f"More than one “{who}” is in your workbook (numbers {numbers}); "
                          "give the number instead.")
    return taken[0].contact_id


def _entry(text: str) -> dict[str, str]:
    """ "Ben Becker, Sunfield Power" → name and organisation (an e-mail may follow)."""
    parts = [part.strip() for part in text.split(",")]
    entry = {"name": parts[0]}
    for part in parts[1:]:
        if "@" in part:
            entry["email"] = part
        elif part and "organization" not in entry:
            entry["organization"] = part
    return entry


@main.command()
@click.argument("who")
@click.option("--on", "on", default=None, help="When you talked (YYYY-MM-DD; default today).")
@click.option("--asked/--not-asked", "asked", default=None,
              help="Whether you asked “Who else should I talk to?” (one is required).")
@click.option("--name", "names", multiple=True, metavar='"NAME, ORGANISATION"',
              help="A person they suggested; repeat for each (an e-mail may follow).")
@click.option("--notes", default=None, help="What you talked about.")
@click.option("--next-step", "next_step", default=None, help="What you will do next.")
@click.option("--thanked", is_flag=True, help="You already sent your thank-you.")
@click.pass_context
def log(ctx: click.Context, who: str, on: str | None, asked: bool | None,
        names: tuple[str, ...], notes: str | None, next_step: str | None,
        thanked: bool) -> None:
    """Log a conversation held with WHO (a name or a contact number): each --name becomes
    a contact introduced by them, and the thank-you and "write to them" reminders are set."""
    from ..dates import to_date, today

    if asked is None:
        raise NetkitError("Say whether you asked who else you should talk to: "
                          "--asked or --not-asked.")
    day = to_date(on, "date of the conversation") or today()
    with open_from(ctx) as wb:
        speaker = _who(wb, who)
        before = wb.count_contacts(include_archived=True)
        fields: dict[str, Any] = {"notes": notes, "next_step": next_step}
        if thanked:
            fields["thank_you_sent_on"] = day
        wb.log_conversation(speaker, day, asked, [_entry(n) for n in names], **fields)
        added = wb.count_contacts(include_archived=True) - before
        first = wb.contact(speaker)["name"].split(" ")[0]
        due = [row for row in wb.due_text(day).splitlines() if first in row or "Write" in row]
    linked = len(names) - added
    counts = f"{len(names)} name(s): {added} new" + (f", {linked} already in your workbook"
                                                     if linked else "")
    echo(f"netkit: logged your conversation with {first} ({counts}).")
    if not asked:
        echo("netkit: next time, end with “Who else should I talk to?”. "
                   "Your thank-you can still ask it.")
    for line in due:
        echo(f"  {line.strip()}")
