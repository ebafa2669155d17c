"""Each client's home on a coach's hub: the app and notebooks appear without the client
running anything, and a netkit upgrade reaches everyone without touching their work."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from conftest import ROOT

from netkit.hub.home import MANIFEST, setup_home
from netkit.resources import workbooks_dir

SHIPPED = sorted(p.name for p in workbooks_dir().glob("*.ipynb"))


def test_setting_up_a_home_twice_changes_nothing_the_second_time(tmp_path):
    folder = tmp_path / "netkit"
    first = setup_home(folder)
    assert first["added"] == SHIPPED and "app.ipynb" in SHIPPED
    assert (folder / "app.ipynb").read_bytes() == (workbooks_dir() / "app.ipynb").read_bytes()
    again = setup_home(folder)
    assert again == {"added": [], "updated": [], "kept": [], "unchanged": SHIPPED}


def test_an_upgrade_refreshes_netkits_copies_and_keeps_the_clients_edits(tmp_path):
    folder = tmp_path / "netkit"
    setup_home(folder)
    # As if an older netkit had written these two, and the client then edited the second.
    old = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    manifest = json.loads((folder / MANIFEST).read_text())
    for name in ("app.ipynb", "01_list_contacts.ipynb"):
        (folder / name).write_bytes(old)
        manifest[name] = hashlib.sha256(old).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest))
    (folder / "01_list_contacts.ipynb").write_bytes(old + b"\n")  # the client's edit
    workbook = tmp_path / "netkit.sqlite"
    workbook.write_bytes(b"the client's own workbook")

    report = setup_home(folder)
    assert report["updated"] == ["app.ipynb"]
    assert report["kept"] == ["01_list_contacts.ipynb"]
    assert (folder / "app.ipynb").read_bytes() == (workbooks_dir() / "app.ipynb").read_bytes()
    assert (folder / "01_list_contacts.ipynb").read_bytes() == old + b"\n"
    assert workbook.read_bytes() == b"the client's own workbook"


def test_a_deleted_notebook_comes_back(tmp_path):
    setup_home(tmp_path)
    (tmp_path / "app.ipynb").unlink()
    assert setup_home(tmp_path)["added"] == ["app.ipynb"]


def test_netkit_setup_home_puts_the_notebooks_in_the_home_folder(tmp_path):
    env = {"HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "netkit", "setup-home"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert f"{len(SHIPPED)} added" in run.stdout
    assert (tmp_path / "netkit" / "app.ipynb").is_file()
    assert not (tmp_path / ".local" / "share" / "netkit").exists()  # no workbook made
    run = subprocess.run([sys.executable, "-m", "netkit", "setup-home"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and f"{len(SHIPPED)} unchanged" in run.stdout


def test_a_home_that_cannot_be_written_gets_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = subprocess.run([sys.executable, "-m", "netkit", "setup-home", "--folder",
                          str(blocker / "netkit")], env={"PYTHONPATH": str(ROOT),
                                                         "HOME": str(tmp_path)},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.startswith("netkit: ") and "Traceback" not in run.stderr
