"""What every view shares: the base :class:`View` whose handlers never show a traceback,
the in-place message line, and section headings."""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import os
import re
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..errors import NetkitError
from ..text import escape
from .style import STYLE

__all__ = ["View", "Notifies", "Message", "heading", "guarded", "later", "when_shown", "APOLOGY"]

log = logging.getLogger("netkit.ui")
APOLOGY = "Something went wrong and nothing was saved. Please try again."
_KINDS = ("netkit-error", "netkit-ok", "netkit-note")


class Message(widgets.HTML):
    """One line of feedback shown in place: ``error()`` (CSS class ``netkit-error``),
    ``ok()`` (``netkit-ok``), ``note()`` (``netkit-note``), ``clear()``. Text is escaped."""

    def __init__(self) -> None:
        super().__init__(value="")
        self.add_class("netkit-message")

    def _show(self, text: str, kind: str) -> None:
        for name in _KINDS:
            self.remove_class(name)
        self.add_class(f"netkit-{kind}")
        self.value = f'<div role="status" class="netkit-status">{escape(text)}</div>'

    def error(self, text: str) -> None:
        self._show(text, "error")

    def ok(self, text: str) -> None:
        self._show(text, "ok")

    def note(self, text: str) -> None:
        self._show(text, "note")

    def clear(self) -> None:
        for name in _KINDS:
            self.remove_class(name)
        self.value = ""

    @property
    def text(self) -> str:
        """The message as plain text (for tests)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.value))


def heading(title: str, text: str | None = None, level: int = 3) -> widgets.HTML:
    """A step heading with an optional line of friendly explanation (both escaped)."""
    body = f"<h{level} class='netkit-h{level}'>{escape(title)}</h{level}>"
    if text:
        body += f"<p class='netkit-lead'>{escape(text)}</p>"
    return widgets.HTML(body)


def _run(message: Message, name: str, method: Callable[..., Any], *args: Any) -> Any:
    """Call ``method``: a NetkitError is shown in ``message``; any other exception is
    logged and shown as a short apology — never a traceback."""
    try:
        return method(*args)
    except NetkitError as error:
        message.error(str(error))
    except Exception:  # noqa: BLE001 — a job seeker never sees a traceback
        log.exception("netkit: unexpected error in %s", name)
        message.error(APOLOGY)
    return None


# How long deferred work waits in a kernel: long enough for a page that just arrived to
# fetch its widgets from the kernel first (Voilà's page asks as soon as it loads).
SETTLE_SECONDS = 0.6


def later(work: Callable[[], Any], message: Message | None = None,
          after: float = SETTLE_SECONDS) -> None:
    """Do ``work`` once the page has what it shows now (``after`` seconds, in a notebook or
    Voilà); at once when there is no kernel (plain Python, tests). Errors are shown in
    ``message`` (or logged), never raised."""
    def run() -> None:
        if message is None:
            try:
                work()
            except Exception:  # noqa: BLE001
                log.exception("netkit: unexpected error in deferred work")
        else:
            _run(message, getattr(work, "__name__", "work"), work)

    loop = _kernel_loop()
    if loop is None:
        run()
        return
    loop.call_later(after, run)


# In Voilà the page, once loaded, asks the kernel for every widget at once (over ipywidgets'
# control channel); work the kernel is busy with then makes the whole page wait. How long to
# wait for that request at most, and the works waiting for it.
PAGE_WAIT_SECONDS = 15.0
_page = {"served": False, "hooked": False}
_waiting: list[tuple[Callable[[], Any], Message | None]] = []


def when_shown(work: Callable[[], Any], message: Message | None = None) -> None:
    """Do slow ``work`` once the page shows what is there now, without making it wait.

    In Voilà that is right after the page has fetched the widgets (at most
    ``PAGE_WAIT_SECONDS`` later); in JupyterLab, where widgets reach the page as they are
    made, and for a page already served, it is :func:`later`; with no kernel, at once.
    Errors are shown in ``message`` (or logged), never raised."""
    if (_kernel_loop() is None or _page["served"] or not os.environ.get("VOILA_KERNEL_ID")
            or not _hook_page_request()):
        later(work, message)
        return
    _waiting.append((work, message))
    later(_run_waiting, after=PAGE_WAIT_SECONDS)


def _run_waiting() -> None:
    works = list(_waiting)
    _waiting.clear()
    for work, message in works:
        later(work, message, after=0.0)


def _hook_page_request() -> bool:
    """Be told when the page asks for every widget's state (ipywidgets 8's control channel);
    False when this ipywidgets has no such channel (then nothing waits for it)."""
    if _page["hooked"]:
        return True
    handler = getattr(widgets.Widget, "_handle_control_comm_msg", None)
    original = getattr(handler, "__func__", None)
    if original is None:
        return False

    def handle(cls: Any, msg: dict[str, Any]) -> Any:
        answer = original(cls, msg)
        if (msg.get("content", {}).get("data", {}) or {}).get("method") == "request_states":
            _page["served"] = True
            later(_run_waiting, after=0.05)  # the states are on their way: now the rest
        return answer

    widgets.Widget._handle_control_comm_msg = classmethod(handle)
    _page["hooked"] = True
    return True


def _kernel_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop of the Jupyter kernel this runs in; None outside a kernel (plain
    Python, tests), even where another library runs a loop of its own (a browser driver)."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def guarded(message_attr: str = "message") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a view's method so its errors are shown in ``self.<message_attr>``."""

    def decorate(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            return _run(getattr(self, message_attr), method.__name__,
                        functools.partial(method, self, *args, **kwargs))

        return wrapper

    return decorate


class View(widgets.VBox):
    """A step of the app: it owns its widgets, reads and writes through the workbook, and
    shows every error in place (its ``message``), never as a traceback.

    Join handlers with :meth:`when_clicked` and :meth:`when_changed`; both guard them.
    """

    def __init__(self, wb: Any, children: Any = (), styled: bool = False,
                 **kwargs: Any) -> None:
        self.wb = wb
        if not hasattr(self, "message"):
            self.message = Message()
        if styled:  # a view shown on its own in a notebook brings the stylesheet along
            sheet = widgets.HTML(STYLE)
            sheet.add_class("netkit-style")
            children = (sheet, *children)
        super().__init__(children, **kwargs)
        self.add_class("netkit-view")

    def _guard(self, handler: Callable[..., Any], message: Message | None) -> Callable[..., Any]:
        name = getattr(handler, "__name__", "handler")

        def guarded_handler(*args: Any) -> Any:
            return _run(message or self.message, name, handler, *args)

        return guarded_handler

    def when_clicked(self, button: widgets.Button, handler: Callable[..., Any],
                     message: Message | None = None) -> None:
        """Run ``handler(button)`` on a click, errors shown in ``message`` (or ours)."""
        button.on_click(self._guard(handler, message))

    def when_changed(self, widget: widgets.Widget, handler: Callable[..., Any],
                     names: str = "value", message: Message | None = None) -> Callable[..., Any]:
        """Run ``handler(change)`` when ``names`` of ``widget`` changes, errors shown in
        ``message`` (or ours). Returns the guarded handler (to ``unobserve`` it)."""
        guarded_handler = self._guard(handler, message)
        widget.observe(guarded_handler, names=names)
        return guarded_handler


class Notifies(View):
    """A view that changes the workbook for others: ``on_change(callback)`` registers a
    callback run after each change (a contact list refreshes after an import)."""

    def __init__(self, wb: Any, children: Any = (), **kwargs: Any) -> None:
        self._callbacks: list[Callable[[], None]] = []
        super().__init__(wb, children, **kwargs)

    def on_change(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def _changed(self) -> None:
        for callback in self._callbacks:
            callback()
