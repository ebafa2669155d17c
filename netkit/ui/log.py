"""The Log tab: how did it go? Notes, whether you asked who else to talk to, the names
you were given (each becomes a contact introduced by them), and what to do next; then
the people you were given, each one click from its next step."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import ipywidgets as widgets

from ..dates import today
from ..text import escape
from .common import Message, View, heading
from .drafts import draft_links
from .names_form import NamesForm

__all__ = ["LogView", "OTHER"]

OTHER = "other"
PAGE = 20
_WRAP = {"flex_flow": "row wrap", "align_items": "center"}


def _label(row: dict[str, Any]) -> str:
    when = row["scheduled_for"] if isinstance(row["scheduled_for"], str) else ""
    if when:
        moment = datetime.fromisoformat(when)
        when = f"{moment:%a} {moment.day} {moment:%b}"
    return f"{row['contact_name']} — {when or 'no date yet'}"


class LogView(View):
    """Log a conversation that was held, and move on the introductions it brought.

    Plain values for code and tests: ``conversation.value`` (a planned conversation's id,
    or ``OTHER``), ``person.value`` (a contact id, for a conversation not planned),
    ``held_on.value``, ``answers`` (a Textarea per script question), ``notes.value``,
    ``asked.value`` (True/False), ``names`` (a :class:`NamesForm`), ``next_step.value``,
    ``thanked.value``; ``save.click()``; ``given`` (the people you were given).
    """

    def __init__(self, wb: Any, on_person: Any = None):
        self.on_person = on_person
        self.after_message = Message()
        self.given_message = Message()
        self.conversation = widgets.Dropdown(description="Which conversation",
                                             style={"description_width": "130px"},
                                             layout=widgets.Layout(width="min(100%, 560px)"))
        self.find = widgets.Text(placeholder="Type a name", description="With",
                                 style={"description_width": "130px"},
                                 layout=widgets.Layout(width="min(100%, 560px)"))
        self.person = widgets.Select(rows=5, layout=widgets.Layout(width="min(100%, 560px)"))
        self.person.add_class("netkit-log-person")
        self.conversation.add_class("netkit-log-conversation")
        self.other_box = widgets.VBox([self.find, self.person],
                                      layout=widgets.Layout(display="none"))
        self.held_on = widgets.DatePicker(description="When", value=today(),
                                          style={"description_width": "130px"})
        self.answers_box = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.answers: list[tuple[int, widgets.Textarea]] = []
        self.notes = widgets.Textarea(description="Notes", rows=3,
                                      placeholder="What you learned, what they suggested",
                                      style={"description_width": "130px"},
                                      layout=widgets.Layout(width="100%", max_width="720px"))
        self.asked = widgets.ToggleButtons(
            options=[("Yes, I asked who else", True), ("No, not this time", False)],
            value=None, description="I asked who else I should talk to",
            style={"description_width": "initial", "button_width": "180px"})
        self.asked.add_class("netkit-asked")
        self.not_asked = widgets.HTML()
        self.names = NamesForm(wb, message=None)
        self.names_box = widgets.VBox([heading("The names they gave you", level=4),
                                       self.names], layout=widgets.Layout(display="none"))
        self.next_step = widgets.Text(description="Next step", style={"description_width": "130px"},
                                      placeholder="e.g. Read the report she mentioned",
                                      layout=widgets.Layout(width="100%", max_width="720px"))
        self.thanked = widgets.Checkbox(description="I already thanked them", indent=False)
        self.save = widgets.Button(description="Save the conversation", icon="check",
                                   button_style="primary",
                                   layout=widgets.Layout(width="auto", align_self="flex-start"))
        self.save.add_class("netkit-save-log")
        self.after = widgets.HTML()
        self.after.add_class("netkit-after")
        self.given = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.given.add_class("netkit-given")
        self.message = self.names.message = Message()
        super().__init__(wb, [
            heading("How did it go?", "Log the conversation while it is fresh. Every name "
                    "you were given becomes a contact, introduced by the person who gave it."),
            self.conversation, self.other_box, self.held_on,
            self.answers_box, self.notes, self.asked, self.not_asked, self.names_box,
            self.next_step, self.thanked, self.save, self.message, self.after,
            self.after_message,
            heading("People you were given", "Each one moves from a name to a conversation; "
                    "the next step is beside each."),
            self.given_message, self.given,
        ], styled=True, layout=widgets.Layout(width="100%", max_width="980px"))
        self.add_class("netkit-log-view")
        self.when_changed(self.conversation, self._on_conversation)
        self.when_changed(self.find, lambda _c: self._fill_people())
        self.when_changed(self.person, self._on_person)
        self.when_changed(self.asked, self._on_asked)
        self.when_clicked(self.save, self._on_save)
        self.refresh()

    # ----- choosing the conversation ---------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the conversations waiting to be logged and the people you were given."""
        keep = self.conversation.value
        due = self.wb.conversations_to_log()
        planned = self.wb.planned_conversations()
        seen = {row["id"] for row in due}
        options: list[tuple[str, Any]] = [("— choose —", None)]
        options += [(f"{_label(row)} (has it happened?)", int(row["id"])) for row in due]
        options += [(_label(row), int(row["id"])) for row in planned.to_dict("records")
                    if int(row["id"]) not in seen]
        options.append(("A conversation I did not plan here", OTHER))
        self.conversation.options = options
        values = [value for _, value in options]
        if keep is not None and keep in values:
            self.conversation.value = keep
        else:
            self.conversation.index = 0  # shows "— choose —" rather than a blank box
        self._show_given()

    def open_conversation(self, conversation_id: int) -> None:
        """Log this planned conversation (as if picked in the list)."""
        self.refresh()
        self.conversation.value = int(conversation_id)

    def log_with(self, contact_id: int) -> None:
        """Log a conversation with this person, planned or not."""
        self.refresh()
        planned = self.wb.planned_conversations(contact_id)
        if len(planned):
            self.conversation.value = int(planned["id"].iloc[0])
            return
        self.conversation.value = OTHER
        self.find.value = self.wb.contact(contact_id)["name"]
        self.person.value = int(contact_id)

    def _speaker(self) -> int | None:
        if self.conversation.value == OTHER:
            return self.person.value
        if isinstance(self.conversation.value, int):
            return int(self.wb.conversation(self.conversation.value)["contact_id"])
        return None

    def _on_conversation(self, change: dict[str, Any]) -> None:
        value = change["new"]
        self.other_box.layout.display = "flex" if value == OTHER else "none"
        self.after.value = ""
        for message in (self.message, self.after_message):
            message.clear()
        if isinstance(value, int):
            planned = self.wb.conversation(value)
            when = planned["scheduled_for"]
            self.held_on.value = date.fromisoformat(when[:10]) if when else today()
        else:
            self.held_on.value = today()
        if value == OTHER:
            self._fill_people()
        self._show_answers(value if isinstance(value, int) else None)
        self.names.speaker_id = self._speaker()

    def _fill_people(self) -> None:
        page = self.wb.search_contacts(self.find.value.strip() or None, limit=PAGE)
        self.person.options = [
            (f"{row['name']}" + (f" — {row['organization']}"
                                 if isinstance(row["organization"], str) else ""),
             int(row["id"]))
            for row in page.to_dict("records")]

    def _on_person(self, _change: dict[str, Any]) -> None:
        self.names.speaker_id = self._speaker()

    def _show_answers(self, conversation_id: int | None) -> None:
        self.answers = []
        if conversation_id is not None:
            for item in self.wb.script(conversation_id).to_dict("records"):
                box = widgets.Textarea(placeholder="What they said", rows=2,
                                       layout=widgets.Layout(width="100%", max_width="720px"))
                box.add_class("netkit-answer")
                self.answers.append((int(item["item_id"]), box))
        rows: list[widgets.Widget] = []
        if self.answers:
            rows.append(heading("Notes per question", level=4))
            texts = self.wb.script(conversation_id)["text"].tolist()
            for (_, box), text in zip(self.answers, texts, strict=True):
                rows += [widgets.HTML(f"<div class='netkit-muted'>{escape(text)}</div>"), box]
        self.answers_box.children = rows

    def _on_asked(self, change: dict[str, Any]) -> None:
        asked = change["new"]
        self.names_box.layout.display = "flex" if asked else "none"
        if asked is False:
            self.not_asked.value = (
                "<div class='netkit-notice'>That happens to everyone. You can still ask: "
                "your thank-you will carry the question, and netkit drafts it for you after "
                "you save.</div>")
        else:
            self.not_asked.value = ""

    # ----- saving ----------------------------------------------------------------------------

    def _on_save(self, _button: Any) -> None:
        speaker = self._speaker()
        if speaker is None:
            self.message.error("Pick the conversation (or the person you talked with) first.")
            return
        if self.asked.value is None:
            self.message.error("Did you ask who else you should talk to? Choose yes or no.")
            return
        names = self.names.entries() if self.asked.value else []
        fields: dict[str, Any] = {"notes": self.notes.value, "next_step": self.next_step.value,
                                  "answers": {item: box.value for item, box in self.answers
                                              if box.value.strip()}}
        if isinstance(self.conversation.value, int):
            fields["conversation_id"] = self.conversation.value
        if self.thanked.value:
            fields["thank_you_sent_on"] = self.held_on.value or today()
        conversation_id = self.wb.log_conversation(speaker, self.held_on.value or today(),
                                                   bool(self.asked.value), names, **fields)
        self._saved(conversation_id, speaker, len(names))

    def _saved(self, conversation_id: int, speaker: int, count: int) -> None:
        name = self.wb.contact(speaker)["name"]
        first = name.split(" ")[0]
        drafts = []
        if not self.thanked.value:
            drafts.append((f"Thank {first} (today or tomorrow)",
                           self.wb.draft_thank_you(conversation_id)))
        if not self.asked.value:
            drafts.append((f"Ask {first} who else you should talk to",
                           self.wb.draft_ask_for_names(conversation_id)))
        intros = self.wb.introductions()
        mine = intros[intros["conversation_id"] == conversation_id]
        for row in mine.to_dict("records"):
            if row["status"] == "details received":
                drafts.append((f"Write to {row['contact_name']}",
                               self.wb.draft_write_to(int(row["id"]))))
        self.notes.value = self.next_step.value = ""
        self.asked.value = None
        self.thanked.value = False
        self.names.clear()
        self.refresh()
        self.conversation.index = 0
        self.after.value = draft_links(drafts, "What to send next")
        self.message.ok(f"Saved your conversation with {name}"
                        + (f" and the {count} name(s) they gave you." if count else "."))

    # ----- the people you were given ---------------------------------------------------------

    def _show_given(self) -> None:
        rows = self.wb.given_names()
        if not rows:
            self.given.children = [widgets.HTML(
                "<p class='netkit-muted'>Nobody yet. End each conversation with “Who else "
                "should I talk to?” and log the names here.</p>")]
            return
        children = []
        for row in rows[:50]:
            person = widgets.Button(description=row["contact_name"], tooltip="Open their page",
                                    layout=widgets.Layout(width="auto", max_width="100%"))
            person.add_class("netkit-row-name")
            self.when_clicked(person, lambda _b, c=int(row["contact_id"]): self._open(c),
                              self.given_message)
            status = escape(row["status"])
            detail = widgets.HTML(
                f"<span class='netkit-muted'>from {escape(row['introducer_name'])}</span> · "
                f"<span class='netkit-ask-status netkit-status-{status.replace(' ', '-')}'>"
                f"{status}</span> · {escape(row['next_step'])}",
                layout=widgets.Layout(flex="1 1 260px", min_width="0"))
            buttons = []
            for move in row["moves"]:
                button = widgets.Button(description=move.capitalize(),
                                        layout=widgets.Layout(width="auto"))
                button.add_class(f"netkit-move-{move.replace(' ', '-')}")
                self.when_clicked(button, lambda _b, i=int(row["id"]), m=move: self._move(i, m),
                                  self.given_message)
                buttons.append(button)
            line = widgets.HBox([person, detail, *buttons],
                                layout=widgets.Layout(width="100%", **_WRAP))
            line.add_class("netkit-given-row")
            line.add_class(f"netkit-introduction-{int(row['id'])}")
            children.append(line)
        self.given.children = children

    def _open(self, contact_id: int) -> None:
        if self.on_person:
            self.on_person(contact_id)

    def _move(self, introduction_id: int, status: str) -> None:
        self.wb.move_introduction(introduction_id, status)
        row = next((r for r in self.wb.given_names(include_done=True)
                    if int(r["id"]) == introduction_id), None)
        who = row["contact_name"] if row else "them"
        self.given_message.ok(f"{who}: {status}.")
        if status == "details received" and row is not None:
            self.after.value = draft_links([(f"Write to {who}",
                                             self.wb.draft_write_to(introduction_id))],
                                           "What to send next")
        self._show_given()
