"""Paths that cannot be used get one line and leave the workbook as it was: outputs under a
file or in a system folder, devices and pipes as inputs, a workbook saved by a newer netkit."""

from __future__ import annotations

import os
import sqlite3

import pytest
from conftest import dump_workbook
from test_cli import netkit_cli

import netkit


@pytest.fixture
def setup(tmp_path):
    workbook = tmp_path / "mine.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.add_contact("Ana Becker", email="ana@example.org")
    (tmp_path / "notes.txt").write_text("a file, not a folder\n")
    os.mkfifo(tmp_path / "pipe.csv")
    return workbook, tmp_path


BAD = {
    "export under a file": (["export", "{tmp}/notes.txt/out.csv"], "notes.txt is a file"),
    "export into /proc": (["export", "/proc/netkit-out.csv"], "system folder /proc"),
    "export into /sys": (["export", "/sys/netkit-out.json"], "system folder /sys"),
    "export onto a device": (["export", "--format", "csv", "/dev/null"], "system folder /dev"),
    "backup under a file": (["backup", "{tmp}/notes.txt/b.sqlite"], "notes.txt is a file"),
    "backup into /proc": (["backup", "/proc/x"], "system folder /proc"),
    "script under a file": (["script", "--out", "{tmp}/notes.txt/s.md"], "notes.txt is a file"),
    "script into /sys": (["script", "--out", "/sys/s.md"], "system folder /sys"),
    "workbook under a file": (["--workbook", "{tmp}/notes.txt/w.sqlite", "stats"],
                              "notes.txt is a file"),
    "workbook in /proc": (["--workbook", "/proc/w.sqlite", "stats"], "system folder /proc"),
    "import an endless device": (["import", "/dev/zero"], "device or a pipe"),
    "import a pipe": (["import", "{tmp}/pipe.csv"], "device or a pipe"),
    "import a system file": (["import", "/proc/self/status"], "system file"),
    "import under a file": (["import", "{tmp}/notes.txt/c.csv"], "part of the path is a file"),
    "restore a pipe": (["restore", "--yes", "{tmp}/pipe.csv"], "device or a pipe"),
    "restore an endless device": (["restore", "--yes", "/dev/zero"], "device or a pipe"),
    "up on port 70000": (["up", "--port", "70000", "--no-browser"], "70000"),
    "up on port -1": (["up", "--port", "-1", "--no-browser"], "-1"),
    "lab on port 0": (["lab", "--port", "0", "--no-browser"], "0"),
}


@pytest.mark.parametrize("args,expected", BAD.values(), ids=BAD.keys())
def test_a_path_that_cannot_be_used_gets_one_line(setup, args, expected):
    workbook, tmp = setup
    before = dump_workbook(workbook)
    raw = workbook.read_bytes()
    args = [a.replace("{tmp}", str(tmp)) for a in args]
    if args[0] == "export" and "--format" not in args:
        args[1:1] = ["--format", "csv"]
    result = netkit_cli(workbook, *args)  # a hang would time out: the FIFO, /dev/zero
    assert result.returncode in (1, 2), result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("netkit: "), result.stderr
    assert expected in lines[0]
    assert workbook.read_bytes() == raw  # byte for byte
    assert dump_workbook(workbook) == before
    assert sorted(p.name for p in tmp.iterdir()) == ["mine.sqlite", "notes.txt", "pipe.csv"]


def _from_the_future(workbook) -> None:
    conn = sqlite3.connect(workbook)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('netkit', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def test_a_workbook_saved_by_a_newer_netkit_is_read_but_never_written(setup):
    workbook, tmp = setup
    _from_the_future(workbook)
    csv = tmp / "more.csv"
    csv.write_text("Name,Email\nBen Dahl,ben@example.org\n")
    before = dump_workbook(workbook)
    for args in (["import", str(csv), "--yes"], ["restore", "--yes", str(workbook)]):
        result = netkit_cli(workbook, *args)
        assert result.returncode == 1, result
        assert "newer netkit" in result.stderr and "upgrade" in result.stderr.lower(), result
        assert result.stderr.count("\n") == 1
    assert dump_workbook(workbook) == before
    # reading still works
    listed = netkit_cli(workbook, "stats")
    assert listed.returncode == 0 and "1" in listed.stdout
    with netkit.open_workbook(workbook) as wb:
        with pytest.raises(netkit.NetkitError, match="newer netkit"):
            wb.add_contact("Cleo Park")
        with pytest.raises(netkit.NetkitError, match="newer netkit"):
            wb.restore(wb.backup(tmp / "copy.sqlite"))
    assert dump_workbook(workbook) == before
