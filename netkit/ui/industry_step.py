"""Industries for many people at once: "12 people at GreenGrid — which industry?"

Imported contacts carry no industry, so a search by field or "Who could introduce me?"
misses them. This step asks once per organisation and saves every answer in one click.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..text import escape, fold
from .common import Notifies, guarded

__all__ = ["IndustryStep", "industry_choices"]

SHOWN = 8


def industry_choices(wb: Any) -> list[str]:
    """Industries to suggest: your target industries first, then those your contacts work
    in (each once, whatever its capitals or accents)."""
    choices: dict[str, str] = {}
    for industry in [*(wb.profile().get("target_industries") or []), *wb.industries(50)]:
        if industry and fold(industry) not in choices:
            choices[fold(industry)] = industry
    return list(choices.values())


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count:,} people"


class _OrganizationRow(widgets.HBox):
    """One organisation: how many people there have no industry, and a box for it."""

    def __init__(self, organization: str, people: int, suggested: str, choices: list[str]):
        self.organization = organization
        self.people = people
        self.label = widgets.HTML(
            f"<span class='netkit-org-count'><b>{_people(people)}</b> at "
            f"<b>{escape(organization)}</b></span>",
            layout=widgets.Layout(flex="0 1 300px", min_width="0"))
        self.industry = widgets.Combobox(
            value=suggested, options=choices, ensure_option=False,
            placeholder="which industry?", layout=widgets.Layout(flex="0 1 320px",
                                                                 min_width="0"))
        self.industry.add_class("netkit-org-industry")
        super().__init__([self.label, self.industry],
                         layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                               width="100%"))
        self.add_class("netkit-org-row")


class IndustryStep(Notifies):
    """A line saying how many people have no industry yet, which opens a short form: one
    row per organisation (most people first), one "Save industries" button.

    Plain values for code and tests: ``count`` (people without an industry), ``is_open``,
    ``rows`` (each with ``organization``, ``people`` and an ``industry`` box), buttons
    ``start``, ``save`` and ``not_now``; ``refresh()`` re-reads the workbook;
    ``show_organizations()`` opens the rows; ``on_change(callback)`` runs after a save.
    """

    def __init__(self, wb: Any, shown: int = SHOWN):
        super().__init__(wb)
        self.shown = shown
        self.count = 0
        self.is_open = False
        self.rows: list[_OrganizationRow] = []
        self.summary = widgets.HTML(layout=widgets.Layout(flex="1 1 260px", min_width="0"))
        self.start = widgets.Button(description="Fill in industries", icon="pencil",
                                    layout=widgets.Layout(width="auto"))
        self.start.add_class("netkit-fill-industries")
        self.bar = widgets.HBox([self.summary, self.start],
                                layout=widgets.Layout(flex_flow="row wrap",
                                                      align_items="center", width="100%"))
        self.bar.add_class("netkit-industry-bar")
        self.title = widgets.HTML(
            "<h4 class='netkit-form-title'>Which industry is each organisation in?</h4>"
            "<p class='netkit-lead'>Then a search for a field finds these people, and "
            "“Who could introduce me?” counts them. Only people without an industry get "
            "the one you type.</p>")
        self.rows_box = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.more = widgets.HTML()
        self.more.add_class("netkit-muted")
        self.save = widgets.Button(description="Save industries", icon="check",
                                   button_style="primary", layout=widgets.Layout(width="auto"))
        self.save.add_class("netkit-save-industries")
        self.not_now = widgets.Button(description="Not now", layout=widgets.Layout(width="auto"))
        self.not_now.add_class("netkit-close-industries")
        self.panel = widgets.VBox(
            [self.title, self.rows_box, self.more,
             widgets.HBox([self.save, self.not_now], layout=widgets.Layout(flex_flow="row wrap"))],
            layout=widgets.Layout(width="100%", display="none"))
        self.panel.add_class("netkit-card")
        self.panel.add_class("netkit-industry-panel")
        self.children = (self.bar, self.panel, self.message)
        self.add_class("netkit-industries")
        self.when_clicked(self.start, lambda _b: self.show_organizations())
        self.when_clicked(self.not_now, lambda _b: self._show(False))
        self.when_clicked(self.save, self._on_save)
        self.refresh()

    @guarded()
    def refresh(self) -> None:
        """Re-read how many people have no industry (and the rows, when open)."""
        self.count = self.wb.count_without_industry()
        if self.is_open:
            self._fill()
        self._show(self.is_open and bool(self.rows))

    @guarded()
    def show_organizations(self) -> None:
        """Show the organisations (nothing happens when everyone has an industry)."""
        self.message.clear()
        self.count = self.wb.count_without_industry()
        self._fill()
        self._show(bool(self.rows))

    def _fill(self) -> None:
        frame = self.wb.organizations_without_industry()
        choices = industry_choices(self.wb)
        self.rows = [_OrganizationRow(str(r["organization"]), int(r["people"]),
                                      str(r["suggested"] or ""), choices)
                     for r in frame.head(self.shown).to_dict("records")]
        self.rows_box.children = self.rows
        rest = len(frame) - len(self.rows)
        people = int(frame["people"].iloc[len(self.rows):].sum()) if rest > 0 else 0
        self.more.value = (
            f"<p class='netkit-tight'>And {rest:,} more organisation"
            f"{'' if rest == 1 else 's'} ({_people(people)}): save these to see the next.</p>"
            if rest > 0 else "")

    def _show(self, is_open: bool) -> None:
        self.is_open = is_open
        self.panel.layout.display = None if is_open else "none"
        waiting = self.count > 0 and not is_open
        self.bar.layout.display = None if waiting else "none"
        self.summary.value = (
            f"<span class='netkit-hint'><b>{_people(self.count)}</b> "
            f"{'has' if self.count == 1 else 'have'} no industry yet, so a search for a "
            "field misses them.</span>" if waiting else "")

    def _on_save(self, _button) -> None:
        filled = {row.organization: row.industry.value for row in self.rows
                  if row.industry.value.strip()}
        if not filled:
            self.message.note("Type an industry for at least one organisation, then save.")
            return
        counts = self.wb.set_industry_by_organization(filled)
        total = sum(counts.values())
        where = ", ".join(f"{n:,} at {org}" for org, n in counts.items() if n)
        self.refresh()
        self._changed()
        self.message.ok(f"Industry saved for {_people(total)}"
                        + (f" ({where})." if where else "."))
