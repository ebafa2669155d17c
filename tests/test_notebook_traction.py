"""The "See your traction" notebook runs top to bottom and shows the dashboard."""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import netkit

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "workbooks" / "05_see_your_traction.ipynb"


@pytest.mark.slow
def test_the_traction_notebook_shows_the_dashboard_and_the_funnel(tmp_path, monkeypatch):
    workbook = tmp_path / "nb.sqlite"
    with netkit.open_workbook(workbook) as wb:
        wb.fill_demo(40)
        contacts = wb.funnel()[0]["count"]
    monkeypatch.setenv("NETKIT_WORKBOOK", str(workbook))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    state = json.dumps(notebook.metadata["widgets"]["application/vnd.jupyter.widget-state+json"])
    assert "netkit-dashboard-view" in state and "The referral tree" in state
    table = outputs[1]["data"]["text/plain"]
    assert "conversations held" in table and str(contacts) in table
