"""A synthetic, believable network for trying netkit (no real person's data).

``fill_demo(wb, contacts=80, seed=7)`` always builds the same people for the same seed:
your own list, asks for introductions, introductions several generations deep,
and informational interviews with the names they gave.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .dates import today

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
ASK_TEMPLATE = (
    "Hi {first}, it was good to catch up at {how}. I'm exploring {industry} and would love to "
    "hear from people who work in it. Is there anyone in that field you'd be comfortable "
    "introducing me to for a 20-minute chat?"
)


def _person(rng: random.Random, used: set[str]) -> dict:
    for _ in range(50):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used:
            break
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.choice(LAST)} {len(used)}"
    used.add(name)
    industry = rng.choice(list(INDUSTRIES))
    org = rng.choice(INDUSTRIES[industry])
    slug = name.lower().replace(" ", ".").replace("'", "")
    ascii_slug = slug.encode("ascii", "ignore").decode() or "person"
    return {
        "name": name,
        "organization": org,
        "industry": industry,
        "title": rng.choice(TITLES),
        "email": f"{ascii_slug}@example.org" if rng.random() < 0.6 else None,
        "location": rng.choice(("Milwaukee, WI", "Chicago, IL", "Madison, WI", "Remote")),
        "warmth": rng.choice((0, 1, 1, 2, 2, 3)),
        "tags": rng.sample(TAGS, k=rng.choice((0, 0, 1, 2))),
        "notes": rng.choice(NOTES),
        "source": "demo",
    }


def fill_demo(wb, contacts: int = 80, seed: int = 7) -> dict:
    """Fill ``wb`` with a synthetic network of about ``contacts`` people (at least 12).

    Everything is written in one transaction. Returns counts of what was added.
    """
    from .contacts import parse_warmth  # noqa: F401  (validated through _add_contact)

    rng = random.Random(seed)
    total = max(12, int(contacts))
    start = today()
    used: set[str] = set()
    counts = {"contacts": 0, "asks": 0, "introductions": 0, "conversations": 0}
    with wb.atomic():
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
        generation = {pid: 0 for pid in people}

        # Asks to a few warm people on your own list, a few weeks back.
        askers = rng.sample(people, k=min(6, len(people)))
        asks = []
        for n, pid in enumerate(askers):
            row = wb.conn.execute("SELECT name, how_known FROM contacts WHERE id=?", (pid,)).fetchone()
            sent = start - timedelta(days=3 + 5 * n)
            status = ("introduced", "introduced", "replied", "sent", "sent", "no reply")[n % 6]
            message = ASK_TEMPLATE.format(first=row["name"].split()[0], how=row["how_known"],
                                          industry=DEMO_PROFILE["target_industries"][n % 2])
            ask_id = wb._insert("asks", {
                "contact_id": pid, "target_industry": DEMO_PROFILE["target_industries"][n % 2],
                "message": message, "channel": rng.choice(("email", "linkedin")),
                "status": status, "created_at": sent.isoformat(), "sent_at": sent.isoformat(),
                "replied_at": (sent + timedelta(days=2)).isoformat() if n < 3 else None,
            })
            wb._log("add", "ask", ask_id, contact_id=pid, status=status)
            asks.append((ask_id, pid, status, sent))
        counts["asks"] = len(asks)

        # Introductions from the asks that worked: generation 1.
        frontier = []
        for ask_id, pid, status, sent in asks:
            if status != "introduced":
                continue
            for _ in range(rng.choice((1, 2))):
                new_id = _introduce(wb, rng, used, pid, sent + timedelta(days=2), ask_id=ask_id)
                generation[new_id] = 1
                frontier.append(new_id)
                counts["introductions"] += 1
                counts["contacts"] += 1

        # Informational interviews down the chain: each closes with "who else?".
        day = start - timedelta(days=30)
        held = 0
        while frontier and counts["contacts"] < total and held < 40:
            speaker = frontier.pop(0)
            day += timedelta(days=rng.choice((1, 2, 3)))
            when = min(day, start - timedelta(days=1))
            asked = rng.random() < 0.85
            names = []
            if asked:
                for _ in range(rng.choice((1, 2, 2, 3))):
                    person = _person(rng, used)
                    person["kind"] = rng.choice(("warm introduction", "name only", "may use my name"))
                    names.append(person)
            before = {r[0] for r in wb.conn.execute("SELECT id FROM contacts")} if names else set()
            wb.log_conversation(speaker, when, asked, names=names,
                                thank_you_sent_on=when if rng.random() < 0.7 else None,
                                notes="Talked shop about how their team works.")
            held += 1
            counts["conversations"] += 1
            if names:
                new = [r[0] for r in wb.conn.execute("SELECT id FROM contacts") if r[0] not in before]
                for new_id in new:
                    generation[new_id] = generation[speaker] + 1
                    frontier.append(new_id)
                counts["contacts"] += len(new)
                counts["introductions"] += len(names)
        # Two conversations still ahead of you.
        for speaker in frontier[:2]:
            wb.schedule_conversation(speaker, start + timedelta(days=rng.choice((2, 3, 5))),
                                     minutes=20, place="Video call")

        # The rest: more of your own list, and a few people introduced without a meeting.
        rows = []
        while counts["contacts"] < total:
            person = _person(rng, used)
            if rng.random() < 0.1 and people:
                person["introduced_by"] = rng.choice(people)
                person["source"] = "demo"
            else:
                person["how_known"] = rng.choice(HOW_KNOWN)
            rows.append(person)
            counts["contacts"] += 1
        for person in rows:
            wb._add_contact(person)
    return counts


def _introduce(wb, rng, used, introducer: int, on: date, ask_id: int | None = None) -> int:
    person = _person(rng, used)
    new_id = wb._add_contact({**person, "introduced_by": introducer, "introduced_in_ask": ask_id})
    intro_id = wb._insert("introductions", {
        "introducer_id": introducer, "contact_id": new_id, "ask_id": ask_id,
        "kind": "warm introduction", "status": "details received",
        "created_at": on.isoformat(), "updated_at": on.isoformat(),
    })
    wb._log("add", "introduction", intro_id, introducer_id=introducer, contact_id=new_id)
    return new_id
