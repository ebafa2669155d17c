"""Every view's handlers are guarded: an error is one line in place, never a traceback,
and the widgets keep working."""

from __future__ import annotations

import ipywidgets as widgets

from netkit.errors import NetkitError
from netkit.ui.app import App
from netkit.ui.common import APOLOGY, View


class Boom(View):
    def __init__(self, wb):
        self.button = widgets.Button(description="Go")
        self.box = widgets.Text()
        super().__init__(wb)
        self.children = [self.button, self.box, self.message]
        self.calls = 0
        self.when_clicked(self.button, self._click)
        self.when_changed(self.box, self._typed)

    def _click(self, _button):
        self.calls += 1
        raise RuntimeError("a bug")

    def _typed(self, change):
        raise NetkitError(f"“{change['new']}” is not a date (try 2026-03-04).")


def test_an_unexpected_error_becomes_an_apology_in_place_and_the_button_still_works(wb, caplog):
    view = Boom(wb)
    view.button.click()
    view.button.click()
    assert view.calls == 2
    assert view.message.text == APOLOGY and "netkit-error" in view.message._dom_classes
    assert "a bug" in caplog.text  # logged for whoever runs the server, not shown


def test_bad_input_is_its_own_clear_line(wb):
    view = Boom(wb)
    view.box.value = "next tuesday"
    assert view.message.text == "“next tuesday” is not a date (try 2026-03-04)."


def test_a_failing_tab_refresh_shows_a_message_instead_of_breaking_the_app(wb, monkeypatch):
    app = App(wb)
    ask = app.views["Ask"]

    def broken():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ask, "refresh", broken)
    wb.add_contact("Written elsewhere")  # so opening the tab re-reads the workbook
    app.tabs.selected_index = app.tabs.titles.index("Ask")
    assert app.message.text == APOLOGY
    app.tabs.selected_index = app.tabs.titles.index("Prepare")  # the other tabs still open
    assert app.tabs.titles[app.tabs.selected_index] == "Prepare"


def test_every_view_of_the_app_is_a_guarded_view(wb):
    app = App(wb)
    for title, view in app.views.items():
        assert isinstance(view, View), title
        box = app.tabs.children[app.tabs.titles.index(title)]
        assert box.children == (view,)  # each view inside its own tab's box
        assert f"netkit-{title.lower()}" in box._dom_classes


def test_building_a_tab_never_changes_the_tabs_children(wb):
    """Changing a Tab's children makes the page re-draw the tabs and show another one."""
    app = App(wb)
    children = app.tabs.children
    app.tabs.selected_index = app.tabs.titles.index("Prepare")
    app._prepare_tabs()
    assert app.tabs.children == children
    assert app.tabs.selected_index == app.tabs.titles.index("Prepare")


def test_the_tabs_are_built_when_first_opened_and_a_broken_one_apologises(wb, monkeypatch):

    app = App(wb)
    assert list(app.views.built) == ["Dashboard"]  # the first tab, nothing else yet

    def broken(_wb):
        raise RuntimeError("cannot build")

    monkeypatch.setitem(app.views.classes, "Prepare", broken)
    app.tabs.selected_index = app.tabs.titles.index("Prepare")
    box = app.tabs.children[app.tabs.selected_index]
    assert "netkit-prepare" in box._dom_classes
    assert "could not open" in box.children[0].children[0].text
    app.tabs.selected_index = app.tabs.titles.index("Log")
    assert "Log" in app.views.built and type(app.views["Log"]).__name__ == "LogView"


def test_opening_a_tab_again_re_reads_the_workbook_only_when_it_changed(wb, monkeypatch):
    app = App(wb)
    contacts = app.views["Contacts"]
    calls = []
    monkeypatch.setattr(contacts, "refresh", lambda: calls.append(1))
    index = app.tabs.titles.index("Contacts")
    app.tabs.selected_index = index
    app.tabs.selected_index = 0
    app.tabs.selected_index = index
    assert calls == []  # nothing changed: nothing re-read
    wb.add_contact("New person")
    app.tabs.selected_index = 0
    app.tabs.selected_index = index
    assert calls == [1]


def test_the_tabs_show_how_much_waits_and_the_count_follows_the_work(wb):
    from datetime import timedelta

    from netkit.dates import today

    ana = wb.add_contact("Ana Becker")
    ben = wb.add_contact("Ben Dahl")
    wb.schedule_conversation(ana, today() - timedelta(days=2))
    wb.record_ask(ben, "Could you introduce me to someone at Acme?",
                  sent_at=today() - timedelta(days=10))
    app = App(wb)
    counts = wb.due_counts()
    due = len(wb.due_list()["overdue"]) + len(wb.due_list()["today"])
    assert counts == {"Dashboard": 1 + due, "Ask": due, "Log": 1} and due >= 1
    assert list(app.tabs.titles) == ["Dashboard", "Contacts", "Ask", "Prepare", "Log"]
    style = app.badges.value
    assert "nth-child(1)" in style and f">{1 + due}</text>" in style
    assert "nth-child(5)" in style and "nth-child(2)" not in style
    for followup in wb.followups().query("due_on <= @today()")["id"]:
        wb.complete_followup(int(followup))
    app.tabs.selected_index = 2  # opening a tab redraws the counts
    assert "nth-child(3)" not in app.badges.value and "nth-child(5)" in app.badges.value
