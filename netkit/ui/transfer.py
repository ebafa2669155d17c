"""The import, export and backup panel of the Contacts tab."""

from __future__ import annotations

import ipywidgets as widgets

from .export_view import ExportView, download_link, on_binder
from .import_view import ImportView

__all__ = ["ImportView", "ExportView", "TransferView", "download_link", "on_binder"]


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
