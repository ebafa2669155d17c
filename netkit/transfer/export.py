"""Exports: contacts as CSV, JSON and vCard; the whole workbook as XLSX (one sheet per table).

Spreadsheet cells that could run as a formula are neutralised. ``EXPORTERS`` maps a format
to its writer, so another format (iCalendar) plugs in with :func:`register_exporter`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..contacts import contacts
from ..errors import NetkitError
from ..files import writable, write_atomic
from ..followups.ics import followups_ics
from .vcard import INTRODUCED_BY, INTRODUCED_NOTE

if TYPE_CHECKING:
    import pandas as pd
    import vobject

    from ..store import Store

__all__ = [
    "EXPORTERS",
    "Exporter",
    "register_exporter",
    "export_bytes",
    "export_file",
    "neutralise",
    "contacts_for_export",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HIDDEN_TABLES = {"settings", "sqlite_sequence"}
_CONTACT_INTERNALS = ("name_key", "search_text")


def neutralise(value):
    """A text cell starting with =, +, -, @, tab or CR gets a leading apostrophe, so a
    spreadsheet shows it as text instead of running it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass(frozen=True)
class Exporter:
    """How to write one format: ``write(store) -> bytes``, a file suffix and a MIME type."""

    write: Callable
    suffix: str
    mime: str
    label: str


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(format: str, write: Callable, suffix: str, mime: str, label: str) -> None:
    """Add (or replace) an export format, e.g. ``register_exporter("ics", ...)``."""
    EXPORTERS[format] = Exporter(write, suffix, mime, label)


def export_bytes(store: Store, format: str) -> bytes:
    """The export in ``format`` as bytes.

    :raises NetkitError: for an unknown format.
    """
    exporter = EXPORTERS.get(str(format).lower().lstrip("."))
    if exporter is None:
        raise NetkitError(
            f"“{format}” is not an export format; use one of: {', '.join(EXPORTERS)}."
        )
    return exporter.write(store)


def export_file(store: Store, out: str | Path, format: str | None = None) -> Path:
    """Write the export to ``out`` (format from ``format`` or the file's suffix)."""
    out = writable(out, "export")
    format = format or out.suffix.lstrip(".").lower()
    return write_atomic(out, export_bytes(store, format), "export")


def contacts_for_export(store: Store) -> pd.DataFrame:
    """Every contact (archived ones too), with introduced_by_name and chain_depth."""
    return contacts(store, include_archived=True)


def _plain(value: Any) -> Any:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def write_csv(store: Store) -> bytes:
    """Contacts as CSV (UTF-8 with a BOM so spreadsheets pick the right encoding)."""
    frame = contacts_for_export(store)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(frame.columns)
    for row in _records(frame):
        writer.writerow(["" if v is None else neutralise(v) for v in row.values()])
    return buffer.getvalue().encode("utf-8-sig")


def write_json(store: Store) -> bytes:
    """Contacts (and the other tables) as JSON: ``{"contacts": [...], "tables": {...}}``."""
    data = {
        "format": "netkit",
        "version": 1,
        "contacts": _records(contacts_for_export(store)),
        "tables": {
            name: _records(store.frame(f'SELECT * FROM "{name}"'))
            for name in _tables(store)
            if name != "contacts"
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def _tables(store) -> list[str]:
    names = [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
        )
    ]
    return [n for n in names if not n.startswith(("_", "sqlite_")) and n not in _HIDDEN_TABLES]


def _cell(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = _plain(value)
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def write_xlsx(store: Store) -> bytes:
    """The whole workbook as XLSX: one sheet per table; contacts with introducer and depth."""
    from openpyxl import Workbook as XlsxBook

    book = XlsxBook(write_only=True)
    for name in _tables(store):
        if name == "contacts":
            frame = contacts_for_export(store)
        else:
            frame = store.frame(f'SELECT * FROM "{name}"')
        sheet = book.create_sheet(title=name[:31])
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _card(row: dict[str, Any]) -> vobject.base.Component:
    import vobject

    card = vobject.vCard()
    card.add("fn").value = row["name"]
    parts = row["name"].rsplit(" ", 1)
    given, family = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    simple = {
        "organization": "org",
        "title": "title",
        "email": "email",
        "phone": "tel",
        "profile_url": "url",
    }
    for field, key in simple.items():
        if row.get(field):
            item = card.add(key)
            item.value = [row[field]] if key == "org" else str(row[field])
            if key == "email":
                item.type_param = "INTERNET"
    extras = {
        "how_known": "x-netkit-how-known",
        "industry": "x-netkit-industry",
        "location": "x-netkit-location",
        "connected_on": "x-netkit-connected-on",
    }
    for field, key in extras.items():
        if row.get(field):
            card.add(key).value = str(row[field])
    card.add("x-netkit-warmth").value = str(row.get("warmth", 1))
    if row.get("tags"):
        card.add("categories").value = [t.strip() for t in row["tags"].split(",") if t.strip()]
    notes = row.get("notes") or ""
    if row.get("introduced_by_name"):
        card.add(INTRODUCED_BY.lower()).value = row["introduced_by_name"]
        notes = (notes + "\n\n" if notes else "") + INTRODUCED_NOTE + row["introduced_by_name"]
    if notes:
        card.add("note").value = notes
    return card


def write_vcf(store: Store) -> bytes:
    """Contacts as vCard 3.0; the introducer is kept in X-NETKIT-INTRODUCED-BY and a note."""
    out = io.StringIO()
    for row in _records(contacts_for_export(store)):
        out.write(_card(row).serialize())
    return out.getvalue().encode("utf-8")


register_exporter("csv", write_csv, ".csv", "text/csv", "Contacts (CSV)")
register_exporter(
    "xlsx",
    write_xlsx,
    ".xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Whole workbook (Excel)",
)
register_exporter("json", write_json, ".json", "application/json", "Contacts and tables (JSON)")
register_exporter("vcf", write_vcf, ".vcf", "text/vcard", "Contacts (vCard)")


register_exporter("ics", followups_ics, ".ics", "text/calendar", "Follow-ups (calendar)")
