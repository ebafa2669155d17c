"""The netkit app: the steps of the method as tabs, over one workbook."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any

import ipywidgets as widgets

from ..text import escape
from ..workbook import open_workbook
from .common import APOLOGY, Message, View, later, log
from .profile import LeaveDemo, ProfileView, StartChoice

__all__ = ["App"]

METHOD = ("List who you know → ask them to introduce you to people in your field → talk "
          "shop for 20 minutes → ask “Who else should I talk to?” → repeat.")


# (tab title, "module:class" under netkit.ui) in the order a job seeker walks them. Each
# view is a widget class taking the workbook, imported when its tab is first opened.
VIEWS = (
    ("Dashboard", "dashboard:DashboardView"),
    ("Contacts", "contacts:ContactsView"),
    ("Ask", "ask:AskView"),
    ("Prepare", "prepare:PrepareView"),
    ("Log", "log:LogView"),
)


def _view_class(where: str) -> Any:
    module, name = where.split(":")
    return getattr(import_module(f"{__package__}.{module}"), name)


PREPARE_AFTER = 3.0  # seconds after the dashboard is complete


class App(View):
    """The root widget (CSS class ``netkit-app``): a slim header, then one tab per step.

    When the workbook is empty (and the user has not chosen to start fresh), a welcome
    panel offers the profile and the demo. A view with a ``refresh()`` method is refreshed
    whenever its tab is opened, so what another tab wrote is always shown.
    """

    def __init__(self, wb=None):
        self.wb = wb = wb or open_workbook()
        self.notice = self.message = Message()  # app-wide notes, and errors of the app itself
        self.dismiss = widgets.Button(icon="times", tooltip="Dismiss this note",
                                      layout=widgets.Layout(width="32px"))
        self.dismiss.add_class("netkit-dismiss")
        self.notice_box = widgets.HBox([self.notice, self.dismiss],
                                       layout=widgets.Layout(display="none", align_items="center"))
        self.notice_box.add_class("netkit-app-note")
        self.views = Views(self)
        self.tabs = widgets.Tab(children=list(self.views.boxes.values()),
                                titles=list(self.views.boxes))
        first = self.views[next(iter(self.views.boxes))]  # the first tab now
        if hasattr(first, "ready"):
            # The others while you read it (not at once: the page is still arriving).
            first.ready = lambda: later(self._prepare_tabs, self.message, after=PREPARE_AFTER)

        self._profile: ProfileView | None = None
        self._start: StartChoice | None = None
        self.welcome = widgets.VBox(layout=widgets.Layout(width="100%"))  # filled if new
        self.welcome.add_class("netkit-welcome")
        self.profile_toggle = widgets.ToggleButton(description="Your profile", icon="user",
                                                   layout=widgets.Layout(width="auto"))
        self.profile_toggle.add_class("netkit-profile-toggle")

        # The same profile widget, reachable from the header once the welcome is gone.
        self.profile_panel = widgets.VBox(layout=widgets.Layout(width="100%", display="none"))
        self.where = widgets.HTML(
            f"<p class='netkit-where'>Your workbook file (back it up from Contacts → Import "
            f"and export): <code>{escape(self.wb.path)}</code></p>")
        self.demo_banner = LeaveDemo(self.wb, on_change=self._after_demo_left)
        self.demo_banner.add_class("netkit-app-demo")
        self.profile_panel.add_class("netkit-profile-panel")
        self.header = widgets.HBox([self._header_html(), self.profile_toggle],
                                   layout=widgets.Layout(width="100%", flex_flow="row wrap",
                                                         align_items="flex-start"))
        self.header.add_class("netkit-header")
        # How much waits on each tab, drawn as a badge beside its title (the titles stay
        # exactly "Dashboard", "Ask" ...: a badge is a picture, not part of the name).
        self.badges = widgets.HTML(layout=widgets.Layout(display="none"))
        self.badges.add_class("netkit-badges")
        self.badges.add_class("netkit-style")  # our own CSS: counts and fixed titles only
        self._counted: int | None = None
        self.update_badges()
        super().__init__(wb, [self.header, self.profile_panel, self.welcome, self.demo_banner,
                              self.notice_box, self.tabs, self.badges], styled=True,
                         layout=widgets.Layout(width="100%"))
        self.add_class("netkit-app")
        self.when_changed(self.tabs, self._on_tab, "selected_index")
        self.when_changed(self.profile_toggle, self._on_profile_toggle)
        self.when_clicked(self.dismiss, lambda _b: self.say(None))
        self._show_welcome(self._is_new())

    def update_badges(self) -> None:
        """Redraw the count beside each tab title, when the workbook changed."""
        version = self.wb.version()
        if version == self._counted:
            return
        self._counted = version
        counts = self.wb.due_counts()
        self.due = counts
        rules = []
        for position, title in enumerate(self.views, start=1):
            count = counts.get(title, 0)
            if count:
                rules.append(_badge_rule(position, count, title))
        self.badges.value = f"<style>{''.join(rules)}</style>" if rules else ""

    def _prepare_tabs(self, waiting: list[str] | None = None) -> None:
        """Build the other tabs one at a time while the kernel is idle, so opening one
        shows it at once."""
        if waiting is None:
            waiting = [title for title in self.views if title not in self.views.built]
        if not waiting:
            self.add_class("netkit-prepared")  # every tab is built (benchmarks wait for it)
            return
        self.views[waiting[0]]
        later(lambda: self._prepare_tabs(waiting[1:]), self.message, after=0.3)

    def _header_html(self) -> widgets.HTML:
        html = widgets.HTML(
            f"<div class='netkit-method'><b>The method:</b> {escape(METHOD)}</div>"
            "<div class='netkit-where'>Saved as you go, on this computer only.</div>",
            layout=widgets.Layout(flex="1 1 300px", min_width="0"),
        )
        return html

    def _is_new(self) -> bool:
        return (self.wb.count_contacts(include_archived=True) == 0
                and not self.wb.get_setting("started"))

    @property
    def profile(self) -> ProfileView:
        """Your profile (built when first shown: in the welcome, or from the header)."""
        if self._profile is None:
            self._profile = ProfileView(self.wb)
            self._profile.on_saved = self.refresh  # new targets show in the tabs already open
        return self._profile

    @property
    def start(self) -> StartChoice:
        """Save the profile and start fresh, or load the demo (the welcome's choice)."""
        if self._start is None:
            self._start = StartChoice(self.wb, on_change=self._after_start,
                                      profile=self.profile)
        return self._start

    def _show_welcome(self, show: bool) -> None:
        """The welcome alone on the page (the tabs wait under it until you have chosen)."""
        if show and not self.welcome.children:
            self.welcome.children = [
                widgets.HTML(
                    "<div class='netkit-welcome-title'>Welcome! What are you looking for?</div>"
                    "<p class='netkit-hint'>A line or two is enough: netkit uses it to draft "
                    "your asks. You can change it any time under “Your profile”.</p>"),
                self.profile,
                self.start,
            ]
        if show or self._profile is not None:  # built only when it is shown
            self.profile.save.layout.display = "none" if show else None  # one button
        self.welcome.layout.display = None if show else "none"
        self.tabs.layout.display = "none" if show else None
        self.profile_toggle.layout.display = "none" if show else None

    def say(self, text: str | None) -> None:
        """Show an app-wide note the user can dismiss (it also goes when they move on to
        another tab); ``None`` takes it away."""
        if text:
            self.notice.ok(text)
        else:
            self.notice.clear()
        self.notice_box.layout.display = None if text else "none"

    def _on_profile_toggle(self, change) -> None:
        if change["new"]:
            if not self.profile_panel.children:
                self.profile_panel.children = [self.profile, self.where]
            self.profile.load()
        self.profile_panel.layout.display = None if change["new"] else "none"

    def _after_start(self) -> None:
        self.refresh()
        self.demo_banner.refresh()
        self._show_welcome(self._is_new())
        said = self.start.message.text
        self.start.message.clear()  # said once, at the top of the app
        if self.wb.get_setting("started") == "fresh" and not self.wb.has_demo():
            self._show("Contacts")  # the next step: the people you know
        self.say(said)

    def _after_demo_left(self) -> None:
        # Views may hold a made-up person who is gone: each is built anew when next shown.
        self.views.reset()
        index = self.tabs.selected_index or 0
        self.views[self.tabs.titles[index]]
        self.update_badges()
        if self._start is not None:
            self._start.refresh()
        new = self._is_new()
        self._show_welcome(new)
        self.say(None if new else self.demo_banner.message.text)
        self.demo_banner.message.clear()

    def refresh(self) -> None:
        """Reload every view built so far (the others read the workbook when they open)."""
        for view in list(self.views.built.values()):
            if hasattr(view, "refresh"):
                view.refresh()

    def _show(self, title: str):
        view = self.views[title]
        self.tabs.selected_index = list(self.views).index(title)
        return view

    def open_profile(self) -> None:
        """Open "Your profile" at the top of the page."""
        self.profile_toggle.value = True

    def open_person(self, contact_id: int) -> None:
        """Show one person's page (Contacts tab)."""
        self._show("Contacts").select(contact_id)

    def open_log(self, conversation_id: int | None = None, contact_id: int | None = None):
        """Log a conversation (Log tab), planned or with a person."""
        view = self._show("Log")
        if conversation_id is not None:
            view.open_conversation(conversation_id)
        elif contact_id is not None:
            view.log_with(contact_id)

    def open_prepare(self, contact_id: int) -> None:
        """Plan and prepare a conversation with this person (Prepare tab)."""
        self._show("Prepare").select_contact(contact_id)

    def open_ask(self, contact_id: int | None, target: str | None = None) -> None:
        """Write an ask to this person (Ask tab), about ``target`` when given; with no
        person, find who could introduce you to ``target``."""
        view = self._show("Ask")
        if contact_id is None:
            view.find_for(target)
        else:
            view.write_about(contact_id, target)

    def _on_tab(self, change) -> None:
        index = change["new"]
        if index is None or not 0 <= index < len(self.tabs.children):
            return
        title = self.tabs.titles[index]
        fresh = title not in self.views.built
        view = self.views[title]
        version = self.wb.version()
        # Re-read only what changed since the tab last showed it (another tab, a reload).
        if not fresh and hasattr(view, "refresh") and self.views.seen.get(title) != version:
            view.refresh()
        self.views.seen[title] = version
        self.update_badges()
        self.say(None)  # a note of the last step has been read once you move on


def _badge_rule(position: int, count: int, title: str) -> str:
    """CSS drawing ``count`` in a small round badge at the right of the tab at
    ``position`` (an SVG picture made here: nothing is fetched)."""
    text = str(count) if count < 100 else "99+"
    width = 10 + 7 * len(text)
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='18'>"
           f"<rect width='{width}' height='18' rx='9' fill='%23b3261e'/>"
           f"<text x='50%' y='13' font-family='sans-serif' font-size='11' font-weight='bold' "
           f"fill='white' text-anchor='middle'>{text}</text></svg>")
    return (f".netkit-app .widget-tab > .lm-TabBar .lm-TabBar-tab:nth-child({position}) "
            f"{{background-image: url(\"data:image/svg+xml;utf8,{svg}\"); "
            "background-repeat: no-repeat; background-position: right 6px center; "
            f"padding-right: {width + 10}px;}} /* {title}: {count} waiting */")


