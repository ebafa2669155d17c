"""Tables as a job seeker reads them: names instead of internal numbers, blanks instead of
NaN, dates as dates, whole numbers as whole numbers, and the full text of every cell,
wrapping instead of cut off. Every notebook shows its DataFrames through :func:`table`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pandas as pd

from ..contacts import WARMTH
from ..text import escape
from .charts import rate_text
from .style import TABLE_STYLE

__all__ = ["table", "Table", "HEADINGS", "cell_text"]

# Column → the heading a person reads. Others read as their name in words ("due_on" → "Due on").
HEADINGS = {
    "name": "Name", "email": "E-mail", "phone": "Phone", "organization": "Organisation",
    "title": "Job title", "industry": "Industry", "location": "Location",
    "how_known": "How you know them", "warmth": "How well you know them", "tags": "Tags",
    "notes": "Notes", "introduced_by_name": "Introduced by",
    "chain_depth": "Introductions from your own list", "contact_name": "Who",
    "kind": "What to do", "due_on": "Due", "note": "Note", "category": "Category",
    "text": "Question", "minutes": "Time", "step": "Step", "count": "How many",
    "rate": "Of the step before", "conversations_held": "Conversations held",
    "names_given": "Names you were given", "names_per_conversation": "Names per conversation",
    "asked_for_names_rate": "Conversations where you asked who else",
    "allies": "People who gave you at least one name",
    "introductions_by_status": "Where your introductions stand", "contacts": "Contacts",
    "asks_sent": "Asks sent", "introductions": "Introductions",
    "max_chain_depth": "Deepest introduction", "followups_due": "Follow-ups due",
}

# An internal number and the column that names what it stands for.
NAMED_BY = {"introduced_by": "introduced_by_name", "contact_id": "contact_name"}
_INTERNAL = re.compile(r"^(id|.*_id|introduced_in_.*|builtin_key)$")
_DATE_COLUMN = re.compile(r"(_on|_at)$|^(date|week|when)$")


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _percent(value: Any) -> str:
    return f"{round(100 * float(value))}%"


def _warmth(value: Any) -> str:
    return WARMTH.get(int(value), str(value))


def _minutes(value: Any) -> str:
    return f"{_number(float(value))} min"


def _by_status(value: Any) -> str:
    if isinstance(value, Mapping):
        return " · ".join(f"{status} {count:,}" for status, count in value.items())
    return str(value)


# Columns whose values need words of their own; every other value goes by its type.
FORMATS: dict[str, Callable[[Any], str]] = {
    "warmth": _warmth, "rate": rate_text, "minutes": _minutes,
    "asked_for_names_rate": _percent, "introductions_by_status": _by_status,
}


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return False


def _day(moment: date) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def _date_text(value: Any, stamp: bool) -> str | None:
    """A date or time in words ("Mon 30 Nov 2026", "Mon 30 Nov 2026, 14:00"); None when
    ``value`` is no date. ``stamp``: a record's time stamp, shown as its day."""
    moment: Any = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if "T" not in value and " " not in value.strip():
            moment = moment.date()
    if isinstance(moment, pd.Timestamp):
        moment = moment.to_pydatetime()
    if isinstance(moment, datetime):
        if stamp or (moment.hour, moment.minute) == (0, 0):
            return _day(moment)
        return f"{_day(moment)}, {moment:%H:%M}"
    if isinstance(moment, date):
        return _day(moment)
    return None


