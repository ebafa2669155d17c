"""The ``netkit`` command line: one click group, one module per step of the method.

Each module registers its commands on :data:`main` with ``@main.command``; importing
them here is what puts them on the command line. Bad input prints one line
(``netkit: ...``) and exits 1; the workbook is left as it was.
"""

from . import app, asks, contacts, followups, interview, traction  # noqa: F401 (registers)
from .base import main

__all__ = ["main"]
