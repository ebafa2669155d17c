"""Killed at any moment, a write leaves the whole change or none of it: SIGKILL at random
points during imports and during conversation logs with many names, 20 times each, and the
file is sound after every one."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import deque

import pytest
from conftest import ROOT, netkit_env

import netkit

BATCH = 400  # contacts per import
NAMES = 25  # names per logged conversation
ROUNDS = 20  # kills per kind

WORKER = textwrap.dedent("""
    import sys, netkit
    path, kind, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    wb = netkit.open_workbook(path)
    helper = wb.conn.execute(
        "SELECT id FROM contacts WHERE name = 'Hana Helper'").fetchone()[0]
    print("ready", flush=True)
    number = int(sys.stdin.readline())  # "go", with the first number to write
    while True:
        if kind == "import":
            rows = "\\n".join(f"Batch{number} Person{i},b{number}p{i}@example.org,Batch {number}"
                              for i in range({batch}))
            csv = f"{folder}/batch{number}.csv"
            open(csv, "w").write("Name,Email,Organization\\n" + rows + "\\n")
            wb.import_file(csv)
        else:
            names = [{{"name": f"Log{number} Name{i}", "organization": f"Log {number}"}}
                     for i in range({names})]
            wb.log_conversation(int(helper), "2026-03-02", True, names=names,
                                notes=f"log {number}")
        print("done", number, flush=True)
        number += 1
""").replace("{batch}", str(BATCH)).replace("{names}", str(NAMES)).replace("{{", "{") \
    .replace("}}", "}")


def _check(path, kind: str) -> int:
    """The file is sound and every batch is whole or absent; returns how many are whole."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchone() is None
        if kind == "import":
            counts = conn.execute(
                "SELECT organization, count(*) FROM contacts WHERE organization LIKE 'Batch %' "
                "GROUP BY organization").fetchall()
            assert all(n == BATCH for _, n in counts), counts
            events = conn.execute("SELECT count(*) FROM events WHERE action = 'import'")
            assert events.fetchone()[0] == len(counts)
        else:
            held = conn.execute(
                "SELECT id, notes FROM conversations WHERE notes LIKE 'log %'").fetchall()
            for conversation_id, notes in held:
                number = notes.split()[1]
                named = conn.execute(
                    "SELECT count(*) FROM contacts WHERE organization = ? "
                    "AND introduced_in_conversation = ?", (f"Log {number}", conversation_id))
                assert named.fetchone()[0] == NAMES, notes
            orphans = conn.execute(
                "SELECT count(*) FROM contacts WHERE organization LIKE 'Log %' AND "
                "introduced_in_conversation IS NULL").fetchone()[0]
            assert orphans == 0
            counts = held
        return len(counts)
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kind", ["import", "log"])
def test_twenty_kills_at_random_moments_leave_whole_changes_or_none(tmp_path, kind):
    path = tmp_path / "wb.sqlite"
    with netkit.open_workbook(path) as wb:
        wb.add_contact("Hana Helper", organization="Brightwell Health")
    seed = random.randrange(1 << 30)
    chooser = random.Random(seed)
    first, whole, kills = 0, 0, 0
    # The next workers start (and open the workbook) while one writes, so the test waits
    # for Python to start only once; each one writes only after its "go".
    ahead: deque[subprocess.Popen] = deque()
    try:
        for started in range(ROUNDS):
            while len(ahead) < 3 and started + len(ahead) < ROUNDS:
                ahead.append(subprocess.Popen(
                    [sys.executable, "-c", WORKER, str(path), kind, str(tmp_path)],
                    cwd=ROOT, env=netkit_env(path), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE, text=True))
            worker = ahead.popleft()
            try:
                assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
                worker.stdin.write(f"{first}\n")
                worker.stdin.flush()
                time.sleep(chooser.uniform(0.05, 0.6))
                os.kill(worker.pid, signal.SIGKILL)
                out, _ = worker.communicate(timeout=30)
            finally:
                if worker.poll() is None:
                    worker.kill()
            kills += worker.returncode == -signal.SIGKILL
            first += 1 + out.count("done")  # numbers are never reused
            found = _check(path, kind)
            assert found >= whole, f"seed {seed}: a whole change disappeared"
            whole = found
    finally:  # a failed round leaves no worker behind
        for spare in ahead:
            spare.kill()
            spare.communicate()
    assert kills == ROUNDS
    assert whole >= 1, f"seed {seed}: no write ever finished; the kills measured nothing"
    with netkit.open_workbook(path) as wb:  # and it still works afterwards
        wb.add_contact("Written After")
        assert wb.count_contacts("Written After") == 1
