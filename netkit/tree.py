"""The referral tree: who introduced whom, from your own list outward, generation by
generation, with each person's status (met, waiting, dead end).

Thirty thousand people do not fit on a screen and nobody reads them all: each generation
is summed up (how many, how many met, waiting, dead ends) and shows its busiest
introducers, with the rest as "others (k)"; any person opens to the people they
introduced, one level at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .contacts import MAX_DEPTH

if TYPE_CHECKING:
    from .store import Store

__all__ = ["STATUSES", "generations", "children", "TOP"]

STATUSES = ("met", "waiting", "dead end", "your list")
TOP = 8

# Each contact's generation and status, walked once from your own list downwards.
_PEOPLE = f"""
WITH RECURSIVE down(id, depth) AS (
    SELECT id, 0 FROM contacts WHERE introduced_by IS NULL AND archived_at IS NULL
    UNION ALL
    SELECT c.id, down.depth + 1 FROM contacts c JOIN down ON c.introduced_by = down.id
    WHERE c.archived_at IS NULL AND down.depth < {MAX_DEPTH}
),
met AS (SELECT DISTINCT contact_id AS id FROM conversations WHERE status = 'held'),
dead AS (SELECT contact_id AS id FROM introductions GROUP BY contact_id
         HAVING max(status = 'dead end') = 1 AND max(status <> 'dead end') = 0),
people AS MATERIALIZED (
    SELECT down.id, down.depth, c.name, c.introduced_by,
           CASE WHEN met.id IS NOT NULL THEN 'met'
                WHEN dead.id IS NOT NULL THEN 'dead end'
                WHEN down.depth = 0 THEN 'your list'
                ELSE 'waiting' END AS status
    FROM down JOIN contacts c ON c.id = down.id
    LEFT JOIN met ON met.id = down.id LEFT JOIN dead ON dead.id = down.id
)
"""


def generations(store: Store, top: int = TOP) -> list[dict[str, Any]]:
    """One summary per generation (0 is your own list): ``depth``, ``people``, a count per
    status in ``statuses``, and ``introducers``: the ``top`` people of the generation
    before who introduced the most of this one (``id``, ``name``, ``status``,
    ``introduced``), with ``others`` for how many introduced the rest. One walk of the
    workbook, summed up here."""
    people = store.conn.execute(
        _PEOPLE + "SELECT id, depth, name, introduced_by, status FROM people").fetchall()
    known = {row[0]: row for row in people}
    levels: dict[int, dict[str, Any]] = {}
    fruit: dict[int, dict[int, int]] = {}  # depth → {introducer: how many of that depth}
    for _id, depth, _name, parent, status in people:
        level = levels.get(depth)
        if level is None:
            level = levels[depth] = {"depth": depth, "people": 0,
                                     "statuses": dict.fromkeys(STATUSES, 0),
                                     "introducers": [], "others": 0}
        level["people"] += 1
        level["statuses"][status] += 1
        if parent is not None:
            counts = fruit.setdefault(depth, {})
            counts[parent] = counts.get(parent, 0) + 1
    for depth, counts in fruit.items():
        ranked = sorted(counts.items(), key=lambda item: (-item[1], known[item[0]][2]))
        levels[depth]["introducers"] = [
            {"id": parent, "name": known[parent][2], "status": known[parent][4],
             "introduced": count} for parent, count in ranked[:top]]
        levels[depth]["others"] = max(0, len(ranked) - top)
    return [levels[depth] for depth in sorted(levels)]


def children(store: Store, contact_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """The people ``contact_id`` introduced: ``id``, ``name``, ``status``, ``introduced``
    (how many they introduced in turn), most fruitful first."""
    return store.rows(
        _PEOPLE + """
        SELECT p.id, p.name, p.status,
               (SELECT count(*) FROM people g WHERE g.introduced_by = p.id) AS introduced
        FROM people p WHERE p.introduced_by = ? ORDER BY introduced DESC, p.name LIMIT ?
        """, (int(contact_id), int(limit)))
