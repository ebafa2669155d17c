"""Traction: the numbers that show the chain growing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .contacts import MAX_DEPTH
from .followups import followups_due
from .introductions import INTRODUCTION_STATUSES

if TYPE_CHECKING:
    from .store import Store

__all__ = ["stats"]


def stats(store: Store) -> dict[str, Any]:
    """Headline numbers.

    ``contacts`` (not archived), ``asks_sent``, ``introductions``, ``conversations_held``,
    ``names_given`` (names from conversations), ``names_per_conversation``,
    ``asked_for_names_rate`` (share of held conversations where you asked for names),
    ``max_chain_depth``, ``followups_due`` (open, due today or earlier), ``allies``
    (people who gave you at least one name), ``introductions_by_status`` (a count per
    status, every status listed).
    """
    one = store.one
    held = one("SELECT count(*) FROM conversations WHERE status = 'held'")
    names_given = one("SELECT count(*) FROM introductions WHERE conversation_id IS NOT NULL")
    asked = one(
        "SELECT count(*) FROM conversations WHERE status = 'held' AND asked_for_names = 1")
    max_depth = one(
        f"""
        WITH RECURSIVE chain(id, depth) AS (
            SELECT id, 0 FROM contacts WHERE introduced_by IS NULL
            UNION ALL
            SELECT c.id, chain.depth + 1
            FROM contacts c JOIN chain ON c.introduced_by = chain.id
            WHERE chain.depth < {MAX_DEPTH}
        )
        SELECT coalesce(max(depth), 0) FROM chain
        """
    )
    by_status = dict.fromkeys(INTRODUCTION_STATUSES, 0)
    by_status.update(store.conn.execute(
        "SELECT status, count(*) FROM introductions GROUP BY status").fetchall())
    return {
        "contacts": one("SELECT count(*) FROM contacts WHERE archived_at IS NULL"),
        "asks_sent": one("SELECT count(*) FROM asks WHERE sent_at IS NOT NULL"),
        "introductions": one("SELECT count(*) FROM introductions"),
        "conversations_held": held,
        "names_given": names_given,
        "names_per_conversation": round(names_given / held, 2) if held else 0.0,
        "asked_for_names_rate": round(asked / held, 2) if held else 0.0,
        "max_chain_depth": max_depth,
        "followups_due": followups_due(store),
        "allies": one("SELECT count(DISTINCT introducer_id) FROM introductions"),
        "introductions_by_status": by_status,
    }
