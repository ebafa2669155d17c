"""Traction: the numbers that show the chain growing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .contacts import MAX_DEPTH
from .dates import today
from .errors import NetkitError
from .followups import followups_due
from .introductions import INTRODUCED_ON, INTRODUCTION_STATUSES
from .tree import generations

if TYPE_CHECKING:
    from .store import Store

__all__ = ["stats", "funnel", "weekly", "allies", "figures", "weekly_goal", "set_weekly_goal",
           "WEEKLY_GOAL"]


def stats(store: Store) -> dict[str, Any]:
    """Headline numbers.

    ``contacts`` (not archived), ``asks_sent``, ``introductions``, ``conversations_held``,
    ``names_given`` (names from conversations), ``names_per_conversation``,
    ``asked_for_names_rate`` (share of held conversations where you asked for names),
    ``max_chain_depth``, ``followups_due`` (open, due today or earlier), ``allies``
    (people who gave you at least one name), ``introductions_by_status`` (a count per
    status, every status listed), ``check_disagreements`` (times you said "this is not a
    job ask" to the ask check).
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
        "check_disagreements": one("SELECT count(*) FROM check_disagreements"),
    }


class _Filter:
    """Who and since when a filtered figure counts: ``among(column)`` is an SQL condition
    keeping rows whose person works in the chosen industry (any case), or nothing at all
    when no industry is chosen; ``params`` holds ``:since`` and ``:industry``."""

    def __init__(self, since: date | None, industry: str | None):
        self.industry = industry
        self.params = {"since": since.isoformat() if since else "0000", "industry": industry}

    def among(self, column: str) -> str:
        if not self.industry:
            return ""
        return (f" AND {column} IN (SELECT id FROM contacts WHERE "
                "lower(trim(industry)) = lower(trim(:industry)))")


def funnel(store: Store, since: date | None = None,
           industry: str | None = None) -> list[dict[str, Any]]:
    """From people to names: ``step``, ``count`` and ``rate`` (the share of the step before,
    None for the first) for contacts → asks sent → introductions → conversations held →
    names given; counted from ``since`` and among people in ``industry`` when given."""
    where = _Filter(since, industry)
    params = where.params
    one = store.one
    counts = [
        ("contacts", one("SELECT count(*) FROM contacts WHERE archived_at IS NULL "
                         f"AND substr(created_at, 1, 10) >= :since {where.among('id')}",
                         params)),
        ("asks sent", one("SELECT count(*) FROM asks WHERE sent_at IS NOT NULL "
                          f"AND substr(sent_at, 1, 10) >= :since {where.among('contact_id')}",
                          params)),
        ("introductions", one(f"SELECT count(*) FROM introductions i WHERE {INTRODUCED_ON} "
                              f">= :since {where.among('introducer_id')}", params)),
        ("conversations held", one("SELECT count(*) FROM conversations WHERE status = 'held' "
                                   f"AND held_on >= :since {where.among('contact_id')}",
                                   params)),
        ("names given", one("SELECT count(*) FROM introductions i JOIN conversations v ON "
                            "v.id = i.conversation_id WHERE v.held_on >= :since "
                            f"{where.among('v.contact_id')}", params)),
    ]
    steps: list[dict[str, Any]] = []
    before = None
    for step, count in counts:
        rate: float | None = None
        if before is not None:
            rate = round(count / before, 2) if before else 0.0
        steps.append({"step": step, "count": int(count), "rate": rate})
        before = count
    return steps


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())  # the Monday of its week


