"""The README's command table documents every command and option (as sqlite-utils'
test_docs does): a command or option added without a line there fails here."""

from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT

from netkit.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _table_rows() -> dict[str, str]:
    """{command name: its row} from the README's "The command line" table."""
    section = README.split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\|\s*`netkit ([a-z-]+)", line)
        if match:
            for name in re.findall(r"`netkit ([a-z-]+)", line.split("|")[1]):
                rows[name] = line
            rows.setdefault(match[1], line)
    return rows


def _options(command: click.Command) -> list[str]:
    return [param.opts[0] for param in command.params
            if isinstance(param, click.Option) and param.opts[0] != "--help"]


ROWS = _table_rows()


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_a_row_in_the_readme(name):
    assert name in ROWS, f"netkit {name} is missing from the README's command table"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_is_documented_in_its_commands_row(name):
    missing = [option for option in _options(main.commands[name])
               if option not in ROWS.get(name, "")]
    assert missing == [], f"netkit {name}: {missing} not in its README row"


def test_the_global_options_are_documented():
    for option in _options(main):
        assert re.search(rf"`[^`]*{option}\b", README), f"netkit {option} is not in the README"


def test_the_readme_names_no_command_that_does_not_exist():
    assert set(ROWS) <= set(main.commands)