class Views(Mapping):
    """The app's views by tab title, each built the first time it is wanted (its tab is
    opened, or another step hands it a person). A view that fails to build shows an
    apology in its tab instead of breaking the app."""

    def __init__(self, app: App):
        self.app = app
        self.classes: dict[str, Any] = dict(VIEWS)
        self.boxes = {}
        for title in self.classes:
            box = widgets.VBox(layout=widgets.Layout(width="100%"))
            box.add_class(f"netkit-{title.lower()}")
            self.boxes[title] = box
        self.built: dict[str, widgets.Widget] = {}
        self.seen: dict[str, int] = {}  # the workbook's version each view last showed

    def __getitem__(self, title: str) -> widgets.Widget:
        if title not in self.built:
            self.seen[title] = self.app.wb.version()
            self.built[title] = self._build(title)
        return self.built[title]

    def reset(self) -> None:
        """Forget every view built so far (each is built anew when next wanted)."""
        for title in self.built:
            self.boxes[title].children = []
        self.built.clear()
        self.seen.clear()

    def __iter__(self) -> Iterator[str]:
        return iter(self.classes)

    def __len__(self) -> int:
        return len(self.classes)

    def _build(self, title: str) -> widgets.Widget:
        try:
            made = self.classes[title]
            view = (_view_class(made) if isinstance(made, str) else made)(self.app.wb)
        except Exception:  # noqa: BLE001 — one broken step must not take the app down
            log.exception("netkit: the %s tab could not be built", title)
            message = Message()
            message.error(f"The {title} tab could not open. {APOLOGY}")
            view = widgets.VBox([message])
        # The steps hand a person or a conversation to each other, one click apart.
        for name, action in (("on_person", self.app.open_person), ("on_log", self.app.open_log),
                             ("on_prepare", self.app.open_prepare),
                             ("on_ask", self.app.open_ask),
                             ("on_profile", self.app.open_profile)):
            if hasattr(view, name):
                setattr(view, name, action)
        # The view goes inside its tab's box, which carries netkit-<title>: the tabs' children
        # never change, so the page never re-draws the tabs (nor switches the one you are on).
        view.remove_class(f"netkit-{title.lower()}")
        self.boxes[title].children = [view]
        return view
