"""Reading a contacts file: bytes from a path or an upload, decoded to text, sanity-checked.

Encodings tried, in order: a byte-order mark (UTF-8, UTF-16), UTF-16 without a mark
(recognised by its zero bytes), UTF-8, Windows-1252, then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import NetkitError
from ..files import read_bytes
from ..text import strip_controls

__all__ = ["Source", "read_source", "MAX_LINE_CHARS", "MAX_FILE_BYTES"]

MAX_FILE_BYTES = 200 * 1024 * 1024
# No real contact row comes near this; a longer line means "not a contacts file".
MAX_LINE_CHARS = 1_000_000
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}


@dataclass
class Source:
    """A decoded file: its text, the name to show in messages, and the encoding found."""

    text: str
    name: str
    encoding: str


def read_source(
    data: str | os.PathLike | bytes | bytearray | memoryview, name: str | None = None
) -> Source:
    """Read and decode ``data`` (a path, or the bytes of an upload).

    :param name: the file name to use in messages (defaults to the path's name, or "upload").
    :raises NetkitError: naming the file, when it is missing, empty, binary, undecodable or has
        a line too long to be a contacts file.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        name = name or "upload"
    else:
        path = Path(data).expanduser()
        name = name or path.name
        raw = read_bytes(path, MAX_FILE_BYTES, "contacts file", name)
    text, encoding = _decode(raw, name)
    if not text.strip():
        raise NetkitError("the file is empty.", file=name, line=1)
    _check_text(text, name)
    # The few control characters a file may carry (a NUL, an escape) are kept out of the
    # workbook, and off a terminal that prints a preview.
    return Source(text=strip_controls(text), name=name, encoding=encoding)


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if not raw:
        raise NetkitError("the file is empty.", file=name, line=1)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _strict(raw, encoding, name), encoding
    head = raw[:4000]
    if b"\x00" in head:
        # UTF-16 without a mark: ASCII letters leave every other byte zero.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return _strict(raw, "utf-16-le", name), "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return _strict(raw, "utf-16-be", name), "utf-16-be"
        raise NetkitError(
            "this is a binary file, not a contacts file (CSV or vCard).",
            file=name,
            line=1 + raw[: raw.index(b"\x00")].count(b"\n"),
        )
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    guess = from_bytes(raw[:1_000_000]).best()
    if guess is not None and guess.encoding:
        try:
            return raw.decode(guess.encoding), guess.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise NetkitError(
        "the text encoding could not be recognised; save it as UTF-8 and try again.",
        file=name,
        line=1,
    )


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = 1 + raw[: error.start].count(b"\n" if "16" not in encoding else b"\n\x00")
        raise NetkitError(
            f"the file is not valid {encoding.upper()} text.", file=name, line=line
        ) from None


def _check_text(text: str, name: str) -> None:
    """Refuse binary-looking text and lines no contacts file has."""
    # Jump from line start to line start a window of MAX_LINE_CHARS + 1 characters at a
    # time: a window without a newline inside the text is a line that is too long.
    start, length = 0, len(text)
    while start + MAX_LINE_CHARS < length:
        last = text.rfind("\n", start, start + MAX_LINE_CHARS + 1)
        if last == -1:
            end = text.find("\n", start)
            size = ((length if end == -1 else end) - start) / 1_000_000
            line = 1 + text.count("\n", 0, start)
            raise NetkitError(
                f"line {line} is {size:.1f} million characters long; this is not a contacts file.",
                file=name,
                line=line,
            )
        start = last + 1
    sample = text[:65536]
    controls = sum(map(sample.count, _CONTROL))
    if controls > max(2, len(sample) // 200):
        first = next(i for i, ch in enumerate(sample) if ch in _CONTROL)
        raise NetkitError(
            "this looks like a binary file, not a contacts file (CSV or vCard).",
            file=name,
            line=1 + sample[:first].count("\n"),
        )
