"""The netkit app: the steps of the method as tabs, over one workbook."""

from __future__ import annotations

import ipywidgets as widgets

from ..workbook import open_workbook

__all__ = ["App"]


class App(widgets.VBox):
    """The root widget (CSS class ``netkit-app``): one tab per step."""

    def __init__(self, wb=None):
        self.wb = wb or open_workbook()
        contacts = widgets.VBox([widgets.HTML("<h3>Contacts</h3>")])
        contacts.add_class("netkit-contacts")
        self.tabs = widgets.Tab(children=[contacts], titles=["Contacts"])
        super().__init__([self.tabs])
        self.add_class("netkit-app")
