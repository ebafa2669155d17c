"""Bringing contacts in (LinkedIn, Google, Outlook, vCard, any CSV) and taking data out
(CSV, XLSX, JSON, vCard, iCalendar, whole-workbook backups).

- :mod:`.importer`: preview an import, then apply it in one transaction;
- the readers, one per format (:mod:`.linkedin`, :mod:`.google`, :mod:`.outlook`,
  :mod:`.vcard`, :mod:`.generic_csv`), over :mod:`.decode` and :mod:`.records`;
- :mod:`.merge`: matching with the one identity rule; :mod:`.bulk`: the insert columns;
- :mod:`.export` and :mod:`.backup`.

Names are imported from their modules on first use, so reading a format list does not
load every reader.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "ImportPlan",
    "Merge",
    "NearMiss",
    "EXPORTERS",
    "MAPPING_SETTING",
    "register_exporter",
    "export_bytes",
    "export_file",
    "backup_bytes",
    "check_backup",
    "restore",
    "restore_file",
    "apply_import",
    "detect_import_format",
    "import_columns",
    "import_file",
    "preview_import",
]

_WHERE = {
    "ImportPlan": "plan",
    "Merge": "plan",
    "NearMiss": "plan",
    "EXPORTERS": "export",
    "register_exporter": "export",
    "export_bytes": "export",
    "export_file": "export",
    "backup_bytes": "backup",
    "check_backup": "backup",
    "restore": "backup",
    "restore_file": "backup",
    "MAPPING_SETTING": "importer",
    "apply_import": "importer",
    "detect_import_format": "importer",
    "import_columns": "importer",
    "import_file": "importer",
    "preview_import": "importer",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
