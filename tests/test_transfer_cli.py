"""`netkit import`, `export`, `backup` and `restore` from the command line."""

import json

import contact_files as cf
from click.testing import CliRunner

import netkit
from netkit.cli import main


def run(workbook, *args, input=None):
    return CliRunner().invoke(main, ["--workbook", str(workbook), *args], input=input)


def test_import_shows_the_preview_and_asks_before_writing(tmp_path):
    book = tmp_path / "wb.sqlite"
    path = cf.write(tmp_path, "Connections.csv", cf.linkedin(3, hidden=2))
    result = run(book, "import", str(path), input="n\n")
    assert result.exit_code == 0, result.output
    assert "From Connections.csv (LinkedIn): 5 new" in result.output
    assert "2 × hidden profile" in result.output
    assert "nothing was imported" in result.output
    with netkit.open_workbook(book) as wb:
        assert wb.count_contacts() == 0
    result = run(book, "import", str(path), input="y\n")
    assert "5 added, 0 already there (0 updated), 2 skipped" in result.output
    result = run(book, "import", str(path), "--yes")
    assert result.exit_code == 0 and "nothing new to import" in result.output


def test_import_format_can_be_forced_and_a_wrong_one_is_one_line(tmp_path):
    book = tmp_path / "wb.sqlite"
    path = cf.write(tmp_path, "people.txt", cf.google())
    result = run(book, "import", str(path), "--format", "linkedin", "--yes")
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "people.txt, line 1: no LinkedIn header" in result.output
    assert run(book, "import", str(path), "--format", "google", "--yes").exit_code == 0


def test_a_bad_file_from_the_command_line_is_one_line_and_exit_1(tmp_path):
    book = tmp_path / "wb.sqlite"
    path = cf.write(tmp_path, "broken.csv", b'Name,Email\n"Pia,pia@example.org\n')
    result = run(book, "import", str(path), "--yes")
    assert result.exit_code == 1
    assert result.output.startswith("netkit: broken.csv, line 2: the CSV quoting is broken")
    assert "Traceback" not in result.output


def test_possible_duplicates_are_merged_with_same(tmp_path):
    book = tmp_path / "wb.sqlite"
    with netkit.open_workbook(book) as wb:
        known = wb.add_contact("Dmitri ONeil", organization="Harbor Health")
    path = cf.write(tmp_path, "c.csv", cf.linkedin(1))
    result = run(book, "import", str(path), "--yes", "--same", "1")
    assert "[1] line" in result.output and "Dmitri O'Neil" in result.output
    with netkit.open_workbook(book) as wb:
        assert wb.count_contacts() == 5
        assert wb.contact(known)["title"] == "Nurse Manager, ICU"


def test_a_long_import_shows_a_progress_bar(tmp_path):
    book = tmp_path / "wb.sqlite"
    people = [(f"P{i}", f"T{i}", "Org", "X", "", f"s{i}") for i in range(2500)]
    path = cf.write(tmp_path, "big.csv", cf.linkedin(3, people=people, hidden=0))
    result = CliRunner().invoke(main, ["--workbook", str(book), "import", str(path), "--yes"])
    assert result.exit_code == 0
    assert "Importing" in result.output and "2500 added" in result.output


def test_export_every_format_and_backup_and_restore(tmp_path):
    book = tmp_path / "wb.sqlite"
    assert run(book, "demo", "--contacts", "20").exit_code == 0
    with netkit.open_workbook(book) as wb:
        demo_count = wb.count_contacts(include_archived=True)
    for format in ("csv", "xlsx", "json", "vcf"):
        out = tmp_path / f"out.{format}"
        result = run(book, "export", "--format", format, str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 100
    assert len(json.loads((tmp_path / "out.json").read_text())["contacts"]) == demo_count
    assert run(book, "export", "--format", "pdf", str(tmp_path / "x.pdf")).exit_code == 1
    assert run(book, "backup", str(tmp_path / "b.sqlite")).exit_code == 0
    run(book, "import", str(cf.write(tmp_path, "c.csv", cf.linkedin(3))), "--yes")
    with netkit.open_workbook(book) as wb:
        assert wb.count_contacts() == demo_count + 5
    assert run(book, "restore", str(tmp_path / "b.sqlite"), input="n\n").exit_code == 0
    with netkit.open_workbook(book) as wb:
        assert wb.count_contacts() == demo_count + 5
    result = run(book, "restore", str(tmp_path / "b.sqlite"), "--yes")
    assert result.exit_code == 0 and "previous workbook is saved as" in result.output
    with netkit.open_workbook(book) as wb:
        assert wb.count_contacts() == demo_count
    bad = run(book, "restore", str(tmp_path / "out.csv"), "--yes")
    assert bad.exit_code == 1 and "not a netkit backup" in bad.output


def test_the_commands_are_listed_in_help():
    output = CliRunner().invoke(main, ["--help"]).output
    for command in ("import", "export", "backup", "restore"):
        assert f"  {command} " in output
