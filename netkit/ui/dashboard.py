"""The Dashboard tab: what to do today, and whether the habit is working: the funnel,
the referral tree generation by generation, how many names each conversation brings,
and your activity per week against your goal."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import ipywidgets as widgets

from ..dates import today
from ..text import escape
from .charts import funnel_chart, rate_bars, stacked_weeks
from .common import Message, View, heading, later, when_shown
from .drafts import draft_actions
from .tree_view import TreeView

__all__ = ["DashboardView", "RANGES"]

RANGES = (("All time", 0), ("Last 30 days", 30), ("Last 90 days", 90))
TODAY_FIRST = 6  # a short list to start the day; the rest one click away
BUTTONS = {"log": "Log it", "ask next": "Write the ask", "second person": "Find someone"}
HEADLINES = (("contacts", "people"), ("conversations_held", "conversations"),
             ("names_given", "names given"), ("names_per_conversation", "names per conversation"),
             ("max_chain_depth", "generations deep"), ("allies", "allies"))


class DashboardView(View):
    """Today's list, the headline numbers and the charts, for one workbook.

    Plain values: ``range.value`` (days, 0 for all time), ``industry.value`` (or ""), ``today``
    (the actions shown, as dicts), ``goal.value``; ``on_log``, ``on_ask``, ``on_person``
    (set by the app) do what an item's button says.
    """

    def __init__(self, wb: Any):
        self.on_log: Any = None
        self.on_ask: Any = None
        self.on_person: Any = None
        self.ready: Any = None  # called once everything is on screen (the app pre-builds then)
        self.actions: list[dict[str, Any]] = []
        self._all_today = False  # the first TODAY_FIRST, until you ask for the rest
        self.today_message = Message()
        self.message = Message()
        self.today_box = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.today_box.add_class("netkit-today")
        self.headlines = widgets.HTML()
        self.range = widgets.Dropdown(options=RANGES, value=0, description="Show",
                                      layout=widgets.Layout(width="auto"))
        self.industry = widgets.Dropdown(options=[("All industries", "")], value="",
                                         description="In", layout=widgets.Layout(width="auto"))
        self.funnel = widgets.HTML()
        self.funnel.add_class("netkit-funnel")
        self.tree = TreeView(wb)
        self.yield_chart = widgets.HTML()
        self.yield_chart.add_class("netkit-yield")
        self.allies = widgets.VBox()
        self.activity = widgets.HTML()
        self.activity.add_class("netkit-activity")
        self.goal = widgets.BoundedIntText(min=1, max=50, description="Weekly goal",
                                           layout=widgets.Layout(width="180px"))
        self.save_goal = widgets.Button(description="Save goal",
                                        layout=widgets.Layout(width="auto"))
        super().__init__(wb, [
            heading("Today", "What to do next, most useful first. Each one is a click away."),
            self.today_message, self.today_box,
            heading("Your traction", "How far the chain has grown."),
            self.headlines,
            widgets.HBox([self.range, self.industry], layout=widgets.Layout(flex_flow="row wrap")),
            self.message,
            heading("From people to names", "Each step, and how many made it to the next.",
                    level=4),
            self.funnel,
            heading("The referral tree", "Who introduced whom, from your own list outward. "
                    "Open a person to see who they introduced and the path that led to them.",
                    level=4),
            self.tree,
            heading("Names per conversation", level=4), self.yield_chart, self.allies,
            heading("Activity per week", level=4), self.activity,
            widgets.HBox([self.goal, self.save_goal], layout=widgets.Layout(flex_flow="row wrap")),
        ], styled=True, layout=widgets.Layout(width="100%", max_width="980px"))
        self.add_class("netkit-dashboard-view")
        self.when_changed(self.range, lambda _c: self._show_figures())
        self.when_changed(self.industry, lambda _c: self._show_figures())
        self.when_clicked(self.save_goal, self._on_goal)
        self.tree.on_person = self._open_person
        self.refresh()

    # ----- everything -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read today's list and every figure: what is due and the numbers at once; the
        tree and the charts as soon as the page has those; who to ask next last."""
        self.remove_class("netkit-ready")
        self.remove_class("netkit-charts")
        self._show_today(suggest=False)
        self._show_headlines()
        later(self._charts_then_suggestions, self.message)  # the funnel comes with the charts

    def _charts_then_suggestions(self) -> None:
        self._charts()
        when_shown(self._suggestions, self.today_message)  # not while the page loads

    def _charts(self) -> None:
        """The filters' choices, the tree and every chart."""
        profile = self.wb.profile()
        industries = list(dict.fromkeys([*(profile.get("target_industries") or []),
                                         *self.wb.industries()]))
        keep = self.industry.value
        self.industry.options = [("All industries", "")] + [(i, i) for i in industries]
        self.industry.value = keep if keep in industries else ""
        self.goal.value = self.wb.weekly_goal()
        self.tree.refresh()
        self._show_figures()
        self.add_class("netkit-charts")  # the tree and every chart are on screen

    def _suggestions(self) -> None:
        """Who to ask next for each target: the slowest part of Today, so the last."""
        self._show_today()
        self.add_class("netkit-ready")  # everything is on screen (tests and benchmarks wait)
        if self.ready:
            self.ready()

    def _since(self):
        return today() - timedelta(days=self.range.value) if self.range.value else None

    def _show_headlines(self) -> None:
        stats = self.wb.stats()
        self.headlines.value = "<div class='netkit-headlines'>" + "".join(
            f"<div class='netkit-headline'><b>{escape(stats[key])}</b><span>{escape(label)}"
            "</span></div>" for key, label in HEADLINES) + "</div>"

    def _show_figures(self) -> None:
        since, industry = self._since(), self.industry.value or None
        steps = self.wb.funnel(since, industry)
        self.funnel.value = funnel_chart(steps)
        weeks = self.wb.weekly(12 if self.range.value != 30 else 5, industry)
        points = [(f"{week['week']:%d %b}", round(week["names"] / week["conversations"], 1)
                   if week["conversations"] else None) for week in weeks]
        asked = sum(w["asked_for_names"] for w in weeks)
        held = sum(w["conversations"] for w in weeks)
        rate = f"{round(100 * asked / held)}%" if held else "—"
        self.yield_chart.value = (
            rate_bars(points, "names per conversation")
            + f"<p class='netkit-lead'>You asked who else to talk to in <b>{rate}</b> of these "
            f"{held} conversations. The goal: every one.</p>")
        self._show_allies(since, industry)
        self.activity.value = stacked_weeks(weeks, ("asks", "conversations", "thank_yous"),
                                            self.wb.weekly_goal())

    def _show_allies(self, since, industry) -> None:
        rows = self.wb.allies(5, since, industry)
        if not rows:
            self.allies.children = [widgets.HTML(
                "<p class='netkit-muted'>Nobody has given you a name yet in this view.</p>")]
            return
        children: list[widgets.Widget] = [widgets.HTML("<b>The allies who opened the most "
                                                       "doors</b>")]
        for row in rows:
            button = widgets.Button(description=f"{row['name']} · {row['names']} names",
                                    layout=widgets.Layout(width="auto"))
            button.add_class("netkit-row-name")
            self.when_clicked(button, lambda _b, c=int(row["id"]): self._open_person(c))
            children.append(button)
        self.allies.children = children

    # ----- today ------------------------------------------------------------------------------

    def _show_today(self, suggest: bool = True) -> None:
        self.actions = self.wb.next_actions(suggest=suggest)
        if not self.actions:
            self.today_box.children = [widgets.HTML(
                "<p class='netkit-muted'>Nothing due today. Write an ask, or add the people "
                "you know: every one of them knows someone.</p>")]
            return
        shown = self.actions if self._all_today else self.actions[:TODAY_FIRST]
        rows = [self._today_row(number, action) for number, action in enumerate(shown)]
        hidden = len(self.actions) - len(shown)
        if hidden:
            more = widgets.Button(description=f"Show {hidden} more", icon="chevron-down",
                                  layout=widgets.Layout(width="auto"))
            more.add_class("netkit-today-more")
            self.when_clicked(more, self._show_all_today, self.today_message)
            rows.append(more)
        self.today_box.children = rows

    def _show_all_today(self, _button: Any = None) -> None:
        self._all_today = True
        self._show_today()

    def _today_row(self, number: int, action: dict[str, Any]) -> widgets.HBox:
        """One thing to do, with the buttons that do it."""
        late = f" · <span class='netkit-urgent'>{action['days']} days late</span>" if (
            action["days"] > 0) else ""
        draft = (self.wb.draft_for_followup(action["followup_id"])
                 if "followup_id" in action else None)
        extra = f"<div class='netkit-actions'>{draft_actions(draft)}</div>" if draft else ""
        text = widgets.HTML(f"<div class='netkit-today-what'>{escape(action['what'])}{late}"
                            f"</div>{extra}",
                            layout=widgets.Layout(flex="1 1 300px", min_width="0"))
        buttons = []
        if action["kind"] in BUTTONS:
            go = widgets.Button(description=BUTTONS[action["kind"]], button_style="primary",
                                layout=widgets.Layout(width="auto"))
            self.when_clicked(go, lambda _b, n=number: self._do(n), self.today_message)
            buttons.append(go)
        if "followup_id" in action:
            done = widgets.Button(description="Done", layout=widgets.Layout(width="auto"))
            self.when_clicked(done, lambda _b, n=number: self._done(n), self.today_message)
            buttons.append(done)
        row = widgets.HBox([text, *buttons], layout=widgets.Layout(
            width="100%", flex_flow="row wrap", align_items="center"))
        row.add_class("netkit-today-item")
        row.add_class(f"netkit-today-{action['kind'].replace(' ', '-')}")
        return row

    def _do(self, number: int) -> None:
        action = self.actions[number]
        if action["kind"] == "log" and self.on_log:
            self.on_log(conversation_id=action["conversation_id"])
        elif action["kind"] == "ask next" and self.on_ask:
            self.on_ask(action["contact_id"], action.get("target"))
        elif action["kind"] == "second person" and self.on_ask:
            self.on_ask(None, action.get("target"))

    def _done(self, number: int) -> None:
        action = self.actions[number]
        self.wb.complete_followup(action["followup_id"])
        self.today_message.ok(f"Done: {action['what']}.")
        self._show_today()

    def _open_person(self, contact_id: int) -> None:
        if self.on_person:
            self.on_person(contact_id)

    def _on_goal(self, _button: Any) -> None:
        self.wb.set_weekly_goal(self.goal.value)
        self.message.ok(f"Your goal: {self.goal.value} a week.")
        self._show_figures()
