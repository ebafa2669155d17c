"""A person's page, beside their details: the path that led to them, what happened with
them in time order, a note, and the actions that fit (ask, plan a conversation, log one)."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..text import escape
from .common import Message, View

__all__ = ["PersonPanel"]

SHOWN = 12


class PersonPanel(View):
    """``show(contact_id)`` fills it; ``on_ask``, ``on_prepare``, ``on_log`` (set by the
    app) open the other steps for this person."""

    def __init__(self, wb: Any):
        self.contact_id: int | None = None
        self.on_ask: Any = None
        self.on_prepare: Any = None
        self.on_log: Any = None
        self.path = widgets.HTML()
        self.path.add_class("netkit-path")
        self.ask_button = widgets.Button(description="Ask them", icon="envelope",
                                  layout=widgets.Layout(width="auto"))
        self.plan_button = widgets.Button(description="Plan a conversation", icon="calendar",
                                   layout=widgets.Layout(width="auto"))
        self.log_button = widgets.Button(description="Log a conversation", icon="pencil",
                                  layout=widgets.Layout(width="auto"))
        for button, name in ((self.ask_button, "ask"), (self.plan_button, "plan"),
                             (self.log_button, "log")):
            button.add_class(f"netkit-person-{name}")
        self.note = widgets.Text(placeholder="A note: what you heard, what you talked about",
                                 layout=widgets.Layout(flex="1 1 200px", min_width="0"))
        self.add_note = widgets.Button(description="Add note",
                                       layout=widgets.Layout(width="auto", min_width="96px"))
        self.history = widgets.HTML()
        self.history.add_class("netkit-timeline")
        self.message = Message()
        super().__init__(wb, [
            self.path,
            widgets.HBox([self.ask_button, self.plan_button, self.log_button],
                         layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.note, self.add_note],
                         layout=widgets.Layout(width="100%", flex_flow="row wrap")),
            self.message, self.history,
        ])
        self.add_class("netkit-person")
        self.when_clicked(self.ask_button, lambda _b: self._go(self.on_ask))
        self.when_clicked(self.plan_button, lambda _b: self._go(self.on_prepare))
        self.when_clicked(self.log_button, lambda _b: self._go(self.on_log, keyword="contact_id"))
        self.when_clicked(self.add_note, self._on_note)
        self.show(None)

    def show(self, contact_id: int | None) -> None:
        """Show this person (None hides the panel, as for a new contact)."""
        self.contact_id = contact_id
        self.layout.display = "none" if contact_id is None else "flex"
        self.message.clear()
        if contact_id is None:
            return
        self.path.value = f"<div class='netkit-chain'>{escape(self.wb.path_text(contact_id))}</div>"
        items = self.wb.timeline(contact_id)
        rows = "".join(f"<li><span class='netkit-muted'>{item['on']:%d %b %Y}</span> "
                       f"{escape(item['what'])}</li>" for item in reversed(items[-SHOWN:]))
        more = (f"<li class='netkit-muted'>… and {len(items) - SHOWN} earlier</li>"
                if len(items) > SHOWN else "")
        self.history.value = (f"<details open><summary><b>What happened</b></summary>"
                              f"<ul class='netkit-tight'>{rows}{more}</ul></details>")

    def _go(self, action: Any, keyword: str | None = None) -> None:
        if action is None or self.contact_id is None:
            return
        if keyword:
            action(**{keyword: self.contact_id})
        else:
            action(self.contact_id)

    def _on_note(self, _button: Any) -> None:
        if self.contact_id is None:
            return
        self.wb.add_note(self.contact_id, self.note.value)
        self.note.value = ""
        self.message.ok("Note added. It counts as being in touch.")
        self.show(self.contact_id)
