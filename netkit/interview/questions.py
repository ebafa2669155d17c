"""The informational-interview question bank: built-in questions plus the user's own.

Built-in questions ship in ``netkit/data/questions.json``, each with a stable
``key``. A migration calls :func:`install_builtin_questions`, which inserts only the
built-ins whose key is not in the workbook yet (see :mod:`netkit.schema`), so a later
migration can bring new built-ins without touching the user's own questions or the ones
they have hidden.

Built-ins can be hidden and shown again, never edited in place or deleted: editing a
built-in makes the user's own copy (in the same category) and hides the original, so
the wording you chose is yours and a future update never overwrites it. The two closing
questions cannot be hidden (reword them in a script instead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..dates import now
from ..errors import NetkitError
from ..schema import builtin_questions, install_builtin_questions
from ..text import clean

if TYPE_CHECKING:
    import pandas as pd

    from ..store import Store

__all__ = ["CATEGORIES", "CLOSING_KEYS", "builtin_questions", "install_builtin_questions",
           "parse_category", "questions", "get_question", "add_question", "edit_question",
           "hide_question", "unhide_question", "closing_question_ids"]

# Category key → how a job seeker reads it, in the order of a conversation.
CATEGORIES = {
    "small talk": "Small talk and rapport",
    "their path": "Their path",
    "the work": "The work itself",
    "trends": "Trends in the field",
    "the organisation": "How the organisation is faring",
    "advice": "Advice",
    "resources": "Resources",
    "next steps": "Next steps",
    "closing": "The closing questions",
}
# "Who else should I talk to?" and "May I mention your name?": always at the end of a script.
CLOSING_KEYS = ("closing.who_else", "closing.mention_name")
MAX_MINUTES = 15


def parse_category(value: Any) -> str:
    """A category key from a key or its label; NetkitError otherwise."""
    text = (clean(value) or "").lower()
    for key, label in CATEGORIES.items():
        if text in (key, label.lower()):
            return key
    raise NetkitError(
        f"“{value}” is not a question category (use one of: {', '.join(CATEGORIES)})."
    )


def _minutes(value: Any) -> float:
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        raise NetkitError(f"Minutes must be a number, not “{value}”.") from None
    if not 0.5 <= minutes <= MAX_MINUTES:
        raise NetkitError(f"A question takes between 0.5 and {MAX_MINUTES} minutes, not {value}.")
    return minutes


def questions(store: Store, include_hidden: bool = False,
              category: str | None = None) -> pd.DataFrame:
    """Questions in conversation order: ``id``, ``category``, ``text``, ``builtin``,
    ``note``, ``minutes``, ``hidden``, ``builtin_key``, ``closing`` (one of the two
    questions every script ends with).

    :param category: only this category (a key like "advice" or its label).
    """
    where, params = ["1"], []
    if not include_hidden:
        where.append("hidden = 0")
    if category is not None:
        where.append("category = ?")
        params.append(parse_category(category))
    order = " ".join(f"WHEN '{key}' THEN {n}" for n, key in enumerate(CATEGORIES))
    frame = store.frame(
        "SELECT id, category, text, builtin, note, minutes, hidden, builtin_key FROM questions "
        f"WHERE {' AND '.join(where)} ORDER BY CASE category {order} ELSE 99 END, id",
        tuple(params),
    )
    frame["builtin"] = frame["builtin"].astype(bool)
    frame["hidden"] = frame["hidden"].astype(bool)
    frame["closing"] = frame["builtin_key"].isin(CLOSING_KEYS)
    return frame


def get_question(store: Store, question_id: Any) -> dict[str, Any]:
    """One question as a dict; NetkitError when there is no such question."""
    row = store.conn.execute("SELECT * FROM questions WHERE id = ?", (question_id,)).fetchone()
    if row is None:
        raise NetkitError(f"There is no question number {question_id}.")
    record = dict(row)
    record["builtin"] = bool(record["builtin"])
    record["hidden"] = bool(record["hidden"])
    return record


def add_question(store: Store, text: str, category: str, note: str | None = None,
                 minutes: float = 2) -> int:
    """Add your own question and return its id.

    Placeholders such as ``{organization}`` or ``{first_name}`` are filled in when a
    script is shown (see :mod:`netkit.script`).

    :raises NetkitError: for empty text, an unknown category or a silly length.
    """
    cleaned = clean(text)
    if not cleaned:
        raise NetkitError("A question needs some text.")
    row = {
        "category": parse_category(category),
        "text": cleaned,
        "note": clean(note),
        "minutes": _minutes(minutes),
        "builtin": 0,
        "created_at": now(),
        "updated_at": now(),
    }
    with store.atomic():
        question_id = store.insert("questions", row)
        store.log("add", "question", question_id, category=row["category"])
        return question_id


def edit_question(store: Store, question_id: int, **fields: Any) -> int:
    """Change your own question (``text``, ``category``, ``note``, ``minutes``).

    Editing a built-in question makes your own copy with the changes and hides the
    built-in; the copy's id is returned (the same id for your own questions).

    :raises NetkitError: for an unknown question or field, empty text, or one of the
        two closing questions (reword those inside a script instead).
    """
    unknown = set(fields) - {"text", "category", "note", "minutes"}
    if unknown:
        raise NetkitError(f"Unknown question field(s): {', '.join(sorted(unknown))}.")
    current = get_question(store, question_id)
    changes: dict[str, Any] = {}
    if "text" in fields:
        changes["text"] = clean(fields["text"])
        if not changes["text"]:
            raise NetkitError("A question needs some text.")
    if "category" in fields:
        changes["category"] = parse_category(fields["category"])
    if "note" in fields:
        changes["note"] = clean(fields["note"])
    if "minutes" in fields:
        changes["minutes"] = _minutes(fields["minutes"])
    if current["builtin_key"] in CLOSING_KEYS:
        raise NetkitError(
            "The closing questions stay as they are in the bank; "
            "reword them in a script if you like."
        )
    with store.atomic():
        if not current["builtin"]:
            store.update("questions", question_id, {**changes, "updated_at": now()})
            store.log("edit", "question", question_id, fields=sorted(changes))
            return question_id
        copy = {key: current[key] for key in ("category", "text", "note", "minutes")}
        copy.update(changes, builtin=0, created_at=now(), updated_at=now())
        copy_id = store.insert("questions", copy)
        store.update("questions", question_id, {"hidden": 1, "updated_at": now()})
        store.log("copy", "question", copy_id, from_builtin=current["builtin_key"])
        return copy_id


def hide_question(store: Store, question_id: int) -> None:
    """Hide a question from the bank (scripts that use it keep it).

    :raises NetkitError: for an unknown question or one of the two closing questions.
    """
    current = get_question(store, question_id)
    if current["builtin_key"] in CLOSING_KEYS:
        raise NetkitError(
            "The closing questions cannot be hidden: every script ends with them."
        )
    _set_hidden(store, question_id, True)


def unhide_question(store: Store, question_id: int) -> None:
    """Show a hidden question in the bank again."""
    get_question(store, question_id)
    _set_hidden(store, question_id, False)


def _set_hidden(store: Store, question_id: int, hidden: bool) -> None:
    with store.atomic():
        store.update("questions", question_id, {"hidden": int(hidden), "updated_at": now()})
        store.log("hide" if hidden else "unhide", "question", question_id)


def closing_question_ids(store: Store) -> list[int]:
    """Ids of "Who else should I talk to?" and "May I mention your name?", in that order."""
    rows = dict(
        store.conn.execute(
            "SELECT builtin_key, id FROM questions WHERE builtin_key IN (?, ?)", CLOSING_KEYS
        ).fetchall()
    )
    return [rows[key] for key in CLOSING_KEYS if key in rows]
