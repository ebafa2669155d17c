"""netkit: a networking workbook for job seekers.

Ask to be introduced, meet people for informational interviews, and close every
conversation with "Who else should I talk to?". ``import netkit`` gives your data
as pandas DataFrames::

    import netkit
    wb = netkit.open_workbook()
    wb.contacts()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import NetkitError, NetkitWarning

if TYPE_CHECKING:
    from .workbook import Workbook, open_workbook

__all__ = ["NetkitError", "NetkitWarning", "Workbook", "open_workbook", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The workbook (and pandas with it) is imported on first use, so the command line
    # starts quickly for commands that need neither.
    if name in ("Workbook", "open_workbook"):
        from . import workbook

        return getattr(workbook, name)
    raise AttributeError(f"module 'netkit' has no attribute {name!r}")
