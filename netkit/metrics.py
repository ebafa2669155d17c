"""Traction: the numbers that show the chain growing."""

from __future__ import annotations

__all__ = ["MetricsMixin"]


class MetricsMixin:
    """Counts and rates over the whole workbook."""

    def stats(self) -> dict:
        """Headline numbers.

        ``contacts`` (not archived), ``asks_sent``, ``introductions``, ``conversations_held``,
        ``names_given`` (names from conversations), ``names_per_conversation``,
        ``asked_for_names_rate`` (share of held conversations where you asked for names),
        ``max_chain_depth``, ``followups_due`` (open, due today or earlier).
        """
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        held = one("SELECT count(*) FROM conversations WHERE status = 'held'")
        names_given = one("SELECT count(*) FROM introductions WHERE conversation_id IS NOT NULL")
        asked = one(
            "SELECT count(*) FROM conversations WHERE status = 'held' AND asked_for_names = 1")
        max_depth = one(
            """
            WITH RECURSIVE chain(id, depth) AS (
                SELECT id, 0 FROM contacts WHERE introduced_by IS NULL
                UNION ALL
                SELECT c.id, chain.depth + 1
                FROM contacts c JOIN chain ON c.introduced_by = chain.id
                WHERE chain.depth < 10000
            )
            SELECT coalesce(max(depth), 0) FROM chain
            """
        )
        return {
            "contacts": one("SELECT count(*) FROM contacts WHERE archived_at IS NULL"),
            "asks_sent": one("SELECT count(*) FROM asks WHERE sent_at IS NOT NULL"),
            "introductions": one("SELECT count(*) FROM introductions"),
            "conversations_held": held,
            "names_given": names_given,
            "names_per_conversation": round(names_given / held, 2) if held else 0.0,
            "asked_for_names_rate": round(asked / held, 2) if held else 0.0,
            "max_chain_depth": max_depth,
            "followups_due": self.followups_due(),
        }
