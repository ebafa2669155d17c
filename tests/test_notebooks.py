"""Every notebook in workbooks/ runs top to bottom on a fresh workbook without an error,
reads as one guided series (one heading style, a link to the next step), stays thin, and
shows its tables as a job seeker reads them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient
from shown_tables import cells, readable

NOTEBOOKS = sorted((ROOT / "workbooks").glob("*.ipynb"))
STEPS = [path for path in NOTEBOOKS if re.match(r"\d\d_", path.name)]
HEADING = re.compile(r"^# (Start here|Step (\d): [A-Z][^\n]*)$", re.M)
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+\.ipynb)\)")


def _run(notebook: Path, workdir: Path, workbook: Path, monkeypatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("NETKIT_WORKBOOK", str(workbook))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    copy = workdir / notebook.name
    shutil.copyfile(notebook, copy)
    nb = nbformat.read(copy, as_version=4)
    client = NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(workdir)}})
    client.execute()
    return nb


_RAN: dict[str, tuple[nbformat.NotebookNode, Path]] = {}


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """Run a notebook once on the small demo network: ``ran(path) -> (notebook, workbook)``."""
    import netkit

    def run(notebook: Path):
        if notebook.name not in _RAN:
            folder = tmp_path_factory.mktemp(notebook.stem)
            workbook = folder / "nb.sqlite"
            with netkit.open_workbook(workbook) as wb:
                wb.fill_demo(40)
            with pytest.MonkeyPatch.context() as monkeypatch:
                _RAN[notebook.name] = (_run(notebook, folder, workbook, monkeypatch), workbook)
        return _RAN[notebook.name]

    return run


def _markdown(notebook: Path) -> list[str]:
    nb = nbformat.read(notebook, as_version=4)
    return [cell.source for cell in nb.cells if cell.cell_type == "markdown"]


def _tables(nb) -> list[str]:
    """The HTML of every table the notebook showed through netkit.ui.tables."""
    return [out.data["text/html"] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.outputs if out.output_type in ("execute_result", "display_data")
            and "netkit-table" in out.get("data", {}).get("text/html", "")]


def test_there_are_notebooks_for_the_first_steps_and_the_app():
    names = {path.name for path in NOTEBOOKS}
    assert {"00_start_here.ipynb", "01_list_contacts.ipynb", "app.ipynb"} <= names


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_the_notebook_is_committed_without_outputs(notebook):
    nb = nbformat.read(notebook, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, notebook.name


@pytest.mark.parametrize("notebook", STEPS, ids=[path.stem for path in STEPS])
def test_each_step_has_one_heading_style_and_links_to_the_next(notebook):
    text = "\n".join(_markdown(notebook))
    titles = HEADING.findall(text)
    assert len(titles) == 1, f"{notebook.name}: one '# Step N: Title' heading, found {titles}"
    number = int(notebook.name[:2])
    assert titles[0][0] == "Start here" if number == 0 else titles[0][1] == str(number)
    assert not re.search(r"^#+ .*(Step \d ?[·—-]|Step \d\.)", text, re.M)  # no other style
    for _label, target in LINK.findall(text):
        assert (notebook.parent / target).is_file(), f"{notebook.name} links to {target}"
    last = _markdown(notebook)[-1]
    assert "**Next:**" in last, f"{notebook.name} ends without a Next: link"
    following = [p.name for p in STEPS if int(p.name[:2]) == number + 1]
    links = [target for _label, target in LINK.findall(last[last.index("**Next:**"):])]
    assert links and (links[0] == following[0] if following else True), links


@pytest.mark.parametrize("notebook", STEPS, ids=[path.stem for path in STEPS])
def test_the_notebook_is_thin_and_names_only_what_it_shows(notebook):
    nb = nbformat.read(notebook, as_version=4)
    code = [cell.source for cell in nb.cells if cell.cell_type == "code"]
    assert 2 <= len(code) <= 3, f"{notebook.name} has {len(code)} code cells"
    assert not any(re.search(r"^\s*(for|while) ", source, re.M) for source in code)
    prose = "\n".join(_markdown(notebook))
    assert not re.search(r"\b(under|in) (the )?(Contacts|Dashboard|Ask|Prepare|Log)\b( tab)?",
                         prose), "the notebooks have no tabs"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_the_notebook_runs_without_errors(notebook, ran):
    nb, _workbook = ran(notebook)
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    errors = [out for out in outputs if out.output_type == "error"]
    assert not errors, errors
    stderr = [out.text for out in outputs if out.output_type == "stream" and out.name == "stderr"]
    assert not any("Traceback" in text for text in stderr), stderr
    assert outputs, "the notebook showed nothing"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", [p for p in STEPS if p.name[:2] != "00"],
                         ids=[p.stem for p in STEPS if p.name[:2] != "00"])
def test_the_notebook_s_tables_carry_names_not_numbers(notebook, ran):
    nb, _workbook = ran(notebook)
    tables = _tables(nb)
    assert len(tables) == 1, f"{notebook.name} shows {len(tables)} netkit tables"
    shown = cells(tables[0])
    assert shown.rows
    readable(shown)


@pytest.mark.slow
def test_the_contacts_table_names_who_introduced_each_person(ran):
    import netkit

    nb, workbook = ran(ROOT / "workbooks" / "01_list_contacts.ipynb")
    shown = cells(_tables(nb)[0])
    with netkit.open_workbook(workbook) as wb:
        first = wb.contacts().head(10)
    column = shown.headings.index("Introduced by")
    assert [row[column] for row in shown.rows] == [
        name if isinstance(name, str) else "" for name in first["introduced_by_name"]]
    assert any(row[column] for row in shown.rows)


@pytest.mark.slow
def test_the_question_bank_shows_every_question(ran):
    import netkit

    nb, workbook = ran(ROOT / "workbooks" / "03_script_the_interview.ipynb")
    shown = cells(_tables(nb)[0])
    with netkit.open_workbook(workbook) as wb:
        bank = wb.questions()
    assert len(bank) >= 64 and len(shown.rows) == len(bank)
    assert [row[0] for row in shown.rows] == bank["text"].tolist()
    assert len(shown.groups) == bank["category"].nunique()


@pytest.mark.slow
def test_the_app_notebook_shows_the_app_widget_on_an_empty_workbook(tmp_path, monkeypatch):
    nb = _run(ROOT / "workbooks" / "app.ipynb", tmp_path, tmp_path / "empty.sqlite", monkeypatch)
    shown = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
             if out.output_type in ("display_data", "execute_result")]
    assert any("application/vnd.jupyter.widget-view+json" in out.data for out in shown)
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    classes = json.dumps(state)
    assert "netkit-app" in classes and "netkit-contacts" in classes
