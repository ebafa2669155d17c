"""Import and export in the app: upload a contacts file, check the preview, confirm;
download your contacts or a whole-workbook backup, and restore one."""

from __future__ import annotations

import base64
import os
from datetime import datetime

import ipywidgets as widgets

from ..text import escape
from ..transfer import EXPORTERS
from ..transfer.detect import FORMATS
from ..transfer.generic_csv import TARGETS
from .common import Message, guarded, heading

__all__ = ["ImportView", "ExportView", "TransferView", "download_link", "on_binder"]

_FORMAT_LABELS = {
    "linkedin": "LinkedIn Connections.csv",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "vcard": "vCard (.vcf)",
    "csv": "Other CSV",
}


def on_binder() -> bool:
    """Is this a Binder session (thrown away when the tab closes)?"""
    return bool(os.environ.get("BINDER_SERVICE_HOST") or os.environ.get("BINDER_LAUNCH_HOST"))


def download_link(data: bytes, filename: str, mime: str, text: str, auto: bool = False) -> str:
    """An HTML link that saves ``data`` as ``filename``; with ``auto`` it starts at once."""
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    link = (
        f'<a class="netkit-download" download="{escape(filename)}" href="{href}" '
        f'style="font-weight:600">{escape(text)}</a>'
    )
    if auto:
        # A data image that "fails" clicks the link once, so one click on a button downloads.
        link += (
            '<img alt="" src="data:," style="display:none" '
            'onerror="this.previousElementSibling.click();this.remove()">'
        )
    return link


def _upload(value) -> tuple[str, bytes] | None:
    """(name, bytes) of the first file in a FileUpload value (ipywidgets 8 tuple of dicts)."""
    if not value:
        return None
    item = value[0] if isinstance(value, (tuple, list)) else next(iter(value.values()))
    return item["name"], bytes(item["content"])


class _Notifies:
    """``on_change(callback)``: other views (a contact list) refresh after an import/restore."""

    def on_change(self, callback) -> None:
        self._callbacks.append(callback)

    def _changed(self) -> None:
        for callback in self._callbacks:
            callback()


