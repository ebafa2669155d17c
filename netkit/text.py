"""Text helpers: accent-insensitive folding, validation of e-mails and URLs, HTML escaping.

Each rule is defined once. Plain ASCII text (most of what an import reads) takes a short
way inside the same function, with exactly the result of the general way.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any
from urllib.parse import urlparse

from .errors import NetkitError

__all__ = ["fold", "check_email", "check_url", "escape", "clean"]

_SPACES = re.compile(r"\s+")
# Deliberately permissive: one @, something before, a dotted domain after, no spaces.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
# A web address that check_url keeps exactly as it is (checked without urlparse).
_PLAIN_URL = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(/\S*)?$")


def fold(text: Any) -> str:
    """Lower-case, accent-free, single-spaced text for searching and matching."""
    if not text:
        return ""
    text = str(text)
    if text.isascii():  # nothing to decompose; lower() is casefold() for ASCII
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def clean(value: Any) -> str | None:
    """Strip a text value; empty or whitespace-only becomes None."""
    if value is None:
        return None
    try:
        # pandas' missing values (NaN, NA) are not equal to themselves
        if value != value:
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


def check_email(value: Any) -> str | None:
    """Return a cleaned e-mail address, or raise NetkitError if it is malformed."""
    value = clean(value)
    if value is None:
        return None
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not _EMAIL.match(value):
        raise NetkitError(
            f"“{value}” is not an e-mail address (expected something like name@example.org).")
    return value


def check_url(value: Any) -> str | None:
    """Return a cleaned web address (https:// added when missing), or raise NetkitError."""
    value = clean(value)
    if value is None:
        return None
    if _PLAIN_URL.match(value):  # the usual case: nothing to add or check further
        return value
    candidate = value if _SCHEME.match(value) else "https://" + value
    try:
        parsed = urlparse(candidate)
        scheme, host = parsed.scheme, parsed.hostname or ""
    except ValueError:  # e.g. an unclosed "[", read as the start of an IPv6 address
        scheme, host = "", ""
    if scheme not in ("http", "https") or "." not in host or " " in value:
        raise NetkitError(
            f"“{value}” is not a web address "
            "(expected something like https://www.linkedin.com/in/name)."
        )
    return candidate


def escape(value: Any) -> str:
    """HTML-escape any user text (None becomes an empty string)."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)
