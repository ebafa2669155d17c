"""The preparation for one conversation: what you know about them, your one-line "why
me", and the three things you most want to learn."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..conversations import LEARN_COUNT
from .common import Message, View
from .style import LABEL_90

__all__ = ["PreparationForm"]

EXAMPLES = (
    "e.g. How their team decides what to work on",
    "e.g. Which skills they wish new people had",
    "e.g. Where the field is heading in the next few years",
)


def _wide() -> widgets.Layout:
    return widgets.Layout(width="100%", max_width="640px")


class PreparationForm(View):
    """``load(conversation_id)`` fills it; ``save.click()`` saves it (then ``saved()``)."""

    def __init__(self, wb: Any, message: Message):
        self.message = message
        self.conversation_id: int | None = None
        self.saved: Any = None
        self.known = widgets.Textarea(
            description="I know", layout=_wide(), rows=3, style=LABEL_90,
            placeholder="Their role, a talk or post of theirs, who introduced you…")
        self.why_you = widgets.Text(
            description="Why me", layout=_wide(), style=LABEL_90,
            placeholder="One line on what you bring (from your profile)")
        self.learn = [
            widgets.Text(description=f"To learn {n}", layout=_wide(), style=LABEL_90,
                         placeholder=EXAMPLES[(n - 1) % len(EXAMPLES)])
            for n in range(1, LEARN_COUNT + 1)
        ]
        self.save = widgets.Button(description="Save preparation", icon="check",
                                   layout=widgets.Layout(width="auto", align_self="flex-start"))
        super().__init__(wb, [self.known, self.why_you, *self.learn, self.save, message],
                         layout=widgets.Layout(width="100%"))
        self.when_clicked(self.save, self._on_save)

    def load(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id
        preparation = self.wb.preparation(conversation_id)
        self.known.value = preparation["known"]
        self.why_you.value = preparation["why_you"]
        for n, box in enumerate(self.learn):
            box.value = preparation["learn"][n] if n < len(preparation["learn"]) else ""

    def _on_save(self, _button: Any) -> None:
        if self.conversation_id is None:
            return
        self.wb.prepare_conversation(self.conversation_id, known=self.known.value,
                                     why_you=self.why_you.value,
                                     learn=[box.value for box in self.learn])
        self.message.ok("Preparation saved.")
        if self.saved:
            self.saved()
