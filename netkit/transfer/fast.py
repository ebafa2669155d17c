"""Fast paths for the per-row text work of a large import.

Each function returns exactly what its counterpart in :mod:`netkit.text` returns; plain
ASCII text (most rows) skips the Unicode normalisation, everything else falls back.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import check_url, fold

__all__ = [
    "fast_fold",
    "fast_name_key",
    "fast_check_url",
    "name_fold_key",
    "plain_email",
    "plain_url",
]

_NAME_JUNK = re.compile(r"[^\w\s'-]")
_PLAIN_URL = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(/\S*)?$")
# The same language as _PLAIN_URL (for text without surrounding spaces), with the host and
# the path up to any query or fragment as groups.
_PLAIN_URL_PARTS = re.compile(
    r"https?://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:(/[^?#\s]*)\S*)?\Z"
)
_PROFILE = "https://www.linkedin.com/in/"
# netkit.text's e-mail pattern, anchored at the very end: a match is an address that
# check_email returns unchanged (no spaces, no ";", no "mailto:").
_PLAIN_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}\Z")


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


def name_fold_key(name: str) -> tuple[str, str]:
    """(``fold(name)``, ``name_key(name)``) of a non-empty name, the fold computed once."""
    if name.isascii():
        folded = " ".join(name.lower().split())
        if folded.replace(" ", "").isalnum():  # ASCII letters and digits: nothing to drop
            return folded, folded
    else:
        folded = fast_fold(name)
    swapped = "," in folded
    if swapped:
        last, _, first = folded.partition(",")
        text = f"{first.strip()} {last.strip()}"
    else:
        text = folded
    text, junk = _NAME_JUNK.subn("", text)
    if junk or swapped:
        text = " ".join(text.split())
    return folded, text


def plain_email(value: str) -> bool:
    """Is ``value`` an address that ``check_email(value)`` returns as it is? (False means:
    ask check_email.)"""
    return _PLAIN_EMAIL.match(value) is not None


def plain_url(value: str) -> str | None:
    """For an address that ``fast_check_url`` returns as it is: its ``url_key`` (host
    without "www.", path without a trailing slash, lower case). None means: not that simple,
    ask fast_check_url and url_key."""
    if value.startswith(_PROFILE):  # most addresses of a LinkedIn export, without a regex
        slug = value[len(_PROFILE) :]
        if (
            slug.isascii()
            and slug.isprintable()  # ASCII and printable: no white space but " "
            and " " not in slug
            and "?" not in slug
            and "#" not in slug
        ):
            return ("linkedin.com/in/" + slug).rstrip("/").lower()
    match = _PLAIN_URL_PARTS.match(value)
    if match is None:
        return None
    host, path = match.groups()
    if host[:4].lower() == "www.":
        host = host[4:]
    return (host + path.rstrip("/")).lower() if path else host.lower()


def fast_check_url(value: str) -> str | None:
    """Same as :func:`netkit.text.check_url` (raises NetkitError for a bad address)."""
    value = value.strip()
    if _PLAIN_URL.match(value):
        return value
    return check_url(value)
