"""The app and the guided notebooks in a client's home folder (``~/netkit``), set up
without the client running anything, and refreshed after a netkit upgrade.

Idempotent: a copy netkit wrote and nobody changed is replaced by the new one; a copy the
client edited is kept as it is; the workbook itself is never opened or touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..resources import workbooks_dir

__all__ = ["FOLDER", "MANIFEST", "home_folder", "setup_home"]

FOLDER = "netkit"  # under the home: ~/netkit/app.ipynb is the hub's default URL
MANIFEST = ".netkit-copies.json"  # what netkit last wrote, to tell its copies from edits


def home_folder() -> Path:
    """``~/netkit``: where the app and notebooks go in a client's home."""
    return Path.home() / FOLDER


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a server starting meanwhile never
    sees half a notebook)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def setup_home(folder: str | os.PathLike[str] | None = None) -> dict[str, list[str]]:
    """Copy netkit's notebooks into ``folder`` (``~/netkit`` by default).

    Returns the notebook names by what happened: ``added`` (were missing), ``updated``
    (netkit's own copy, replaced by this version's), ``kept`` (edited by the client, left
    alone) and ``unchanged``.

    :raises OSError: when the folder cannot be created or written.
    """
    target = Path(folder).expanduser() if folder is not None else home_folder()
    target.mkdir(parents=True, exist_ok=True)
    manifest_path = target / MANIFEST
    try:
        written = json.loads(manifest_path.read_text(encoding="utf-8"))
        if not isinstance(written, dict):
            written = {}
    except (OSError, ValueError):
        written = {}
    report: dict[str, list[str]] = {"added": [], "updated": [], "kept": [], "unchanged": []}
    for source in sorted(workbooks_dir().glob("*.ipynb")):
        shipped = source.read_bytes()
        path = target / source.name
        try:
            current: bytes | None = path.read_bytes()
        except FileNotFoundError:
            current = None
        if current is None:
            outcome = "added"
        elif _digest(current) == _digest(shipped):
            outcome = "unchanged"
        elif _digest(current) == written.get(source.name):
            outcome = "updated"
        else:
            report["kept"].append(source.name)
            continue
        if outcome != "unchanged":
            _write(path, shipped)
        written[source.name] = _digest(shipped)
        report[outcome].append(source.name)
    if report["added"] or report["updated"] or not manifest_path.exists():
        _write(manifest_path, json.dumps(written, indent=1, sort_keys=True).encode())
    return report
