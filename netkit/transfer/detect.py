"""Which kind of contacts file is this? Decided from the content, never the file name."""

from __future__ import annotations

from ..errors import NetkitError
from . import google, linkedin, outlook, vcard
from .records import csv_rows

__all__ = ["FORMATS", "detect_format", "check_format"]

FORMATS = ("linkedin", "google", "outlook", "vcard", "csv")
_LOOK_ROWS = 30


def check_format(format: str | None) -> str | None:
    """A known format name (case-insensitive) or None; NetkitError for anything else."""
    if format is None or format == "":
        return None
    value = str(format).strip().lower()
    if value in ("vcf", "vcard"):
        return "vcard"
    if value not in FORMATS:
        raise NetkitError(
            f"“{format}” is not a format netkit imports; use one of: {', '.join(FORMATS)}."
        )
    return value


def detect_format(text: str, name: str) -> str:
    """ "vcard", "linkedin", "google", "outlook" or "csv" (any other CSV with a header).

    :raises NetkitError: when the text is neither vCard nor CSV-like.
    """
    if vcard.looks_like(text):
        return "vcard"
    rows = csv_rows(text[:200_000] if len(text) > 200_000 else text, name)
    first = None
    try:
        for line, row in rows:
            if first is None and any(c.strip() for c in row):
                first = row
                if google.looks_like(row):
                    return "google"
                if outlook.looks_like(row):
                    return "outlook"
            if linkedin.looks_like(row):
                return "linkedin"
            if line > _LOOK_ROWS:
                break
    except NetkitError:
        if first is None:
            raise
        # A cut-off sample may end inside quotes; the full read reports real errors.
    if first is None:
        raise NetkitError("the file is empty.", file=name, line=1)
    if "BEGIN:" in text[:2000].upper() and ":" in first[0]:
        raise NetkitError("this is a calendar or other text file, not contacts.", file=name, line=1)
    return "csv"
