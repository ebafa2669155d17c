"""The names someone gave you, added inline, one row each: who, where, how to reach them,
and what they said about introducing you. Before anything is saved, each row says when
the person may already be in your workbook and asks "same person?"."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..text import escape
from .common import View
from .style import LABEL_AUTO

__all__ = ["NamesForm", "NameRow", "reach_fields"]

SAME, APART = "same", "apart"


def reach_fields(text: str) -> dict[str, str]:
    """ "ben@example.org", "+1 555 0100" or "linkedin.com/in/ben" → the field it belongs in."""
    value = (text or "").strip()
    if not value:
        return {}
    if "@" in value and " " not in value:
        return {"email": value}
    if "/" in value or value.lower().startswith(("http", "www.", "linkedin")):
        return {"profile_url": value}
    return {"phone": value}


def _box(description: str, placeholder: str = "", width: str = "220px") -> widgets.Text:
    return widgets.Text(description=description, placeholder=placeholder, style=LABEL_AUTO,
                        continuous_update=True,
                        layout=widgets.Layout(flex=f"1 1 {width}", min_width="0"))


class NameRow(widgets.VBox):
    """One person they named. ``entry()`` gives what ``log_conversation`` takes."""

    def __init__(self, number: int):
        self.name = _box("Name", "e.g. Ben Becker")
        self.organization = _box("Organisation", "where they work")
        self.title = _box("Title", "their role")
        self.reach = _box("How to reach them", "e-mail, phone or profile link", "260px")
        for field in ("name", "organization", "title", "reach"):
            getattr(self, field).add_class(f"netkit-name-{field}")
        self.mention = widgets.Checkbox(description="You may mention my name", indent=False,
                                        layout=widgets.Layout(width="auto"))
        self.offered = widgets.Checkbox(description="They offered to introduce me",
                                        indent=False, layout=widgets.Layout(width="auto"))
        self.copy = widgets.Checkbox(description="Copy them when I write", indent=False,
                                     layout=widgets.Layout(width="auto"))
        self.remove = widgets.Button(description="Remove", icon="times",
                                     layout=widgets.Layout(width="auto"))
        self.match_text = widgets.HTML()
        self.same = widgets.ToggleButtons(
            options=[("Yes, the same person", SAME), ("No, someone else", APART)], value=APART,
            style={"button_width": "170px"})
        self.same.add_class("netkit-same-person")
        self.match_box = widgets.VBox([self.match_text, self.same],
                                      layout=widgets.Layout(display="none"))
        self.match_box.add_class("netkit-match")
        self.match_id: int | None = None
        fields = widgets.Box([self.name, self.organization, self.title, self.reach],
                             layout=widgets.Layout(flex_flow="row wrap", width="100%"))
        flags = widgets.HBox([self.mention, self.offered, self.copy, self.remove],
                             layout=widgets.Layout(flex_flow="row wrap"))
        super().__init__([widgets.HTML(f"<b>Name {number}</b>"), fields, flags,
                          self.match_box], layout=widgets.Layout(width="100%"))
        self.add_class("netkit-name-row")
        self.add_class("netkit-card")

    def fields(self) -> dict[str, Any]:
        """The contact fields typed so far."""
        found: dict[str, Any] = {"name": self.name.value.strip()}
        for key in ("organization", "title"):
            if getattr(self, key).value.strip():
                found[key] = getattr(self, key).value.strip()
        found.update(reach_fields(self.reach.value))
        return found

    def show_match(self, match: Any, contact: dict[str, Any] | None) -> None:
        """Say who this may be (``match`` from the identity rule), or hide the question."""
        if match is None or contact is None:
            self.match_id = None
            self.match_box.layout.display = "none"
            return
        self.match_id = int(match.contact_id)
        where = f", {contact['organization']}" if contact.get("organization") else ""
        archived = " (archived)" if contact.get("archived") else ""
        self.match_text.value = (
            f"<div class='netkit-muted'>Already in your workbook: <b>{escape(contact['name'])}"
            f"</b>{escape(where)}{archived} — same person? <small>({escape(match.reason)})"
            "</small></div>")
        self.same.value = SAME if match.taken else APART
        self.match_box.layout.display = "flex"

    def entry(self) -> dict[str, Any]:
        """The entry for ``log_conversation``: fields, flags and the answer to "same person?"."""
        entry = {**self.fields(), "mention": self.mention.value, "offered": self.offered.value,
                 "copy_introducer": self.copy.value}
        if self.match_id is not None:
            entry["same_as"] = self.match_id if self.same.value == SAME else None
        return entry


class NamesForm(View):
    """Any number of :class:`NameRow`; ``entries()`` for the names typed, blank rows left
    out. ``speaker_id`` is left out of the matches (nobody names themselves)."""

    def __init__(self, wb: Any, message: Any = None, offered: bool = False):
        if message is not None:
            self.message = message
        self.offered = offered  # new rows start with "they offered to introduce me" ticked
        self.speaker_id: int | None = None
        self.rows: list[NameRow] = []
        self.list = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.add = widgets.Button(description="Add a name", icon="plus",
                                  layout=widgets.Layout(width="auto", align_self="flex-start"))
        self.add.add_class("netkit-add-name")
        super().__init__(wb, [self.list, self.add], layout=widgets.Layout(width="100%"))
        self.add_class("netkit-names")
        self.when_clicked(self.add, lambda _b: self.add_row())
        self.clear()

    def clear(self) -> None:
        """One empty row."""
        self.rows = []
        self.add_row()

    def add_row(self) -> NameRow:
        row = NameRow(len(self.rows) + 1)
        row.offered.value = self.offered
        for box in (row.name, row.organization, row.reach):
            self.when_changed(box, lambda _c, r=row: self._match(r))
        self.when_clicked(row.remove, lambda _b, r=row: self._remove(r))
        self.rows.append(row)
        self.list.children = tuple(self.rows)
        return row

    def _remove(self, row: NameRow) -> None:
        self.rows = [r for r in self.rows if r is not row]
        self.list.children = tuple(self.rows)
        if not self.rows:
            self.add_row()

    def _match(self, row: NameRow) -> None:
        fields = row.fields()
        if not fields["name"]:
            row.show_match(None, None)
            return
        exclude = [self.speaker_id] if self.speaker_id is not None else []
        matches = self.wb.match_person(exclude=exclude, **fields)
        if not matches:
            row.show_match(None, None)
            return
        row.show_match(matches[0], self.wb.contact(matches[0].contact_id))

    def entries(self) -> list[dict[str, Any]]:
        """The names typed, as entries for ``log_conversation`` (blank rows left out)."""
        return [row.entry() for row in self.rows if row.name.value.strip()]
