"""The new contacts of an import as columns, ready for one ``executemany``.

The work is done column by column (a list comprehension per column, each distinct value
folded once) instead of row by row; the values are exactly those
:meth:`Workbook.add_contact` would store for the same fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from ..contacts import _SEARCHED
from .fast import fast_fold
from .index import MERGE_FIELDS

__all__ = ["contact_columns", "SEARCHED"]

# The fields of a contact's search text, as ``ContactsMixin._search_text`` joins them.
SEARCHED = _SEARCHED
# Optional text columns an import may fill: the merge fields but warmth (it has a default).
_OPTIONAL = tuple(field for field in MERGE_FIELDS if field != "warmth")


def contact_columns(
    rows: Sequence[dict], source: str, introducer: Callable[[int], int]
) -> dict[str, list]:
    """{column: values} (all but ``id``) for inserting ``rows`` (plan rows) as contacts.

    A column no row has a value for is left out, so the table's default applies (the same
    value the row-by-row insert wrote: NULL, warmth 1, tags "[]").

    :param source: the source of rows that do not name one (the import's format).
    :param introducer: turns a row's ``_ref`` into a contact id.
    """
    present = set().union(*rows) if rows else set()
    columns: dict[str, list] = {"name": [r["name"] for r in rows]}
    for key in _OPTIONAL:
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
    columns["search_text"] = _search_texts(rows, columns, tags)
    return columns


def _search_texts(rows: Sequence[dict], columns: dict, tags: list | None) -> list[str]:
    """``fold(" ".join(fields and tags))`` per row, as ``fold`` of each part joined: the two
    are equal because folding never joins or splits text across a space."""
    parts = [[r.get("_fold") or fast_fold(r["name"]) for r in rows]]
    for key in SEARCHED[1:]:
        values = columns.get(key)
        if values is not None:
            folded = {v: fast_fold(str(v)) if v else "" for v in set(values)}
            parts.append([folded[v] for v in values])
    if len(parts) == 1:
        texts = parts[0]
    else:
        texts = [" ".join(filter(None, t)) for t in zip(*parts, strict=True)]
    if tags is not None:
        for i, row_tags in enumerate(tags):
            if row_tags:
                texts[i] = " ".join(filter(None, [texts[i], *map(fast_fold, row_tags)]))
    return texts
