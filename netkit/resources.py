"""Files that ship with netkit: the workbook notebooks."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["workbooks_dir", "app_notebook", "APP_NOTEBOOK"]

APP_NOTEBOOK = "app.ipynb"


def workbooks_dir() -> Path:
    """The folder of netkit's notebooks (installed package data, or the source tree's)."""
    try:
        return Path(str(resources.files("netkit.workbooks")))
    except ModuleNotFoundError:
        # Running from a source checkout without installing (PYTHONPATH=.)
        return Path(__file__).resolve().parent.parent / "workbooks"


def app_notebook() -> Path:
    """The Voilà app notebook."""
    return workbooks_dir() / APP_NOTEBOOK
