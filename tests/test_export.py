"""Take your data out: every export format reads back with that format's own library."""

import csv
import io
import json

import openpyxl
import pandas as pd
import pytest
import vobject

import netkit
from netkit import NetkitError
from netkit.transfer import EXPORTERS, register_exporter


@pytest.fixture
def book(demo_wb):
    boss = demo_wb.add_contact(
        '=HYPERLINK("http://evil.example")',
        organization="+Corp",
        notes="-dash\nsecond line",
        tags=["@home", "mentor"],
    )
    demo_wb.add_contact("Zoë Ångström", introduced_by=boss, title="@lead", email="zoe@example.org")
    return demo_wb


def test_csv_export_reads_back_with_introducer_chain_depth_and_neutralised_formulas(book, tmp_path):
    out = book.export(tmp_path / "contacts.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    frame = book.contacts(include_archived=True)
    assert len(rows) == len(frame)
    by_name = {r["name"]: r for r in rows}
    zoe = by_name["Zoë Ångström"]
    assert zoe["introduced_by_name"] == '\'=HYPERLINK("http://evil.example")'
    assert zoe["chain_depth"] == "1" and zoe["title"] == "'@lead"
    assert '\'=HYPERLINK("http://evil.example")' in by_name
    evil = by_name['\'=HYPERLINK("http://evil.example")']
    assert evil["organization"] == "'+Corp" and evil["notes"] == "'-dash\nsecond line"
    assert pd.read_csv(out, encoding="utf-8-sig").shape[0] == len(frame)
    assert max(int(r["chain_depth"]) for r in rows) == frame["chain_depth"].max()


def test_xlsx_export_has_one_sheet_per_table_and_no_live_formulas(book, tmp_path):
    out = book.export(tmp_path / "all.xlsx")
    sheets = openpyxl.load_workbook(out)
    assert {
        "contacts",
        "asks",
        "conversations",
        "introductions",
        "followups",
        "questions",
        "profile",
    } <= set(sheets.sheetnames)
    contacts = sheets["contacts"]
    header = [c.value for c in contacts[1]]
    assert {"introduced_by_name", "chain_depth"} <= set(header)
    assert contacts.max_row - 1 == book.count_contacts(include_archived=True)
    values = [c.value for row in contacts.iter_rows(min_row=2) for c in row]
    assert '\'=HYPERLINK("http://evil.example")' in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    for sheet in sheets.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    asks = sheets["asks"]
    assert asks.max_row - 1 == book.conn.execute("SELECT count(*) FROM asks").fetchone()[0]


def test_json_export_reads_back_with_every_contact_and_table(book, tmp_path):
    data = json.loads(book.export(tmp_path / "x.json").read_text("utf-8"))
    assert len(data["contacts"]) == book.count_contacts(include_archived=True)
    zoe = next(c for c in data["contacts"] if c["name"] == "Zoë Ångström")
    assert zoe["introduced_by_name"].startswith("=HYPERLINK")  # JSON is data, not a sheet
    assert zoe["chain_depth"] == 1
    assert (
        len(data["tables"]["conversations"])
        == book.conn.execute("SELECT count(*) FROM conversations").fetchone()[0]
    )


def test_vcard_export_reads_back_with_vobject_and_imports_back_without_loss(book, tmp_path):
    out = book.export(tmp_path / "contacts.vcf")
    cards = list(vobject.readComponents(out.read_text("utf-8")))
    assert len(cards) == book.count_contacts(include_archived=True)
    zoe = next(c for c in cards if c.fn.value == "Zoë Ångström")
    assert zoe.contents["x-netkit-introduced-by"][0].value.startswith("=HYPERLINK")
    assert "Introduced by: =HYPERLINK" in zoe.note.value
    assert zoe.n.value.family == "Ångström" and zoe.email.value == "zoe@example.org"
    # Back into an empty workbook: same people, same introducers, same details.
    with netkit.open_workbook(tmp_path / "fresh.sqlite") as fresh:
        counts = fresh.import_file(out)
        assert counts["added"] == book.count_contacts(include_archived=True)
        keep = [
            "name",
            "email",
            "phone",
            "organization",
            "title",
            "industry",
            "location",
            "profile_url",
            "how_known",
            "warmth",
            "tags",
            "notes",
            "introduced_by_name",
            "chain_depth",
            "connected_on",
        ]
        ours = book.contacts(include_archived=True)[keep].sort_values("name").reset_index(drop=True)
        theirs = fresh.contacts()[keep].sort_values("name").reset_index(drop=True)
        pd.testing.assert_frame_equal(ours, theirs)
        assert fresh.import_file(out)["added"] == 0


def test_an_unknown_export_format_is_refused(book, tmp_path):
    with pytest.raises(NetkitError, match="not an export format"):
        book.export(tmp_path / "x.pdf")


def test_another_export_format_plugs_in_by_name(book, tmp_path):
    register_exporter("txt", lambda wb: b"hello", ".txt", "text/plain", "Plain text")
    try:
        assert book.export(tmp_path / "x.txt").read_bytes() == b"hello"
    finally:
        EXPORTERS.pop("txt")
