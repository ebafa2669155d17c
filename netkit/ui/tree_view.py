"""The referral tree as a person reads it: one row per generation (how many, how many met,
waiting, dead ends) with its busiest introducers; open anyone to see who they introduced
and the path that led to them, one level at a time. Quick at any size: a generation shows
at most a few introducers and "others (k)"."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..text import escape
from .common import View

__all__ = ["TreeView", "STATUS_CLASS"]

SHOWN_LEVELS = 6  # generations shown before "show all"
SHOWN_PEOPLE = 5  # introducers shown per generation; the rest are "others (k)"
STATUS_CLASS = {"met": "netkit-met", "waiting": "netkit-waiting", "dead end": "netkit-dead",
                "your list": "netkit-own"}
NAMES = {0: "Your own list", 1: "Introduced by them"}


def _chips(statuses: dict[str, int]) -> str:
    return " ".join(
        f"<span class='netkit-chip {STATUS_CLASS[status]}'>{count} {escape(status)}</span>"
        for status, count in statuses.items() if count)


class TreeView(View):
    """``refresh()`` reads the generations; ``show_branch(contact_id)`` shows one person's branch.
    ``on_person`` (set by the dashboard) opens a person's page."""

    def __init__(self, wb: Any):
        self.on_person: Any = None
        self.opened: int | None = None
        self.everything = False
        self.more = widgets.Button(description="Show every generation",
                                   layout=widgets.Layout(width="auto"))
        self.levels = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.detail = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.detail.add_class("netkit-branch")
        super().__init__(wb, [self.levels, self.detail], layout=widgets.Layout(width="100%"))
        self.add_class("netkit-tree")
        self.when_clicked(self.more, self._show_everything)

    def _show_everything(self, _button: Any) -> None:
        self.everything = True
        self.refresh()

    def refresh(self) -> None:
        levels = self.wb.generations()
        rows: list[widgets.Widget] = []
        shown = levels if self.everything else levels[:SHOWN_LEVELS]
        for level in shown:
            depth = level["depth"]
            name = NAMES.get(depth, f"Generation {depth}")
            header = widgets.HTML(
                f"<div class='netkit-generation'><b>{escape(name)}</b> · {level['people']:,} "
                f"{'person' if level['people'] == 1 else 'people'} {_chips(level['statuses'])}"
                "</div>")
            people = []
            for person in level["introducers"][:SHOWN_PEOPLE]:
                button = widgets.Button(
                    description=f"{person['name']} → {person['introduced']}",
                    tooltip=f"{person['name']} introduced you to {person['introduced']} "
                    f"({person['status']}): open their branch",
                    layout=widgets.Layout(width="auto"))
                button.add_class("netkit-node")
                button.add_class(STATUS_CLASS[person["status"]])
                self.when_clicked(button, lambda _b, c=int(person["id"]): self.show_branch(c))
                people.append(button)
            others = level["others"] + max(0, len(level["introducers"]) - SHOWN_PEOPLE)
            if others:
                people.append(widgets.HTML(f"<span class='netkit-muted'>others "
                                           f"({others:,})</span>"))
            box = widgets.Box(people, layout=widgets.Layout(flex_flow="row wrap"))
            rows.append(widgets.VBox([header, box], layout=widgets.Layout(width="100%")))
            rows[-1].add_class("netkit-level")
        if len(shown) < len(levels):
            self.more.description = f"Show the other {len(levels) - len(shown)} generations"
            rows.append(self.more)
        if len(levels) <= 1:
            rows.append(widgets.HTML("<p class='netkit-muted'>The tree grows when someone on "
                                     "your list introduces you to someone new.</p>"))
        self.levels.children = rows
        if self.opened is not None:
            self.show_branch(self.opened)

    def show_branch(self, contact_id: int) -> None:
        """Show who ``contact_id`` introduced, and the path that led to them."""
        self.opened = int(contact_id)
        person = self.wb.contact(contact_id)
        path = widgets.HTML(f"<div class='netkit-chain'>{escape(self.wb.path_text(contact_id))}"
                            "</div>")
        page = widgets.Button(description=f"Open {person['name']}'s page", icon="user",
                              layout=widgets.Layout(width="auto"))
        self.when_clicked(page, lambda _b: self.on_person and self.on_person(self.opened))
        children = []
        for child in self.wb.introduced_by(contact_id):
            label = child["name"] + (f" → {child['introduced']}" if child["introduced"] else "")
            button = widgets.Button(description=label, tooltip=f"{child['name']}: "
                                    f"{child['status']}", layout=widgets.Layout(width="auto"))
            button.add_class("netkit-node")
            button.add_class(STATUS_CLASS[child["status"]])
            self.when_clicked(button, lambda _b, c=int(child["id"]): self.show_branch(c))
            children.append(button)
        told = (f"<b>{escape(person['name'])}</b> introduced you to {len(children)} "
                f"{'person' if len(children) == 1 else 'people'}:" if children else
                f"<b>{escape(person['name'])}</b> has not introduced you to anyone yet.")
        self.detail.children = [path, widgets.HTML(told),
                                widgets.Box(children, layout=widgets.Layout(flex_flow="row wrap")),
                                page, self.message]
