"""Bringing contacts in (LinkedIn, Google, Outlook, vCard, any CSV) and taking data out
(CSV, XLSX, JSON, vCard, whole-workbook backups)."""

from .backup import BackupMixin
from .export import EXPORTERS, export_bytes, export_file, register_exporter
from .importer import ImportMixin
from .plan import ImportPlan, Merge, NearMiss

__all__ = ["TransferMixin", "ImportPlan", "Merge", "NearMiss", "EXPORTERS", "register_exporter"]


class TransferMixin(ImportMixin, BackupMixin):
    """Import, export, backup and restore for the Workbook."""

    def export(self, out, format: str | None = None):
        """Write an export to ``out``; the format comes from ``format`` or the suffix
        (csv, xlsx, json, vcf, and any registered later).

        :raises NetkitError: for an unknown format or a folder as ``out``.
        """
        return export_file(self, out, format)

    def export_bytes(self, format: str) -> bytes:
        """An export as bytes (for a download button)."""
        return export_bytes(self, format)
