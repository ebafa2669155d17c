"""The contacts step: search your people, page through them, add and edit one at a time."""

from __future__ import annotations

import warnings

import ipywidgets as widgets
import pandas as pd

from ..contacts import WARMTH
from ..errors import NetkitWarning
from ..text import escape, fold
from .common import Message, View, guarded, heading
from .contact_form import ContactForm
from .industry_step import IndustryStep, industry_choices
from .person import PersonPanel
from .transfer import TransferView, on_binder

__all__ = ["ContactsView", "chain_text"]

PAGE_SIZE = 25


def chain_text(introducer: str | None, depth: int) -> str:
    """How someone reached you, in words (escaped HTML)."""
    if not depth:
        return "someone you knew yourself"
    who = escape(introducer) if introducer else "someone"
    if depth == 1:
        return f"introduced by <b>{who}</b>, whom you knew yourself"
    return f"introduced by <b>{who}</b> · {depth} introductions from someone you knew yourself"


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


class _Row(widgets.VBox):
    """One line of the list: the name (click to edit) and a short, escaped summary."""

    def __init__(self):
        self.contact_id: int | None = None
        self.button = widgets.Button(layout=widgets.Layout(width="auto", max_width="100%"))
        self.button.add_class("netkit-row-name")
        self.detail = widgets.HTML()
        super().__init__([self.button, self.detail], layout=widgets.Layout(width="100%"))
        self.add_class("netkit-row")

    def show(self, row: dict | None) -> None:
        if row is None:
            self.contact_id = None
            self.layout.display = "none"
            return
        self.contact_id = int(row["id"])
        self.button.description = _text(row["name"])
        self.button.tooltip = f"Edit {_text(row['name'])}"
        job = " at ".join(escape(v) for v in (_text(row["title"]), _text(row["organization"])) if v)
        place = (escape(_text(row["industry"])), escape(_text(row["location"])))
        bits = [b for b in (job, *place) if b]
        depth = int(row["chain_depth"])
        intro = _text(row["introduced_by_name"]) or None
        chips = "".join(
            f"<span class='netkit-tag'>{escape(tag)}</span>"
            for tag in _text(row["tags"]).split(", ") if tag
        )
        archived = "<span class='netkit-archived'>archived</span> " if row["archived"] else ""
        self.detail.value = (
            f"<div class='netkit-row-detail'>{archived}{' · '.join(bits)}"
            f"<div class='netkit-chain'>{WARMTH.get(int(row['warmth']), '')} · "
            f"{chain_text(intro, depth)} {chips}</div></div>"
        )
        self.layout.display = None


