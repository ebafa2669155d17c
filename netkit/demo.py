"""A synthetic, believable network for trying netkit (no real person's data).

``fill_demo(store, contacts=80, seed=7)`` always builds the same people for the same seed:
your own list, asks for introductions, introductions several generations deep,
and informational interviews with the names they gave. Its history is spread over
the last three months, as a real user's would be: the follow-ups of past weeks are
done, and only the last few days' are still open. Asks, answers, conversations and
the follow-ups you did fall on business days (weekends and the profile country's public
holidays skipped, by the one rule in :mod:`netkit.business_days`), and so does every
reminder they lead to. E-mail addresses are all at example.org.

The demo is written only through the public functions of the method (adding contacts,
sending asks, logging conversations ...), so every row has its event, as if a person
had typed it all.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from .asks import mark_ask_introduced, mark_ask_no_reply, mark_ask_replied, record_ask
from .business_days import is_business_day
from .contacts import add_contact
from .conversations import log_conversation, schedule_conversation
from .dates import as_of, today
from .followups import complete_followup
from .introductions import move_introduction
from .profile import get_profile, place, set_profile
from .targets import add_target_organization
from .text import fold

if TYPE_CHECKING:
    from .store import Store

__all__ = ["fill_demo", "has_demo", "remove_demo", "DEMO_PROFILE", "DEMO_SOURCE"]

DEMO_SOURCE = "demo"

FIRST = ("Ana", "Ben", "Chiara", "Dev", "Elif", "Farah", "Gus", "Hana", "Ivan", "Jun", "Kofi",
         "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma",
         "Víctor", "Wen", "Ximena", "Yusuf", "Zoë", "Aisling", "Bruno", "Carmen", "Dmitri",
         "Esther", "Felipe", "Greta", "Hiro", "Inés", "Jonas", "Kiri", "Lucía", "Malik", "Noor",
         "Olga", "Pablo", "Renée", "Sade", "Tomás", "Ulla", "Vera", "Wiremu", "Yara", "Zeynep")
LAST = ("Abara", "Becker", "Castillo", "Dahl", "Eze", "Fontaine", "García", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel", "Quiroga",
        "Rossi", "Sato", "Takahashi", "Ueda", "Varga", "Weiß", "Xu", "Yilmaz", "Zielinski",
        "Ahmadi", "Brennan", "Costa", "Delgado", "Ekström", "Ferreira", "Gallagher", "Horvat",
        "Iyer", "Jovanović", "Kim", "Laurent", "Mensah", "Novak", "O'Brien", "Petrov", "Reyes",
        "Schmidt", "Tanaka", "Úlfarsson", "Vogel", "Walsh", "Yamada", "Zhou")
INDUSTRIES = {
    "Healthcare technology": ("Brightwell Health", "Cardinal Clinic Systems", "Medora Labs",
                              "Pulsepoint Digital"),
    "Renewable energy": ("Sunfield Power", "Northwind Grid", "Tidewater Renewables"),
    "Financial services": ("Harbor Lane Bank", "Quillstone Capital", "Evercrest Insurance"),
    "Education": ("Lakeside Community College", "Brightpath Learning"),
    "Retail": ("Maple & Co.", "Urban Pantry"),
    "Public sector": ("City of Riverton", "State Transit Authority"),
}
TITLES = ("Data Analyst", "Product Manager", "Engineering Manager", "Clinical Informatics Lead",
          "Operations Director", "UX Researcher", "Software Engineer", "Program Manager",
          "Head of Analytics", "Recruiter", "Project Coordinator", "Policy Advisor",
          "Customer Success Lead", "VP of Product", "Research Scientist")
HOW_KNOWN = ("former colleague", "university classmate", "neighbour", "met at a meetup",
             "volunteering", "friend of a friend", "former manager", "gym", "LinkedIn")
TAGS = ("mentor", "alumni", "meetup", "volunteer", "family friend", "ex-colleague")
NOTES = ("Moved into product last year.", "Knows everyone in the local data scene.",
         "Runs the monthly analytics meetup.", "Mentioned their team is growing.",
         "Happy to chat over coffee.", "Prefers e-mail to calls.", None, None, None)
DEMO_PROFILE = {
    "name": "Sam Rivera",
    "focus": "Data analyst moving into product analytics in healthcare technology",
    "target_industries": ["Healthcare technology", "Renewable energy"],
    "country": "US",
    "why_me": "I turn messy operational data into decisions clinicians actually use.",
}
TARGETS = (("Brightwell Health", "Healthcare technology", 5),
           ("Medora Labs", "Healthcare technology", 4),
           ("Sunfield Power", "Renewable energy", 4),
           ("Pulsepoint Digital", "Healthcare technology", 3),
           ("Northwind Grid", "Renewable energy", 3),
           ("Cardinal Clinic Systems", "Healthcare technology", 2))
# (days ago, status) of the asks you sent, oldest first.
ASKS = ((70, "introduced"), (64, "introduced"), (45, "replied"), (20, "no reply"),
        (4, "sent"), (2, "sent"))
HISTORY_DAYS = 90  # when you listed the people you know
CONVERSATION_DAYS = 60  # informational interviews run from then until yesterday
STILL_OPEN_DAYS = 5  # follow-ups due in the last days are still to do
MIN_CONVERSATIONS = 40
ASK_TEMPLATE = (
    "Hi {first}, it was good to catch up at {how}. I'm exploring {industry} and would love to "
    "hear from people who work in it. Is there anyone in that field you'd be comfortable "
    "introducing me to for a 20-minute chat?"
)


def _person(rng: random.Random, used: set[str]) -> dict[str, Any]:
    name = ""
    for attempt in range(60):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        # Past the plain first/last pairs, a middle initial keeps names distinct.
        middle = f" {rng.choice('ABCDEFGHJKLMNPRSTVW')}." if attempt >= 3 else ""
        name = f"{first}{middle} {last}"
        if name not in used:
            break
    else:
        name = f"{name} {len(used)}"
    used.add(name)
    industry = rng.choice(list(INDUSTRIES))
    org = rng.choice(INDUSTRIES[industry])
    slug = ".".join(fold(name).replace(".", "").replace("'", "").split())
    return {
        "name": name,
        "organization": org,
        "industry": industry,
        "title": rng.choice(TITLES),
        "email": f"{slug}@example.org" if rng.random() < 0.6 else None,
        "location": rng.choice(("Milwaukee, WI", "Chicago, IL", "Madison, WI", "Remote")),
        "warmth": rng.choice((0, 1, 1, 2, 2, 3)),
        "tags": rng.sample(TAGS, k=rng.choice((0, 0, 1, 2))),
        "notes": rng.choice(NOTES),
        "source": DEMO_SOURCE,
    }


def fill_demo(store: Store, contacts: int = 80, seed: int = 7) -> dict[str, int]:
    """Fill the workbook with a synthetic network of ``contacts`` people (at least 12).

    Everything is written in one transaction, stamped with believable past dates. A
    profile you already wrote (a name or a focus) is kept; otherwise the demo's profile
    is set. Returns counts of what was added: ``contacts``, ``asks``, ``introductions``,
    ``conversations``.
    """
    rng = random.Random(seed)
    total = max(12, int(contacts))
    start = today()
    used: set[str] = set()
    counts = {"contacts": 0, "asks": 0, "introductions": 0, "conversations": 0}
    with store.atomic():
        with as_of(start - timedelta(days=HISTORY_DAYS)):
            profile = get_profile(store)
            if not (profile.get("name") or profile.get("focus")):
                set_profile(store, **DEMO_PROFILE)
            for name, industry, motivation in TARGETS:
                add_target_organization(store, name, industry, motivation)
            own = max(8, int(total * 0.4))
            people: list[int] = []
            for _ in range(own):
                person = _person(rng, used)
                person["how_known"] = rng.choice(HOW_KNOWN)
                people.append(add_contact(store, **person))
        counts["contacts"] += own

        # Asks, and the introductions promised in answer: generation 1.
        frontier: list[int] = []
        for introduced in _send_asks(store, rng, used, people, start):
            frontier.extend(introduced)
            counts["asks"] += 1
            counts["introductions"] += len(introduced)
            counts["contacts"] += len(introduced)

        # Informational interviews down the chain: each closes with "who else?".
        # A big demo (a coach's, a benchmark's) talks to about one person in ten.
        cap = max(MIN_CONVERSATIONS, total // 10)
        expected = max(1, min(cap, round((total - counts["contacts"]) / 1.75)))
        days = _workdays(store, start - timedelta(days=CONVERSATION_DAYS),
                         start - timedelta(days=1))
        held = 0
        while frontier and counts["contacts"] < total and held < cap:
            speaker = frontier.pop(0)
            offset = round(held * (len(days) - 1) / expected) + rng.choice((0, 0, 1))
            when = days[min(offset, len(days) - 1)]
            asked = rng.random() < 0.85
            names = []
            if asked:
                for _ in range(rng.choice((1, 2, 2, 3))):
                    person = _person(rng, used)
                    person["kind"] = rng.choice(
                        ("warm introduction", "name only", "may use my name"))
                    names.append(person)
            with as_of(datetime.combine(when, time(16, 0))):
                conversation = log_conversation(
                    store, speaker, when, asked, names=names,
                    thank_you_sent_on=when if rng.random() < 0.7 else None,
                    notes="Talked shop about how their team works.")
            held += 1
            counts["conversations"] += 1
            new = [row["id"] for row in store.rows(
                "SELECT id FROM contacts WHERE introduced_in_conversation = ? ORDER BY id",
                (conversation,))]
            frontier.extend(new)
            counts["contacts"] += len(new)
            counts["introductions"] += len(names)
        # Two conversations still ahead of you.
        with as_of(start - timedelta(days=1)):
            for speaker, days_ahead in zip(frontier[:2], (2, 5), strict=False):
                schedule_conversation(store, speaker,
                                      _workday(store, start + timedelta(days=days_ahead)),
                                      minutes=20, place="Video call")

        # The rest: more of your own list, and a few people introduced without a meeting.
        with as_of(start - timedelta(days=HISTORY_DAYS)):
            while counts["contacts"] < total:
                person = _person(rng, used)
                if rng.random() < 0.1 and people:
                    person["introduced_by"] = rng.choice(people)
                else:
                    person["how_known"] = rng.choice(HOW_KNOWN)
                add_contact(store, **person)
                counts["contacts"] += 1
        _catch_up_followups(store, rng, start)
    return counts


def _send_asks(store: Store, rng: random.Random, used: set[str], people: list[int],
               start: date) -> list[list[int]]:
    """Asks to a few people on your own list over the past weeks, and what came of each:
    for every ask, the people it brought an introduction to."""
    sent_asks = []
    askers = rng.sample(people, k=min(len(ASKS), len(people)))
    for n, (pid, (days_ago, status)) in enumerate(zip(askers, ASKS, strict=False)):
        row = store.row("SELECT name, how_known FROM contacts WHERE id = ?", (pid,)) or {}
        sent = _workday(store, start - timedelta(days=days_ago), start)
        industry = DEMO_PROFILE["target_industries"][n % 2]
        message = ASK_TEMPLATE.format(first=row["name"].split()[0], how=row["how_known"],
                                      industry=industry)
        with as_of(sent):
            ask_id = record_ask(store, pid, message, sent_at=sent, target_industry=industry,
                                channel=rng.choice(("email", "linkedin")))
        sent_asks.append((ask_id, status, sent))
    brought = []
    for ask_id, status, sent in sent_asks:
        answered = _workday(store, sent + timedelta(days=2), start)
        introduced: list[int] = []
        with as_of(answered):
            if status == "replied":
                mark_ask_replied(store, ask_id, replied_at=answered)
            elif status == "no reply":
                mark_ask_no_reply(store, ask_id, on=_workday(store, sent + timedelta(days=10)))
            elif status == "introduced":
                names = [_person(rng, used) for _ in range(rng.choice((1, 2)))]
                mark_ask_introduced(store, ask_id, names=names, on=answered)
                intros = store.rows(
                    "SELECT id, contact_id FROM introductions WHERE ask_id = ? ORDER BY id",
                    (ask_id,))
                for intro in intros:
                    move_introduction(store, intro["id"], "details received")
                introduced = [intro["contact_id"] for intro in intros]
        brought.append(introduced)
    return brought


def _catch_up_followups(store: Store, rng: random.Random, start: date) -> None:
    """Mark the follow-ups of past weeks done, as an active user would have.

    Those due in the last ``STILL_OPEN_DAYS`` days stay open, so the demo opens with a
    short, believable to-do list instead of weeks of overdue items.
    """
    cutoff = (start - timedelta(days=STILL_OPEN_DAYS)).isoformat()
    rows = store.rows(
        "SELECT id, due_on FROM followups WHERE done_at IS NULL AND cancelled_at IS NULL "
        "AND due_on < ? ORDER BY due_on, id", (cutoff,))
    for row in rows:
        done_on = date.fromisoformat(row["due_on"]) + timedelta(days=rng.choice((0, 0, 1)))
        done_on = _workday(store, done_on, start - timedelta(days=1))
        with as_of(datetime.combine(done_on, time(17, 30))):
            complete_followup(store, row["id"])


def _fits(store: Store, day: date) -> bool:
    """A business day where you live (the reminders that follow it are moved to business
    days by the follow-ups' own rule)."""
    country, subdivision = place(store)
    return is_business_day(day, country, subdivision)


def _workday(store: Store, day: date, latest: date | None = None) -> date:
    """The first day from ``day`` on that :func:`_fits` (never after ``latest``: then the
    last one before it)."""
    candidate = day
    while not _fits(store, candidate) and (latest is None or candidate < latest):
        candidate += timedelta(days=1)
    if latest is not None and (candidate > latest or not _fits(store, candidate)):
        candidate = min(day, latest)
        while not _fits(store, candidate):
            candidate -= timedelta(days=1)
    return candidate


def _workdays(store: Store, first: date, last: date) -> list[date]:
    """The days from ``first`` to ``last`` that :func:`_fits` (at least one)."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [day for day in days if _fits(store, day)] or [_workday(store, last, last)]


def has_demo(store: Store) -> int:
    """How many made-up demo people the workbook holds (0 when none)."""
    return int(store.one("SELECT count(*) FROM contacts WHERE source = ?", (DEMO_SOURCE,)))


def remove_demo(store: Store) -> dict[str, int]:
    """Take the demo out of the workbook, in one transaction.

    Removed: every made-up person (source "demo") and everything about them — asks,
    introductions, conversations and their scripts, follow-ups —, the demo's target
    organisations, and the demo's profile when you have not changed it. Your own contacts
    stay; where a demo person is recorded as having introduced one of them, that link is
    dropped. The event log keeps its history and gains one "remove demo" event.

    Returns counts of what was removed: ``contacts``, ``asks``, ``introductions``,
    ``conversations``, ``followups``. With no demo in the workbook nothing changes and
    every count is 0.
    """
    counts = dict.fromkeys(("contacts", "asks", "introductions", "conversations",
                            "followups"), 0)
    with store.atomic() as db:
        if not has_demo(store):
            return counts
        db.execute("CREATE TEMP TABLE IF NOT EXISTS demo_gone (kind TEXT, id INTEGER, "
                   "PRIMARY KEY (kind, id))")
        db.execute("DELETE FROM demo_gone")
        db.execute("INSERT INTO demo_gone SELECT 'contact', id FROM contacts WHERE source = ?",
                   (DEMO_SOURCE,))
        gone = "SELECT id FROM demo_gone WHERE kind = '{}'".format
        db.execute(f"INSERT INTO demo_gone SELECT 'ask', id FROM asks "
                   f"WHERE contact_id IN ({gone('contact')})")
        db.execute(f"INSERT INTO demo_gone SELECT 'conversation', id FROM conversations "
                   f"WHERE contact_id IN ({gone('contact')})")
        db.execute(f"INSERT INTO demo_gone SELECT 'introduction', id FROM introductions "
                   f"WHERE introducer_id IN ({gone('contact')}) "
                   f"OR contact_id IN ({gone('contact')}) OR ask_id IN ({gone('ask')}) "
                   f"OR conversation_id IN ({gone('conversation')})")
        db.execute(f"INSERT INTO demo_gone SELECT 'followup', id FROM followups "
                   f"WHERE contact_id IN ({gone('contact')}) OR ask_id IN ({gone('ask')}) "
                   f"OR introduction_id IN ({gone('introduction')}) "
                   f"OR conversation_id IN ({gone('conversation')})")
        # Your own people and notes keep their rows, without the links to made-up ones.
        for column, kind in (("introduced_by", "contact"),
                             ("introduced_in_conversation", "conversation"),
                             ("introduced_in_ask", "ask")):
            db.execute(f"UPDATE contacts SET {column} = NULL WHERE {column} IN ({gone(kind)})")
        for column, kind in (("contact_id", "contact"), ("ask_id", "ask")):
            db.execute(f"UPDATE check_disagreements SET {column} = NULL "
                       f"WHERE {column} IN ({gone(kind)})")
        db.execute(f"DELETE FROM script_items WHERE conversation_id IN ({gone('conversation')})")
        for table, kind in (("followups", "followup"), ("introductions", "introduction"),
                            ("conversations", "conversation"), ("asks", "ask"),
                            ("contacts", "contact")):
            counts[table] = db.execute(
                f"DELETE FROM {table} WHERE id IN ({gone(kind)})").rowcount
        db.execute("DELETE FROM demo_gone")
        for name, industry, _motivation in TARGETS:
            db.execute("DELETE FROM target_organizations WHERE name = ? AND industry = ?",
                       (name, industry))
        profile = get_profile(store)
        if all(profile.get(key) == value for key, value in DEMO_PROFILE.items()):
            db.execute("UPDATE profile SET name = NULL, focus = NULL, target_industries = '[]', "
                       "country = NULL, subdivision = NULL, why_me = NULL WHERE id = 1")
        db.execute("DELETE FROM settings WHERE key = 'started'")
        store.log("remove", "demo", None, **counts)
    return counts
