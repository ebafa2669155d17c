"""An import writes all its rows in one transaction: killed half-way, the workbook is as it was."""

import os
import signal
import subprocess
import sys
import time

import contact_files as cf
import pytest
from conftest import netkit_env

import netkit

SCRIPT = """
import sys, netkit
wb = netkit.open_workbook(sys.argv[1])
plan = wb.preview_import(sys.argv[2])
def progress(done, total):
    if done >= total // 3:
        print("HALFWAY", flush=True)
        import time
        time.sleep(60)  # killed here, with rows written but not committed
wb.apply_import(plan, progress=progress)
"""


def big_linkedin(rows: int) -> bytes:
    people = [
        (f"Person{i}", f"Tester{i}", f"Org {i % 97}", "Analyst", "", f"p-{i}") for i in range(rows)
    ]
    return cf.linkedin(3, people=people, hidden=0)


@pytest.mark.slow
def test_a_process_killed_mid_import_leaves_the_workbook_unchanged(tmp_path):
    book = tmp_path / "wb.sqlite"
    with netkit.open_workbook(book) as wb:
        wb.add_contact("Already Here", email="here@example.org")
        before = cf.dump(wb)
    path = cf.write(tmp_path, "Connections.csv", big_linkedin(12_000))
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(book), str(path)],
        env=netkit_env(book),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "HALFWAY"
        time.sleep(0.2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with netkit.open_workbook(book) as wb:
        assert cf.dump(wb) == before
        assert wb.count_contacts() == 1
        # and the workbook still works: the same file imports whole afterwards
        assert wb.import_file(path)["added"] == 12_000


def test_an_error_inside_the_transaction_rolls_everything_back(wb, tmp_path, monkeypatch):
    wb.add_contact("Already Here")
    before = cf.dump(wb)
    plan = wb.preview_import(cf.write(tmp_path, "c.csv", cf.linkedin(3)))

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(wb.store), "log", boom)
    with pytest.raises(RuntimeError):
        wb.apply_import(plan)
    monkeypatch.undo()
    assert cf.dump(wb) == before
