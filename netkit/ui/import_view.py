"""Import in the app: upload a contacts file, check the preview, confirm."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..text import escape
from ..transfer.detect import FORMATS
from ..transfer.generic_csv import TARGETS
from .common import Notifies, guarded, heading
from .style import LABEL_AUTO

__all__ = ["ImportView", "FORMAT_LABELS"]

FORMAT_LABELS = {
    "linkedin": "LinkedIn Connections.csv",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "vcard": "vCard (.vcf)",
    "csv": "Other CSV",
}


def uploaded(value) -> tuple[str, bytes] | None:
    """(name, bytes) of the first file in a FileUpload value (ipywidgets 8 tuple of dicts)."""
    if not value:
        return None
    item = value[0] if isinstance(value, (tuple, list)) else next(iter(value.values()))
    return item["name"], bytes(item["content"])


class ImportView(Notifies):
    """Upload a file, see what would change, correct the CSV mapping, confirm.

    ``on_import(callback)``: ``callback(counts, text)`` runs after each import that was
    written, with its counts and the line shown to the user.
    """

    def __init__(self, wb):
        self._imported: list[Callable[[dict, str], None]] = []
        self.plan = None
        self.data: tuple[str, bytes] | None = None
        self.mapping: dict | None = None
        super().__init__(wb)
        self.upload = widgets.FileUpload(
            accept=".csv,.vcf,.txt,.tsv",
            multiple=False,
            description="Choose a file",
            button_style="primary",
            layout=widgets.Layout(width="auto"),
        )
        self.format = widgets.Dropdown(
            options=[("Detect from the file", "")] + [(FORMAT_LABELS[f], f) for f in FORMATS],
            value="",
            description="Kind of file",
            style=LABEL_AUTO,
            layout=widgets.Layout(width="auto", max_width="360px", margin="2px 2px 2px 16px"),
        )
        self.mapping_box = widgets.VBox(layout=widgets.Layout(display="none"))
        self.mapping_box.add_class("netkit-mapping")
        self.preview_html = widgets.HTML()
        self.preview_html.add_class("netkit-preview")
        self.same_box = widgets.VBox()
        self.confirm = widgets.Button(
            description="Import",
            button_style="success",
            disabled=True,
            icon="check",
            layout=widgets.Layout(width="auto"),
        )
        self.confirm.add_class("netkit-confirm-import")
        self.cancel = widgets.Button(
            description="Cancel", disabled=True, layout=widgets.Layout(width="auto")
        )
        self.progress = widgets.IntProgress(
            min=0,
            max=1,
            value=0,
            description="Importing",
            layout=widgets.Layout(display="none", width="auto"),
        )
        self.when_changed(self.upload, self._on_upload)
        self.when_changed(self.format, self._on_format)
        self.when_clicked(self.confirm, self._on_confirm)
        self.when_clicked(self.cancel, self._on_cancel)
        self.children = (
            heading(
                "Bring in the people you know",
                "Upload your LinkedIn Connections.csv, a Google or Outlook contacts export, "
                "a vCard file, or any spreadsheet saved as CSV. You will see what changes "
                "before anything is saved; people you already have are merged, not doubled.",
            ),
            widgets.HBox(
                [self.upload, self.format],
                layout=widgets.Layout(flex_flow="row wrap"),
            ),
            self.mapping_box,
            self.preview_html,
            self.same_box,
            widgets.HBox([self.confirm, self.cancel], layout=widgets.Layout()),
            self.progress,
            self.message,
        )
        self.add_class("netkit-import")

    # ----- events ----------------------------------------------------------------------------

    @guarded()
    def _on_upload(self, change) -> None:
        self.data = uploaded(change["new"])
        self.mapping = None
        self._preview()

    @guarded()
    def _on_format(self, change) -> None:
        self.mapping = None
        if self.data:
            self._preview()

    @guarded()
    def _on_mapping(self, change) -> None:
        self.mapping = {d.column: d.value for d in self.mapping_box.children[1:]}
        self._preview()

    @guarded()
    def _on_cancel(self, _=None) -> None:
        self._reset()
        self.message.note("Nothing was imported.")

    @guarded()
    def _on_confirm(self, _=None) -> None:
        if self.plan is None:
            return
        same = [box.number for box in self.same_box.children[1:] if box.value]
        total = max(1, len(self.plan.new) + len(self.plan.merges))
        self.progress.max, self.progress.value = total, 0
        self.progress.layout.display = "flex"
        self.confirm.disabled = True
        try:
            counts = self.wb.apply_import(self.plan, same, progress=self._progress)
        finally:
            self.progress.layout.display = "none"
        self._reset()
        self._changed()
        text = (
            f"Imported: {counts['added']} added, {counts['merged']} already in your "
            f"workbook ({counts['updated']} updated), {counts['skipped']} skipped."
        )
        self.message.ok(text)
        for callback in self._imported:
            callback(counts, text)

    def on_import(self, callback: Callable[[dict, str], None]) -> None:
        """Call ``callback(counts, text)`` after each import that was written."""
        self._imported.append(callback)

    def _progress(self, done: int, total: int) -> None:
        self.progress.max, self.progress.value = total, min(done, total)

    # ----- helpers ---------------------------------------------------------------------------

    def _preview(self) -> None:
        """Show the mapping (for a generic CSV, built once per file) and the preview."""
        self.plan = None
        self.confirm.disabled = self.cancel.disabled = True
        self.preview_html.value = ""
        self.same_box.children = ()
        self.message.clear()
        if not self.data:
            return
        name, content = self.data
        chosen = self.format.value or self.wb.detect_import_format(content, name)
        if chosen != "csv":
            self._hide_mapping()
        elif self.mapping is None:
            columns, self.mapping = self.wb.import_columns(content, name)
            self._show_mapping(columns)
        self.cancel.disabled = False
        self.plan = self.wb.preview_import(
            content, chosen, self.mapping if chosen == "csv" else None, name=name
        )
        self._show_plan()

    def _hide_mapping(self) -> None:
        self.mapping_box.layout.display = "none"
        self.mapping_box.children = ()

    def _show_mapping(self, columns: list[str]) -> None:
        options = [(label, key) for key, label in TARGETS.items()]
        rows = [
            widgets.HTML(
                "<b>Which column holds what?</b> netkit guessed; correct it if needed "
                "(remembered for files with these columns)."
            )
        ]
        for column in columns:
            pick = widgets.Dropdown(
                options=options,
                value=(self.mapping or {}).get(column, ""),
                description=column[:40],
                style=LABEL_AUTO,
                layout=widgets.Layout(width="auto", max_width="420px"),
            )
            pick.column = column
            self.when_changed(pick, self._on_mapping)
            rows.append(pick)
        self.mapping_box.children = rows
        self.mapping_box.layout.display = "flex"

    def _show_plan(self) -> None:
        plan = self.plan
        lines = plan.lines(limit=15)
        items = "".join(f"<li>{escape(line.strip())}</li>" for line in lines[1:])
        details = f"<ul>{items}</ul>" if items else ""
        self.preview_html.value = (
            f'<div class="netkit-preview-box"><b>{escape(lines[0])}</b>{details}</div>'
        )
        if plan.near_misses:
            boxes = [
                widgets.HTML(
                    "<b>Possible duplicates</b> — tick the ones that are the same "
                    "person (they will be merged instead of added):"
                )
            ]
            for miss in plan.near_misses[:50]:
                box = widgets.Checkbox(
                    value=False,
                    description=miss.describe(),
                    indent=False,
                    layout=widgets.Layout(width="auto"),
                )
                box.number = miss.number
                boxes.append(box)
            self.same_box.children = boxes
        work = len(plan.new) + sum(1 for m in plan.merges if m.changes)
        updated = plan.counts["updated"]
        self.confirm.description = f"Import {len(plan.new)} new" + (
            f", update {updated}" if updated else ""
        )
        self.confirm.disabled = work == 0 and not plan.near_misses
        self.cancel.disabled = False
        if work == 0 and not plan.near_misses:
            self.message.note(
                "Everyone in this file is already in your workbook; nothing to import."
            )

    def _reset(self) -> None:
        self.plan, self.data, self.mapping = None, None, None
        self.preview_html.value = ""
        self.same_box.children = ()
        self.mapping_box.children = ()
        self.mapping_box.layout.display = "none"
        self.confirm.disabled = self.cancel.disabled = True
        self.confirm.description = "Import"
        self.upload.value = ()
