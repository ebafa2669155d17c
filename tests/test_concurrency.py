"""Two programs on one workbook, and a program killed mid-write: no lost or partial rows."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from conftest import ROOT, netkit_env

import netkit

WRITER = textwrap.dedent("""
    import sys, netkit
    path, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    wb = netkit.open_workbook(path)
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for number in range(count):
        wb.add_contact(f"{label} {number:04d}", tags=[label])
    wb.close()
    print("done", flush=True)
""")

KILLED_MID_WRITE = textwrap.dedent("""
    import sys, time, netkit
    wb = netkit.open_workbook(sys.argv[1])
    wb.add_contact("Committed Before")
    wb.conn.execute("PRAGMA cache_size = 5")  # spill uncommitted pages into the WAL file
    with wb.atomic():
        for number in range(1500):
            wb.add_contact(f"Half Written {number:04d}", notes="x" * 200)
        print("inside", flush=True)
        time.sleep(120)
""")


def _python(script: str, *args, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                            env=netkit_env(args[0]), text=True, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_two_programs_writing_the_same_workbook_at_once_lose_nothing(workbook_path):
    netkit.open_workbook(workbook_path).close()
    writers = [_python(WRITER, workbook_path, label, 500) for label in ("lab", "app")]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    with netkit.open_workbook(workbook_path) as wb:
        names = wb.contacts()["name"].tolist()
        assert len(names) == 1000 and len(set(names)) == 1000
        assert wb.count_contacts("lab") == 500 and wb.count_contacts("app") == 500
        events = wb.events()
        assert (events["action"] == "add").sum() == 1000
        assert wb.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_writer_killed_mid_transaction_leaves_no_partial_rows(workbook_path):
    writer = _python(KILLED_MID_WRITE, workbook_path)
    try:
        line = writer.stdout.readline().strip()
        assert line == "inside", writer.stderr.read()
        wal = workbook_path.with_name(workbook_path.name + "-wal")
        assert wal.stat().st_size > 100_000  # the half-done transaction is on disk
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL
    time.sleep(0.1)
    with netkit.open_workbook(workbook_path) as wb:
        assert wb.contacts()["name"].tolist() == ["Committed Before"]
        assert wb.count_contacts("half written") == 0
        assert wb.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not wb.events()["data"].str.contains("Half Written").any()
        wb.add_contact("Written After")  # the file is not left locked
        assert wb.count_contacts() == 2
    raw = sqlite3.connect(workbook_path)
    assert raw.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    raw.close()
