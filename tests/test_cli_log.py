"""``netkit log``: a held conversation and its names from the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, dump_workbook, netkit_env

import netkit
from netkit.errors import NetkitWarning


def _netkit(workbook, *args):
    return subprocess.run([sys.executable, "-m", "netkit", *args], cwd=ROOT,
                          env=netkit_env(workbook), capture_output=True, text=True, timeout=120)


def test_logging_from_the_command_line_turns_each_name_into_a_contact(workbook_path):
    with netkit.open_workbook(workbook_path) as wb:
        olga = wb.add_contact("Olga Orlova", organization="Northwind Grid")
        ben = wb.add_contact("Ben Becker", organization="Sunfield Power")
    result = _netkit(workbook_path, "log", "orlova, olga", "--asked", "--on", "2026-11-27",
                     "--name", "Ben Becker, Sunfield Power",
                     "--name", "Chiara Castillo, Medora Labs, chiara@example.org",
                     "--notes", "Grid analytics")
    assert result.returncode == 0, result.stderr
    assert "2 name(s): 1 new, 1 already in your workbook" in result.stdout
    assert "Write to Chiara (Olga suggested you talk)" in result.stdout
    with netkit.open_workbook(workbook_path) as wb:
        chiara = wb.contacts().set_index("name").loc["Chiara Castillo"]
        assert (chiara["introduced_by"], chiara["email"]) == (olga, "chiara@example.org")
        assert chiara["organization"] == "Medora Labs"
        assert wb.contact(ben)["introduced_by"] is None  # linked: on your own list already
        held = wb.conversations().iloc[0]
        assert (held["contact_id"], held["held_on"], held["notes"]) == (
            olga, "2026-11-27", "Grid analytics")


def test_bad_input_on_the_command_line_is_one_line_and_changes_nothing(workbook_path):
    with netkit.open_workbook(workbook_path) as wb, pytest.warns(NetkitWarning):
        wb.add_contact("Ana Abara")
        wb.add_contact("Ana Abara", organization="Medora Labs")
    before = dump_workbook(workbook_path)
    for args, says in [
        (["log", "Ana Abara", "--asked"], "More than one “Ana Abara”"),
        (["log", "Nobody Known", "--asked"], "Nobody called “Nobody Known”"),
        (["log", "1"], "--asked or --not-asked"),
        (["log", "1", "--asked", "--on", "not a day"], "is not a date of the conversation"),
        (["log", "1", "--asked", "--name", "bad, , x@y"], None),
    ]:
        result = _netkit(workbook_path, *args)
        if says is None:  # a name with an address that is not one
            assert result.returncode == 1 and "not an e-mail address" in result.stderr
            continue
        assert result.returncode == 1, args
        assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1, args
        assert dump_workbook(workbook_path) == before
