"""vCard 2.1 (quoted-printable, CHARSET), 3.0 and 4.0 files with many cards, read with
``vobject``; netkit's own ``X-NETKIT-*`` properties come back without loss."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import NetkitError
from .records import Person, Skipped

__all__ = ["read", "looks_like", "INTRODUCED_BY", "INTRODUCED_NOTE"]

INTRODUCED_BY = "X-NETKIT-INTRODUCED-BY"
INTRODUCED_NOTE = "Introduced by: "
_X_FIELDS = {
    "x-netkit-how-known": "how_known",
    "x-netkit-warmth": "warmth",
    "x-netkit-location": "location",
    "x-netkit-industry": "industry",
    "x-netkit-connected-on": "connected_on",
}
_MARK = re.compile(r"^(BEGIN|END):", re.IGNORECASE | re.MULTILINE)


def looks_like(text: str) -> bool:
    """Does the text start like a vCard file?"""
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


def _top_level_starts(text: str) -> list[int]:
    """Line numbers of the BEGIN lines of top-level components (cards)."""
    starts, depth, line, seen = [], 0, 1, 0
    for match in _MARK.finditer(text):
        line += text.count("\n", seen, match.start())
        seen = match.start()
        if match[1].upper() == "BEGIN":
            if depth == 0:
                starts.append(line)
            depth += 1
        else:
            depth = max(0, depth - 1)
    return starts


def read(text: str, name: str) -> Iterator[Person | Skipped]:
    """People from a vCard file, one per card; a card with no name is skipped.

    :raises NetkitError: naming the line, when the text is not valid vCard.
    """
    if not looks_like(text):
        raise NetkitError(
            "this is not a vCard file (it should start with BEGIN:VCARD).", file=name, line=1
        )
    import vobject

    starts = _top_level_starts(text)
    cards = vobject.readComponents(text, validate=False, allowQP=True)  # 2.1 soft line breaks
    number = 0
    while True:
        try:
            card = next(cards)
        except StopIteration:
            return
        except Exception as error:  # vobject raises many kinds; all mean "not valid vCard"
            line = getattr(error, "lineNumber", None) or (
                starts[number] if number < len(starts) else None
            )
            detail = getattr(error, "msg", None) or str(error) or type(error).__name__
            raise NetkitError(
                f"this is not valid vCard ({str(detail)[:120]}).", file=name, line=line
            ) from None
        line = starts[number] if number < len(starts) else None
        number += 1
        if card.name.upper() != "VCARD":
            raise NetkitError(
                f"expected BEGIN:VCARD, found BEGIN:{card.name}.", file=name, line=line
            )
        try:
            yield _person(line or 0, card)
        except NetkitError:
            raise
        except Exception as error:  # a malformed value inside an otherwise parsed card
            raise NetkitError(
                f"this card could not be read ({str(error)[:120]}).", file=name, line=line
            ) from None


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value if _text(v))
    return str(value or "").strip()


def _first(card, key: str):
    items = card.contents.get(key) or []
    preferred = [
        i
        for i in items
        if "PREF" in [t.upper() for t in i.params.get("TYPE", [])] or i.params.get("PREF")
    ]
    for item in preferred + items:
        if _text(item.value):
            return item
    return None


def _person(line: int, card) -> Person | Skipped:
    full = _text(_first(card, "fn").value) if _first(card, "fn") else ""
    if not full and _first(card, "n"):
        n = _first(card, "n").value
        full = " ".join(
            _text(p) for p in (n.prefix, n.given, n.additional, n.family, n.suffix) if _text(p)
        )
    if not full:
        return Skipped(line, "no name (no FN or N)")
    fields: dict = {"name": full, "source": "vcard"}
    org = _first(card, "org")
    if org:
        value = org.value if isinstance(org.value, list) else [org.value]
        fields["organization"] = _text(value[0]) or _text(value)
    for key, field in (
        ("title", "title"),
        ("email", "email"),
        ("tel", "phone"),
        ("url", "profile_url"),
    ):
        item = _first(card, key)
        if item:
            fields[field] = _text(item.value)
    adr = _first(card, "adr")
    if adr and not isinstance(adr.value, str):
        place = ", ".join(p for p in (_text(adr.value.city), _text(adr.value.country)) if p)
        if place:
            fields["location"] = place
    categories = _first(card, "categories")
    if categories:
        value = (
            categories.value
            if isinstance(categories.value, list)
            else str(categories.value).split(",")
        )
        fields["tags"] = [_text(v) for v in value if _text(v)]
    for key, field in _X_FIELDS.items():
        item = _first(card, key)
        if item:
            fields[field] = _text(item.value)
    referred = _first(card, INTRODUCED_BY.lower())
    referred_by = _text(referred.value) if referred else None
    note = _first(card, "note")
    if note:
        text = str(note.value).strip()
        if referred_by:
            # netkit's export adds the introducer as a last note line; drop it on the way back.
            tail = f"{INTRODUCED_NOTE}{referred_by}"
            if text.endswith(tail):
                text = text[: -len(tail)].rstrip()
        if text:
            fields["notes"] = text
    return Person(line, fields, referred_by=referred_by)
