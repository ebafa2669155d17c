"""Scripts for informational interviews: which questions, in what order, in how many minutes.

A script belongs to one conversation (``script_items.conversation_id``), or is your
*general* script when ``conversation_id`` is None (stored as NULL): a reusable starting
point for conversations that do not have their own script yet.

The rule that matters most: the closing questions — "Who else should I talk to?" and
"May I mention your name when I reach out?" — always stand at the end, whatever you add,
move or remove. Any question of the "closing" category is kept in that final block.
Removing one of the two closing questions needs ``confirm=True``, and the printed sheet
then carries a reminder to ask anyway.

Placeholders such as ``{first_name}``, ``{organization}``, ``{industry}`` and
``{my_focus}`` are filled from the contact and your profile when the script is shown;
a missing value becomes a plain phrase ("your organisation"), never a raw ``{...}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..conversations import require_conversation, update_conversation
from ..errors import NetkitError
from ..profile import get_profile
from ..text import clean, mid_sentence
from .placeholders import PLACEHOLDERS, personalise
from .questions import (
    CATEGORIES,
    CLOSING_KEYS,
    add_question,
    closing_question_ids,
    get_question,
)

if TYPE_CHECKING:
    import pandas as pd

    from ..store import Store

__all__ = [
    "script", "script_values", "script_budget", "script_estimate", "script_reminder",
    "suggested_questions", "start_script", "add_to_script", "add_own_question_to_script",
    "move_script_item",
    "remove_from_script", "reword_script_item", "set_script_budget",
    "personalise",
    "PLACEHOLDERS",
    "SUGGESTED_KEYS",
    "SUGGESTED_SHARE",
    "INTRODUCED_KEY",
    "OWN_CATEGORY",
    "BUDGETS",
    "CLOSING_REMINDER",
]

BUDGETS = (20, 30)
GENERIC_BUDGET_SETTING = "script.generic_minutes"
# The suggested script fills about four-fifths of the planned time (16 of 20 minutes, 24 of
# 30), so answers can run long and a question of your own still fits.
SUGGESTED_SHARE = 0.8
# The suggested questions, most useful first: each is taken when it still fits in the
# share above (the closing questions always are), then they stand in conversation order.
SUGGESTED_KEYS = (
    "small_talk.thanks",
    "small_talk.agenda",
    "small_talk.connection",  # only when someone introduced you
    "advice.in_my_shoes",
    "their_path.start",
    "the_organisation.doing",
    "trends.skills_demand",
    "next_steps.help_back",
    "the_work.typical_week",
    "trends.changing",
    "the_work.hard_part",
    "advice.wish_knew",
    "resources.reading",
)
# "How do you know {introducer}?": in every script for someone who was introduced to you.
INTRODUCED_KEY = "small_talk.connection"
OWN_CATEGORY = "the work"  # where a question of your own goes unless you choose another
CLOSING_REMINDER = (
    "Before you say goodbye, ask: “Who else do you think I should talk to?” "
    "and “May I mention your name when I reach out?”"
)


# ----- reads -----------------------------------------------------------------------------


def script(store: Store, conversation_id: int | None = None) -> pd.DataFrame:
    """The script, in order: ``item_id``, ``position`` (1, 2, ...), ``question_id``,
    ``category``, ``text`` (personalised), ``raw_text``, ``note``, ``minutes``,
    ``closing`` (True for the questions pinned at the end), ``pinned`` (True for the
    two closing questions that need confirmation to remove).
    """
    conversation_id = _script_owner(store, conversation_id)
    frame = store.frame(
        "SELECT s.id AS item_id, s.position, s.question_id, q.category, "
        "coalesce(s.text, q.text) AS raw_text, q.note, q.minutes, q.builtin_key "
        "FROM script_items s JOIN questions q ON q.id = s.question_id "
        "WHERE s.conversation_id IS ? ORDER BY s.position, s.id",
        (conversation_id,),
    )
    frame["closing"] = frame["category"].eq("closing")
    frame["pinned"] = frame["builtin_key"].isin(CLOSING_KEYS)
    frame = frame.drop(columns="builtin_key")
    values = script_values(store, conversation_id)
    frame.insert(4, "text", frame["raw_text"].map(lambda t: personalise(t, values)))
    frame["position"] = range(1, len(frame) + 1)
    return frame


def script_values(store: Store, conversation_id: int | None = None) -> dict:
    """What the placeholders are filled with, for this conversation (or the general
    script): the contact's ``name``, ``first_name``, ``organization``, ``industry``,
    ``title``, ``introducer``, your ``my_name`` and ``my_focus``, and ``minutes``."""
    profile = get_profile(store)
    values = {
        "my_name": profile.get("name"),
        "my_focus": profile.get("focus"),
        "minutes": str(script_budget(store, conversation_id)),
    }
    if conversation_id is not None:
        row = store.conn.execute(
            "SELECT c.name, c.organization, c.industry, c.title, i.name AS introducer "
            "FROM conversations v JOIN contacts c ON c.id = v.contact_id "
            "LEFT JOIN contacts i ON i.id = c.introduced_by WHERE v.id = ?",
            (conversation_id,),
        ).fetchone()
        values.update(dict(row))
        if clean(row["industry"]):  # "Healthcare x" → "healthcare x"; "Sunfield Power" stays
            values["industry"] = mid_sentence(clean(row["industry"]))
        name = clean(row["name"]) or ""
        if "," in name:  # "García, José"
            name = name.split(",", 1)[1]
        values["first_name"] = name.split()[0] if name.split() else None
    return values


def script_budget(store: Store, conversation_id: int | None = None) -> int:
    """Minutes planned for the conversation (the general script: 20 unless changed)."""
    if conversation_id is None:
        return int(store.get_setting(GENERIC_BUDGET_SETTING, BUDGETS[0]))
    row = store.conn.execute(
        "SELECT minutes FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None:
        raise NetkitError(f"There is no conversation number {conversation_id}.")
    return int(row["minutes"])


def script_estimate(store: Store, conversation_id: int | None = None) -> dict:
    """How long the script runs: ``minutes`` (estimated), ``budget``, ``questions``,
    ``over`` (True when too long), ``message`` (one friendly line for the screen, which
    warns when the script is too long) and ``summary`` (a plain line for the printed
    sheet, never a warning)."""
    frame = script(store, conversation_id)
    minutes = float(frame["minutes"].sum())
    budget = script_budget(store, conversation_id)
    shown = f"{minutes:g}"
    over = minutes > budget
    if frame.empty:
        message = "No questions yet: add some, or start from the suggested script."
    elif over:
        message = (
            f"Too long: about {shown} minutes of questions for a {budget}-minute "
            "conversation. Remove a question or two — the closing questions matter most."
        )
    else:
        message = f"Your questions take about {shown} of your {budget} minutes."
    return {
        "minutes": minutes,
        "budget": budget,
        "questions": len(frame),
        "over": over,
        "message": message,
        "summary": f"About {shown} minutes of questions." if len(frame) else "",
    }


def script_reminder(store: Store, conversation_id: int | None = None) -> str | None:
    """A reminder to ask the closing questions when either was removed from the script."""
    frame = script(store, conversation_id)
    return None if int(frame["pinned"].sum()) >= len(CLOSING_KEYS) else CLOSING_REMINDER

# ----- writes ----------------------------------------------------------------------------


def suggested_questions(store: Store, conversation_id: int | None = None) -> list[int]:
    """The ids of the suggested script's questions, in conversation order.

    The most useful questions (:data:`SUGGESTED_KEYS`, first to last) are taken while
    they fit in :data:`SUGGESTED_SHARE` of the planned minutes, so a 20-minute
    conversation is suggested about 16 minutes of questions and a 30-minute one about 24.
    "How do you know {introducer}?" is among them only when someone introduced you to
    the person. Questions you have hidden are left out; the closing questions never are.
    """
    conversation_id = _script_owner(store, conversation_id)
    bank = {
        r["builtin_key"]: r
        for r in store.rows(
            "SELECT id, builtin_key, category, minutes FROM questions "
            "WHERE builtin_key IS NOT NULL AND (hidden = 0 OR builtin_key IN (?, ?))",
            CLOSING_KEYS,
        )
    }
    introduced = script_values(store, conversation_id).get("introducer") is not None
    room = script_budget(store, conversation_id) * SUGGESTED_SHARE
    chosen = [bank[key] for key in CLOSING_KEYS if key in bank]
    used = sum(r["minutes"] for r in chosen)
    for key in SUGGESTED_KEYS:
        if key not in bank or (key == INTRODUCED_KEY and not introduced):
            continue
        if used + bank[key]["minutes"] <= room:
            chosen.append(bank[key])
            used += bank[key]["minutes"]
    chosen.sort(key=lambda r: (_category_rank(r["category"]), r["id"]))
    return [int(r["id"]) for r in chosen]


def start_script(store: Store, conversation_id: int | None = None) -> int:
    """Fill an empty script: from your general script (for a conversation, when you have
    one), else from :func:`suggested_questions`. A script for someone who was introduced
    to you asks how they know the person who introduced you (unless you hid that
    question). Returns how many questions it holds.

    :raises NetkitError: when the script already has questions.
    """
    conversation_id = _script_owner(store, conversation_id)
    with store.atomic():
        if _item_count(store, conversation_id):
            raise NetkitError("This script already has questions.")
        source: list[tuple[int, str | None]] = []
        if conversation_id is not None:
            source = [
                (r[0], r[1])
                for r in store.conn.execute(
                    "SELECT question_id, text FROM script_items "
                    "WHERE conversation_id IS NULL ORDER BY position, id"
                )
            ]
        general = bool(source)
        if not general:
            source = [(question_id, None) for question_id in
                      suggested_questions(store, conversation_id)]
        for position, (question_id, text) in enumerate(source):
            store.insert(
                "script_items",
                {
                    "conversation_id": conversation_id,
                    "question_id": question_id,
                    "position": position,
                    "text": text,
                },
            )
        _ensure_closing(store, conversation_id)
        _renumber(store, conversation_id)
        if general:
            _ask_about_the_introducer(store, conversation_id)
        store.log("start", "script", conversation_id, questions=len(source))
        return _item_count(store, conversation_id)


def add_to_script(store: Store, question_id: int, conversation_id: int | None = None) -> int:
    """Add a bank question to the script where its category belongs — after the last
    question of its own or an earlier category, so a "Their path" question joins the
    path questions — and always before the closing questions; return the item id.

    The first question added to an empty script brings the closing questions with it.

    :raises NetkitError: for an unknown question or conversation, or a question that is
        already in the script.
    """
    conversation_id = _script_owner(store, conversation_id)
    get_question(store, question_id)
    with store.atomic():
        if store.conn.execute(
            "SELECT 1 FROM script_items WHERE conversation_id IS ? AND question_id = ?",
            (conversation_id, question_id),
        ).fetchone():
            raise NetkitError("That question is already in the script.")
        empty = not _item_count(store, conversation_id)
        item_id = _insert_in_place(store, conversation_id, question_id)
        if empty:
            _ensure_closing(store, conversation_id)
        _renumber(store, conversation_id)
        store.log(
            "add",
            "script_item",
            item_id,
            conversation_id=conversation_id,
            question_id=question_id,
        )
        return item_id


def add_own_question_to_script(store: Store, text: str, category: str = OWN_CATEGORY,
                               conversation_id: int | None = None, minutes: float = 2) -> int:
    """Add a new question of your own to the bank and to this script, in one step."""
    with store.atomic():
        question_id = add_question(store, text, category, minutes=minutes)
        return add_to_script(store, question_id, conversation_id)


def move_script_item(store: Store, item_id: int, steps: int) -> None:
    """Move a question up (negative ``steps``) or down; it never passes the closing
    questions, and moving past the top or bottom just stops there.

    :raises NetkitError: for an unknown item, or when moving a closing question.
    """
    item = _script_item(store, item_id)
    if item["category"] == "closing":
        raise NetkitError("The closing questions always stay at the end of the script.")
    with store.atomic():
        ids = [
            r[0]
            for r in store.conn.execute(
                "SELECT s.id FROM script_items s JOIN questions q ON q.id = s.question_id "
                "WHERE s.conversation_id IS ? AND q.category <> 'closing' "
                "ORDER BY s.position, s.id",
                (item["conversation_id"],),
            )
        ]
        old = ids.index(item_id)
        new = max(0, min(len(ids) - 1, old + int(steps)))
        ids.insert(new, ids.pop(old))
        for position, row_id in enumerate(ids):
            store.update("script_items", row_id, {"position": position})
        _renumber(store, item["conversation_id"])
        store.log("move", "script_item", item_id, steps=int(steps))


def remove_from_script(store: Store, item_id: int, confirm: bool = False) -> None:
    """Take a question out of the script (the bank keeps it).

    :param confirm: must be True to remove "Who else should I talk to?" or
        "May I mention your name?"; the sheet then carries a reminder instead.
    :raises NetkitError: for an unknown item, or a closing question without ``confirm``.
    """
    item = _script_item(store, item_id)
    if item["builtin_key"] in CLOSING_KEYS and not confirm:
        raise NetkitError(
            "This is a closing question — the one that grows your network. "
            "Confirm to remove it; the sheet will still remind you to ask."
        )
    with store.atomic():
        store.conn.execute("DELETE FROM script_items WHERE id = ?", (item_id,))
        _renumber(store, item["conversation_id"])
        store.log(
            "remove",
            "script_item",
            item_id,
            conversation_id=item["conversation_id"],
            question_id=item["question_id"],
        )


def reword_script_item(store: Store, item_id: int, text: str | None) -> None:
    """Reword a question for this script only (None or "" restores the bank's wording)."""
    item = _script_item(store, item_id)
    with store.atomic():
        store.update("script_items", item_id, {"text": clean(text)})
        store.log("reword", "script_item", item_id, conversation_id=item["conversation_id"])


def set_script_budget(store: Store, minutes: int, conversation_id: int | None = None) -> None:
    """Plan 20 or 30 minutes (a conversation's length, or the general script's)."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        raise NetkitError(f"Plan 20 or 30 minutes, not “{minutes}”.") from None
    if minutes not in BUDGETS:
        raise NetkitError(f"Plan 20 or 30 minutes, not {minutes}.")
    conversation_id = _script_owner(store, conversation_id)
    if conversation_id is None:
        store.set_setting(GENERIC_BUDGET_SETTING, minutes)
    else:
        update_conversation(store, conversation_id, minutes=minutes)

# ----- helpers ---------------------------------------------------------------------------


def _script_owner(store: Store, conversation_id) -> int | None:
    """None for the general script, else the id of an existing conversation."""
    return None if conversation_id is None else require_conversation(store, conversation_id)


def _script_item(store: Store, item_id) -> dict:
    row = store.conn.execute(
        "SELECT s.id, s.conversation_id, s.question_id, q.category, q.builtin_key "
        "FROM script_items s JOIN questions q ON q.id = s.question_id WHERE s.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        raise NetkitError(f"There is no question number {item_id} in any script.")
    return dict(row)


def _item_count(store: Store, conversation_id) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM script_items WHERE conversation_id IS ?", (conversation_id,)
    ).fetchone()[0]


def _category_rank(category: str) -> int:
    """Where a category stands in a conversation (0 for small talk, ...)."""
    order = list(CATEGORIES)
    return order.index(category) if category in order else len(order)


def _insert_in_place(store: Store, conversation_id, question_id: int,
                     text: str | None = None) -> int:
    """Insert a question after the last one of its own or an earlier category (the
    script's positions are 0, 1, ... as :func:`_renumber` leaves them)."""
    rank = _category_rank(
        store.one("SELECT category FROM questions WHERE id = ?", (question_id,)))
    after = -1
    for row in store.rows(
        "SELECT s.position, q.category FROM script_items s "
        "JOIN questions q ON q.id = s.question_id WHERE s.conversation_id IS ? "
        "ORDER BY s.position, s.id",
        (conversation_id,),
    ):
        if row["category"] != "closing" and _category_rank(row["category"]) <= rank:
            after = row["position"]
    store.conn.execute(
        "UPDATE script_items SET position = position + 1 "
        "WHERE conversation_id IS ? AND position > ?",
        (conversation_id, after),
    )
    return store.insert(
        "script_items",
        {
            "conversation_id": conversation_id,
            "question_id": question_id,
            "position": after + 1,
            "text": text,
        },
    )


def _ask_about_the_introducer(store: Store, conversation_id) -> None:
    """Add "How do you know {introducer}?" to a script for someone who was introduced
    to you, unless it is there already or you hid it."""
    if conversation_id is None or script_values(store, conversation_id).get("introducer") is None:
        return
    question_id = store.one(
        "SELECT id FROM questions WHERE builtin_key = ? AND hidden = 0", (INTRODUCED_KEY,))
    if question_id is None or store.one(
        "SELECT 1 FROM script_items WHERE conversation_id IS ? AND question_id = ?",
        (conversation_id, question_id),
    ):
        return
    _insert_in_place(store, conversation_id, question_id)
    _renumber(store, conversation_id)


def _ensure_closing(store: Store, conversation_id) -> None:
    present = {
        r[0]
        for r in store.conn.execute(
            "SELECT question_id FROM script_items WHERE conversation_id IS ?",
            (conversation_id,),
        )
    }
    for question_id in closing_question_ids(store):
        if question_id not in present:
            store.insert(
                "script_items",
                {
                    "conversation_id": conversation_id,
                    "question_id": question_id,
                    "position": 2_000_000,
                },
            )


def _renumber(store: Store, conversation_id) -> None:
    """Positions 0, 1, ...: the other questions in their order, then the closing block
    ("Who else?", "May I mention your name?", then any other closing questions)."""
    rank = {key: n for n, key in enumerate(CLOSING_KEYS)}
    rows = store.conn.execute(
        "SELECT s.id, s.position, q.category, q.builtin_key FROM script_items s "
        "JOIN questions q ON q.id = s.question_id WHERE s.conversation_id IS ?",
        (conversation_id,),
    ).fetchall()
    ordered = sorted(
        rows,
        key=lambda r: (
            r["category"] == "closing",
            rank.get(r["builtin_key"], len(rank)),
            r["position"],
            r["id"],
        ),
    )
    for position, row in enumerate(ordered):
        if row["position"] != position:
            store.update("script_items", row["id"], {"position": position})
