"""The script builder: pick questions by category, order them, keep the closing ones last."""

from __future__ import annotations

import ipywidgets as widgets

from ..interview.placeholders import personalise
from ..interview.questions import CATEGORIES
from ..interview.script import BUDGETS, OWN_CATEGORY
from ..text import escape
from .common import View, guarded

__all__ = ["ScriptBuilder"]


def _full():  # a fresh layout each time: widgets must never share one
    return widgets.Layout(width="100%")


def _small_button():
    return widgets.Layout(width="36px", min_width="36px")


class ScriptBuilder(View):
    """The questions of one script (a conversation's, or the general one when None).

    ``on_change`` is called after every change, so a parent can refresh its downloads.
    """

    def __init__(self, wb, on_change=None):
        self.wb = wb
        self.conversation_id: int | None = None
        self.on_change = on_change
        super().__init__(wb, layout=_full())
        self.pending_removal: int | None = None
        self.row_controls: list[dict] = []

        self.length = widgets.ToggleButtons(
            options=[(f"{m} minutes", m) for m in BUDGETS],
            value=BUDGETS[0],
            description="Length",
            style={"button_width": "auto"},  # each button as wide as its label, never cut
        )
        self.length.add_class("netkit-length")
        self.estimate = widgets.HTML()
        self.estimate.add_class("netkit-estimate")
        self.start_button = widgets.Button(
            description="Start from the suggested questions",
            button_style="primary",
            icon="magic",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.rows = widgets.VBox(layout=_full())
        self.rows.add_class("netkit-script")

        self.confirm_text = widgets.HTML()
        self.confirm_yes = widgets.Button(
            description="Yes, remove it",
            button_style="danger",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.confirm_no = widgets.Button(
            description="Keep it",
            button_style="success",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.confirm = widgets.VBox(
            [self.confirm_text, widgets.HBox([self.confirm_yes, self.confirm_no])],
            layout=widgets.Layout(display="none"),
        )
        self.confirm.add_class("netkit-confirm")

        self.category = widgets.Dropdown(
            options=[(label, key) for key, label in CATEGORIES.items()],
            description="Category",
            layout=widgets.Layout(width="100%", max_width="420px"),
        )
        self.question = widgets.Dropdown(description="Question", layout=_full())
        self.note = widgets.HTML()
        self.add_button = widgets.Button(
            description="Add to script",
            icon="plus",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.own_text = widgets.Text(
            placeholder="Or write your own question, e.g. "
            "What do you look for in a new analyst at {organization}?",
            description="Your own",
            layout=_full(),
        )
        self.own_category = widgets.Dropdown(
            options=[(label, key) for key, label in CATEGORIES.items()],
            value=OWN_CATEGORY,
            description="Under",
            tooltip="Which part of the conversation your question belongs to",
            layout=widgets.Layout(width="auto", max_width="420px"),
        )
        self.own_category.add_class("netkit-own-category")
        self.add_own_button = widgets.Button(
            description="Add my own question",
            icon="pencil",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.add_own_button.add_class("netkit-add-own")
        placeholders = widgets.HTML(
            "<small class='netkit-muted'>Write {first_name}, {organization}, {industry}, "
            "{title} or {introducer} and netkit fills in the person's details (and "
            "{my_focus}, from your profile).</small>"
        )
        adder = widgets.VBox(
            [
                widgets.HTML("<b>Add a question</b>"),
                self.category,
                self.question,
                self.note,
                self.add_button,
                self.own_text,
                placeholders,
                widgets.HBox(
                    [self.own_category, self.add_own_button],
                    layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                          width="100%"),
                ),
            ],
            layout=_full(),
        )
        adder.add_class("netkit-card")
        self.children = [self.length, self.estimate, self.message, self.start_button, self.rows,
                         self.confirm, adder]
        self._length_handler = self.when_changed(self.length, self._on_length)
        self.when_clicked(self.start_button, self._on_start)
        self.when_clicked(self.confirm_yes, self._on_confirm_yes)
        self.when_clicked(self.confirm_no, self._on_confirm_no)
        self.when_changed(self.category, lambda _: self._fill_bank())
        self.when_changed(self.question, lambda _: self._show_note())
        self.when_clicked(self.add_button, self._on_add)
        self.when_clicked(self.add_own_button, self._on_add_own)
        self._fill_bank()
        self.refresh()

    # ----- state -----------------------------------------------------------------------------

    def set_conversation(self, conversation_id: int | None) -> None:
        """Show the script of this conversation (None: the general script)."""
        self.conversation_id = conversation_id
        self.pending_removal = None
        self.confirm.layout.display = "none"
        self._fill_bank()
        self.refresh()

    def refresh(self) -> None:
        script = self.wb.script(self.conversation_id)
        budget = self.wb.script_budget(self.conversation_id)
        if budget in BUDGETS and self.length.value != budget:
            self._quiet_length(budget)
        estimate = self.wb.script_estimate(self.conversation_id)
        self.estimate.value = (
            f"<div class='netkit-estimate-text'>{escape(estimate['message'])}</div>"
        )
        self.estimate.remove_class("netkit-over")
        if estimate["over"]:
            self.estimate.add_class("netkit-over")
        self.start_button.layout.display = "none" if len(script) else None
        self.row_controls = []
        rows = [self._row(item, len(script)) for item in script.itertuples()]
        reminder = self.wb.script_reminder(self.conversation_id)
        if reminder and len(script):
            box = widgets.HTML(
                "<div class='netkit-reminder-box'>"
                f"<b>Reminder on your sheet:</b> {escape(reminder)}</div>"
            )
            box.add_class("netkit-reminder")
            rows.append(box)
        self.rows.children = rows

    def _row(self, item, count: int) -> widgets.Widget:
        category = CATEGORIES.get(item.category, item.category)
        pin = " · <b>always last</b>" if item.closing else ""
        label = widgets.HTML(
            f"<div class='netkit-item'><span class='netkit-item-text'>{item.position}. "
            f"{escape(item.text)}</span><br><small class='netkit-muted'>{escape(category)} · "
            f"{item.minutes:g} min{pin}</small></div>",
            layout=widgets.Layout(flex="1 1 240px", min_width="0"),
        )
        up = widgets.Button(icon="arrow-up", tooltip="Move up", layout=_small_button())
        down = widgets.Button(icon="arrow-down", tooltip="Move down", layout=_small_button())
        remove = widgets.Button(
            icon="times", tooltip="Remove from the script", layout=_small_button()
        )
        if item.closing:
            up.disabled = down.disabled = True
            up.tooltip = down.tooltip = "The closing questions always stay at the end"
        self.when_clicked(up, lambda _, i=item.item_id: self._move(i, -1))
        self.when_clicked(down, lambda _, i=item.item_id: self._move(i, 1))
        pinned = bool(item.pinned)
        self.when_clicked(remove, lambda _, i=item.item_id, t=item.text: self._remove(i, pinned, t))
        self.row_controls.append(
            {
                "item_id": int(item.item_id),
                "text": item.text,
                "up": up,
                "down": down,
                "remove": remove,
                "closing": bool(item.closing),
            }
        )
        row = widgets.HBox(
            [label, up, down, remove],
            layout=widgets.Layout(width="100%", align_items="center"),
        )
        row.add_class("netkit-script-item")
        if item.closing:
            row.add_class("netkit-closing")
        return row

    def _fill_bank(self) -> None:
        """The bank's questions of the chosen category, worded for the chosen person (the
        same filling as the script: no raw {placeholders})."""
        bank = self.wb.questions(category=self.category.value)
        values = self.wb.script_values(self.conversation_id)
        chosen = self.question.value
        self.question.options = [
            (personalise(text, values), int(qid))
            for qid, text in zip(bank["id"], bank["text"], strict=True)
        ]
        ids = [qid for _, qid in self.question.options]
        self.question.value = chosen if chosen in ids else (ids[0] if ids else None)
        self._show_note()

    def _show_note(self) -> None:
        if self.question.value is None:
            self.note.value = ""
            return
        question = self.wb.question(self.question.value)
        self.note.value = (
            f"<small class='netkit-muted'>When to use it: {escape(question['note'])} "
            f"(about {question['minutes']:g} min)</small>"
        )

    def _changed(self) -> None:
        self.refresh()
        if self.on_change:
            self.on_change()

    def _quiet_length(self, value: int) -> None:
        self.length.unobserve(self._length_handler, "value")
        self.length.value = value
        self.length.observe(self._length_handler, "value")

    # ----- actions ---------------------------------------------------------------------------

    @guarded()
    def _on_length(self, change) -> None:
        self.wb.set_script_budget(change["new"], self.conversation_id)
        self._fill_bank()  # "about {minutes} minutes" follows the length
        self._changed()

    @guarded()
    def _on_start(self, _=None) -> None:
        count = self.wb.start_script(self.conversation_id)
        self.message.ok(f"Your script has {count} questions. Reorder or remove any you like.")
        self._changed()

    @guarded()
    def _on_add(self, _=None) -> None:
        if self.question.value is None:
            self.message.error("Pick a question to add.")
            return
        self.wb.add_to_script(self.question.value, self.conversation_id)
        label = CATEGORIES.get(self.category.value, self.category.value)
        self.message.ok(f"Added under “{label}”, before the closing questions.")
        self._changed()

    @guarded()
    def _on_add_own(self, _=None) -> None:
        self.wb.add_own_question_to_script(
            self.own_text.value, self.own_category.value, self.conversation_id
        )
        self.own_text.value = ""
        label = CATEGORIES.get(self.own_category.value, self.own_category.value)
        self.message.ok(
            f"Your question is in the script under “{label}” and saved in your question bank."
        )
        self._fill_bank()
        self._changed()

    @guarded()
    def _move(self, item_id: int, steps: int) -> None:
        self.wb.move_script_item(item_id, steps)
        self.message.clear()
        self._changed()

    @guarded()
    def _remove(self, item_id: int, pinned: bool, text: str) -> None:
        if pinned:
            self.pending_removal = item_id
            self.confirm_text.value = (
                f"<b>Remove “{escape(text)}”?</b><br>This closing question is how one "
                "conversation leads to the next. If you remove it, your sheet will still "
                "remind you to ask it."
            )
            self.confirm.layout.display = "flex"
            return
        self.wb.remove_from_script(item_id)
        self.message.clear()
        self._changed()

    @guarded()
    def _on_confirm_yes(self, _=None) -> None:
        if self.pending_removal is not None:
            self.wb.remove_from_script(self.pending_removal, confirm=True)
        self.pending_removal = None
        self.confirm.layout.display = "none"
        self.message.note("Removed. Your sheet carries a reminder to ask it anyway.")
        self._changed()

    def _on_confirm_no(self, _=None) -> None:
        self.pending_removal = None
        self.confirm.layout.display = "none"
