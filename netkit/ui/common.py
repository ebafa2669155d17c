"""Small pieces every view shares: the in-place message line, headings, friendly errors."""

from __future__ import annotations

import functools
import logging

import ipywidgets as widgets

from ..errors import NetkitError
from ..text import escape

__all__ = ["Message", "heading", "guarded"]

log = logging.getLogger("netkit.ui")


class Message(widgets.HTML):
    """One line of feedback shown in place: ``error()`` (CSS class ``netkit-error``),
    ``ok()`` (``netkit-ok``), ``clear()``. Text is escaped."""

    def __init__(self):
        super().__init__(value="")
        self.add_class("netkit-message")

    def _show(self, text: str, kind: str, color: str) -> None:
        for name in ("netkit-error", "netkit-ok", "netkit-note"):
            self.remove_class(name)
        self.add_class(f"netkit-{kind}")
        self.value = f'<div role="status" style="color:{color};padding:4px 0">{escape(text)}</div>'

    def error(self, text: str) -> None:
        self._show(text, "error", "#b00020")

    def ok(self, text: str) -> None:
        self._show(text, "ok", "#1b5e20")

    def note(self, text: str) -> None:
        self._show(text, "note", "#444")

    def clear(self) -> None:
        for name in ("netkit-error", "netkit-ok", "netkit-note"):
            self.remove_class(name)
        self.value = ""

    @property
    def text(self) -> str:
        """The message as plain text (for tests)."""
        import html
        import re

        return html.unescape(re.sub(r"<[^>]+>", "", self.value))


def heading(title: str, text: str | None = None) -> widgets.HTML:
    """A step heading with an optional line of friendly explanation (both escaped)."""
    body = f"<h3 style='margin:4px 0'>{escape(title)}</h3>"
    if text:
        body += f"<p style='margin:2px 0 8px;color:#444'>{escape(text)}</p>"
    return widgets.HTML(body)


def guarded(message_attr: str = "message"):
    """Decorate a view's callback: a NetkitError is shown in ``self.<message_attr>``; any other
    exception is logged and shown as a short apology — never a traceback."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            message: Message = getattr(self, message_attr)
            try:
                return method(self, *args, **kwargs)
            except NetkitError as error:
                message.error(str(error))
            except Exception:  # noqa: BLE001 — a job seeker never sees a traceback
                log.exception("netkit: unexpected error in %s", method.__name__)
                message.error("Something went wrong and nothing was saved. Please try again.")
            return None

        return wrapper

    return decorate
