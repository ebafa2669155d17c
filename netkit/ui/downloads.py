"""Download links for the Prepare tab: the sheet (HTML, Markdown) and the calendar event."""

from __future__ import annotations

from ..interview.sheet import data_url
from ..text import escape

__all__ = ["download_links"]

def _link(content, mime: str, filename: str, label: str, css: str) -> str:
    return (
        f"<a class='{css} netkit-link-button' download='{escape(filename)}' "
        f"href='{data_url(content, mime)}'>⬇ {escape(label)}</a>"
    )


def download_links(wb, conversation_id: int | None) -> str:
    """HTML with one-click downloads (``<a download href="data:...">``): the printable
    sheet, the Markdown, and — once the conversation has a date — the calendar event."""
    links = [
        _link(
            wb.render_sheet(conversation_id, "html"),
            "text/html",
            wb.sheet_filename(conversation_id, "html"),
            "Printable sheet (HTML)",
            "netkit-download-html",
        ),
        _link(
            wb.render_sheet(conversation_id, "md"),
            "text/markdown",
            wb.sheet_filename(conversation_id, "md"),
            "Markdown",
            "netkit-download-md",
        ),
    ]
    note = ""
    if conversation_id is not None and wb.conversation(conversation_id)["scheduled_for"]:
        links.append(
            _link(
                wb.render_sheet(conversation_id, "ics"),
                "text/calendar",
                wb.sheet_filename(conversation_id, "ics"),
                "Add to calendar (.ics)",
                "netkit-download-ics",
            )
        )
    elif conversation_id is not None:
        note = "<div><small>Set a date to add it to your calendar.</small></div>"
    return "<div class='netkit-actions'>" + "".join(links) + "</div>" + note
