"""The one exception family for bad input: messages a job seeker can act on."""

__all__ = ["NetkitError", "NetkitWarning"]


class NetkitError(Exception):
    """Bad input, explained in one line.

    Raised for anything the user can fix: an empty name, a malformed e-mail
    address, an unreadable file. The message names what was wrong and, where
    it helps, which file and line. When a ``NetkitError`` is raised, the
    workbook has not been changed.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        where = ""
        if file is not None:
            where = f"{file}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)


class NetkitWarning(UserWarning):
    """Something worth knowing that did not stop the change, e.g. that a contact you just
    added may be someone already in your workbook."""
