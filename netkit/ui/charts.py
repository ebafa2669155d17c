"""Small charts drawn as SVG on the server: nothing to download, instant in Voilà and
JupyterLab alike, readable in light and dark themes (text takes the page's colour, bars
use mid tones that read on both). Every label is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..text import escape

__all__ = ["funnel_chart", "stacked_weeks", "rate_bars", "rate_text", "SERIES"]

# Series name → CSS class (colours live in ui/style.py).
SERIES = {"asks": "netkit-s1", "conversations": "netkit-s2", "thank_yous": "netkit-s3",
          "names": "netkit-s4"}
LABELS = {"asks": "asks", "conversations": "conversations", "thank_yous": "thank-yous",
          "names": "names"}


def _svg(width: int, height: int, body: str, title: str) -> str:
    return (f"<svg class='netkit-chart' role='img' viewBox='0 0 {width} {height}' "
            f"preserveAspectRatio='xMinYMin meet' width='100%' "
            f"style='max-width:{width}px'><title>{escape(title)}</title>{body}</svg>")


def rate_text(rate: float | None) -> str:
    """A step of the funnel against the one before, in words: "7% of the step before",
    "8 for each of the step before"; "" for the first step (None)."""
    if rate is None:
        return ""
    if rate < 1:
        return f"{round(100 * rate)}% of the step before"
    return f"{rate:g} for each of the step before"


def _short(rate: str) -> str:
    return rate.replace(" of the step before", "").replace(" for each of the step before",
                                                           " each")


def funnel_chart(steps: Sequence[dict[str, Any]], width: int = 560) -> str:
    """Horizontal bars from contacts to names given, with the conversion at each step."""
    top = max([int(step["count"]) for step in steps] + [1])
    row, label_w, gap = 30, 150, 6
    parts = []
    for n, step in enumerate(steps):
        y = n * row
        length = max(2, round((width - label_w - 120) * int(step["count"]) / top))
        rate = f" · {rate_text(step['rate'])}" if step["rate"] is not None else ""
        parts.append(
            f"<text x='0' y='{y + 19}' class='netkit-chart-label'>{escape(step['step'])}</text>"
            f"<rect x='{label_w}' y='{y + gap}' width='{length}' height='{row - 2 * gap}' "
            f"rx='3' class='netkit-s{1 + n % 4}'><title>{escape(step['step'])}: "
            f"{step['count']}{escape(rate)}</title></rect>"
            f"<text x='{label_w + length + 6}' y='{y + 19}' class='netkit-chart-value'>"
            f"{step['count']:,}{escape(_short(rate))}</text>")
    return _svg(width, row * len(steps), "".join(parts), "From contacts to names given")


def stacked_weeks(weeks: Sequence[dict[str, Any]], series: Sequence[str], goal: int | None,
                  width: int = 560, height: int = 180) -> str:
    """One stacked bar per week (its Monday below), a dashed line at the weekly goal."""
    totals = [sum(int(week[name]) for name in series) for week in weeks]
    top = max([*totals, goal or 0, 1])
    left, bottom, plot_h = 24, 22, height - 22 - 22
    slot = (width - left) / max(1, len(weeks))
    parts = []
    for n, week in enumerate(weeks):
        x = left + n * slot + slot * 0.15
        y: float = height - bottom
        tip = ", ".join(f"{week[name]} {LABELS[name]}" for name in series)
        for name in series:
            h = plot_h * int(week[name]) / top
            if h:
                y -= h
                parts.append(f"<rect x='{x:.1f}' y='{y:.1f}' width='{slot * 0.7:.1f}' "
                             f"height='{h:.1f}' class='{SERIES[name]}'>"
                             f"<title>Week of {week['week']:%d %b}: {escape(tip)}</title></rect>")
        if n % 2 == 0 or len(weeks) <= 6:
            parts.append(f"<text x='{x:.1f}' y='{height - 6}' class='netkit-chart-axis'>"
                         f"{week['week']:%d %b}</text>")
    if goal:
        line = height - bottom - plot_h * goal / top
        parts.append(f"<line x1='{left}' x2='{width}' y1='{line:.1f}' y2='{line:.1f}' "
                     "class='netkit-goal'/>"
                     f"<text x='{left}' y='{line - 4:.1f}' class='netkit-chart-axis'>"
                     f"goal {goal} a week</text>")
    legend = " ".join(f"<tspan class='{SERIES[name]}-text'>■</tspan> {LABELS[name]}"
                      for name in series)
    parts.append(f"<text x='{left}' y='12' class='netkit-chart-axis'>{legend}</text>")
    return _svg(width, height, "".join(parts), "Activity per week")


def rate_bars(points: Sequence[tuple[str, float | None]], unit: str, width: int = 560,
              height: int = 150) -> str:
    """Bars of a rate over time (``None``: nothing happened that week)."""
    values = [v for _, v in points if v is not None]
    top = max([*values, 1.0])
    left, bottom = 24, 22
    plot_h = height - bottom - 16
    slot = (width - left) / max(1, len(points))
    parts = []
    for n, (label, value) in enumerate(points):
        x = left + n * slot + slot * 0.2
        if value is not None:
            h = max(1.0, plot_h * value / top)
            parts.append(f"<rect x='{x:.1f}' y='{height - bottom - h:.1f}' "
                         f"width='{slot * 0.6:.1f}' height='{h:.1f}' class='netkit-s4'>"
                         f"<title>{escape(label)}: {value:g} {escape(unit)}</title></rect>"
                         f"<text x='{x:.1f}' y='{height - bottom - h - 3:.1f}' "
                         f"class='netkit-chart-value'>{value:g}</text>")
        if n % 2 == 0 or len(points) <= 6:
            parts.append(f"<text x='{x:.1f}' y='{height - 6}' class='netkit-chart-axis'>"
                         f"{escape(label)}</text>")
    return _svg(width, height, "".join(parts), f"{unit} per week")
