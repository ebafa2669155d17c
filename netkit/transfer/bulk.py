"""The new contacts of an import as columns, ready for one ``executemany``.

The values are exactly those :func:`netkit.contacts.insert_contact` stores for the same
fields (a test holds them equal); only the order of work differs: column by column, each
distinct organisation or title folded once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from ..contacts import SEARCHED
from ..identity import COMPARED
from ..text import fold

__all__ = ["contact_columns"]


def contact_columns(rows: Sequence[dict[str, Any]], source: str,
                    introducer: Callable[[int], int]) -> dict[str, list[Any]]:
    """{column: values} (all but ``id``) for inserting ``rows`` (plan rows) as contacts.

    A column no row has a value for is left out, so the table's default applies (the same
    value a one-by-one insert writes: NULL, warmth 1, tags "[]").

    :param source: the source of rows that do not name one (the import's format).
    :param introducer: turns a row's ``_ref`` into a contact id.
    """
    present = set().union(*rows) if rows else set()
    columns: dict[str, list[Any]] = {"name": [r["name"] for r in rows]}
    for key in COMPARED:
        if key in present:
            columns[key] = [r.get(key) for r in rows]
    if "warmth" in present:
        columns["warmth"] = [r.get("warmth", 1) for r in rows]
    tags = [r.get("tags") for r in rows] if "tags" in present else None
    if tags is not None:
        columns["tags"] = [json.dumps(t, ensure_ascii=False) if t else "[]" for t in tags]
    columns["source"] = [r.get("source") or source for r in rows]
    if "_ref" in present:
        refs = [r.get("_ref") for r in rows]
        columns["introduced_by"] = [None if ref is None else introducer(ref) for ref in refs]
    columns["name_key"] = [r["name_key"] for r in rows]
    if "profile_key" in present:
        columns["profile_key"] = [r.get("profile_key") for r in rows]
    columns["search_text"] = _search_texts(rows, columns, tags)
    return columns


def _search_texts(rows: Sequence[dict[str, Any]], columns: dict[str, list[Any]],
                  tags: list[Any] | None) -> list[str]:
    """:func:`netkit.contacts.search_text` per row, as ``fold`` of each part joined: the
    two are equal because folding never joins or splits text across a space."""
    parts = [[fold(r["name"]) for r in rows]]
    for key in SEARCHED[1:]:
        values = columns.get(key)
        if values is not None:
            folded = {v: fold(v) for v in set(values)}
            parts.append([folded[v] for v in values])
    if len(parts) == 1:
        texts = parts[0]
    else:
        texts = [" ".join(filter(None, t)) for t in zip(*parts, strict=True)]
    if tags is not None:
        for i, row_tags in enumerate(tags):
            if row_tags:
                texts[i] = " ".join(filter(None, [texts[i], *map(fold, row_tags)]))
    return texts
