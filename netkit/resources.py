"""Files that ship with netkit: the workbook notebooks."""

from __future__ import annotations

from pathlib import Path

__all__ = ["workbooks_dir", "app_notebook", "APP_NOTEBOOK"]

APP_NOTEBOOK = "app.ipynb"


def workbooks_dir() -> Path:
    """The folder of netkit's notebooks (installed package data, or the source tree's).

    An installed netkit has them in ``netkit/workbooks/`` (a data folder without
    ``__init__.py``, so ``importlib.resources`` would hand back a MultiplexedPath whose
    ``str()`` is not a path); a source checkout run with ``PYTHONPATH=.`` has them
    beside the package.
    """
    here = Path(__file__).resolve().parent
    installed = here / "workbooks"
    if installed.is_dir():
        return installed
    return here.parent / "workbooks"


def app_notebook() -> Path:
    """The Voilà app notebook."""
    return workbooks_dir() / APP_NOTEBOOK