class ContactsView(View):
    """Search and a paged list first; a form to add, edit, archive and restore contacts,
    shown only while adding or editing; the import, export and backup panel folded behind
    one button; the industries step after an import.

    Plain values for code and tests: ``search.value``, ``show_archived.value``, ``rows`` (the
    current page as a DataFrame), ``total``, ``page``, ``form.<field>.value``, ``editing``
    (the id in the form, or None), ``form_open``, ``transfer_open``, ``notice`` (what the
    last import did), ``industry_step``, buttons ``save``, ``new``, ``archive``,
    ``restore``, ``back``, ``previous``, ``next``, ``transfer_button``;
    ``select(contact_id)`` opens a contact in the form; ``show_transfer(bool)``.
    """

    def __init__(self, wb, page_size: int = PAGE_SIZE):
        self.page_size = page_size
        self.page = 0
        self.total = 0
        self.editing: int | None = None
        self.rows = pd.DataFrame()
        self.message = Message()
        self.list_message = Message()

        self.search = widgets.Text(
            placeholder="Search names, organisations, titles, industries, tags, notes…",
            continuous_update=True, layout=widgets.Layout(flex="1 1 240px", width="auto"),
        )
        self.search.add_class("netkit-search")
        self.show_archived = widgets.Checkbox(description="Show archived", indent=False,
                                              layout=widgets.Layout(width="auto"))
        self.new = widgets.Button(description="Add a contact", icon="plus",
                                  layout=widgets.Layout(width="auto"))
        self.new.add_class("netkit-new")
        self.transfer_button = widgets.Button(layout=widgets.Layout(width="auto"))
        self.transfer_button.add_class("netkit-open-transfer")
        toolbar = widgets.HBox([self.search, self.show_archived, self.new, self.transfer_button],
                               layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                                     width="100%"))
        toolbar.add_class("netkit-toolbar")

        self.summary = widgets.HTML()
        self.summary.add_class("netkit-page-summary")
        self.previous = widgets.Button(description="Previous", icon="chevron-left",
                                       layout=widgets.Layout(width="auto"))
        self.next = widgets.Button(description="Next", icon="chevron-right",
                                   layout=widgets.Layout(width="auto"))
        pager = widgets.HBox([self.summary, self.previous, self.next],
                             layout=widgets.Layout(flex_flow="row wrap", align_items="center"))
        pager.add_class("netkit-pager")
        self._rows = [_Row() for _ in range(page_size)]
        self.list_box = widgets.VBox(self._rows, layout=widgets.Layout(width="100%"))
        self.list_box.add_class("netkit-list")
        list_column = widgets.VBox([pager, self.list_message, self.list_box],
                                   layout=widgets.Layout(flex="2 1 380px", min_width="0"))

        self.form = ContactForm(wb)
        self.save = widgets.Button(description="Save", icon="check", button_style="primary",
                                   layout=widgets.Layout(width="auto"))
        self.save.add_class("netkit-save")
        self.archive = widgets.Button(description="Archive", icon="archive",
                                      layout=widgets.Layout(width="auto"))
        self.restore = widgets.Button(description="Restore", icon="undo",
                                      layout=widgets.Layout(width="auto"))
        self.back = widgets.Button(description="Close", icon="times", tooltip="Back to the list",
                                   layout=widgets.Layout(width="auto"))
        self.back.add_class("netkit-close-form")
        buttons = widgets.HBox([self.save, self.archive, self.restore, self.back],
                               layout=widgets.Layout(flex_flow="row wrap"))
        self.person = PersonPanel(wb)
        self.form_column = form_column = widgets.VBox(
            [self.person, self.form, buttons, self.message],
            layout=widgets.Layout(flex="1 1 320px", min_width="0"))
        form_column.add_class("netkit-form-column")
        self.body = body = widgets.HBox([list_column, form_column],
                            layout=widgets.Layout(flex_flow="row wrap", width="100%",
                                                  align_items="flex-start"))
        body.add_class("netkit-contacts-body")

        # Import from LinkedIn/Google/Outlook/vCard, export and backup: folded behind one
        # button, open while there is nothing yet to list, and on Binder, where the backup
        # must be in plain sight. A successful import folds it again.
        self.transfer = TransferView(wb)
        self.transfer.on_change(self._after_transfer)
        self.transfer.importer.on_import(self._after_import)
        self.transfer_panel = widgets.VBox([self.transfer], layout=widgets.Layout(width="100%"))
        self.transfer_panel.add_class("netkit-card")
        self.transfer_panel.add_class("netkit-transfer-panel")
        # What an import did, shown while its panel is folded.
        self.notice = Message()
        self.notice.add_class("netkit-contacts-notice")
        self.industry_step = IndustryStep(wb)
        self.industry_step.on_change(self._on_industries)

        super().__init__(wb, [
            heading("Your contacts", "Start with everyone you already know. Each person can "
                    "introduce you to someone new; the chain grows from here."),
            toolbar, self.transfer_panel, self.notice, self.industry_step, body,
        ], styled=True, layout=widgets.Layout(width="100%"))

        # An empty workbook opens both ways in: a file to import, a form for one person.
        empty = not wb.count_contacts(include_archived=True)
        self._opened_empty = empty
        self.show_transfer(empty or on_binder())
        for row in self._rows:
            self.when_clicked(row.button, lambda _b, r=row: self.select(r.contact_id))
        self.when_changed(self.search, self._on_filter, message=self.list_message)
        self.when_changed(self.show_archived, self._on_filter, message=self.list_message)
        self.when_clicked(self.previous, self._on_previous, self.list_message)
        self.when_clicked(self.next, self._on_next, self.list_message)
        self.when_clicked(self.new, self._on_new)
        self.when_clicked(self.save, self._on_save)
        self.when_clicked(self.archive, self._on_archive)
        self.when_clicked(self.restore, self._on_restore)
        self.when_clicked(self.back, self._on_back)
        self.when_clicked(self.transfer_button,
                          lambda _b: self.show_transfer(not self.transfer_open))
        self._show_form_state(archived=False)
        self._open_form(empty)
        self.refresh()

    # ----- the other steps, for the person shown (set by the app) ---------------------------

    @property
    def on_ask(self):
        return self.person.on_ask

    @on_ask.setter
    def on_ask(self, action) -> None:
        self.person.on_ask = action

    @property
    def on_prepare(self):
        return self.person.on_prepare

    @on_prepare.setter
    def on_prepare(self, action) -> None:
        self.person.on_prepare = action

    @property
    def on_log(self):
        return self.person.on_log

    @on_log.setter
    def on_log(self, action) -> None:
        self.person.on_log = action

    # ----- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the current page (only one page is ever read), the industry suggestions
        and the count of people without an industry."""
        self._industry_options()
        self.industry_step.refresh()
        self._refresh()
        if self._opened_empty and self.total:
            # Filled from elsewhere (the demo, another tab): the list comes first now.
            self._opened_empty = False
            if self.editing is None and not self.form.name.value.strip():
                self._open_form(False)
                self.show_transfer(on_binder())

    def _after_edit(self, industry: str | None = None) -> None:
        """After a change made in the form: the page and the count of people without an
        industry (quick at any size); an industry just typed joins the suggestions (the
        whole list is read again by :meth:`refresh`)."""
        self.industry_step.refresh()
        self._refresh()
        options = list(self.form.industry.options)
        if industry and fold(industry) not in {fold(o) for o in options}:
            self.form.industry.options = [*options, industry]

    def _industry_options(self) -> None:
        choices = industry_choices(self.wb)
        if list(self.form.industry.options) != choices:
            self.form.industry.options = choices

    def _on_industries(self) -> None:
        self._industry_options()
        self._refresh()

    # ----- import, export and backup ---------------------------------------------------------

    def show_transfer(self, is_open: bool) -> None:
        """Open or fold the import, export and backup panel."""
        self.transfer_open = is_open
        self.transfer_panel.layout.display = None if is_open else "none"
        self.transfer_button.description = ("Close import · export" if is_open
                                            else "Import · export · backup")
        self.transfer_button.icon = "times" if is_open else "upload"
        if is_open:
            self.notice.clear()

    def _after_transfer(self) -> None:
        """An import or a restore changed the workbook: re-read it, leaving the panel as
        it is (a restore says what it did there; an import folds it itself)."""
        self._opened_empty = False
        self.refresh()

    def _after_import(self, counts: dict, text: str) -> None:
        """Fold the panel, say what the import did, and ask for the missing industries."""
        self._opened_empty = False
        self.show_transfer(False)
        self.notice.ok(text)
        if self.editing is None:
            self._open_form(False)
        if counts.get("added") or counts.get("updated"):
            self.industry_step.show_organizations()

    @guarded("list_message")
    def _refresh(self) -> None:
        query = self.search.value
        archived = self.show_archived.value
        self.total = self.wb.count_contacts(query, include_archived=archived)
        last_page = max(0, (self.total - 1) // self.page_size)
        self.page = min(max(self.page, 0), last_page)
        self.rows = self.wb.search_contacts(
            query, limit=self.page_size, offset=self.page * self.page_size,
            include_archived=archived,
        )
        records = self.rows.to_dict("records")
        for index, row_widget in enumerate(self._rows):
            row_widget.show(records[index] if index < len(records) else None)
        self._mark_selected()
        first = self.page * self.page_size + 1
        if self.total:
            self.summary.value = (f"<b>{first:,}–{first + len(records) - 1:,}</b> of "
                                  f"<b>{self.total:,}</b>")
            self.list_message.clear()
        else:
            self.summary.value = ""
            if query.strip():
                self.list_message.note(f"No one matches “{query.strip()}”. Try fewer letters.")
            else:
                self.list_message.note(
                    "No contacts yet. Add the first person you know: a former colleague, a "
                    "classmate, a neighbour. Everyone counts.")
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= last_page
        paged = None if self.total > self.page_size else "none"
        self.previous.layout.display = self.next.layout.display = paged

    def _on_filter(self, _change) -> None:
        self.page = 0
        self._refresh()

    def _on_previous(self, _button) -> None:
        self.page -= 1
        self._refresh()

    def _on_next(self, _button) -> None:
        self.page += 1
        self._refresh()

    def _mark_selected(self) -> None:
        for row_widget in self._rows:
            if row_widget.contact_id is not None and row_widget.contact_id == self.editing:
                row_widget.add_class("netkit-row-selected")
            else:
                row_widget.remove_class("netkit-row-selected")

    # ----- the form ----------------------------------------------------------------------------

    def _open_form(self, is_open: bool) -> None:
        """The form shows only while adding or editing, so the list comes first (on a
        phone it then opens above the list, see style.py)."""
        self.form_open = is_open
        self.form_column.layout.display = None if is_open else "none"
        if is_open:
            self.body.add_class("netkit-form-open")
        else:
            self.body.remove_class("netkit-form-open")

    @guarded()
    def select(self, contact_id: int | None) -> None:
        """Open one contact in the form to edit it."""
        if contact_id is None:
            return
        record = self.wb.contact(contact_id)
        self.form.load(record)
        self.person.show(int(record["id"]))
        self.editing = int(record["id"])
        self.form.title.value = (f"<h4 class='netkit-form-title'>Editing "
                                 f"{escape(record['name'])}</h4>")
        self._show_form_state(archived=bool(record["archived"]))
        self._mark_selected()
        self._open_form(True)
        self.message.clear()

    def _show_form_state(self, archived: bool) -> None:
        editing = self.editing is not None
        self.archive.layout.display = None if editing and not archived else "none"
        self.restore.layout.display = None if editing and archived else "none"
        self.save.description = "Save changes" if editing else "Add contact"

    @guarded()
    def _on_new(self, _button=None) -> None:
        self.editing = None
        self.form.clear()
        self.person.show(None)
        self.form.title.value = "<h4 class='netkit-form-title'>Add a contact</h4>"
        self._show_form_state(archived=False)
        self._mark_selected()
        self._open_form(_button is not None)
        self.message.clear()

    def _on_back(self, _button) -> None:
        self._on_new()

    @guarded()
    def _on_save(self, _button) -> None:
        fields = self.form.values()
        note = ""
        if self.editing is None:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", NetkitWarning)
                self.editing = self.wb.add_contact(**fields)
            verb = "Added"
            note = "".join(f" {w.message}" for w in caught if w.category is NetkitWarning)
        else:
            self.wb.update_contact(self.editing, **fields)
            verb = "Saved"
        record = self.wb.contact(self.editing)
        self.select(self.editing)
        self.message.ok(f"{verb} {record['name']}.{note}")
        self._after_edit(record.get("industry"))

    @guarded()
    def _on_archive(self, _button) -> None:
        if self.editing is None:
            self.message.error("Pick a contact from the list first.")
            return
        self.wb.archive_contact(self.editing)
        name = self.wb.contact(self.editing)["name"]
        self.select(self.editing)
        self.message.ok(f"Archived {name}. Tick “Show archived” to find them again.")
        self._after_edit()

    @guarded()
    def _on_restore(self, _button) -> None:
        if self.editing is None:
            self.message.error("Pick a contact from the list first.")
            return
        self.wb.restore_contact(self.editing)
        name = self.wb.contact(self.editing)["name"]
        self.select(self.editing)
        self.message.ok(f"Restored {name}.")
        self._after_edit()
