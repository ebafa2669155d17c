"""The user's own files: reading one, writing one, and one clear message for every path
that cannot be used (a folder, a device or a pipe, a system folder, a path under a file).

Everything netkit reads from or writes to a path given by a person goes through here, so
``import /dev/zero`` is refused instead of reading forever, a FIFO is refused instead of
hanging, and ``export notes.txt/contacts.csv`` says that ``notes.txt`` is a file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import NetkitError

__all__ = ["read_bytes", "check_readable", "writable", "write_atomic", "SYSTEM_FOLDERS"]

# Files here are made up by the system as they are read (sizes of 0, endless contents).
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


def _system_folder(path: Path) -> str | None:
    absolute = os.path.abspath(path)
    for folder in SYSTEM_FOLDERS:
        if absolute == folder or absolute.startswith(folder + os.sep):
            return folder
    return None


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def check_readable(path: str | os.PathLike[str], what: str) -> Path:
    """The path, when it is an ordinary file that can be read.

    :param what: what the file should be, for messages ("contacts file", "backup").
    :raises NetkitError: naming the file, for a missing file, a folder, a device, a pipe,
        a socket or a file the system makes up (``/proc``, ``/sys``, ``/dev``).
    """
    path = Path(path).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NetkitError("there is no such file.", file=str(path)) from None
    except NotADirectoryError:
        raise NetkitError(
            "there is no such file (part of the path is a file, not a folder).", file=str(path)
        ) from None
    except OSError as error:
        raise NetkitError(f"the file cannot be read ({_reason(error)}).", file=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise NetkitError(f"this is a folder, not a {what}.", file=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NetkitError(
            f"this is a device or a pipe, not a {what}; save the {what} as a file first.",
            file=str(path),
        )
    if _system_folder(path):
        raise NetkitError(f"this is a system file, not a {what}.", file=str(path))
    return path


def read_bytes(
    path: str | os.PathLike[str], limit: int, what: str, name: str | None = None
) -> bytes:
    """The bytes of an ordinary file no larger than ``limit`` (read at most that much, so a
    size the system reports wrongly cannot make it read forever).

    :raises NetkitError: as :func:`check_readable`, and for a file larger than ``limit``.
    """
    path = check_readable(path, what)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise NetkitError(
            f"the file cannot be read ({_reason(error)}).", file=name or str(path)
        ) from None
    if len(data) > limit:
        raise NetkitError(
            f"the file is larger than {limit // (1024 * 1024)} MB; that is not a {what}.",
            file=name or path.name,
        )
    return data


def writable(path: str | os.PathLike[str], what: str) -> Path:
    """The path, once a file can be written there (its folder is created when missing).

    :param what: what will be written, for messages ("export", "backup", "workbook").
    :raises NetkitError: for a folder, a device, a system folder, a path under a file, or a
        folder that cannot be created.
    """
    path = Path(path).expanduser()
    folder = _system_folder(path)
    if folder:
        raise NetkitError(
            f"{path} is in the system folder {folder}; choose a place in your own folders."
        )
    if path.is_dir():
        raise NetkitError(f"{path} is a folder; give a file name for the {what}.")
    if path.exists() and not path.is_file():
        raise NetkitError(f"{path} is a device or a pipe; give a file name for the {what}.")
    absolute = Path(os.path.abspath(path))
    for parent in absolute.parents:
        if parent.exists():
            if not parent.is_dir():
                raise NetkitError(f"{path} cannot be written: {parent} is a file, not a folder.")
            break
    try:
        absolute.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NetkitError(f"{path} cannot be written ({_reason(error)}).") from None
    return path


def write_atomic(path: str | os.PathLike[str], data: bytes, what: str) -> Path:
    """Write ``data`` to ``path`` all at once: a reader sees the old file or the new one.

    :raises NetkitError: as :func:`writable`, and when the disk refuses the write.
    """
    path = writable(path, what)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise NetkitError(f"{path} cannot be written ({_reason(error)}).") from None
    return path
