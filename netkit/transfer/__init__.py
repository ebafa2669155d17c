"""Bringing contacts in (LinkedIn, Google, Outlook, vCard, any CSV) and taking data out
(CSV, XLSX, JSON, vCard, iCalendar, whole-workbook backups)."""

from .backup import backup_bytes, check_backup, restore
from .export import EXPORTERS, export_bytes, export_file, register_exporter
from .importer import (
    MAPPING_SETTING,
    apply_import,
    detect_import_format,
    import_columns,
    import_file,
    preview_import,
)
from .plan import ImportPlan, Merge, NearMiss

__all__ = ["ImportPlan", "Merge", "NearMiss", "EXPORTERS", "MAPPING_SETTING",
           "register_exporter", "export_bytes", "export_file", "backup_bytes", "check_backup",
           "restore", "apply_import", "detect_import_format", "import_columns", "import_file",
           "preview_import"]
