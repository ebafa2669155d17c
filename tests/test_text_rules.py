"""Each text rule is defined once, with a short way for plain ASCII inside it: these tests
hold the short way equal to the rule written out plainly, and a large import equal to
adding the same people one by one."""

import json
import re
import unicodedata
from datetime import datetime
from urllib.parse import urlparse

import contact_files as cf
from hypothesis import given, settings
from hypothesis import strategies as st

from netkit.contacts import SEARCHED, search_text
from netkit.errors import NetkitError
from netkit.identity import name_key, url_key
from netkit.text import check_url, fold
from netkit.transfer.bulk import contact_columns
from netkit.transfer.records import _plain_day, parse_day


def plain_fold(text):
    """fold, written out: decompose, drop accents, casefold, single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def plain_name_key(name):
    """name_key, written out: fold, "Last, First" swapped, punctuation dropped."""
    folded = plain_fold(name)
    if "," in folded:
        last, _, first = folded.partition(",")
        folded = f"{first.strip()} {last.strip()}"
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'-]", "", folded)).strip()


def plain_check_url(value):
    """check_url, written out with urlparse for every address (control characters are
    removed first, as from any text netkit keeps)."""
    value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", value or "").strip() or None
    if value is None:
        return None
    candidate = value if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) else "https://" + value
    try:
        parsed = urlparse(candidate)
        host = parsed.hostname or ""
    except ValueError:
        return NetkitError
    if parsed.scheme not in ("http", "https") or "." not in host or " " in value:
        return NetkitError
    return candidate


# Letters, accents, combining marks, ligatures, Greek, Turkish dotted I, emoji, odd spaces.
TRICKY = "aAzZ09 .,'-_@:/?#;\t\n\x1c\u00a0\u2003éÉçßǅﬁΣσςİı\u0301\u0308文𝒜🌱ǈ"
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=30) | st.text(max_size=30)
URL_PARTS = [
    "https://",
    "http://",
    "HTTPS://",
    "www.",
    "WWW.",
    "linkedin.com",
    "x-y.org",
    ".",
    "/in/",
    "/",
    "Ana",
    "é",
    ":8080",
    ":x",
    "?q=1",
    "#f",
    " ",
    "\t",
    "@",
    "-",
    "%20",
]
urls = st.lists(st.sampled_from(URL_PARTS), max_size=8).map("".join) | texts


@settings(max_examples=600, deadline=None)
@given(texts)
def test_folding_and_name_keys_equal_the_rules_written_out(text):
    assert fold(text) == plain_fold(text)
    assert name_key(text) == plain_name_key(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(texts, max_size=6))
def test_folding_parts_then_joining_equals_folding_the_joined_text(parts):
    joined = " ".join(filter(None, (fold(p) for p in parts)))
    assert joined == fold(" ".join(parts))


def _checked_url(value):
    try:
        return check_url(value)
    except NetkitError:
        return NetkitError


@settings(max_examples=800, deadline=None)
@given(urls)
def test_web_addresses_are_checked_as_the_rule_written_out_checks_them(value):
    assert _checked_url(value) == plain_check_url(value)


def test_one_profile_written_six_ways_has_one_key():
    ways = ["https://www.linkedin.com/in/Ana-Berg/", "http://linkedin.com/in/ana-berg",
            "linkedin.com/in/ANA-BERG?trk=people", "www.linkedin.com/in/ana-berg#about",
            "HTTPS://WWW.LINKEDIN.COM/IN/ana-berg//", " https://linkedin.com/in/ana-berg "]
    assert {url_key(w) for w in ways} == {"linkedin.com/in/ana-berg"}
    assert url_key("https://linkedin.com/in/ana-berg-2") != url_key(ways[0])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"name": texts.filter(str.strip)},
            optional={k: texts for k in SEARCHED[1:]} | {"tags": st.lists(texts, max_size=3)},
        ),
        max_size=5,
    )
)
def test_bulk_search_text_equals_the_one_add_contact_stores(rows):
    for row in rows:
        row["name_key"] = name_key(row["name"])
    columns = contact_columns(rows, "csv", lambda ref: ref)
    for i, row in enumerate(rows):
        stored = {**row, "tags": json.dumps(row.get("tags") or [])}
        assert columns["search_text"][i] == search_text(stored)


def test_a_big_linkedin_import_stores_what_adding_one_by_one_stores(wb, tmp_path):
    people = [
        ("José", "García, Jr.", "ACME, Inc.", "Ingénieur", "jose@example.org", "jose-garcia"),
        ("Zoë", "O'Neil", "Café & Co", "CEO", "", "Zoe-ONeil/"),
        ("İlkay", "Σίσυφος", "", "", "ilkay@example.org", "ilkay"),
        ("Wen", "文 🌱", "Northwind Labs", "Data Analyst", "", "wen"),
    ] * 3
    people = [
        (f, f"{last} {i}", o, t, e.replace("@", f"{i}@"), f"{s}{i}")
        for i, (f, last, o, t, e, s) in enumerate(people)
    ]
    wb.import_file(cf.write(tmp_path, "Connections.csv", cf.linkedin(3, people=people)))
    rows = wb.conn.execute("SELECT * FROM contacts ORDER BY id").fetchall()
    assert len(rows) == len(people)
    for row in rows:
        assert row["name_key"] == name_key(row["name"])
        assert row["search_text"] == search_text(dict(row))
        assert row["profile_key"] == url_key(row["profile_url"])


@settings(max_examples=600, deadline=None)
@given(
    st.integers(-1, 40).map(str) | st.sampled_from(["08", "00", "٣", " 7"]),
    st.sampled_from(["Jan", "Feb", "Sep", "Dec", "feb", "Foo", "May"]),
    st.integers(0, 10000).map(lambda y: f"{y:04d}") | st.sampled_from(["26", "20261"]),
    st.sampled_from([" ", "  ", "\t"]),
)
def test_linkedin_days_read_without_strptime_read_as_strptime_reads_them(day, month, year, gap):
    text = f"{day}{gap}{month}{gap}{year}"
    try:
        expected = datetime.strptime(text, "%d %b %Y").date().isoformat()
    except ValueError:
        expected = None
    fast = _plain_day(text)
    assert fast is None or fast == expected
    if fast is None and expected is not None:
        assert parse_day(text) == expected
