"""The command line: every command documented, bad input one line and exit 1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import click
import pytest
from conftest import ROOT, dump_workbook, netkit_env

import netkit
from netkit.cli import main

CONTRACT_KEYS = {"contacts", "asks_sent", "introductions", "conversations_held", "names_given",
                 "names_per_conversation", "asked_for_names_rate", "max_chain_depth",
                 "followups_due"}


def netkit_cli(workbook, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m netkit ARGS`` as a user would, with NETKIT_WORKBOOK set."""
    return subprocess.run([sys.executable, "-m", "netkit", *args], cwd=ROOT,
                          env=netkit_env(workbook), input=stdin, capture_output=True,
                          text=True, timeout=120)


def _commands(group: click.Group, prefix: str = ""):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


def test_every_command_has_help_text():
    missing = [name for name, command in _commands(main) if not (command.help or "").strip()]
    assert missing == [], f"commands without help text: {missing}"
    undocumented = [
        f"{name} {param.opts[0]}" for name, command in _commands(main)
        for param in command.params
        if isinstance(param, click.Option) and not (param.help or "").strip()
    ]
    assert undocumented == [], f"options without help text: {undocumented}"


def test_netkit_help_lists_every_command(workbook_path):
    result = netkit_cli(workbook_path, "--help")
    assert result.returncode == 0
    listed = result.stdout.split("Commands:")[1]
    for name in main.commands:
        assert f"  {name} " in listed, f"{name} missing from netkit --help"
    for name in ("up", "lab", "demo", "stats"):
        assert name in main.commands


@pytest.mark.parametrize("name", ["up", "lab", "demo", "stats"])
def test_each_foundation_command_explains_itself(workbook_path, name):
    result = netkit_cli(workbook_path, name, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"Usage: netkit {name}")


def test_demo_fills_the_workbook_and_stats_reports_it_as_json(workbook_path):
    filled = netkit_cli(workbook_path, "demo", "--contacts", "40")
    assert filled.returncode == 0, filled.stderr
    assert "40 contacts" in filled.stdout
    result = netkit_cli(workbook_path, "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert CONTRACT_KEYS <= set(stats)
    assert stats["contacts"] == 40 and stats["max_chain_depth"] >= 2


def test_stats_without_json_prints_a_readable_table(workbook_path):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("Ana Abara")
    result = netkit_cli(workbook_path, "stats")
    assert result.returncode == 0
    assert "contacts" in result.stdout and "max chain depth" in result.stdout


def test_the_workbook_option_overrides_NETKIT_WORKBOOK(tmp_path):
    chosen = tmp_path / "chosen.sqlite"
    result = netkit_cli(tmp_path / "env.sqlite", "--workbook", str(chosen), "demo")
    assert result.returncode == 0, result.stderr
    assert chosen.exists() and not (tmp_path / "env.sqlite").exists()


def _one_line_error(result) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("netkit: ")
    return lines[0]


def test_a_file_that_is_not_a_workbook_is_one_line_and_exit_1(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name\nAna,Abara\n")
    result = netkit_cli(path, "stats")
    assert result.returncode == 1
    assert "is not a netkit workbook" in _one_line_error(result)
    assert path.read_text() == "First Name,Last Name\nAna,Abara\n"


def test_demo_refuses_a_workbook_that_already_has_contacts_and_changes_nothing(workbook_path):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("My Real Friend")
    before = dump_workbook(workbook_path)
    result = netkit_cli(workbook_path, "demo")
    assert result.returncode == 1
    assert "already has contacts" in _one_line_error(result)
    assert dump_workbook(workbook_path) == before


@pytest.mark.parametrize("args", [["frobnicate"], ["demo", "--contacts", "5"],
                                  ["stats", "--colour"]])
def test_a_mistyped_command_line_is_one_line_not_a_usage_screen(workbook_path, args):
    result = netkit_cli(workbook_path, *args)
    assert result.returncode == 2
    assert "netkit --help" in _one_line_error(result)
    assert not workbook_path.exists()


@pytest.mark.parametrize("command", ["up", "lab"])
def test_a_port_already_in_use_is_one_line_not_a_silent_move(workbook_path, command):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = netkit_cli(workbook_path, command, "--no-browser", "--port", str(port))
    assert result.returncode == 1
    assert f"Port {port}" in _one_line_error(result)


QUICK = """
import sys
from netkit.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in ("pandas", "numpy", "ipywidgets", "jupyter_client", "voila",
                           "sqlite_utils", "holidays") if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


@pytest.mark.parametrize("args, stdin", [
    (["--help"], None),
    (["check-ask"], "Hi Ana, we met at the meetup. Who do you know in renewable energy?"),
    (["followups"], None),
])
def test_quick_commands_load_no_jupyter_widgets_or_dataframes(workbook_path, args, stdin):
    with netkit.open_workbook(workbook_path) as wb:
        wb.add_contact("Ana Abara")
    result = subprocess.run([sys.executable, "-c", QUICK, *args], cwd=ROOT, input=stdin,
                            env=netkit_env(workbook_path), capture_output=True, text=True,
                            timeout=120)
    assert "HEAVY=\n" in result.stderr, result.stderr
