"""The step-2 notebook runs top to bottom on a fresh workbook and is committed without outputs."""

import os

import nbformat
from conftest import ROOT, netkit_env
from nbclient import NotebookClient

NOTEBOOK = ROOT / "workbooks" / "02_ask_for_introductions.ipynb"


def test_the_ask_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    assert notebook.metadata["kernelspec"]["name"] == "python3"


def test_the_ask_notebook_runs_and_shows_the_ask_tab(tmp_path, monkeypatch):
    for key, value in netkit_env(tmp_path / "nb.sqlite").items():
        if key in ("NETKIT_WORKBOOK", "PYTHONPATH"):
            monkeypatch.setenv(key, value)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert os.path.exists(tmp_path / "nb.sqlite")
