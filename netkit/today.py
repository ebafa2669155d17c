"""Today: one ranked list of what to do next, each item one click from doing it.

What keeps the chain growing comes first: logging a conversation that happened (its
names wait in your head), thanking, reporting back, writing to the people you were
given; then the nudges (check-backs, follow-ups, a second person); then, for each of
your targets, who to ask next. Within a kind, the longer overdue, the higher.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .conversations import conversations_to_log, count_conversations_to_log
from .dates import today
from .followups import due_rows, followups_due
from .targets import Candidates
from .text import mid_sentence

if TYPE_CHECKING:
    from .store import Store

__all__ = ["WEIGHTS", "next_actions", "due_counts"]

# How much each kind of action matters (higher first).
WEIGHTS = {
    "log": 100, "thank you": 90, "report back": 80, "write to them": 70, "check back": 60,
    "follow up": 55, "second person": 50, "keep in touch": 30, "ask next": 20,
}
OVERDUE_CAP = 14  # days; an old reminder should not drown everything else


def _score(kind: str, days_overdue: int) -> int:
    return WEIGHTS[kind] + min(max(days_overdue, 0), OVERDUE_CAP)


def next_actions(store: Store, on: date | None = None, limit: int = 12,
                 suggest: bool = True) -> list[dict[str, Any]]:
    """What to do today, best first: dicts with ``kind``, ``what`` (a plain sentence),
    ``contact_id``, ``days`` (how overdue, 0 today), ``score``, and what the click opens:
    ``conversation_id`` (log it), ``followup_id`` (its draft and "done"), or ``target``
    (an ask to write). Only what is due today or earlier, plus one suggestion per target
    (with ``suggest``), up to ``limit`` items."""
    day = on or today()
    items: list[dict[str, Any]] = []
    for row in conversations_to_log(store, day):
        late = (day - date.fromisoformat(row["scheduled_for"][:10])).days
        items.append({"kind": "log", "contact_id": row["contact_id"], "days": late,
                      "conversation_id": row["id"],
                      "what": f"Log how your conversation with {row['contact_name']} went"})
    for row in due_rows(store, day):
        if row["days"] > 0:
            continue
        items.append({"kind": row["kind"], "contact_id": row["contact_id"],
                      "days": -row["days"], "followup_id": row["id"], "what": row["what"],
                      "target": row["target"]})
    if suggest:
        items += _suggestions(store, {item["contact_id"] for item in items})
    for item in items:
        item["score"] = _score(item["kind"], item["days"])
    items.sort(key=lambda item: (-item["score"], item["what"]))
    return items[:limit]


def due_counts(store: Store, on: date | None = None) -> dict[str, int]:
    """How much waits today, per tab of the app: ``Dashboard`` (everything due, as its
    Today list has it), ``Ask`` (follow-ups due: its due panel) and ``Log``
    (conversations whose time has come, waiting to be logged). Two counting queries."""
    day = on or today()
    to_log = count_conversations_to_log(store, day)
    due = followups_due(store, day)
    return {"Dashboard": to_log + due, "Ask": due, "Log": to_log}


def _suggestions(store: Store, busy: set[int]) -> list[dict[str, Any]]:
    """For each target industry and organisation, the best person to ask who is not
    already waiting on you and was not asked in the last weeks."""
    found = Candidates(store)
    targets = [("industry", name) for name in found.profile.get("target_industries") or []]
    targets += [("organisation", name) for name in found.organizations][:5]
    recent = {row["contact_id"] for row in store.rows(
        "SELECT contact_id FROM asks "
        "WHERE coalesce(sent_at, created_at) >= date('now', '-30 days')")}
    out = []
    for kind, target in targets:
        ranked = (found.rank([target], [], 10) if kind == "industry"
                  else found.rank([], [target], 10))
        for row in ranked.to_dict("records"):
            person = int(row["id"])
            if person in busy or person in recent:
                continue
            busy.add(person)
            out.append({"kind": "ask next", "contact_id": person, "days": 0, "target": target,
                        "target_kind": kind,
                        "what": f"Ask {row['name']} who they know in {mid_sentence(target)} "
                                f"({row['why']})" if kind == "industry" else
                        f"Ask {row['name']} who they know at {target} ({row['why']})"})
            break
    return out
