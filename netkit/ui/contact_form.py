"""The form to add or edit one contact, with an "introduced by" picker that scales."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from ..errors import NetkitError
from .common import View
from .style import LABEL_AUTO

__all__ = ["ContactForm", "IntroducerPicker", "WARMTH_LABELS"]

# Friendly words for warmth 0–3 (the workbook stores the number).
WARMTH_LABELS = (
    ("Cold – we have not talked in years", 0),
    ("Acquaintance – we know each other a little", 1),
    ("Warm – we talk now and then", 2),
    ("Close – a friend or trusted colleague", 3),
)
NOBODY = "— nobody: someone I know myself"
# A Dropdown shows a blank for the value None, so "nobody" is 0 (contact ids start at 1).
_NOBODY_ID = 0


def full() -> widgets.Layout:
    return widgets.Layout(width="100%")


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and bool(pd.isna(value)))


def _text(label: str, placeholder: str = "", field: str = "") -> widgets.Text:
    box = widgets.Text(description=label, placeholder=placeholder, layout=full(),
                       style=LABEL_AUTO)
    box.add_class("netkit-field")
    if field:
        box.add_class(f"netkit-field-{field}")
    return box


class IntroducerPicker(View):
    """Type part of a name, then pick the introducer from the top matches.

    ``value`` is the chosen contact id, or None for "nobody". Only ``limit`` matches are
    ever loaded, so it stays quick with tens of thousands of contacts.
    """

    def __init__(self, wb, limit: int = 12):
        self.limit = limit
        self.exclude: int | None = None
        self.query = widgets.Text(
            description="Introduced by", placeholder="type a name to search…",
            continuous_update=True, layout=full(), style=LABEL_AUTO,
        )
        self.query.add_class("netkit-field-introducer-search")
        self.choice = widgets.Dropdown(options=[(NOBODY, _NOBODY_ID)], value=_NOBODY_ID,
                                       layout=full())
        self.choice.add_class("netkit-field-introducer")
        self._busy = False
        self._auto = False
        super().__init__(wb, layout=full())
        self.children = [self.query, self.choice, self.message]
        self.when_changed(self.query, self._on_query)
        self.when_changed(self.choice, self._on_choice)

    @property
    def value(self) -> int | None:
        return self.choice.value or None

    @value.setter
    def value(self, contact_id: int | None) -> None:
        self._auto = False
        self.query.value = ""
        self._fill("", keep=contact_id)
        self._pick(contact_id)

    def _pick(self, contact_id: int | None) -> None:
        self._busy = True
        try:
            self.choice.value = contact_id or _NOBODY_ID
        finally:
            self._busy = False

    def _on_choice(self, change) -> None:
        if not self._busy:
            self._auto = False  # the user chose by hand; typing no longer overrides it

    def _label(self, row) -> str:
        place = row.get("organization")
        return f"{row['name']} — {place}" if not _missing(place) else str(row["name"])

    def _fill(self, query: str, keep: int | None = None) -> None:
        options: list[tuple[str, int]] = [(NOBODY, _NOBODY_ID)]
        if keep is not None:
            try:
                options.append((self._label(self.wb.contact(keep)), int(keep)))
            except NetkitError:
                keep = None
        if query.strip():
            page = self.wb.search_contacts(query, limit=self.limit + 2)
            for row in page.to_dict("records"):
                contact_id = int(row["id"])
                if contact_id not in (keep, self.exclude) and len(options) <= self.limit:
                    options.append((self._label(row), contact_id))
        self._busy = True
        try:
            self.choice.options = options
        finally:
            self._busy = False

    def _on_query(self, change) -> None:
        current = self.value
        auto = self._auto or current is None
        self._fill(change["new"], keep=None if auto else current)
        found = [value for _, value in self.choice.options if value]
        # Typing narrows the list; pick the best match so Save does what the user expects.
        if auto:
            self._pick(found[0] if found and change["new"].strip() else None)
            self._auto = self.value is not None
        else:
            self._pick(current)


class ContactForm(widgets.VBox):
    """All of one contact's fields. ``values()`` returns them for the workbook;
    ``load(record)`` fills them from ``wb.contact(id)``; ``clear()`` empties them."""

    def __init__(self, wb):
        self.title = widgets.HTML("<h4 class='netkit-form-title'>Add a contact</h4>")
        self.name = _text("Name", "e.g. Ana Becker", "name")
        self.email = _text("E-mail", "name@example.org", "email")
        self.phone = _text("Phone", "", "phone")
        self.organization = _text("Organisation", "where they work", "organization")
        self.job_title = _text("Job title", "", "title")
        self.industry = widgets.Combobox(
            description="Industry", placeholder="e.g. Healthcare technology", layout=full(),
            options=list(wb.profile().get("target_industries") or []), ensure_option=False,
            style=LABEL_AUTO,
        )
        self.industry.add_class("netkit-field-industry")
        self.location = _text("Location", "city or 'Remote'", "location")
        self.profile_url = _text("Profile link", "https://www.linkedin.com/in/…", "profile_url")
        self.how_known = _text("How you know them", "former colleague, classmate…", "how_known")
        self.warmth = widgets.Dropdown(
            description="How well", options=WARMTH_LABELS, value=1, layout=full(),
            style=LABEL_AUTO,
        )
        self.warmth.add_class("netkit-field-warmth")
        self.tags = widgets.TagsInput(value=[], allow_duplicates=False, layout=full(),
                                      placeholder="add a tag and press Enter")
        self.tags.add_class("netkit-field-tags")
        self.notes = widgets.Textarea(description="Notes", layout=full(), rows=3,
                                      style=LABEL_AUTO)
        self.notes.add_class("netkit-field-notes")
        self.introduced_by = IntroducerPicker(wb)
        tags_row = widgets.VBox([widgets.HTML("<span class='netkit-label'>Tags</span>"), self.tags],
                                layout=full())
        super().__init__(
            [self.title, self.name, self.email, self.phone, self.organization, self.job_title,
             self.industry, self.location, self.profile_url, self.how_known, self.warmth,
             tags_row, self.notes, self.introduced_by],
            layout=full(),
        )
        self.add_class("netkit-contact-form")

    def _texts(self) -> dict:
        return {
            "name": self.name, "email": self.email, "phone": self.phone,
            "organization": self.organization, "title": self.job_title,
            "industry": self.industry, "location": self.location,
            "profile_url": self.profile_url, "how_known": self.how_known, "notes": self.notes,
        }

    def values(self) -> dict:
        """The fields as ``add_contact``/``update_contact`` take them (not yet validated)."""
        fields = {key: box.value for key, box in self._texts().items()}
        fields.update(warmth=self.warmth.value, tags=list(self.tags.value),
                      introduced_by=self.introduced_by.value)
        return fields

    def load(self, record: dict) -> None:
        """Show one contact (as returned by ``wb.contact``)."""
        for key, box in self._texts().items():
            value = record.get(key)
            box.value = "" if _missing(value) else str(value)
        self.warmth.value = int(record.get("warmth", 1))
        self.tags.value = list(record.get("tags") or [])
        self.introduced_by.exclude = int(record["id"])
        introducer = record.get("introduced_by")
        self.introduced_by.value = None if introducer is None or _missing(introducer) else int(
            introducer)

    def clear(self) -> None:
        for box in self._texts().values():
            box.value = ""
        self.warmth.value = 1
        self.tags.value = []
        self.introduced_by.exclude = None
        self.introduced_by.value = None
