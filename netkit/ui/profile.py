"""Your profile (what you do, where you want to do it) and the first choice: start fresh
or try the made-up demo network."""

from __future__ import annotations

import functools
from collections.abc import Callable

import ipywidgets as widgets

from ..errors import NetkitError
from ..hub import share as coach
from .common import Message, View, guarded, heading
from .style import LABEL_AUTO

__all__ = ["ProfileView", "StartChoice", "LeaveDemo", "country_options"]

DEMO_SIZE = 80


@functools.lru_cache(maxsize=1)
def country_options() -> tuple[tuple[str, str], ...]:
    """("Country name (XX)", "XX") for every country the holidays library knows, plus a blank."""
    import holidays
    from holidays.registry import COUNTRIES

    supported = holidays.list_supported_countries()
    names = {}
    for key, spec in COUNTRIES.items():
        code = spec[1]
        if len(code) == 2 and code in supported:
            names[code] = key.replace("_", " ").title()
    ordered = sorted(names.items(), key=lambda item: item[1])
    return (("— not set (weekends only)", ""),) + tuple(
        (f"{name} ({code})", code) for code, name in ordered
    )


def _full(**extra) -> widgets.Layout:
    return widgets.Layout(width="100%", **extra)


class ProfileView(View):
    """Your name, focus, target industries and organisations, country and one-line "why
    you", with Save.

    Plain values: ``name.value``, ``what_i_do.value``, ``industries.value`` (a list),
    ``organizations.value`` (a list: the organisations you want to work for),
    ``country.value`` (a code or ""), ``why_me.value``; ``save.click()``; ``message``;
    ``on_saved`` (a callable or None, set by the app) runs after a save.
    On a coach's hub, ``share_with_coach.value`` too: the client's consent, stored as a
    workbook setting and acted on at once (``coach_message`` says what happened).
    """

    def __init__(self, wb, title: str | None = None):
        style = LABEL_AUTO
        self.name = widgets.Text(description="Your name", layout=_full(), style=style)
        self.what_i_do = widgets.Textarea(
            description="What I do / want to do", rows=2, layout=_full(), style=style,
            placeholder="e.g. Data analyst moving into product analytics in healthcare",
        )
        self.industries = widgets.TagsInput(value=[], allow_duplicates=False, layout=_full(),
                                            placeholder="add an industry and press Enter")
        self.industries.add_class("netkit-field-industries")
        self.organizations = widgets.TagsInput(
            value=[], allow_duplicates=False, layout=_full(),
            placeholder="add an organisation and press Enter")
        self.organizations.add_class("netkit-field-organizations")
        self.on_saved: Callable[[], None] | None = None
        self.country = widgets.Dropdown(
            description="Country (for public holidays)", options=country_options(), value="",
            layout=_full(), style=style,
        )
        self.why_me = widgets.Text(
            description="Why you, in one line", layout=_full(), style=style,
            placeholder="what you bring that others value",
        )
        self.save = widgets.Button(description="Save profile", icon="check",
                                   button_style="primary", layout=widgets.Layout(width="auto"))
        self.save.add_class("netkit-save-profile")
        top = []
        if title:
            top.append(heading(title, "A clear focus makes every ask short and specific."))
        industries = widgets.VBox([
            widgets.HTML("<span class='netkit-label'>Industries you want to work in</span>"),
            self.industries,
        ])
        organizations = widgets.VBox([
            widgets.HTML("<span class='netkit-label'>Organisations you want to work for"
                         "</span>"),
            self.organizations,
        ])
        # Two columns on a laptop, one on a phone: the fields wrap.
        for box, basis in ((self.name, "260px"), (self.country, "260px"),
                           (self.what_i_do, "100%"), (industries, "260px"),
                           (organizations, "260px"), (self.why_me, "100%")):
            box.layout = widgets.Layout(flex=f"1 1 {basis}", min_width="0", width="auto")
        grid = widgets.Box(
            [self.name, self.country, self.what_i_do, industries, organizations, self.why_me],
            layout=widgets.Layout(flex_flow="row wrap", width="100%"),
        )
        grid.add_class("netkit-profile-grid")
        self.message = Message()
        super().__init__(wb, [*top, grid, widgets.HBox([self.save]), self.message,
                              self._coach_section()], styled=True, layout=_full())
        self.add_class("netkit-profile")
        self.when_clicked(self.save, self._on_save)
        self.when_changed(self.share_with_coach, self._on_share_with_coach,
                          message=self.coach_message)
        self.load()

    def _coach_section(self) -> widgets.VBox:
        """The "Share my progress with my coach" box, shown only on a hub with a roster."""
        self.share_with_coach = widgets.Checkbox(
            description="Share my progress with my coach", indent=False,
            layout=widgets.Layout(width="auto"))
        self.share_with_coach.add_class("netkit-share-with-coach")
        self.coach_message = Message()
        self._loading = False
        box = widgets.VBox([
            self.share_with_coach,
            widgets.HTML(
                "<p class='netkit-hint'>Your coach would see figures only: how many people, "
                "asks, conversations and names you have, overdue follow-ups and the last day "
                "you logged something. Never names, notes or messages. Untick it at any time "
                "and they are removed.</p>"),
            self.coach_message,
        ], layout=_full(display=None if coach.available() else "none"))
        box.add_class("netkit-coach-sharing")
        return box

    def load(self) -> None:
        """Fill the fields from the workbook."""
        profile = self.wb.profile()
        self.name.value = profile.get("name") or ""
        self.what_i_do.value = profile.get("focus") or ""
        self.industries.value = list(profile.get("target_industries") or [])
        self.organizations.value = list(profile.get("target_organizations") or [])
        country = profile.get("country") or ""
        codes = [code for _, code in self.country.options]
        self.country.value = country if country in codes else ""
        self.why_me.value = profile.get("why_me") or ""
        self._loading = True
        try:
            self.share_with_coach.value = coach.consented(self.wb)
        finally:
            self._loading = False

    def _on_share_with_coach(self, change) -> None:
        if not self._loading:
            self.coach_message.ok(coach.set_consent(self.wb, bool(change["new"])))

    @guarded()
    def _on_save(self, _button) -> None:
        self.store()

    def store(self) -> None:
        """Write the fields to the workbook (one transaction) and say so in ``message``.

        :raises NetkitError: for bad input; nothing is written then.
        """
        self.wb.set_profile(
            name=self.name.value, focus=self.what_i_do.value,
            target_industries=list(self.industries.value), country=self.country.value or None,
            why_me=self.why_me.value, target_organizations=list(self.organizations.value),
        )
        self.organizations.value = list(self.wb.profile()["target_organizations"])
        self.message.ok("Profile saved." + (
            " Your target organisations are in the Ask tab, under “Where to start”."
            if self.organizations.value else ""))
        if coach.available() and coach.consented(self.wb):
            try:
                coach.share(self.wb)  # your coach's roster shows today's figures
            except NetkitError as error:
                self.message.note(f"Profile saved. {error} netkit will try again in a few "
                                  "minutes.")
        if self.on_saved:
            self.on_saved()  # the app shows the new targets in the tabs already open


