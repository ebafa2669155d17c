"""Every notebook in workbooks/ runs top to bottom on a fresh workbook without an error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "workbooks").glob("*.ipynb"))


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


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_the_notebook_runs_without_errors(notebook, tmp_path, monkeypatch):
    import netkit

    workbook = tmp_path / "nb.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.fill_demo(40)
    nb = _run(notebook, tmp_path, workbook, monkeypatch)
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    errors = [out for out in outputs if out.output_type == "error"]
    assert not errors, errors
    stderr = [out.text for out in outputs if out.output_type == "stream" and out.name == "stderr"]
    assert not any("Traceback" in text for text in stderr), stderr
    assert outputs, "the notebook showed nothing"


@pytest.mark.slow
def test_the_app_notebook_shows_the_app_widget_on_an_empty_workbook(tmp_path, monkeypatch):
    nb = _run(ROOT / "workbooks" / "app.ipynb", tmp_path, tmp_path / "empty.sqlite", monkeypatch)
    shown = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
             if out.output_type in ("display_data", "execute_result")]
    assert any("application/vnd.jupyter.widget-view+json" in out.data for out in shown)
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    classes = json.dumps(state)
    assert "netkit-app" in classes and "netkit-contacts" in classes
