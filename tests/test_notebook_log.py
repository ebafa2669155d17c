"""The "Log the conversation" notebook runs top to bottom and shows the Log view."""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from shown_tables import cells

import netkit

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "workbooks" / "04_log_the_conversation.ipynb"


@pytest.mark.slow
def test_the_log_notebook_shows_the_log_view_and_the_numbers(tmp_path, monkeypatch):
    workbook = tmp_path / "nb.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.fill_demo(40)
        expected = wb.stats()["names_per_conversation"]
    monkeypatch.setenv("NETKIT_WORKBOOK", str(workbook))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert "application/vnd.jupyter.widget-view+json" in outputs[0]["data"]
    state = json.dumps(notebook.metadata["widgets"]["application/vnd.jupyter.widget-state+json"])
    assert "netkit-log-view" in state and "People you were given" in state
    figures = dict(map(tuple, cells(outputs[1]["data"]["text/html"]).rows))
    assert figures["Names per conversation"] == f"{expected:g}"
