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

__all__ = ["fold", "check_email", "check_url", "escape", "clean", "as_text", "strip_controls",
           "parse_bool", "printable", "mid_sentence", "article", "about_me", "MAX_TEXT"]

# Longer than any note a person writes; a bigger value is a mistake, not a note.
MAX_TEXT = 200_000
# Control characters no name or note holds (tab and line breaks are kept).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What a terminal could act on: C0 and C1 controls, and the marks that reorder text.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_KINDS = {bool: "True or False", bytes: "bytes", bytearray: "bytes", list: "a list",
          tuple: "a list", set: "a set", dict: "a dictionary"}
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}

_SPACES = re.compile(r"\s+")
# Words that stay small inside a proper name ("Bank of Nova", "Salt & Pepper").
_SMALL_WORDS = {"a", "an", "and", "at", "de", "for", "in", "of", "on", "or", "the", "to", "&"}
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


def clean(value: Any, what: str = "That value") -> str | None:
    """A text value as stored: stripped, without control characters; empty or
    whitespace-only becomes None. Numbers become their text.

    :param what: the field, for messages ("The name", "The message").
    :raises NetkitError: as :func:`as_text`.
    """
    if value is None:
        return None
    text = as_text(value, what)
    return (text.strip() or None) if text is not None else None


def as_text(value: Any, what: str = "That value") -> str | None:
    """A text value as given (spacing kept), without control characters; None and
    pandas' missing values become None, numbers their text.

    :raises NetkitError: for a value that is not text (a list, bytes, True/False ...), text
        with a broken character (a lone surrogate), or text longer than :data:`MAX_TEXT`.
    """
    if value is None:
        return None
    if type(value) is not str:
        try:
            # pandas' missing values (NaN, NA) are not equal to themselves
            if value != value:
                return None
        except (TypeError, ValueError):
            pass
        if isinstance(value, (bool, bytes, bytearray, list, tuple, set, dict)) or not \
                isinstance(value, (str, int, float)):
            kind = next((k for t, k in _KINDS.items() if isinstance(value, t)),
                        type(value).__name__)
            raise NetkitError(f"{what} must be text, not {kind}.")
        value = str(value)
    if _CONTROLS.search(value):
        value = strip_controls(value)
    if len(value) > MAX_TEXT:
        raise NetkitError(f"{what} is longer than {MAX_TEXT:,} characters.")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise NetkitError(
                f"{what} holds a broken character (half of a pair); retype it.") from None
    return value


def strip_controls(text: str) -> str:
    """``text`` without the control characters no name or note holds (NUL, escape ...)."""
    return _CONTROLS.sub("", text)


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: controls and reordering marks become "?"
    (line breaks and tabs stay)."""
    return _UNPRINTABLE.sub("?", text)


def parse_bool(value: Any, what: str) -> bool:
    """True/False, 1/0 or yes/no (as text too) → a bool.

    :raises NetkitError: for anything else (None included: the answer is needed).
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise NetkitError(f"{what} must be yes or no (True or False), not “{value}”.")


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


def mid_sentence(name: Any, proper: bool = False) -> str:
    """``name`` as it reads inside a sentence ("You know … far better than I do").

    An organisation (``proper=True``) keeps its capitals: "Sunfield Power". An industry
    or a kind of role is a common noun, so its first letter becomes small: "Healthcare
    technology" → "healthcare technology" — unless its first word is an acronym or has
    capitals inside ("AI safety", "SaaS sales"), or every word is capitalised like a
    name ("Sunfield Power", "Formula One"): those are kept as typed. None becomes "".
    """
    text = " ".join(str(name).split()) if name is not None else ""
    if proper or not text:
        return text
    words = text.split(" ")
    first = words[0]
    if not (first[:1].isupper() and first[1:] == first[1:].lower()):
        return text  # "AI", "SaaS", "eCommerce", "3D printing", already small
    rest = [w for w in words[1:] if any(c.isalpha() for c in w) and w.lower() not in _SMALL_WORDS]
    if rest and all(w[:1].isupper() for w in rest):
        return text  # capitalised like a name
    return first[:1].lower() + text[1:]


# The last word of a focus like "Data analyst moving into …" that names a person's role.
_ROLE_WORD = re.compile(
    r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer)|nurse|chef|coach|lead|head|architect|"
    r"clerk|pilot|graduate|associate|barista|apprentice|intern|analyst|vp|ceo|cto|cfo|coo)$")
# … but not these fields and things ("Product management", "Energy sector").
_NOT_ROLE = re.compile(r"(?:ment|ness|sector|power|water|paper|computer|consumer|center|"
                       r"labou?r|floor|colou?r)$")
# Words after which a focus goes on about the role ("analyst *moving* into …").
_FOCUS_BREAK = re.compile(
    r"\s*(?:[,;:(]|\s[–—-]\s|\b(?:moving|transitioning|switching|changing|looking|seeking|"
    r"exploring|turned|now|with|in|at|for|from|of|who|and|to|into|interested)\b)",
    re.IGNORECASE)
# A focus that starts with one of these says what you are doing: "I'm moving into …".
_DOING = {"moving", "looking", "exploring", "switching", "transitioning", "seeking", "working",
          "studying", "returning", "pivoting", "hoping", "trying", "changing", "retraining",
          "learning", "building", "leaving", "starting", "aiming", "planning", "interested",
          "curious", "keen", "new", "back", "currently", "between", "open", "ready"}
_FIRST_PERSON = {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "my", "we",
                 "we're", "we’re"}


def article(phrase: str) -> str:
    """"a" or "an" before ``phrase`` (by sound: "an analyst", "a UX designer", "an SEO …")."""
    word = phrase.split(" ")[0]
    if len(word) > 1 and word.isupper():  # an acronym is read letter by letter
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low[:1] in "aeiou" and not low.startswith(("uni", "use", "usu", "uti", "eu", "one")):
        return "an"
    return "a"


def about_me(focus: str | None) -> str:
    """Your focus as one sentence: "Data analyst moving into X" → "I'm a data analyst moving
    into X."; "Moving into X" → "I'm moving into X."; "I want to …" stays as written;
    "Product analytics in healthcare" → "I'm focusing on product analytics in healthcare."
    Empty → ""."""
    text = (clean(focus) or "").rstrip(" .!")
    if not text:
        return ""
    first = text.split(" ")[0].lower().strip(",")
    if first in _FIRST_PERSON:
        sentence = text[0].upper() + text[1:]
    elif first in _DOING:
        sentence = f"I'm {mid_sentence(text)}"
    elif first in ("a", "an"):
        sentence = f"I'm {text[0].lower()}{text[1:]}"
    else:
        head = _FOCUS_BREAK.split(text, maxsplit=1)[0].strip()
        last = head.split(" ")[-1].lower() if head else ""
        phrase = mid_sentence(text)
        role = _ROLE_WORD.search(last) and not _NOT_ROLE.search(last)
        sentence = f"I'm {article(phrase)} {phrase}" if role else f"I'm focusing on {phrase}"
    return sentence if sentence[-1] in ".!?" else f"{sentence}."
