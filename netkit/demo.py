"""A synthetic, believable network for trying netkit (no real person's data).

``fill_demo(wb, contacts=80, seed=7)`` always builds the same people for the same seed:
your own list, asks for introductions, introductions several generations deep,
and informational interviews with the names they gave. Its history is spread over
the last three months, as a real user's would be: the follow-ups of past weeks are
done, and only the last few days' are still open. E-mail addresses are all at
example.org.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from .dates import as_of, today
from .dates import now as wb_now
from .text import fold

__all__ = ["fill_demo", "DEMO_PROFILE"]

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
ASK_TEMPLATE = (
    "Hi {first}, it was good to catch up at {how}. I'm exploring {industry} and would love to "
    "hear from people who work in it. Is there anyone in that field you'd be comfortable "
    "introducing me to for a 20-minute chat?"
)


def _person(rng: random.Random, used: set[str]) -> dict:
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
        "source": "demo",
    }


def fill_demo(wb, contacts: int = 80, seed: int = 7) -> dict:
    """Fill ``wb`` with a synthetic network of ``contacts`` people (at least 12).

    Everything is written in one transaction, stamped with believable past dates.
    Returns counts of what was added: ``contacts``, ``asks``, ``introductions``,
    ``conversations``.
    """
    rng = random.Random(seed)
    total = max(12, int(contacts))
    start = today()
    used: set[str] = set()
    counts = {"contacts": 0, "asks": 0, "introductions": 0, "conversations": 0}
    with wb.atomic():
        with as_of(start - timedelta(days=HISTORY_DAYS)):
            wb.set_profile(**DEMO_PROFILE)
            for name, industry, motivation in TARGETS:
                wb.add_target_organization(name, industry, motivation)
            own = max(8, int(total * 0.4))
            people: list[int] = []
            for _ in range(own):
                person = _person(rng, used)
                person["how_known"] = rng.choice(HOW_KNOWN)
                people.append(wb._add_contact(person))
        counts["contacts"] += own

        asks = _send_asks(wb, rng, people, start)
        counts["asks"] = len(asks)

        # Introductions from the asks that worked: generation 1.
        frontier = []
        for ask_id, pid, status, sent in asks:
            if status != "introduced":
                continue
            for _ in range(rng.choice((1, 2))):
                with as_of(sent + timedelta(days=2)):
                    frontier.append(_introduce(wb, rng, used, pid, ask_id=ask_id))
                counts["introductions"] += 1
                counts["contacts"] += 1

        # Informational interviews down the chain: each closes with "who else?".
        expected = max(1, min(40, round((total - counts["contacts"]) / 1.75)))
        first_day = start - timedelta(days=CONVERSATION_DAYS)
        held = 0
        while frontier and counts["contacts"] < total and held < 40:
            speaker = frontier.pop(0)
            offset = round(held * (CONVERSATION_DAYS - 1) / expected) + rng.choice((0, 0, 1))
            when = min(first_day + timedelta(days=offset), start - timedelta(days=1))
            asked = rng.random() < 0.85
            names = []
            if asked:
                for _ in range(rng.choice((1, 2, 2, 3))):
                    person = _person(rng, used)
                    person["kind"] = rng.choice(
                        ("warm introduction", "name only", "may use my name"))
                    names.append(person)
            last_id = wb.conn.execute("SELECT max(id) FROM contacts").fetchone()[0]
            with as_of(datetime.combine(when, time(16, 0))):
                wb.log_conversation(speaker, when, asked, names=names,
                                    thank_you_sent_on=when if rng.random() < 0.7 else None,
                                    notes="Talked shop about how their team works.")
            held += 1
            counts["conversations"] += 1
            new = [r[0] for r in wb.conn.execute(
                "SELECT id FROM contacts WHERE id > ? ORDER BY id", (last_id,))]
            frontier.extend(new)
            counts["contacts"] += len(new)
            counts["introductions"] += len(names)
        # Two conversations still ahead of you.
        with as_of(start - timedelta(days=1)):
            for speaker, days_ahead in zip(frontier[:2], (2, 5), strict=False):
                wb.schedule_conversation(speaker, start + timedelta(days=days_ahead),
                                         minutes=20, place="Video call")

        # The rest: more of your own list, and a few people introduced without a meeting.
        with as_of(start - timedelta(days=HISTORY_DAYS)):
            while counts["contacts"] < total:
                person = _person(rng, used)
                if rng.random() < 0.1 and people:
                    person["introduced_by"] = rng.choice(people)
                else:
                    person["how_known"] = rng.choice(HOW_KNOWN)
                wb._add_contact(person)
                counts["contacts"] += 1
        _catch_up_followups(wb, rng, start)
    return counts


def _send_asks(wb, rng, people: list[int], start: date) -> list[tuple]:
    """Asks to a few people on your own list over the past weeks."""
    asks = []
    askers = rng.sample(people, k=min(len(ASKS), len(people)))
    for n, (pid, (days_ago, status)) in enumerate(zip(askers, ASKS, strict=False)):
        row = wb.conn.execute(
            "SELECT name, how_known FROM contacts WHERE id = ?", (pid,)).fetchone()
        sent = start - timedelta(days=days_ago)
        industry = DEMO_PROFILE["target_industries"][n % 2]
        message = ASK_TEMPLATE.format(first=row["name"].split()[0], how=row["how_known"],
                                      industry=industry)
        with as_of(sent):
            ask_id = wb._insert("asks", {
                "contact_id": pid, "target_industry": industry, "message": message,
                "channel": rng.choice(("email", "linkedin")), "status": status,
                "created_at": sent.isoformat(), "sent_at": sent.isoformat(),
                "replied_at": ((sent + timedelta(days=2)).isoformat()
                               if status in ("introduced", "replied") else None),
            })
            wb._log("add", "ask", ask_id, contact_id=pid, status=status)
        asks.append((ask_id, pid, status, sent))
    return asks


def _catch_up_followups(wb, rng, start: date) -> None:
    """Mark the follow-ups of past weeks done, as an active user would have.

    Those due in the last ``STILL_OPEN_DAYS`` days stay open, so the demo opens with a
    short, believable to-do list instead of weeks of overdue items.
    """
    cutoff = (start - timedelta(days=STILL_OPEN_DAYS)).isoformat()
    rows = wb.conn.execute(
        "SELECT id, kind, contact_id, conversation_id, due_on FROM followups "
        "WHERE done_at IS NULL AND due_on < ? ORDER BY due_on, id", (cutoff,)).fetchall()
    for row in rows:
        done_on = date.fromisoformat(row["due_on"]) + timedelta(days=rng.choice((0, 0, 1)))
        done_on = min(done_on, start - timedelta(days=1))
        with as_of(datetime.combine(done_on, time(17, 30))):
            wb.complete_followup(row["id"])
            if row["kind"] == "thank you":
                wb._update("conversations", row["conversation_id"],
                           {"thank_you_sent_on": done_on.isoformat()})
            elif row["kind"] == "report back":
                met = wb.conn.execute("SELECT contact_id FROM conversations WHERE id = ?",
                                      (row["conversation_id"],)).fetchone()[0]
                wb.conn.execute(
                    "UPDATE introductions SET reported_back_on = ? "
                    "WHERE introducer_id = ? AND contact_id = ?",
                    (done_on.isoformat(), row["contact_id"], met))


def _introduce(wb, rng, used, introducer: int, ask_id: int | None = None) -> int:
    person = _person(rng, used)
    new_id = wb._add_contact({**person, "introduced_by": introducer, "introduced_in_ask": ask_id})
    stamp = wb_now()
    intro_id = wb._insert("introductions", {
        "introducer_id": introducer, "contact_id": new_id, "ask_id": ask_id,
        "kind": "warm introduction", "status": "details received",
        "created_at": stamp, "updated_at": stamp,
    })
    wb._log("add", "introduction", intro_id, introducer_id=introducer, contact_id=new_id)
    return new_id
