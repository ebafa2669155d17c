"""Reading back the tables netkit.ui.tables shows: headings, rows and group headings."""

from __future__ import annotations

import re
from html.parser import HTMLParser

MISSING = {"nan", "NaN", "None", "<NA>", "NaT"}
FLOAT_ID = re.compile(r"^\d+\.0$")


class _Cells(HTMLParser):
    """The headings, the rows (lists of cell texts) and the group headings of a table."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.rows: list[list[str]] = []
        self.groups: list[str] = []
        self._cell: list[str] | None = None
        self._tag = ""
        self._group = False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._group = ("class", "netkit-group") in attrs
            if not self._group and self.headings:
                self.rows.append([])
        if tag in ("td", "th"):
            self._cell, self._tag = [], tag

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            text = "".join(self._cell)
            if self._group:
                self.groups.append(text)
            elif not self.rows and tag == "th":
                self.headings.append(text)
            else:
                self.rows[-1].append(text)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def cells(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    return parser


def readable(shown: _Cells) -> None:
    """No missing-value marker, no id turned into a float, no column name in code."""
    for row in shown.rows:
        for text in row:
            assert text not in MISSING and not FLOAT_ID.match(text), (text, row)
    for heading in shown.headings:
        assert "_" not in heading and heading.lower() != "id", heading
