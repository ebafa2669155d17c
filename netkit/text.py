"""Text helpers: accent-insensitive matching, validation of e-mails and URLs, HTML escaping."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlparse

from .errors import NetkitError

__all__ = ["fold", "name_key", "check_email", "check_url", "escape", "clean"]

_SPACES = re.compile(r"\s+")
# Deliberately permissive: one @, something before, a dotted domain after, no spaces.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced text for searching and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def name_key(name: str | None) -> str:
    """A key under which two spellings of one person's name compare equal.

    "José  García", "jose garcia" and "García, José" share a key.
    """
    folded = fold(name)
    if "," in folded:
        last, _, first = folded.partition(",")
        folded = f"{first.strip()} {last.strip()}"
    folded = re.sub(r"[^\w\s'-]", "", folded)
    return _SPACES.sub(" ", folded).strip()


def clean(value) -> str | None:
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


def check_email(value: str | None) -> str | None:
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


def check_url(value: str | None) -> str | None:
    """Return a cleaned web address (https:// added when missing), or raise NetkitError."""
    value = clean(value)
    if value is None:
        return None
    candidate = value if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) else "https://" + value
    parsed = urlparse(candidate)
    if parsed.scheme not in ("http", "https") or "." not in (parsed.hostname or "") or " " in value:
        raise NetkitError(f"“{value}” is not a web address (expected something like https://www.linkedin.com/in/name).")
    return candidate


def escape(value) -> str:
    """HTML-escape any user text (None becomes an empty string)."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)
