"""The dashboard's rules on hand-built chains: the funnel, the generations, the ranking
of what to do today, the weekly activity; and the view driven by its widgets."""

from __future__ import annotations

import json
import warnings
from datetime import timedelta

import pytest

from netkit.dates import today
from netkit.errors import NetkitError, NetkitWarning
from netkit.ui.dashboard import DashboardView

HELD = today() - timedelta(days=20)


@pytest.fixture
def chain(wb):
    """You know Ana (energy); Ana gave Ben and Cy; you met Ben, who gave Dee; Cy is a dead end."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NetkitWarning)
        ana = wb.add_contact("Ana Abara", industry="Renewable energy", warmth=3)
        wb.add_contact("Eve Evans", industry="Retail")
    wb.record_ask(ana, "Who do you know in energy?", sent_at=HELD - timedelta(days=5))
    wb.log_conversation(ana, HELD, True, thank_you_sent_on=HELD,
                        names=[{"name": "Ben Becker"}, {"name": "Cy Chen"}])
    ben, cy = wb.find_contacts("Ben Becker")[0], wb.find_contacts("Cy Chen")[0]
    wb.log_conversation(ben, HELD + timedelta(days=3), True, thank_you_sent_on=HELD,
                        names=[{"name": "Dee Dahl"}])
    cy_intro = int(wb.introductions().set_index("contact_id").loc[cy, "id"])
    wb.move_introduction(cy_intro, "dead end")
    return wb, ana, ben, cy


def test_the_funnel_counts_each_step_and_its_conversion(chain):
    wb, ana, ben, cy = chain
    steps = {s["step"]: (s["count"], s["rate"]) for s in wb.funnel()}
    assert steps == {"contacts": (5, None), "asks sent": (1, 0.2), "introductions": (3, 3.0),
                     "conversations held": (2, 0.67), "names given": (3, 1.5)}
    energy = {s["step"]: s["count"] for s in wb.funnel(industry="renewable energy")}
    assert energy == {"contacts": 1, "asks sent": 1, "introductions": 2,
                      "conversations held": 1, "names given": 2}
    later = {s["step"]: s["count"] for s in wb.funnel(since=HELD + timedelta(days=1))}
    assert later["conversations held"] == 1 and later["asks sent"] == 0


def test_the_generations_sum_up_the_tree_with_each_status(chain):
    wb, ana, ben, cy = chain
    levels = wb.generations()
    assert [level["people"] for level in levels] == [2, 2, 1]
    assert levels[1]["statuses"] == {"met": 1, "waiting": 0, "dead end": 1, "your list": 0}
    assert levels[2]["statuses"]["waiting"] == 1
    assert levels[1]["introducers"] == [{"id": ana, "name": "Ana Abara", "status": "met",
                                         "introduced": 2}]
    assert [c["name"] for c in wb.introduced_by(ana)] == ["Ben Becker", "Cy Chen"]
    assert wb.introduced_by(ana)[0]["introduced"] == 1


def test_a_generation_shows_its_busiest_introducers_and_sums_up_the_others(wb):
    root = wb.add_contact("Root")
    for n in range(12):
        parent = wb.add_contact(f"Parent {n:02d}", introduced_by=root)
        for k in range(n + 1):
            wb.add_contact(f"Child {n:02d}-{k:02d}", introduced_by=parent)
    level = wb.generations()[2]
    assert len(level["introducers"]) == 8 and level["others"] == 4
    assert level["introducers"][0] == {"id": level["introducers"][0]["id"], "name": "Parent 11",
                                       "status": "waiting", "introduced": 12}


def test_today_puts_what_grows_the_chain_first_and_overdue_before_due(chain, wb):
    wb, ana, ben, cy = chain
    dee = wb.find_contacts("Dee Dahl")[0]
    planned = wb.schedule_conversation(dee, today() - timedelta(days=1))
    eve = wb.find_contacts("Eve Evans")[0]
    held = today() - timedelta(days=4)
    while (held + timedelta(days=1)).weekday() >= 5:  # a thank-you due on a business day
        held -= timedelta(days=1)
    late = (today() - held).days - 1  # 3 days late, or more around a weekend
    wb.log_conversation(eve, held, True)
    actions = wb.next_actions()
    kinds = [a["kind"] for a in actions]
    assert kinds[0] == "log" and actions[0]["conversation_id"] == planned
    assert [a["score"] for a in actions] == sorted((a["score"] for a in actions), reverse=True)
    # A thank-you three days late comes before a name waiting for two weeks.
    assert kinds.index("thank you") < kinds.index("write to them")
    thanks = next(a for a in actions if a["kind"] == "thank you")
    assert thanks["days"] == late and "Eve" in thanks["what"]
    assert all(a["days"] >= 0 for a in actions)
    # Meeting Ana answered the ask you had sent her: no more "ask a second person".
    assert "second person" not in kinds and wb.asks().iloc[0]["status"] == "replied"


def test_today_suggests_who_to_ask_next_for_each_target(wb):
    wb.set_profile(target_industries=["Renewable energy"])
    wb.add_target_organization("Sunfield Power")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NetkitWarning)
        ana = wb.add_contact("Ana Abara", industry="Renewable energy", warmth=3)
        sam = wb.add_contact("Sam Sun", organization="Sunfield Power", warmth=2)
    suggestions = {a["target"]: a["contact_id"] for a in wb.next_actions()
                   if a["kind"] == "ask next"}
    assert suggestions == {"Renewable energy": ana, "Sunfield Power": sam}
    wb.record_ask(ana, "Hi Ana, who do you know?", sent_at=today())
    assert ana not in [a["contact_id"] for a in wb.next_actions() if a["kind"] == "ask next"]


def test_the_weekly_activity_counts_each_week_and_the_goal_is_yours(chain):
    wb, ana, ben, cy = chain
    weeks = {row["week"]: row for row in wb.weekly(6)}
    monday = HELD - timedelta(days=HELD.weekday())
    assert weeks[monday]["conversations"] >= 1 and weeks[monday]["names"] >= 2
    assert sum(row["conversations"] for row in weeks.values()) == 2
    assert wb.weekly_goal() == 3
    wb.set_weekly_goal(5)
    assert wb.weekly_goal() == 5
    for bad in (0, 51, "lots", True):
        with pytest.raises(NetkitError, match="weekly goal"):
            wb.set_weekly_goal(bad)
    figures = wb.figures()
    json.dumps(figures)  # what netkit stats --json prints: plain values only
    assert figures["weekly_goal"] == 5 and figures["funnel"][0]["count"] == 5


def test_the_dashboard_view_shows_an_overdue_item_first_and_each_button_does_its_step(chain):
    wb, ana, ben, cy = chain
    eve = wb.find_contacts("Eve Evans")[0]
    planned = wb.schedule_conversation(eve, today() - timedelta(days=2))
    view = DashboardView(wb)
    calls = []
    view.on_log = lambda **kw: calls.append(("log", kw))
    view.on_ask = lambda contact, target: calls.append(("ask", contact, target))
    first = view.today_box.children[0]
    assert "netkit-today-log" in first._dom_classes
    assert "Log how your conversation with Eve Evans went" in first.children[0].value
    assert "2 days late" in first.children[0].value
    first.children[1].click()
    assert calls == [("log", {"conversation_id": planned})]
    write = next(row for row in view.today_box.children
                 if "netkit-today-write-to-them" in row._dom_classes)
    assert "mailto:" in write.children[0].value
    done = [b for b in write.children[1:] if b.description == "Done"][0]
    before = len(wb.followups())
    done.click()
    assert len(wb.followups()) == before - 1
    assert "Done:" in view.today_message.text
    assert "<svg" in view.funnel.value and "conversations held" in view.funnel.value
    view.range.value = 30
    view.industry.value = "Renewable energy"
    assert "<svg" in view.activity.value


def test_names_in_charts_and_the_tree_are_shown_as_text(wb):
    evil = "<img src=x onerror=alert(1)>"
    root = wb.add_contact(evil, industry=evil)
    wb.log_conversation(root, today() - timedelta(days=3), True, names=[{"name": evil + "2"}])
    view = DashboardView(wb)
    html = "".join([view.funnel.value, view.activity.value, view.yield_chart.value,
                    *[c.value for c in view.tree.levels.children[0].children
                      if hasattr(c, "value")]])
    assert "<img" not in html
    view.tree.show_branch(root)
    assert "&lt;img" in view.tree.detail.children[0].value


def test_today_starts_with_a_short_list_and_the_rest_is_one_click_away(demo_wb):
    from netkit.ui.dashboard import TODAY_FIRST

    view = DashboardView(demo_wb)
    total = len(view.actions)
    assert total > TODAY_FIRST  # the demo has more to do than one short list
    rows = view.today_box.children
    items = [r for r in rows if "netkit-today-item" in r._dom_classes]
    assert len(items) == TODAY_FIRST
    more = rows[-1]
    assert more.description == f"Show {total - TODAY_FIRST} more"
    more.click()
    items = [r for r in view.today_box.children if "netkit-today-item" in r._dom_classes]
    assert len(items) == total
    assert all(r.description != more.description for r in view.today_box.children
               if hasattr(r, "description"))
