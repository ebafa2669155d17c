"""The ``netkit`` command line: one click group, one module per step of the method.

Each module registers its commands on :data:`main` with ``@main.command``; importing
them here is what puts them on the command line. Bad input prints one line
(``netkit: ...``) and exits 1; the workbook is left as it was.
"""

from . import (  # noqa: F401 (importing a step registers its commands)
    app,
    asks,
    contacts,
    conversations,
    followups,
    hub,
    interview,
    traction,
)
from .base import main

__all__ = ["main"]
