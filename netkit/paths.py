"""Where a user's workbook lives by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["default_workbook_path", "WORKBOOK_ENV"]

WORKBOOK_ENV = "NETKIT_WORKBOOK"


def default_workbook_path() -> Path:
    """``$NETKIT_WORKBOOK`` if set, else ``netkit.sqlite`` in the user's data directory."""
    env = os.environ.get(WORKBOOK_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("netkit", appauthor=False)) / "netkit.sqlite"
