"""The netkit app: the steps of the method as tabs, over one workbook."""

from __future__ import annotations

import ipywidgets as widgets

from ..workbook import open_workbook
from .transfer import TransferView

__all__ = ["App"]


def _views() -> list[tuple[str, type]]:
    """(tab title, view class) in the order a job seeker walks them.

    Each view is a widget class taking the workbook; the app adds the CSS class
    ``netkit-<title in lower case>`` to it.
    """
    return [
        ("Contacts", TransferView),
    ]


class App(widgets.VBox):
    """The root widget (CSS class ``netkit-app``): one tab per step."""

    def __init__(self, wb=None):
        self.wb = wb or open_workbook()
        self.views = {}
        children = []
        for title, view_class in _views():
            view = view_class(self.wb)
            view.add_class(f"netkit-{title.lower()}")
            self.views[title] = view
            children.append(view)
        self.tabs = widgets.Tab(children=children, titles=[title for title, _ in _views()])
        super().__init__([self.tabs])
        self.add_class("netkit-app")
