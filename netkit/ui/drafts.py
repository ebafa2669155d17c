"""Drafts shown as one-click actions: open in your e-mail app, or copy the text."""

from __future__ import annotations

from typing import Any

from ..messages import mailto
from ..text import escape

__all__ = ["draft_links", "draft_actions"]


def draft_actions(draft: dict[str, str]) -> str:
    """An e-mail link and a copy button for one draft (all text escaped)."""
    to = "" if draft["to"] else (" <small class='netkit-muted'>(no e-mail address saved: add "
                                 "it in your e-mail app)</small>")
    return (
        f"<a class='netkit-mailto netkit-link-button' href='{escape(mailto(draft))}' "
        f"target='_blank'>✉ Open in your e-mail app</a>{to}"
        f"<button class='netkit-copy' type='button' data-text='{escape(draft['body'])}' "
        "onclick='navigator.clipboard.writeText(this.dataset.text).then(() => "
        "{this.textContent = \"Copied\"})'>Copy the text</button>"
    )


def draft_links(drafts: list[tuple[str, dict[str, Any]]], title: str) -> str:
    """A short list of drafts, each with what it is for, its text and its actions."""
    if not drafts:
        return ""
    items = "".join(
        f"<li class='netkit-draft'><b>{escape(label)}</b>"
        f"<details><summary>Read the draft</summary><pre class='netkit-draft-text'>"
        f"{escape(draft['body'])}</pre></details>"
        f"<div class='netkit-actions'>{draft_actions(draft)}</div></li>"
        for label, draft in drafts)
    return f"<div class='netkit-card netkit-drafts'><b>{escape(title)}</b><ul>{items}</ul></div>"
