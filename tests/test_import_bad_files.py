"""A file netkit cannot read gets one clear NetkitError naming file and line, and the workbook
is left exactly as it was."""

import csv
import io
import os
import sqlite3
import zlib

import contact_files as cf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import netkit
from netkit import NetkitError

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def _sqlite_bytes(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path.read_bytes()


BAD = {
    "empty.csv": (b"", "empty"),
    "blank.csv": (b"  \r\n\r\n \t\n", "empty"),
    "picture.csv": (PNG, "binary"),
    "archive.zip": (b"PK\x03\x04" + zlib.compress(b"x" * 1000) + b"\x00" * 30, "binary"),
    "controls.csv": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50, "binary"),
    "lone-surrogates.csv": (
        b"\xff\xfe" + "Name\n".encode("utf-16-le") + b"\x00\xd8" * 10,
        "UTF-16",
    ),
    "calendar.ics": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "calendar"),
    "data.json": (b'{"name": "Pia", "email": "pia@example.org"}\n', "no column holds names"),
    "page.html": (
        b"<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>\n",
        "no column holds names",
    ),
    "numbers.csv": (b"Amount,Date\n12,2026-01-01\n", "no column holds names"),
    "unterminated.csv": (
        b'Name,Email\n"Pia Lund,pia@example.org\nOla,ola@example.org\n',
        "quoting",
    ),
    "stray-quote.csv": (b'Name,Email\n"Pia" Lund,pia@example.org\n', "quoting"),
    "one-huge-line.csv": (b"Name," + b"x" * (50 * 1024 * 1024), "million characters"),
    "huge-field.csv": (b'Name,Notes\nPia,"' + (b"y" * 900 + b"\n") * 200 + b'"\n', "longer than"),
    "extra-cells.csv": (cf.linkedin(3).replace(b"Architect,", b"Architect,x,y,z,"), "cells"),
    "vcard-broken.vcf": (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN Pia Lund\r\nEND:VCARD\r\n", "vCard"),
    "vcard-unclosed.vcf": (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pia\r\nBEGIN:VCARD\r\n", "vCard"),
    "vcard-calendar.vcf": (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pia\r\nEND:VCARD\r\n"
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "VCARD",
    ),
    "utf16-cut.csv": ("Name,Email\r\nPia,pia@example.org\r\n".encode("utf-16")[:-1], "UTF-16"),
    "bad-utf8-bom.csv": (b"\xef\xbb\xbfName\nPia \xff\xfe Lund\n", "UTF-8"),
    "duplicate-header.csv": (b"Name,Email,E-mail,email\nPia,a@example.org,b@example.org,c\n",
                             "two columns are called"),
    "linkedin-duplicate-header.csv": (
        b"First Name,Last Name,Email Address,Email Address,Company,Position,Connected On\n"
        b"Pia,Lund,a@example.org,b@example.org,Acme,Eng,01 Feb 2026\n",
        "columns 3 and 4",
    ),
    "linkedin-no-header.csv": (
        b'Notes:\n"Something"\n\nFirst,Last\nPia,Lund\n',
        "no column holds names",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_is_one_clear_error_and_changes_nothing(demo_wb, tmp_path, name):
    data, expected = BAD[name]
    path = cf.write(tmp_path, name, data)
    before = cf.dump(demo_wb)
    with pytest.raises(NetkitError) as caught:
        demo_wb.import_file(path)
    message = str(caught.value)
    assert message.startswith(name) and "\n" not in message
    assert caught.value.line is not None, message
    assert any(word.lower() in message.lower() for word in expected.split("|")), message
    assert cf.dump(demo_wb) == before


def test_the_corpus_has_at_least_twenty_kinds_of_bad_file():
    assert len(BAD) >= 20


def test_a_day_that_does_not_exist_is_named_in_the_preview_and_left_out(wb, tmp_path):
    data = (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            b"Pia,Lund,,pia@example.org,Acme,Eng,31 Feb 2026\n"
            b"Ola,Berg,,ola@example.org,Acme,Eng,01 Feb 2026\n")
    plan = wb.preview_import(cf.write(tmp_path, "Connections.csv", data))
    assert any("line 2" in w and "31 Feb 2026" in w for w in plan.warnings), plan.warnings
    wb.apply_import(plan)
    days = wb.contacts().set_index("name")["connected_on"].to_dict()
    assert days["Ola Berg"] == "2026-02-01"
    assert days["Pia Lund"] is None or days["Pia Lund"] != days["Pia Lund"]  # blank


def test_a_sqlite_file_is_not_a_contacts_file(wb, tmp_path):
    path = cf.write(tmp_path, "other.db", _sqlite_bytes(tmp_path))
    with pytest.raises(NetkitError, match="other.db, line 1: .*binary"):
        wb.import_file(path)


@pytest.mark.parametrize(
    "forced,file",
    [
        ("linkedin", cf.google()),
        ("google", cf.linkedin(3)),
        ("outlook", cf.VCARD_30.encode()),
        ("vcard", cf.linkedin(1)),
    ],
)
def test_forcing_the_wrong_format_is_one_clear_error(wb, tmp_path, forced, file):
    path = cf.write(tmp_path, "file.csv", file)
    with pytest.raises(NetkitError, match=r"^file\.csv, line 1: "):
        wb.import_file(path, format=forced)
    assert wb.count_contacts() == 0


def test_a_missing_file_or_a_folder_is_named(wb, tmp_path):
    with pytest.raises(NetkitError, match="no such file"):
        wb.import_file(tmp_path / "nope.csv")
    with pytest.raises(NetkitError, match="folder"):
        wb.import_file(tmp_path)


@pytest.fixture(scope="module")
def shared_wb(tmp_path_factory):
    book = netkit.open_workbook(tmp_path_factory.mktemp("prop") / "wb.sqlite")
    book.add_contact("Pia Lund", email="pia@example.org", organization="Acme")
    yield book
    book.close()


def _attempt(wb, data: bytes):
    """Import; a NetkitError must leave the workbook as it was."""
    before = cf.dump(wb)
    try:
        wb.preview_import(data, name="random.csv")
    except NetkitError:
        pass
    assert cf.dump(wb) == before  # a preview never writes
    try:
        wb.import_file(data, name="random.csv")
    except NetkitError:
        assert cf.dump(wb) == before


@settings(
    max_examples=int(os.environ.get("NETKIT_HYPOTHESIS_EXAMPLES", 150)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=2000))
def test_random_bytes_only_ever_raise_netkit_error(shared_wb, data):
    _attempt(shared_wb, data)


@settings(
    max_examples=int(os.environ.get("NETKIT_HYPOTHESIS_EXAMPLES", 150)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), min_size=1, max_size=8),
    st.sampled_from(["", "Name,", "First Name,Last Name,Connected On\n", "BEGIN:VCARD\n"]),
)
def test_random_csvs_only_ever_raise_netkit_error(shared_wb, rows, prefix):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    _attempt(shared_wb, (prefix + out.getvalue()).encode("utf-8", "surrogatepass"))