class LeaveDemo(View):
    """While the workbook holds the demo: says so, and takes it out in one step.

    ``leave.click()`` asks once (``confirm`` / ``cancel``); ``confirm.click()`` removes every
    made-up person and all about them (your own contacts stay). ``refresh()`` shows or
    hides it; ``on_change`` (a callable or None) runs after the demo is gone.
    """

    def __init__(self, wb, on_change=None):
        self.on_change = on_change
        self.text = widgets.HTML()
        self.leave = widgets.Button(description="Leave the demo", icon="sign-out",
                                    layout=widgets.Layout(width="auto"))
        self.leave.add_class("netkit-leave-demo")
        self.confirm = widgets.Button(description="Yes, remove the made-up people",
                                      button_style="danger", layout=widgets.Layout(width="auto"))
        self.confirm.add_class("netkit-leave-demo-confirm")
        self.cancel = widgets.Button(description="Keep it for now",
                                     layout=widgets.Layout(width="auto"))
        self.asking = widgets.HBox([self.confirm, self.cancel],
                                   layout=widgets.Layout(flex_flow="row wrap", display="none"))
        self.message = Message()
        super().__init__(wb, [
            widgets.HBox([self.text, self.leave],
                         layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                               gap="4px 12px")),
            self.asking, self.message,
        ], layout=_full())
        self.add_class("netkit-demo-banner")
        self.when_clicked(self.leave, self._on_leave)
        self.when_clicked(self.cancel, self._on_cancel)
        self.when_clicked(self.confirm, self._on_confirm)
        self.refresh()

    def refresh(self) -> None:
        count = self.wb.has_demo()
        self.layout.display = None if count else "none"
        if count:
            self.text.value = (
                f"<span class='netkit-hint'>You are looking around the demo: {count:,} "
                "made-up people. When you are ready for your own contacts, leave it in one "
                "click.</span>")

    def _on_leave(self, _button) -> None:
        count = self.wb.has_demo()
        own = self.wb.count_contacts(include_archived=True) - count
        self.text.value = (
            f"<span class='netkit-hint'><b>Remove the {count:,} made-up people</b> and their "
            "asks, introductions and conversations? "
            + (f"Your own {own:,} contact(s) stay." if own else "Nothing of yours is lost.")
            + "</span>")
        self.leave.layout.display = "none"
        self.asking.layout.display = None

    def _on_cancel(self, _button) -> None:
        self.asking.layout.display = "none"
        self.leave.layout.display = None
        self.refresh()

    @guarded()
    def _on_confirm(self, _button) -> None:
        gone = self.wb.remove_demo()
        self.asking.layout.display = "none"
        self.leave.layout.display = None
        self.refresh()
        self.message.ok(f"The demo is gone: {gone['contacts']:,} made-up people removed.")
        if self.on_change:
            self.on_change()