class ImportView(_Notifies, widgets.VBox):
    """Upload a file, see what would change, correct the CSV mapping, confirm."""

    def __init__(self, wb):
        self.wb = wb
        self._callbacks = []
        self.plan = None
        self.data: tuple[str, bytes] | None = None
        self.mapping: dict | None = None
        self.message = Message()
        self.upload = widgets.FileUpload(
            accept=".csv,.vcf,.txt,.tsv",
            multiple=False,
            description="Choose a file",
            button_style="primary",
            layout=widgets.Layout(width="auto"),
        )
        self.format = widgets.Dropdown(
            options=[("Detect from the file", "")] + [(_FORMAT_LABELS[f], f) for f in FORMATS],
            value="",
            description="Kind of file",
            style={"description_width": "initial"},
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
        self.upload.observe(self._on_upload, names="value")
        self.format.observe(self._on_format, names="value")
        self.confirm.on_click(self._on_confirm)
        self.cancel.on_click(self._on_cancel)
        super().__init__(
            [
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
            ]
        )
        self.add_class("netkit-import")

    # ----- events ----------------------------------------------------------------------------

    @guarded()
    def _on_upload(self, change) -> None:
        self.data = _upload(change["new"])
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
        self.message.ok(
            f"Imported: {counts['added']} added, {counts['merged']} already in your "
            f"workbook ({counts['updated']} updated), {counts['skipped']} skipped."
        )

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
                value=self.mapping.get(column, ""),
                description=column[:40],
                style={"description_width": "initial"},
                layout=widgets.Layout(width="auto", max_width="420px"),
            )
            pick.column = column
            pick.observe(self._on_mapping, names="value")
            rows.append(pick)
        self.mapping_box.children = rows
        self.mapping_box.layout.display = "flex"

    def _show_plan(self) -> None:
        plan = self.plan
        lines = plan.lines(limit=15)
        items = "".join(f"<li>{escape(line.strip())}</li>" for line in lines[1:])
        details = f'<ul style="margin:4px 0;padding-left:20px">{items}</ul>' if items else ""
        self.preview_html.value = (
            '<div style="border:1px solid #ccd;border-radius:6px;padding:8px 12px;margin:6px 0;'
            f'overflow-wrap:anywhere"><b>{escape(lines[0])}</b>{details}</div>'
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


class ExportView(_Notifies, widgets.VBox):
    """Download buttons (one per export format), a one-click backup, and restore."""

    def __init__(self, wb):
        self.wb = wb
        self._callbacks = []
        self.message = Message()
        self.link = widgets.HTML()
        self.link.add_class("netkit-download-area")
        buttons = []
        for format, exporter in EXPORTERS.items():
            button = widgets.Button(
                description=exporter.label, icon="download", layout=widgets.Layout(width="auto")
            )
            button.add_class(f"netkit-export-{format}")
            button.on_click(lambda _b, f=format: self._export(f))
            buttons.append(button)
        self.backup_button = widgets.Button(
            description="Download a backup of everything",
            icon="save",
            button_style="warning",
            layout=widgets.Layout(width="auto"),
        )
        self.backup_button.add_class("netkit-backup")
        self.backup_button.on_click(self._backup)
        self.restore_upload = widgets.FileUpload(
            accept=".sqlite,.db,.netkit",
            multiple=False,
            description="Restore a backup",
            layout=widgets.Layout(width="auto"),
        )
        self.restore_confirm = widgets.Button(
            description="Replace my workbook with this backup",
            button_style="danger",
            layout=widgets.Layout(width="auto", display="none"),
        )
        self.restore_confirm.add_class("netkit-restore")
        self.restore_upload.observe(self._on_restore_upload, names="value")
        self.restore_confirm.on_click(self._restore)
        children = [
            heading(
                "Take your data with you",
                "Download your contacts, or a backup of the whole workbook that "
                "you can restore here later.",
            )
        ]
        if on_binder():
            notice = widgets.HTML(
                '<div role="alert" style="background:#fff4e5;border:1px solid #f0a020;'
                'border-radius:6px;padding:8px 12px"><b>This is a temporary online session.</b> '
                "Everything you enter is thrown away when you close this tab. Download a backup "
                "before you leave, and restore it next time.</div>"
            )
            notice.add_class("netkit-binder-notice")
            children.append(notice)
        children += [
            widgets.HBox([self.backup_button], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox(buttons, layout=widgets.Layout(flex_flow="row wrap")),
            self.link,
            widgets.HBox(
                [self.restore_upload, self.restore_confirm],
                layout=widgets.Layout(flex_flow="row wrap"),
            ),
            self.message,
        ]
        super().__init__(children)
        self.add_class("netkit-export")

    @guarded()
    def _export(self, format: str) -> None:
        exporter = EXPORTERS[format]
        data = self.wb.export_bytes(format)
        stamp = datetime.now().strftime("%Y-%m-%d")
        name = (
            f"netkit-contacts-{stamp}{exporter.suffix}"
            if format != "xlsx"
            else f"netkit-{stamp}.xlsx"
        )
        self.link.value = download_link(data, name, exporter.mime, f"Save {name}", auto=True)
        self.message.ok(f"{exporter.label} is ready; your download should start (or use the link).")

    @guarded()
    def _backup(self, _=None) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        name = f"netkit-backup-{stamp}.sqlite"
        self.link.value = download_link(
            self.wb.backup_bytes(), name, "application/x-sqlite3", f"Save {name}", auto=True
        )
        self.message.ok("Backup ready; keep the file somewhere safe. Restore it below next time.")

    @guarded()
    def _on_restore_upload(self, change) -> None:
        upload = _upload(change["new"])
        self.restore_confirm.layout.display = "flex" if upload else "none"
        if upload:
            self.message.note(
                f"Restoring replaces everything in this workbook with {upload[0]} "
                "(your current workbook is kept as a copy)."
            )

    @guarded()
    def _restore(self, _=None) -> None:
        upload = _upload(self.restore_upload.value)
        if not upload:
            return
        name, content = upload
        try:
            self.wb.restore(content, name=name)
        finally:
            self.restore_confirm.layout.display = "none"
            self.restore_upload.value = ()
        self._changed()
        self.message.ok(f"Restored from {name}. Reload the page to see everything.")


class TransferView(widgets.VBox):
    """Import above, export and backup below."""

    def __init__(self, wb):
        self.wb = wb
        self.importer = ImportView(wb)
        self.exporter = ExportView(wb)
        super().__init__([self.importer, widgets.HTML("<hr>"), self.exporter])
        self.add_class("netkit-transfer")

    def on_change(self, callback) -> None:
        """Call ``callback()`` after an import or a restore changed the workbook."""
        self.importer.on_change(callback)
        self.exporter.on_change(callback)
