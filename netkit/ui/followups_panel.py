"""Two panels of the Ask tab: the asks you sent (record what happened) and the due list."""

from __future__ import annotations

import ipywidgets as widgets

from ..dates import today
from ..followups import DUE_GROUPS, WEEK_DAYS, describe_followup
from ..introductions import CHECK_BACK_DAYS
from ..text import escape
from .common import Message, View, guarded
from .drafts import draft_actions
from .names_form import NamesForm
from .style import LABEL_AUTO

__all__ = ["AskListPanel", "DuePanel"]

SHOWN_ASKS = 30
SHOWN_LATER = 8
SHOWN_DUE = 15  # per group; a long backlog is summed up, the Dashboard ranks it
_WRAP = widgets.Layout(flex_flow="row wrap", align_items="center", gap="4px 8px")
_ACTIONS = {  # status → buttons offered
    "draft": ("Open",),
    "sent": ("Replied", "Introduced", "Declined", "No reply"),
    "replied": ("Introduced", "Declined"),
    "no reply": ("Replied", "Introduced"),
}


def _small_button(text: str, style: str = "") -> widgets.Button:
    return widgets.Button(description=text, button_style=style,
                          layout=widgets.Layout(width="auto", min_width="84px"))


class AskListPanel(View):
    """The latest asks with their status, and buttons to record a reply, an introduction,
    a decline or no reply. An introduction asks for a name and a check-back date."""

    def __init__(self, wb, message: Message, on_change, on_open=None):
        self.message = message
        self.on_change = on_change
        self.on_open = on_open
        self.intro_for: int | None = None
        self.intro_names = NamesForm(wb, message, offered=True)
        self.intro_check_back = widgets.DatePicker(description="Check back on",
                                                   style=LABEL_AUTO)
        self.intro_save = _small_button("Save introduction", "success")
        self.intro_cancel = _small_button("Cancel")
        self.when_clicked(self.intro_save, self._save_intro)
        self.when_clicked(self.intro_cancel, lambda _: self._close_intro())
        self.intro_form = widgets.VBox([
            widgets.HTML("<b>Who will they introduce you to?</b> <span class='netkit-muted'>"
                         "Add each person; untick “they offered to introduce me” when they "
                         "gave you the details to write yourself.</span>"),
            self.intro_names,
            widgets.HBox([self.intro_check_back, self.intro_save, self.intro_cancel],
                         layout=_WRAP)], layout=widgets.Layout(width="100%"))
        self.intro_form.add_class("netkit-intro-form")
        self.rows = widgets.VBox()
        super().__init__(wb, [self.rows])
        self.add_class("netkit-asks")

    def refresh(self) -> None:
        frame = self.wb.asks().head(SHOWN_ASKS)
        if frame.empty:
            self.rows.children = [widgets.HTML("<p class='netkit-muted'>No asks yet.</p>")]
            return
        rows = []
        for ask in frame.itertuples():
            target = next((t for t in (ask.target_organization, ask.target_industry,
                                       ask.target_role) if isinstance(t, str) and t), "")
            when = f"sent {ask.sent_at[:10]}" if isinstance(ask.sent_at, str) else "not sent yet"
            status = escape(ask.status)
            parts = " · ".join(escape(p) for p in (target, when) if p)
            label = widgets.HTML(
                f"<b>{escape(ask.contact_name)}</b> · {parts} · <span class='netkit-ask-status "
                f"netkit-status-{status.replace(' ', '-')}'>{status}</span>",
                layout=widgets.Layout(min_width="260px"))
            buttons = []
            for action in _ACTIONS.get(ask.status, ()):
                button = _small_button(action)
                self.when_clicked(button, lambda _b, a=int(ask.id), act=action: self._act(a, act))
                buttons.append(button)
            row = widgets.HBox([label, *buttons], layout=_WRAP)
            row.add_class(f"netkit-ask-{int(ask.id)}")
            rows.append(row)
            if self.intro_for == int(ask.id):
                rows.append(self.intro_form)
        self.rows.children = rows

    @guarded()
    def _act(self, ask_id: int, action: str) -> None:
        self.message.clear()
        if action == "Open":
            if self.on_open:
                self.on_open(ask_id)
            return
        if action == "Introduced":
            self.intro_for = ask_id
            self.intro_names.clear()
            self.intro_names.speaker_id = int(self.wb.ask(ask_id)["contact_id"])
            self.intro_check_back.value = self.wb.add_business_days(today(), CHECK_BACK_DAYS)
            self.refresh()
            return
        {"Replied": self.wb.mark_ask_replied, "Declined": self.wb.mark_ask_declined,
         "No reply": self.wb.mark_ask_no_reply}[action](ask_id)
        self.message.ok(f"Recorded: {action.lower()}. Its reminders are cleared.")
        self.on_change()

    @guarded()
    def _save_intro(self, _=None) -> None:
        if self.intro_for is None:
            return
        entries = self.intro_names.entries()
        self.wb.mark_ask_introduced(self.intro_for, names=entries,
                                    check_back_on=self.intro_check_back.value)
        when = f"{self.intro_check_back.value:%a %d %b}"
        promised = any(entry.get("offered") for entry in entries)
        self.message.ok("Introduction recorded. " + (
            f"Check back on {when} if you have not heard by then." if promised
            else "Write to them soon; it is on your list."))
        self._close_intro()

    def _close_intro(self) -> None:
        self.intro_for = None
        self.on_change()


