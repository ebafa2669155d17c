"""The import's fast paths give exactly what the plain functions give, so a large import
stores and matches the same values as adding the same people one by one."""

import json
from datetime import datetime

import contact_files as cf
from hypothesis import given, settings
from hypothesis import strategies as st

from netkit.contacts import ContactsMixin
from netkit.errors import NetkitError
from netkit.text import check_email, fold, name_key
from netkit.transfer.bulk import SEARCHED, contact_columns
from netkit.transfer.fast import (
    fast_check_url,
    fast_fold,
    fast_name_key,
    name_fold_key,
    plain_email,
    plain_url,
)
from netkit.transfer.merge import url_key
from netkit.transfer.records import _plain_day, parse_day

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
def test_folding_and_name_keys_match_the_plain_functions(text):
    assert fast_fold(text) == fold(text)
    assert fast_name_key(text) == name_key(text)
    if text:
        assert name_fold_key(text) == (fold(text), name_key(text))


@settings(max_examples=600, deadline=None)
@given(st.lists(texts, max_size=6))
def test_folding_parts_then_joining_equals_folding_the_joined_text(parts):
    joined = " ".join(filter(None, (fast_fold(p) for p in parts)))
    assert joined == fold(" ".join(parts))


def _checked_url(value):
    try:
        return fast_check_url(value)
    except NetkitError:
        return NetkitError


@settings(max_examples=800, deadline=None)
@given(urls)
def test_a_plain_web_address_is_kept_as_is_with_the_same_key(value):
    key = plain_url(value)
    if key is not None:
        assert _checked_url(value) == value
        assert key == url_key(value)


def test_linkedin_profile_addresses_take_the_short_way_with_the_same_key():
    for slug in ["ana-berg-1", "Ana-Berg/", "x//", "", "é", "a b", "a?b", "a#b", "a\tb", "%C3%A9"]:
        value = "https://www.linkedin.com/in/" + slug
        key = plain_url(value)
        if key is not None:
            assert _checked_url(value) == value and key == url_key(value)


def _checked_email(value):
    try:
        return check_email(value.split(";")[0].split(" ::: ")[0])
    except NetkitError:
        return NetkitError


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "B", "@", ".", "org", ";", " ", ":", "mailto:", "é", "\n"]),
        max_size=8,
    ).map("".join)
    | texts
)
def test_a_plain_email_is_one_check_email_returns_unchanged(value):
    if plain_email(value):
        assert _checked_email(value) == value


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
        assert columns["search_text"][i] == ContactsMixin._search_text(None, stored)


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
        assert row["search_text"] == wb._search_text(dict(row))


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
