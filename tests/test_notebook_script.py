"""The "Script the interview" notebook runs top to bottom on a fresh workbook."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "workbooks" / "03_script_the_interview.ipynb"


def test_the_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.slow
def test_the_script_notebook_runs_and_shows_the_prepare_view(tmp_path, monkeypatch):
    monkeypatch.setenv("NETKIT_WORKBOOK", str(tmp_path / "nb.sqlite"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook,
        timeout=180,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    outputs = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]
    assert not [o for o in outputs if o.output_type == "error"]
    widget = outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in widget
    assert "small talk" in str(outputs[1]["data"]["text/plain"])
    assert "My informational interview script" in outputs[2]["data"]["text/markdown"]