class StartChoice(View):
    """Start with your own contacts, or load a made-up demo network to try things out; with
    the demo loaded, leave it again in one step (:class:`LeaveDemo`, ``leave_demo``).

    The demo only goes into an empty workbook. ``fresh.click()``, ``demo.click()``,
    ``message``; ``on_change`` (a callable or None) runs after the workbook changed. Given a
    ``profile`` (a :class:`ProfileView`), starting fresh saves it first, in the same click.
    """

    def __init__(self, wb, on_change=None, profile: ProfileView | None = None):
        self.on_change = on_change
        self.profile = profile
        fresh = ("Save and start with my own contacts" if profile
                 else "Start fresh with my own contacts")
        self.fresh = widgets.Button(description=fresh, icon="arrow-right",
                                    button_style="primary", layout=widgets.Layout(width="auto"))
        self.demo = widgets.Button(description="Look around a demo first (made-up people)",
                                   icon="flask", layout=widgets.Layout(width="auto"))
        self.fresh.add_class("netkit-start-fresh")
        self.demo.add_class("netkit-load-demo")
        self.message = Message()
        self.leave_demo = LeaveDemo(wb, on_change=self._changed)
        self.choices = widgets.VBox([
            widgets.HBox([self.fresh, self.demo],
                         layout=widgets.Layout(flex_flow="row wrap", gap="6px 10px")),
            widgets.HTML(
                "<p class='netkit-hint'>The demo is a network of about 80 invented people, "
                "with asks and conversations, so you can see how the chain grows. None of "
                "them are real, and “Leave the demo” takes them all out again in one click."
                "</p>"),
        ], layout=_full())
        super().__init__(wb, [self.choices, self.leave_demo, self.message], layout=_full())
        self.when_clicked(self.fresh, self._on_fresh)
        self.when_clicked(self.demo, self._on_demo)
        self.add_class("netkit-start")
        self.refresh()

    def refresh(self) -> None:
        """Offer the start choices, or the way out of the demo while it is loaded."""
        self.leave_demo.refresh()
        self.choices.layout.display = "none" if self.wb.has_demo() else None

    @guarded()
    def _on_fresh(self, _button) -> None:
        if self.profile is not None:
            self.profile.store()
        self.wb.set_setting("started", "fresh")
        self.message.ok("Your workbook is ready. Add the people you know, or import them "
                        "from LinkedIn, Google or Outlook.")
        self._changed()

    @guarded()
    def _on_demo(self, _button) -> None:
        existing = self.wb.count_contacts(include_archived=True)
        if existing:
            raise NetkitError(
                f"This workbook already has {existing:,} contact(s), so the demo was not "
                "loaded. Try the demo in a separate workbook: netkit --workbook demo.sqlite demo"
            )
        counts = self.wb.fill_demo(DEMO_SIZE)  # keeps a profile you already wrote
        self.wb.set_setting("started", "demo")
        self.message.ok(
            f"Loaded {counts['contacts']} made-up contacts with asks, introductions and "
            "conversations. They are invented people: do not contact them.")
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self.on_change:
            self.on_change()
