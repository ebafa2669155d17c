"""Synthetic contact files in every real-world variant netkit reads (no real people)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

PEOPLE = [
    # first, last, company, position, email, url slug
    ("Ana", "Pérez", "Northwind Labs", "Data Engineer", "", "ana-perez-1"),
    (
        "Bo",
        "Lindqvist",
        "Bluefin Analytics, Inc.",
        'Head of "Growth"',
        "bo@example.org",
        "bo-lindqvist",
    ),
    ("Chloé", "Dubois", "Cedar & Stone", "Architect", "", "chloe-dubois"),
    (
        "Dmitri",
        "O'Neil",
        "Harbor Health",
        "Nurse Manager, ICU",
        "dmitri@example.net",
        "dmitri-oneil",
    ),
    ("Eun-ji", "Park 🌱", "Kite Energy", "Analyst", "", "eunji-park"),
]

# Colleagues, as a LinkedIn export has them: one employer in several spellings, no industry.
COLLEAGUES = [
    ("Pia", "Lund", "GreenGrid Inc.", "Grid Analyst", "", "pia-lund"),
    ("Ola", "Berg", "GreenGrid", "Field Engineer", "", "ola-berg"),
    ("Kai", "Moe", "GreenGrid Inc.", "Planner", "", "kai-moe"),
    ("Sol", "Ruiz", "Sunfield Power", "Data Engineer", "", "sol-ruiz"),
    ("Tor", "Lie", "Sunfield Power", "Product Manager", "", "tor-lie"),
    ("Ida", "Nygaard", "Brightwell Health", "Nurse", "", "ida-nygaard"),
]

PREAMBLE = [
    ["Notes:"],
    [
        "When exporting your connection data, you may notice that some of the email addresses are "
        "missing. You will only see email addresses for connections who have allowed it, see "
        "https://www.example.org/settings, for more."
    ],
    [],
]
HEADER_OLD = ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"]
HEADER_NEW = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
]


def _csv(rows, newline="\r\n") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=newline)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def linkedin(
    generation: int = 3, *, bom=False, crlf=True, excel_dates=False, hidden=1, people=PEOPLE
) -> bytes:
    """Connections.csv: generation 1 (no preamble), 2 (preamble), 3 (preamble + URL)."""
    header = HEADER_NEW if generation == 3 else HEADER_OLD
    rows = (PREAMBLE if generation >= 2 else []) + [header]
    for i, (first, last, org, title, email, slug) in enumerate(people):
        day = f"{8 + i}-Feb-26" if excel_dates else f"{8 + i:02d} Feb 2026"
        row = [first, last, email, org, title, day]
        if generation == 3:
            row.insert(2, f"https://www.linkedin.com/in/{slug}")
        rows.append(row)
    for _ in range(hidden):
        rows.append([""] * (len(header) - 1) + ["07 Jun 2026"])
    text = _csv(rows, "\r\n" if crlf else "\n")
    return ("\ufeff" + text if bom else text).encode("utf-8")


GOOGLE_CURRENT = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Website 1 - Label",
    "Website 1 - Value",
]
GOOGLE_LEGACY = [
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Name Prefix",
    "Name Suffix",
    "Initials",
    "Nickname",
    "Short Name",
    "Maiden Name",
    "Birthday",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
    "Notes",
    "Language",
    "Photo",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Yomi Name",
    "Organization 1 - Title",
    "Website 1 - Type",
    "Website 1 - Value",
]


def google(legacy=False) -> bytes:
    """A Google Contacts export (BOM, multi-line notes, ' ::: ' values)."""
    if legacy:
        rows = [GOOGLE_LEGACY]
        blank = dict.fromkeys(GOOGLE_LEGACY, "")
        people = [
            {
                "Name": "Farah Haddad",
                "Given Name": "Farah",
                "Family Name": "Haddad",
                "Notes": "Met at the meetup.\nLikes climbing.",
                "Group Membership": "* myContacts ::: Mentors",
                "E-mail 1 - Type": "* Work ::: Home",
                "E-mail 1 - Value": "farah@example.org ::: farah.h@example.net",
                "Organization 1 - Name": "Meridian Bank",
                "Organization 1 - Title": "Risk Analyst",
            },
            {
                "Name": "Bo Lindqvist",
                "Given Name": "Bo",
                "Family Name": "Lindqvist",
                "E-mail 1 - Value": "bo@example.org",
                "Phone 1 - Value": "+46 555 0101",
                "Organization 1 - Name": "Bluefin Analytics",
                "Group Membership": "* myContacts",
            },
        ]
        for person in people:
            rows.append([{**blank, **person}[k] for k in GOOGLE_LEGACY])
    else:
        rows = [GOOGLE_CURRENT]
        blank = dict.fromkeys(GOOGLE_CURRENT, "")
        people = [
            {
                "First Name": "Gustavo",
                "Last Name": "Reyes",
                "Organization Name": "Quartz Logistics",
                "Organization Title": "COO",
                "Notes": 'Knows everyone in freight.\n"Call Tuesdays"',
                "Labels": "* myContacts ::: Freight ::: Mentors",
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": "gustavo@example.com",
                "Phone 1 - Value": "+1 555 0102",
                "Address 1 - Formatted": "12 Dock St\nPortland, OR",
                "Website 1 - Value": "https://www.linkedin.com/in/gustavo-reyes",
            },
            {
                "First Name": "Ana",
                "Last Name": "Pérez",
                "Organization Name": "Northwind Labs",
                "E-mail 1 - Value": "ana@example.org",
                "Labels": "* myContacts",
            },
            {"Organization Name": "Nameless Org"},
        ]
        for person in people:
            rows.append([{**blank, **person}[k] for k in GOOGLE_CURRENT])
    return ("\ufeff" + _csv(rows)).encode("utf-8")


OUTLOOK_COLUMNS = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business City",
    "Business Country/Region",
    "Business Phone",
    "Mobile Phone",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Notes",
    "Referred By",
    "Web Page",
]


def outlook(encoding="utf-16", reverse=False) -> bytes:
    """An Outlook export; ``reverse`` puts the columns in another order."""
    columns = list(reversed(OUTLOOK_COLUMNS)) if reverse else OUTLOOK_COLUMNS
    people = [
        {
            "First Name": "Hana",
            "Last Name": "Novák",
            "Company": "Riverbend Schools",
            "Job Title": "Principal",
            "E-mail Address": "hana@example.org",
            "Business City": "Brno",
            "Categories": "School;Mentor",
            "Notes": "Café chat in May",
        },
        {
            "First Name": "Ines",
            "Last Name": "Costa",
            "Company": "Solace Games",
            "Job Title": "Producer",
            "Referred By": "Hana Novák",
            "Mobile Phone": "+351 555 0103",
        },
        {
            "First Name": "Jonas",
            "Last Name": "Weber",
            "Company": "Tidewater Foods",
            "Referred By": "Karl Ödegaard",
        },
    ]
    rows = [columns] + [[p.get(c, "") for c in columns] for p in people]
    text = _csv(rows)
    if encoding == "utf-16":
        return text.encode("utf-16")  # with BOM
    if encoding == "utf-8-sig":
        return ("\ufeff" + text).encode("utf-8")
    return text.encode(encoding)


VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "ORG;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Caf=E9 Verlag;Lektorat\r\n"
    "TITLE:Editor\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Long note that goes on =\r\n"
    "and on over a soft line break\r\n"
    "EMAIL;INTERNET:juergen@example.de\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Sato;Kenji\r\nFN:Kenji Sato\r\nTEL;CELL:+81 555 0104\r\n"
    "END:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Lena;;;\nFN:Lena Okafor\nORG:Vantage Media;News Desk\n"
    "TITLE:Reporter\nEMAIL;TYPE=INTERNET,PREF:lena@example.com\nURL:https://www.linkedin.com/in/lena-ok\n"
    "NOTE:Writes about\n  energy markets\nCATEGORIES:Press,Energy\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Rossi;Mateo;;;\nFN:Mateo Rossi\nORG:Lumen Robotics\nEND:VCARD\n"
)
VCARD_40 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nia Mensah\r\nORG:Kite Energy\r\nTITLE:Grid Planner\r\n"
    "EMAIL;TYPE=work:nia@example.org\r\nADR;TYPE=work:;;1 Main St;Accra;;;Ghana\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Oskar Berg\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nORG:Only An Org\r\nEND:VCARD\r\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write a fixture file and return its path."""
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def dump(wb) -> list:
    """Everything in the workbook, as comparable rows (to prove nothing changed)."""
    out = []
    for (table,) in wb.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
    ):
        out.append(
            (table, [tuple(r) for r in wb.conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')])
        )
    return out