def cell_text(column: str, value: Any) -> str:
    """One value as a person reads it: "" for a missing value, "yes"/"no", a date in words,
    7 rather than 7.0, and the column's own words where it has some (see ``FORMATS``)."""
    if _missing(value):
        return ""
    if column in FORMATS:
        return FORMATS[column](value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if _DATE_COLUMN.search(column) or isinstance(value, date):
        shown = _date_text(value, stamp=column.endswith("_at"))
        if shown is not None:
            return shown
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Mapping):
        return _by_status(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return str(value)


def _heading(column: str) -> str:
    return HEADINGS.get(column) or column.replace("_", " ").capitalize()


def _columns(frame: pd.DataFrame, columns: Sequence[str] | None) -> list[str]:
    """The columns to show: the ones asked for (or all but the internal ones), each internal
    number replaced by the name it stands for, or left out when nothing names it."""
    wanted = list(columns) if columns is not None else [
        c for c in frame.columns if not _INTERNAL.match(str(c)) and c not in NAMED_BY]
    shown: list[str] = []
    for column in wanted:
        column = NAMED_BY.get(column, column)
        if column not in frame.columns:
            raise KeyError(f"There is no column {column!r} here; there are "
                           f"{', '.join(map(str, frame.columns))}.")
        if _INTERNAL.match(column) or column in shown:
            continue
        shown.append(column)
    return shown


def _frame(data: Any, columns: Sequence[str] | None) -> tuple[pd.DataFrame, Sequence[str] | None]:
    if isinstance(data, pd.DataFrame):
        return data, columns
    if isinstance(data, Mapping):  # one figure a row: what, how many
        keys = list(columns) if columns is not None else list(data)
        return pd.DataFrame({"what": [_heading(k) for k in keys],
                             "how_many": [cell_text(k, data[k]) for k in keys]}), None
    return pd.DataFrame(list(data)), columns


class Table:
    """A table to show in a notebook. ``frame`` holds exactly the text shown: headings a
    person reads, strings only, "" where nothing is known. ``total`` is how many rows there
    were before ``limit``. Shown as HTML in JupyterLab, as plain text elsewhere."""

    def __init__(self, frame: pd.DataFrame, group: str | None = None, total: int | None = None,
                 numeric: Iterable[str] = (), dates: Iterable[str] = (),
                 empty: str = "Nothing here yet.") -> None:
        self.frame = frame
        self.group = group
        self.total = len(frame) if total is None else total
        self.numeric = set(numeric)
        self.dates = set(dates)
        self.empty = empty

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def caption(self) -> str:
        if not len(self.frame):
            return self.empty
        if self.total > len(self.frame):
            return f"The first {len(self.frame):,} of {self.total:,}."
        return ""

    def _cell(self, tag: str, column: str, text: str) -> str:
        kind = ("netkit-number" if column in self.numeric
                else "netkit-date" if column in self.dates else "")
        css = f" class='{kind}'" if kind else ""
        return f"<{tag}{css}>{escape(text)}</{tag}>"

    def _repr_html_(self) -> str:
        shown = [c for c in self.frame.columns if c != self.group]
        head = "".join(self._cell("th", c, str(c)) for c in shown)
        body, current = [], None
        for record in self.frame.to_dict("records"):
            if self.group is not None and record[self.group] != current:
                current = record[self.group]
                label = current[:1].upper() + current[1:]
                body.append(f"<tr class='netkit-group'><th colspan='{len(shown)}'>"
                            f"{escape(label)}</th></tr>")
            body.append("<tr>" + "".join(self._cell("td", c, record[c]) for c in shown)
                        + "</tr>")
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        return (f"{TABLE_STYLE}<table class='netkit-table'>{caption}<thead><tr>{head}</tr>"
                f"</thead><tbody>{''.join(body)}</tbody></table>")

    def __repr__(self) -> str:
        if not len(self.frame):
            return self.empty
        text = self.frame.to_string(index=False)
        return f"{text}\n{self.caption}" if self.caption else text


def table(data: Any, columns: Sequence[str] | None = None, *, group: str | None = None,
          limit: int | None = None, empty: str = "Nothing here yet.") -> Table:
    """Show a DataFrame (or a list of rows, or a dict of figures) the way a person reads it.

    :param data: a DataFrame from the workbook (``wb.contacts()``, ``wb.followups()``,
        ``wb.questions()`` ...), a list of dicts (``wb.funnel()``), or a dict of figures
        (``wb.stats()``: one row per figure).
    :param columns: the columns to show, in order (default: all but internal numbers). An
        internal number that something names is shown as that name (``introduced_by`` as
        who introduced them, ``contact_id`` as the person's name).
    :param group: a column whose values head groups of rows (the question bank's categories).
    :param limit: show only the first rows; the table says how many there were.
    :param empty: what to say when there are no rows.
    :raises KeyError: a column that the data does not have.
    """
    frame, columns = _frame(data, columns)
    shown = _columns(frame, columns)
    if group is not None and group not in shown:
        shown.insert(0, group)
    total = len(frame)
    if limit is not None:
        frame = frame.head(limit)
    text = pd.DataFrame({_heading(c): [cell_text(c, v) for v in frame[c].tolist()]
                         for c in shown}, index=range(len(frame)))
    numeric = [_heading(c) for c in shown if c not in FORMATS
               and pd.api.types.is_numeric_dtype(frame[c].dtype)
               and not pd.api.types.is_bool_dtype(frame[c].dtype)]
    dates = [_heading(c) for c in shown if _DATE_COLUMN.search(c)]
    return Table(text, group=_heading(group) if group else None, total=total,
                 numeric=numeric, dates=dates, empty=empty)