def weekly(store: Store, weeks: int = 12, on: date | None = None,
           industry: str | None = None) -> list[dict[str, Any]]:
    """Your activity per week, the last ``weeks`` weeks (Monday first), oldest first:
    ``week`` (its Monday), ``asks``, ``conversations``, ``thank_yous``, ``names``,
    ``asked_for_names`` (conversations where you asked who else)."""
    last = _week(on or today())
    first = last - timedelta(weeks=weeks - 1)
    where = _Filter(first, industry)
    params = where.params
    rows = {first + timedelta(weeks=n): {"week": first + timedelta(weeks=n), "asks": 0,
                                         "conversations": 0, "thank_yous": 0, "names": 0,
                                         "asked_for_names": 0}
            for n in range(weeks)}

    def add(sql: str, key: str) -> None:
        for (day, count) in store.conn.execute(sql, params).fetchall():
            week = _week(date.fromisoformat(day[:10]))
            if week in rows:
                rows[week][key] += count

    person = where.among("contact_id")
    add(f"SELECT substr(sent_at, 1, 10), count(*) FROM asks WHERE sent_at >= :since {person} "
        "GROUP BY 1", "asks")
    add("SELECT held_on, count(*) FROM conversations WHERE status = 'held' AND held_on >= "
        f":since {person} GROUP BY 1", "conversations")
    add("SELECT held_on, count(*) FROM conversations WHERE status = 'held' AND held_on >= "
        f":since AND asked_for_names = 1 {person} GROUP BY 1", "asked_for_names")
    add("SELECT thank_you_sent_on, count(*) FROM conversations WHERE thank_you_sent_on >= "
        f":since {person} GROUP BY 1", "thank_yous")
    add("SELECT v.held_on, count(*) FROM introductions i JOIN conversations v ON "
        f"v.id = i.conversation_id WHERE v.held_on >= :since {where.among('v.contact_id')} "
        "GROUP BY 1", "names")
    return list(rows.values())


def allies(store: Store, limit: int = 5, since: date | None = None,
           industry: str | None = None) -> list[dict[str, Any]]:
    """The people who opened the most doors: ``id``, ``name``, ``names`` (how many people
    they introduced you to), most first."""
    where = _Filter(since, industry)
    return store.rows(
        "SELECT c.id, c.name, count(*) AS names FROM introductions i "
        f"JOIN contacts c ON c.id = i.introducer_id WHERE {INTRODUCED_ON} >= :since "
        f"{where.among('i.introducer_id')} GROUP BY c.id "
        f"ORDER BY names DESC, c.name LIMIT {int(limit)}", where.params)


def figures(store: Store, since: date | None = None, industry: str | None = None,
            weeks: int = 12) -> dict[str, Any]:
    """Everything the dashboard shows, as plain values (what ``netkit stats --json``
    prints): the :func:`stats` numbers, the ``funnel``, ``weekly`` activity with the
    ``weekly_goal``, the ``top_allies`` and the referral ``generations``."""
    numbers = stats(store)
    numbers.update(
        funnel=funnel(store, since, industry),
        weekly=[{**row, "week": row["week"].isoformat()}
                for row in weekly(store, weeks, industry=industry)],
        weekly_goal=weekly_goal(store),
        top_allies=allies(store, since=since, industry=industry),
        generations=[{k: v for k, v in level.items() if k != "introducers"}
                     for level in generations(store)],
    )
    return numbers


WEEKLY_GOAL_SETTING = "dashboard.weekly_goal"
WEEKLY_GOAL = 3


def weekly_goal(store: Store) -> int:
    """How many asks and conversations a week you aim for (3 unless you set another)."""
    return int(store.get_setting(WEEKLY_GOAL_SETTING, WEEKLY_GOAL))


def set_weekly_goal(store: Store, goal: Any) -> None:
    """Set your weekly goal (1 to 50 asks and conversations a week).

    :raises NetkitError: for anything else.
    """
    try:
        number = int(goal)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise NetkitError(f"A weekly goal is a number, not “{goal}”.") from None
    if isinstance(goal, bool) or not 1 <= number <= 50:
        raise NetkitError(f"A weekly goal is between 1 and 50, not {goal}.")
    store.set_setting(WEEKLY_GOAL_SETTING, number)
