"""The import preview: what an import would add, merge field by field, and skip, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["ImportPlan", "Merge", "NearMiss"]


@dataclass
class Merge:
    """A row that is a contact you already have (or an earlier row of the same file).

    ``changes`` maps a field to (current value, value after the import): only empty fields are
    filled and tags are added. ``kept`` maps a field to (your value, the file's value) where
    they differ and yours is kept.
    """

    lines: list[int]
    name: str
    contact_id: int | None = None  # an existing contact ...
    new_index: int | None = None  # ... or a contact this same import adds
    changes: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)
    via: str = ""
    introducer: int | None = None  # key of the introducer to set (see ``changes``)


@dataclass
class NearMiss:
    """A new row that looks like an existing contact; merged only when the user confirms."""

    number: int
    line: int
    name: str
    organization: str | None
    contact_id: int
    contact_name: str
    contact_organization: str | None
    score: int
    reason: str
    new_index: int
    changes: dict = field(default_factory=dict)

    def describe(self) -> str:
        """One line: "Jon Smith (Acme) looks like Jonathan Smith (Acme) — similar name ..."."""
        theirs = f" ({self.organization})" if self.organization else ""
        yours = f" ({self.contact_organization})" if self.contact_organization else ""
        return (
            f"{self.name}{theirs} looks like your contact {self.contact_name}{yours}: {self.reason}"
        )


@dataclass
class ImportPlan:
    """Everything an import would do, computed before anything is written.

    Apply it with :meth:`Workbook.apply_import`; ``counts`` gives the numbers.
    """

    file: str
    format: str
    encoding: str
    new: list[dict] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    near_misses: list[NearMiss] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: int = 0
    merged_rows: int = 0
    matched_contacts: int = 0
    referrals_created: int = 0
    columns: list[str] | None = None
    mapping: dict | None = None
    workbook_version: tuple = ()

    @property
    def counts(self) -> dict:
        """``added``, ``merged`` (rows matched to a contact), ``skipped``, plus ``updated``
        (contacts that gain data), ``unchanged`` and ``near_misses``."""
        updated = sum(1 for m in self.merges if m.changes and m.contact_id is not None)
        return {
            "added": len(self.new),
            "merged": self.merged_rows,
            "skipped": len(self.skipped),
            "updated": updated,
            "unchanged": self.matched_contacts - updated,
            "near_misses": len(self.near_misses),
            "referrals_created": self.referrals_created,
        }

    def skipped_reasons(self) -> Counter:
        """How many rows were skipped for each reason."""
        return Counter(reason for _, reason in self.skipped)

    def summary(self) -> str:
        """One sentence: "From Connections.csv (LinkedIn): 12 new, 3 merged, 1 skipped."."""
        c = self.counts
        parts = [f"{c['added']} new"]
        if c["merged"]:
            gain = f" ({c['updated']} will get new details)" if c["updated"] else ""
            parts.append(f"{c['merged']} already in your workbook{gain}")
        parts.append(f"{c['skipped']} skipped")
        if c["near_misses"]:
            parts.append(f"{c['near_misses']} possible duplicates to check")
        text = f"From {self.file} ({_LABELS.get(self.format, self.format)}): " + ", ".join(parts)
        return text + "."

    def lines(self, limit: int = 20) -> list[str]:
        """A readable preview: the summary, then merges field by field, skips and near-misses."""
        out = [self.summary()]
        if self.referrals_created:
            out.append(
                f"  {self.referrals_created} of the new contacts are people named as "
                "“referred by” who were not in your workbook yet."
            )
        changing = [m for m in self.merges if m.changes]
        if changing:
            out.append("Would change:")
            for merge in changing[:limit]:
                parts = [
                    f"{_field(f)}: {_show(old)} → {_show(new)}"
                    for f, (old, new) in merge.changes.items()
                ]
                out.append(f"  {merge.name} (line {merge.lines[0]}): " + "; ".join(parts))
            if len(changing) > limit:
                out.append(f"  ... and {len(changing) - limit} more")
        if self.skipped:
            out.append("Skipped:")
            for reason, count in self.skipped_reasons().most_common():
                first = next(line for line, r in self.skipped if r == reason)
                out.append(f"  {count} × {reason} (first at line {first})")
        if self.near_misses:
            out.append("Possible duplicates (added as new unless you confirm):")
            for miss in self.near_misses[:limit]:
                out.append(f"  [{miss.number}] line {miss.line}: {miss.describe()}")
        for warning in self.warnings[:limit]:
            out.append(f"Note: {warning}")
        if len(self.warnings) > limit:
            out.append(f"Note: ... and {len(self.warnings) - limit} more notes")
        return out


_LABELS = {
    "linkedin": "LinkedIn",
    "google": "Google Contacts",
    "outlook": "Outlook",
    "vcard": "vCard",
    "csv": "CSV",
}


def _field(name: str) -> str:
    return {
        "introduced_by": "introduced by",
        "profile_url": "profile URL",
        "connected_on": "connected on",
        "how_known": "how known",
    }.get(name, name)


def _show(value) -> str:
    if value is None or value == "":
        return "(empty)"
    text = ", ".join(value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
