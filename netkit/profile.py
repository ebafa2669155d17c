"""The user's profile: what you do or want to do, and where you want to do it."""

from __future__ import annotations

import json

import pandas as pd

from .errors import NetkitError
from .text import clean

__all__ = ["ProfileMixin", "PROFILE_FIELDS"]

PROFILE_FIELDS = ("name", "focus", "target_industries", "country", "subdivision", "why_me")


class ProfileMixin:
    """Read and change the profile and the list of target organisations."""

    def profile(self) -> dict:
        """The profile: ``name``, ``focus``, ``target_industries`` (a list), ``country``, ..."""
        row = dict(self.conn.execute("SELECT * FROM profile WHERE id = 1").fetchone())
        row["target_industries"] = json.loads(row["target_industries"] or "[]")
        row.pop("id", None)
        return row

    def set_profile(self, **fields) -> None:
        """Change the profile.

        :param fields: ``name``, ``focus`` ("what I do / want to do"), ``target_industries``
            (a list or "a, b"), ``country`` (ISO code like "US" or "DE", for public holidays),
            ``subdivision`` (state or region code), ``why_me`` (your one-line "why you").
        :raises NetkitError: for an unknown field or country.
        """
        from .contacts import parse_tags
        from .workbook import now

        unknown = set(fields) - set(PROFILE_FIELDS)
        if unknown:
            raise NetkitError(f"Unknown profile field(s): {', '.join(sorted(unknown))}.")
        changes = {}
        for key, value in fields.items():
            if key == "target_industries":
                changes[key] = json.dumps(parse_tags(value), ensure_ascii=False)
            elif key == "country":
                changes[key] = _check_country(value)
            else:
                changes[key] = clean(value)
        changes["updated_at"] = now()
        with self.atomic():
            self._update("profile", 1, changes)
            self._log("edit", "profile", 1, fields=sorted(fields))

    def add_target_organization(
        self, name: str, industry: str | None = None, motivation: int = 3, notes: str | None = None
    ) -> int:
        """Add an organisation you would like to work for, with a motivation score 1–5."""
        from .workbook import now

        name = clean(name)
        if not name:
            raise NetkitError("A target organisation needs a name.")
        try:
            motivation = int(motivation)
        except (TypeError, ValueError):
            raise NetkitError(
                f"Motivation must be a number from 1 to 5, not “{motivation}”.") from None
        if not 1 <= motivation <= 5:
            raise NetkitError(f"Motivation must be from 1 to 5, not {motivation}.")
        with self.atomic():
            org_id = self._insert("target_organizations", {
                "name": name, "industry": clean(industry), "motivation": motivation,
                "notes": clean(notes), "created_at": now(),
            })
            self._log("add", "target_organization", org_id, name=name)
            return org_id

    def target_organizations(self) -> pd.DataFrame:
        """Target organisations, most motivating first."""
        return self._df(
            "SELECT id, name, industry, motivation, notes FROM target_organizations "
            "WHERE archived_at IS NULL ORDER BY motivation DESC, name"
        )


def _check_country(value) -> str | None:
    value = clean(value)
    if value is None:
        return None
    import holidays

    code = value.upper()
    if code not in holidays.list_supported_countries():
        raise NetkitError(
            f"“{value}” is not a country code netkit knows (use two letters, like US, GB or DE)."
        )
    return code