class DuePanel(View):
    """Conversations to log, then follow-ups overdue, due today and due this week: each
    with its draft (e-mail link, copy) where a message fits, and a Done button."""

    def __init__(self, wb, message: Message, on_change):
        self.message = message
        self.on_change = on_change
        self.on_log = None  # set by the app: open the Log tab on a conversation
        super().__init__(wb)
        self.add_class("netkit-due")

    def refresh(self) -> None:
        groups = dict(self.wb.due_list())
        later = self.wb.followups()
        later = later[later["due_on"].map(lambda d: (d - today()).days > WEEK_DAYS).astype(bool)]
        groups["later"] = later.assign(what=[
            describe_followup(k, n) for k, n in zip(later["kind"], later["contact_name"],
                                                    strict=True)]).head(SHOWN_LATER)
        children = self._to_log()
        for group in (*DUE_GROUPS, "later"):
            if group == "later" and groups[group].empty:
                continue
            frame = groups[group]
            urgent = " class='netkit-urgent'" if group == "overdue" and len(frame) else ""
            title = widgets.HTML(f"<b{urgent}>{group.capitalize()}</b> "
                                 f"<span class='netkit-muted'>({len(frame)})</span>")
            title.add_class(f"netkit-due-{group.replace(' ', '-')}")
            children.append(title)
            if len(frame) > SHOWN_DUE:
                more = widgets.HTML(f"<span class='netkit-muted'>… and {len(frame) - SHOWN_DUE}"
                                    " more: the Dashboard puts the most useful first.</span>")
                frame = frame.head(SHOWN_DUE)
            else:
                more = None
            for row in frame.itertuples():
                done = _small_button("Done")
                self.when_clicked(done, lambda _b, fid=int(row.id): self._done(fid))
                draft = self.wb.draft_for_followup(int(row.id)) if group != "later" else None
                actions = f" <span class='netkit-actions'>{draft_actions(draft)}</span>" if (
                    draft) else ""
                line = widgets.HBox([widgets.HTML(
                    f"<span class='netkit-followup' data-kind='{escape(row.kind)}'>"
                    f"{row.due_on:%a %d %b} · {escape(row.what)}</span>{actions}",
                    layout=widgets.Layout(min_width="260px", flex="1 1 auto")), done],
                    layout=_WRAP)
                line.add_class(f"netkit-followup-{int(row.id)}")
                children.append(line)
            if more is not None:
                children.append(more)
        self.children = children

    def _to_log(self) -> list[widgets.Widget]:
        """Planned conversations whose time has come: one click to say how it went."""
        rows = self.wb.conversations_to_log()
        if not rows:
            return []
        children: list[widgets.Widget] = [widgets.HTML(
            f"<b>Conversations to log</b> <span class='netkit-muted'>({len(rows)})</span>")]
        for row in rows:
            button = _small_button("Log how it went", "success")
            button.add_class("netkit-log-it")
            self.when_clicked(button, lambda _b, cid=int(row["id"]): self._log(cid))
            when = row["scheduled_for"][:10]
            children.append(widgets.HBox([widgets.HTML(
                f"<span>{escape(when)} · Your conversation with "
                f"{escape(row['contact_name'])}: how did it go?</span>",
                layout=widgets.Layout(min_width="260px")), button], layout=_WRAP))
        return children

    def _log(self, conversation_id: int) -> None:
        if self.on_log:
            self.on_log(conversation_id=conversation_id)

    @guarded()
    def _done(self, followup_id: int) -> None:
        self.wb.complete_followup(followup_id)
        self.message.ok("Done. Nice work.")
        self.on_change()
