"""Fast paths for the per-row text work of a large import.

Each function returns exactly what its counterpart in :mod:`netkit.text` returns; plain
ASCII text (most rows) skips the Unicode normalisation, everything else falls back.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import check_url, fold

__all__ = ["fast_fold", "fast_name_key", "fast_check_url"]

_NAME_JUNK = re.compile(r"[^\w\s'-]")
_PLAIN_URL = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(/\S*)?$")


# Every combining mark of the Basic Multilingual Plane, mapped to nothing (built once).
_DROP_MARKS = {c: None for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))}


def fast_fold(text: str | None) -> str:
    """Same as :func:`netkit.text.fold`."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", str(text))
    if max(decomposed) > "\uffff":
        return fold(text)
    return " ".join(decomposed.translate(_DROP_MARKS).casefold().split())


def fast_name_key(name: str | None) -> str:
    """Same as :func:`netkit.text.name_key`."""
    folded = fast_fold(name)
    if "," in folded:
        last, _, first = folded.partition(",")
        folded = f"{first.strip()} {last.strip()}"
    return " ".join(_NAME_JUNK.sub("", folded).split())


def fast_check_url(value: str) -> str | None:
    """Same as :func:`netkit.text.check_url` (raises NetkitError for a bad address)."""
    value = value.strip()
    if _PLAIN_URL.match(value):
        return value
    return check_url(value)
