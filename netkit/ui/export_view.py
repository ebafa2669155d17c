"""Export in the app: download your contacts, a whole-workbook backup, and restore one."""

from __future__ import annotations

import base64
import os
from datetime import datetime

import ipywidgets as widgets

from ..text import escape
from ..transfer.export import EXPORTERS
from .common import Notifies, guarded, heading
from .import_view import uploaded

__all__ = ["ExportView", "download_link", "on_binder"]


def on_binder() -> bool:
    """Is this a Binder session (thrown away when the tab closes)?"""
    return bool(os.environ.get("BINDER_SERVICE_HOST") or os.environ.get("BINDER_LAUNCH_HOST"))


def download_link(data: bytes, filename: str, mime: str, text: str, auto: bool = False) -> str:
    """An HTML link that saves ``data`` as ``filename``; with ``auto`` it starts at once."""
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    link = (
        f'<a class="netkit-download" download="{escape(filename)}" href="{href}">'
        f"{escape(text)}</a>"
    )
    if auto:
        # A data image that "fails" clicks the link once, so one click on a button downloads.
        link += (
            '<img alt="" src="data:," class="netkit-hidden" '
            'onerror="this.previousElementSibling.click();this.remove()">'
        )
    return link


class ExportView(Notifies):
    """Download buttons (one per export format), a one-click backup, and restore."""

    def __init__(self, wb):
        super().__init__(wb)
        self.link = widgets.HTML()
        self.link.add_class("netkit-download-area")
        buttons = []
        for format, exporter in EXPORTERS.items():
            button = widgets.Button(
                description=exporter.label, icon="download", layout=widgets.Layout(width="auto")
            )
            button.add_class(f"netkit-export-{format}")
            self.when_clicked(button, lambda _b, f=format: self._export(f))
            buttons.append(button)
        self.backup_button = widgets.Button(
            description="Download a backup of everything",
            icon="save",
            layout=widgets.Layout(width="auto"),
        )
        self.backup_button.add_class("netkit-backup")
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
        self.when_clicked(self.backup_button, self._backup)
        self.when_changed(self.restore_upload, self._on_restore_upload)
        self.when_clicked(self.restore_confirm, self._restore)
        children = [
            heading(
                "Take your data with you",
                "Download your contacts, or a backup of the whole workbook that "
                "you can restore here later.",
            )
        ]
        if on_binder():
            notice = widgets.HTML(
                '<div role="alert" class="netkit-notice">'
                "<b>This is a temporary online session.</b> "
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
        self.children = children
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
        upload = uploaded(change["new"])
        self.restore_confirm.layout.display = "flex" if upload else "none"
        if upload:
            self.message.note(
                f"Restoring replaces everything in this workbook with {upload[0]} "
                "(your current workbook is kept as a copy)."
            )

    @guarded()
    def _restore(self, _=None) -> None:
        upload = uploaded(self.restore_upload.value)
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
