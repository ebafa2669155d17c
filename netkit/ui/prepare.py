"""The Prepare tab: pick a person, plan the conversation, prepare, script it, print it."""

from __future__ import annotations

from datetime import date, datetime

import ipywidgets as widgets

from ..dates import today
from ..text import escape
from .common import Message, View, guarded, heading
from .downloads import download_links
from .preparation import PreparationForm
from .script_builder import ScriptBuilder
from .style import LABEL_90

__all__ = ["PrepareView"]


def _full():  # a fresh layout each time: widgets must never share one
    return widgets.Layout(width="100%")


def _wide():
    return widgets.Layout(width="100%", max_width="640px")


PAGE = 20
GENERIC = "general"


def _section(title: str, *children, help_text: str | None = None) -> widgets.VBox:
    return widgets.VBox([heading(title, help_text, level=4), *children], layout=_full())


def _when_label(row) -> str:
    when = row["scheduled_for"] if isinstance(row["scheduled_for"], str) else ""
    if when:
        moment = datetime.fromisoformat(when)
        label = f"{moment:%a} {moment.day} {moment:%b}" + (
            f", {moment:%H:%M}" if len(when) > 10 else ""
        )
    else:
        label = "asked, no date yet"
    return f"{row['contact_name']} — {label}"


class PrepareView(View):
    """Prepare an informational interview: who, when, why, and the questions to ask."""

    def __init__(self, wb):
        self.wb = wb
        self.contact_id: int | None = None
        self.conversation_id: int | None = None
        self.message = Message()
        self.plan_message = Message()
        self.prep_message = Message()

        self.upcoming = widgets.Dropdown(
            description="Coming up", layout=_wide(), style=LABEL_90
        )
        self.search = widgets.Text(
            placeholder="Type a name or organisation…",
            description="Find",
            layout=_wide(),
            style=LABEL_90,
        )
        self.results = widgets.Select(
            rows=6, layout=_wide(), description="Person", style=LABEL_90
        )
        self.results.add_class("netkit-people")
        self.results_count = widgets.HTML()
        picker = _section(
            "1. Who are you talking to?",
            self.upcoming,
            self.search,
            self.results,
            self.results_count,
            help_text="Choose a conversation that is coming up, or find a person in your "
            "contacts. Pick “General script” to prepare questions for anyone.",
        )

        self.who = widgets.HTML()
        self.who.add_class("netkit-who")
        self.when_date = widgets.DatePicker(description="Date", style=LABEL_90)
        self.when_time = widgets.Text(
            placeholder="14:30",
            description="Time",
            layout=widgets.Layout(width="200px"),
            style=LABEL_90,
        )
        self.place = widgets.Text(
            placeholder="Café on Main St, a phone number, or a video link",
            description="Where",
            layout=_wide(),
            style=LABEL_90,
        )
        self.status = widgets.ToggleButtons(
            options=[
                ("Asked, waiting for a yes", "requested"),
                ("Agreed and scheduled", "scheduled"),
            ],
            value="scheduled",
            description="Status",
            style={**LABEL_90, "button_width": "180px"},
        )
        self.plan_button = widgets.Button(
            description="Save the plan",
            button_style="primary",
            icon="calendar",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self.happened = widgets.Button(description="It happened: log it", icon="pencil",
                                       button_style="success",
                                       layout=widgets.Layout(width="auto", display="none"))
        self.happened.add_class("netkit-log-it")
        self.cancel = widgets.Button(description="Cancel this conversation", icon="times",
                                     layout=widgets.Layout(width="auto", display="none"))
        self.cancel.add_class("netkit-cancel-conversation")
        self.on_log = None  # set by the app: open the Log tab on a conversation
        self.plan = _section(
            "2. When and where",
            self.who,
            self.status,
            widgets.HBox(
                [self.when_date, self.when_time], layout=widgets.Layout(flex_flow="row wrap")
            ),
            self.place,
            widgets.HBox([self.plan_button, self.happened, self.cancel],
                         layout=widgets.Layout(flex_flow="row wrap")),
            self.plan_message,
            help_text="Ask for 20 minutes. Save it even before a date is "
            "agreed: you can start preparing right away.",
        )

        self.preparation = PreparationForm(wb, self.prep_message)
        self.known, self.why_you, self.learn = (self.preparation.known,
                                                self.preparation.why_you,
                                                self.preparation.learn)
        self.prep_button = self.preparation.save
        self.prep = _section(
            "3. Prepare",
            self.preparation,
            help_text="What you already know, your one-line “why me”, and "
            "the three things you most want to learn.",
        )

        self.builder = ScriptBuilder(wb, on_change=self._refresh_downloads)
        self.script_box = _section(
            "4. Your questions",
            self.builder,
            help_text="Talk shop, not jobs. The closing questions always stay at the end: "
            "they are how one conversation leads to the next.",
        )
        self.downloads = widgets.HTML()
        self.downloads.add_class("netkit-downloads")
        self.download_box = _section("5. Print and take it with you", self.downloads)

        super().__init__(
            wb,
            [
                heading(
                    "Prepare a conversation",
                    "Plan a 20–30 minute informational interview and print your questions.",
                ),
                picker,
                self.message,
                self.plan,
                self.prep,
                self.script_box,
                self.download_box,
            ],
            styled=True,
            layout=widgets.Layout(width="100%", max_width="900px"),
        )
        self._upcoming_handler = self.when_changed(self.upcoming, self._on_upcoming)
        self.when_changed(self.search, lambda _: self._fill_results())
        self._results_handler = self.when_changed(self.results, self._on_contact)
        self.when_clicked(self.plan_button, self._on_plan, self.plan_message)
        self.preparation.saved = self._refresh_downloads
        self.when_clicked(self.happened, self._on_happened, self.plan_message)
        self.when_clicked(self.cancel, self._on_cancel, self.plan_message)
        self._fill_upcoming()
        self._fill_results()
        self._show()
        self._open_next_conversation()

    # ----- choosing --------------------------------------------------------------------------

    def _fill_upcoming(self, select=None) -> None:
        planned = self.wb.planned_conversations()
        options: list[tuple[str, str | int | None]] = [
            ("— choose —", None), ("General script (no one in particular)", GENERIC)]
        options += [(_when_label(row), int(row["id"])) for _, row in planned.iterrows()]
        self.upcoming.unobserve(self._upcoming_handler, "value")
        self.upcoming.options = options
        if select in {value for _, value in options}:
            self.upcoming.value = select
        else:
            self.upcoming.index = 0  # shows "— choose —" rather than a blank box
        self.upcoming.observe(self._upcoming_handler, "value")

    def _open_next_conversation(self) -> None:
        """Start on the soonest planned conversation, the one a job seeker prepares next."""
        planned = [value for _, value in self.upcoming.options if isinstance(value, int)
                   and value != GENERIC]
        if planned:
            self.upcoming.value = planned[0]

    def _fill_results(self) -> None:
        query = self.search.value.strip() or None
        page = self.wb.search_contacts(query, limit=PAGE)
        total = self.wb.count_contacts(query) if len(page) >= PAGE else len(page)
        options = []
        for _, row in page.iterrows():
            extra = " · ".join(
                str(v) for v in (row["title"], row["organization"]) if isinstance(v, str) and v
            )
            options.append((f"{row['name']}" + (f" — {extra}" if extra else ""), int(row["id"])))
        self.results.unobserve(self._results_handler, "value")
        self.results.options = options
        self.results.value = None
        self.results.observe(self._results_handler, "value")
        if total > len(page):
            self.results_count.value = (
                f"<small>Showing {len(page)} of {total:,} — type more to narrow it down.</small>"
            )
        elif not page.empty or query is None:
            self.results_count.value = ""
        else:
            self.results_count.value = "<small>Nobody matches that yet.</small>"

    @guarded()
    def _on_upcoming(self, change) -> None:
        value = change["new"]
        if value is None:
            return
        if value == GENERIC:
            self.contact_id, self.conversation_id = None, None
        else:
            conversation = self.wb.conversation(value)
            self.contact_id, self.conversation_id = conversation["contact_id"], value
        for message in (self.message, self.plan_message, self.prep_message, self.builder.message):
            message.clear()
        self._show()

    @guarded()
    def _on_contact(self, change) -> None:
        if change["new"] is None:
            return
        self.contact_id = change["new"]
        planned = self.wb.planned_conversations(self.contact_id)
        self.conversation_id = int(planned["id"].iloc[0]) if len(planned) else None
        self._fill_upcoming(self.conversation_id)
        for message in (self.message, self.plan_message, self.prep_message, self.builder.message):
            message.clear()
        self._show()

    def select_contact(self, contact_id: int) -> None:
        """Prepare for this person (as if picked in the list)."""
        self._on_contact({"new": int(contact_id)})

    # ----- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        generic = self.contact_id is None and self.upcoming.value == GENERIC
        chosen = generic or self.contact_id is not None
        self.plan.layout.display = "flex" if self.contact_id is not None else "none"
        has_conversation = self.conversation_id is not None
        self.prep.layout.display = "flex" if has_conversation else "none"
        self.script_box.layout.display = "flex" if (generic or has_conversation) else "none"
        self.download_box.layout.display = self.script_box.layout.display
        if not chosen:
            return
        if self.contact_id is not None:
            self._show_plan()
        if has_conversation:
            self._show_preparation()
        if generic or has_conversation:
            self.builder.set_conversation(self.conversation_id)
            self._refresh_downloads()

    def _show_plan(self) -> None:
        contact = self.wb.contact(self.contact_id)
        role = " · ".join(
            v
            for v in (contact.get("title"), contact.get("organization"))
            if isinstance(v, str) and v
        )
        line = f"<b>{escape(contact['name'])}</b>" + (f" — {escape(role)}" if role else "")
        if self.conversation_id is None:
            self.who.value = (
                f"<div>{line}</div><div class='netkit-muted'>No conversation "
                "planned with them yet. Fill in what you know and save the plan "
                "to start preparing.</div>"
            )
            self.plan_button.description = "Plan this conversation"
            self.when_date.value, self.when_time.value, self.place.value = None, "", ""
            self.status.value = "requested"
            self.happened.layout.display = self.cancel.layout.display = "none"
            return
        conversation = self.wb.conversation(self.conversation_id)
        self.who.value = f"<div>{line}</div>"
        self.plan_button.description = "Save the plan"
        when = conversation["scheduled_for"] or ""
        come = bool(when) and when[:10] <= today().isoformat()  # its time has come
        # None, not "flex": a button laid out as flex puts its icon above the label's line
        self.happened.layout.display = None if come else "none"
        self.cancel.layout.display = None
        self.when_date.value = date.fromisoformat(when[:10]) if when else None
        self.when_time.value = when[11:16] if len(when) > 10 else ""
        self.place.value = conversation["place"] or ""
        self.status.value = (
            conversation["status"]
            if conversation["status"] in ("requested", "scheduled")
            else "scheduled"
        )

    def _show_preparation(self) -> None:
        self.preparation.load(self.conversation_id)

    def _refresh_downloads(self) -> None:
        self.downloads.value = download_links(self.wb, self.conversation_id)

    # ----- saving ----------------------------------------------------------------------------

    def _when(self) -> str | None:
        if self.when_date.value is None:
            if self.when_time.value.strip():
                self.plan_message.error("Pick a date for that time.")
                raise _Stop
            return None
        time = self.when_time.value.strip()
        return (
            f"{self.when_date.value.isoformat()} {time}"
            if time
            else self.when_date.value.isoformat()
        )

    @guarded("plan_message")
    def _on_plan(self, _=None) -> None:
        try:
            when = self._when()
        except _Stop:
            return
        fields = {"place": self.place.value, "status": self.status.value}
        if self.conversation_id is None:
            self.conversation_id = self.wb.schedule_conversation(
                self.contact_id, when, minutes=self.builder.length.value, **fields
            )
            self.plan_message.ok("Planned. Now prepare and build your questions below.")
        else:
            self.wb.update_conversation(self.conversation_id, when=when, **fields)
            self.plan_message.ok("Plan saved.")
        self._fill_upcoming(self.conversation_id)
        self._show()

    def refresh(self) -> None:
        """Show what other tabs planned or logged since (the app calls it on opening)."""
        self._fill_upcoming(self.conversation_id)
        if self.contact_id is not None:
            planned = self.wb.planned_conversations(self.contact_id)
            ids = [int(i) for i in planned["id"]]
            if self.conversation_id is not None and self.conversation_id not in ids:
                self.conversation_id = ids[0] if ids else None  # held or cancelled elsewhere
            self._show()

    def _on_happened(self, _=None) -> None:
        if self.conversation_id is not None and self.on_log:
            self.on_log(conversation_id=self.conversation_id)

    def _on_cancel(self, _=None) -> None:
        if self.conversation_id is None:
            return
        name = self.wb.conversation(self.conversation_id)["contact_name"]
        self.wb.update_conversation(self.conversation_id, status="cancelled")
        self.conversation_id = None
        self._fill_upcoming()
        self._show()
        self.plan_message.ok(f"Cancelled the conversation with {name}. It stays in their "
                             "history; plan a new one any time.")


class _Stop(Exception):
    """The message is already shown; stop quietly."""
