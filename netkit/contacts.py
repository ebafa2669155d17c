"""Contacts: the people you know, and the people they introduce you to."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from .errors import NetkitError
from .text import check_email, check_url, clean, fold, name_key

__all__ = ["ContactsMixin", "CONTACT_FIELDS", "WARMTH", "SOURCES", "parse_warmth", "parse_tags"]

WARMTH = {0: "cold", 1: "acquaintance", 2: "warm", 3: "close"}
SOURCES = ("manual", "linkedin", "google", "outlook", "vcard", "csv", "referral", "demo")
CONTACT_FIELDS = (
    "name", "email", "phone", "organization", "title", "industry", "location", "profile_url",
    "how_known", "warmth", "tags", "notes", "source", "introduced_by",
    "introduced_in_conversation", "introduced_in_ask", "connected_on",
)
_SEARCHED = ("name", "organization", "title", "industry", "notes", "email", "location", "how_known")
# The columns of contacts(), in order.
COLUMNS = (
    "id", "name", "email", "phone", "organization", "title", "industry", "location",
    "profile_url", "how_known", "warmth", "tags", "notes", "source", "introduced_by",
    "introduced_by_name", "chain_depth", "introduced_in_conversation", "introduced_in_ask",
    "connected_on", "created_at", "updated_at", "archived",
)
MAX_DEPTH = 10_000


def parse_warmth(value: Any) -> int:
    """0–3 or a label (cold, acquaintance, warm, close) → 0–3; NetkitError otherwise."""
    if value is None or value == "":
        return 1
    if isinstance(value, str):
        text = value.strip().lower()
        for number, label in WARMTH.items():
            if text == label:
                return number
        if text.isdigit():
            value = int(text)
        else:
            labels = ", ".join(WARMTH.values())
            raise NetkitError(f"Warmth “{value}” is not one of: {labels}.")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise NetkitError(f"Warmth must be a number from 0 (cold) to 3 (close), not “{value}”.")
    if not 0 <= int(value) <= 3:
        raise NetkitError(f"Warmth must be from 0 (cold) to 3 (close), not {value}.")
    return int(value)


def parse_tags(value: Any) -> list[str]:
    """A list or a comma-separated string → a clean list of tags, first spelling kept."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    seen: dict[str, str] = {}
    for item in items:
        tag = clean(item)
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class ContactsMixin:
    """Add, edit, archive, search and list contacts."""

    # ----- validation ------------------------------------------------------------------------

    def _clean_contact(self, fields: dict, *, partial: bool) -> dict:
        unknown = set(fields) - set(CONTACT_FIELDS)
        if unknown:
            raise NetkitError(
                f"Unknown contact field(s): {', '.join(sorted(unknown))}. "
                f"Known fields: {', '.join(CONTACT_FIELDS)}."
            )
        row: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                name = clean(value)
                if not name:
                    raise NetkitError("A contact needs a name.")
                if len(name) > 200:
                    raise NetkitError("That name is longer than 200 characters.")
                row["name"] = name
            elif key == "email":
                row["email"] = check_email(value)
            elif key == "profile_url":
                row["profile_url"] = check_url(value)
            elif key == "warmth":
                row["warmth"] = parse_warmth(value)
            elif key == "tags":
                row["tags"] = json.dumps(parse_tags(value), ensure_ascii=False)
            elif key == "source":
                source = clean(value) or "manual"
                if source not in SOURCES:
                    raise NetkitError(f"Source “{source}” is not one of: {', '.join(SOURCES)}.")
                row["source"] = source
            elif key in ("introduced_by", "introduced_in_conversation", "introduced_in_ask"):
                row[key] = self._optional_id(key, value)
            else:
                row[key] = clean(value)
        if not partial and "name" not in row:
            raise NetkitError("A contact needs a name.")
        return row

    @staticmethod
    def _optional_id(key: str, value: Any) -> int | None:
        if value is None or value == "":
            return None
        try:
            if value != value:  # NaN
                return None
            if isinstance(value, bool) or int(value) != value and not str(value).isdigit():
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            raise NetkitError(
                f"{key.replace('_', ' ')} must be a contact number, not “{value}”."
            ) from None

    def _require_contact(self, contact_id: Any, role: str = "contact") -> int:
        contact_id = self._optional_id(role, contact_id)
        if contact_id is None or not self.conn.execute(
            "SELECT 1 FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone():
            raise NetkitError(f"There is no contact number {contact_id} ({role}).")
        return contact_id

    def _check_no_loop(self, contact_id: int, introducer_id: int) -> None:
        """Refuse an introduced_by that would make someone their own ancestor."""
        if introducer_id == contact_id:
            raise NetkitError("A contact cannot be introduced by themselves.")
        row = self.conn.execute(
            """
            WITH RECURSIVE up(id, depth) AS (
                SELECT introduced_by, 1 FROM contacts WHERE id = ?
                UNION ALL
                SELECT c.introduced_by, up.depth + 1 FROM contacts c JOIN up ON c.id = up.id
                WHERE up.id IS NOT NULL AND up.depth < ?
            )
            SELECT 1 FROM up WHERE id = ? LIMIT 1
            """,
            (introducer_id, MAX_DEPTH, contact_id),
        ).fetchone()
        if row:
            raise NetkitError(
                "That introduction would go round in a circle: this contact is already "
                "somewhere up the chain of the person you chose as introducer."
            )

    def _search_text(self, row: dict) -> str:
        tags = " ".join(json.loads(row.get("tags") or "[]"))
        return fold(" ".join(str(row.get(k) or "") for k in _SEARCHED) + " " + tags)

    # ----- writes ----------------------------------------------------------------------------

    def add_contact(self, name: str, **fields) -> int:
        """Add a contact and return its id.

        :param name: the person's name (required, not blank).
        :param fields: any of ``CONTACT_FIELDS``: ``email``, ``phone``, ``organization``,
            ``title``, ``industry``, ``location``, ``profile_url``, ``how_known``, ``warmth``
            (0–3 or cold/acquaintance/warm/close), ``tags`` (list or "a, b"), ``notes``,
            ``source``, ``introduced_by`` (a contact id) ...
        :raises NetkitError: for an empty name, a malformed e-mail or URL, an unknown
            introducer, or an unknown field. Nothing is written then.
        """
        with self.atomic():
            return self._add_contact({"name": name, **fields})

    def _add_contact(self, fields: dict, *, log: bool = True) -> int:
        """Insert inside an open transaction (used by imports and conversations too)."""
        from .workbook import now

        row = self._clean_contact(fields, partial=False)
        if row.get("introduced_by") is not None:
            self._require_contact(row["introduced_by"], "introduced by")
        stamp = now()
        row.setdefault("tags", "[]")
        row.update(
            name_key=name_key(row["name"]), search_text=self._search_text(row),
            created_at=stamp, updated_at=stamp,
        )
        contact_id = self._insert("contacts", row)
        if log:
            self._log("add", "contact", contact_id, name=row["name"],
                      source=row.get("source", "manual"))
        return contact_id

    def update_contact(self, contact_id: int, **fields) -> None:
        """Change some of a contact's fields.

        :raises NetkitError: for an unknown contact, bad values, or an introduced_by that
            would loop. Nothing is written then.
        """
        with self.atomic():
            self._update_contact(contact_id, fields)

    def _update_contact(self, contact_id: int, fields: dict) -> None:
        from .workbook import now

        contact_id = self._require_contact(contact_id)
        changes = self._clean_contact(fields, partial=True)
        if changes.get("introduced_by") is not None:
            self._require_contact(changes["introduced_by"], "introduced by")
            self._check_no_loop(contact_id, changes["introduced_by"])
        if not changes:
            return
        current = dict(
            self.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone())
        current.update(changes)
        changes.update(
            name_key=name_key(current["name"]), search_text=self._search_text(current),
            updated_at=now(),
        )
        self._update("contacts", contact_id, changes)
        self._log("edit", "contact", contact_id, fields=sorted(fields))

    def archive_contact(self, contact_id: int) -> None:
        """Hide a contact from lists and searches (nothing is deleted; restore brings it back)."""
        from .workbook import now

        with self.atomic():
            contact_id = self._require_contact(contact_id)
            self._update("contacts", contact_id, {"archived_at": now(), "updated_at": now()})
            self._log("archive", "contact", contact_id)

    def restore_contact(self, contact_id: int) -> None:
        """Bring an archived contact back."""
        from .workbook import now

        with self.atomic():
            contact_id = self._require_contact(contact_id)
            self._update("contacts", contact_id, {"archived_at": None, "updated_at": now()})
            self._log("restore", "contact", contact_id)

    # ----- reads -----------------------------------------------------------------------------

    def contact(self, contact_id: int) -> dict:
        """One contact as a dict (tags as a list, chain_depth included)."""
        contact_id = self._require_contact(contact_id)
        frame = self._contacts_frame("c.id = ?", (contact_id,), include_archived=True)
        record = frame.iloc[0].to_dict()
        record["tags"] = [t for t in record["tags"].split(", ") if t]
        return record

    def find_contacts(
        self, name: str, email: str | None = None, profile_url: str | None = None
    ) -> list[int]:
        """Ids of contacts that are this person: same e-mail, same profile URL, or same name."""
        ids: list[int] = []
        if email:
            ids += [r[0] for r in self.conn.execute(
                "SELECT id FROM contacts WHERE lower(email) = lower(?)", (email.strip(),))]
        if profile_url and not ids:
            url = check_url(profile_url)
            ids += [r[0] for r in self.conn.execute(
                "SELECT id FROM contacts WHERE profile_url = ?", (url,))]
        if not ids:
            ids += [r[0] for r in self.conn.execute(
                "SELECT id FROM contacts WHERE name_key = ? ORDER BY archived_at IS NOT NULL, id",
                (name_key(name),))]
        return ids

    def contacts(self, include_archived: bool = False, query: str | None = None) -> pd.DataFrame:
        """All contacts as a DataFrame, one row each, ordered by name.

        Columns: ``id``, ``name``, ``email``, ``phone``, ``organization``, ``title``,
        ``industry``, ``location``, ``profile_url``, ``how_known``, ``warmth`` (0–3),
        ``tags`` (comma-separated), ``notes``, ``source``, ``introduced_by`` (an id or <NA>),
        ``introduced_by_name``, ``chain_depth`` (0 for your own list), ..., ``archived``.

        :param query: keep only contacts matching every word (case- and accent-insensitive;
            searches name, organisation, title, industry, tags, notes, e-mail, location).
        """
        where, params = self._search_where(query)
        return self._contacts_frame(where, params, include_archived=include_archived)

    def count_contacts(self, query: str | None = None, include_archived: bool = False) -> int:
        """How many contacts match ``query`` (all when None)."""
        where, params = self._search_where(query)
        if not include_archived:
            where += " AND c.archived_at IS NULL"
        sql = f"SELECT count(*) FROM contacts c WHERE {where}"
        return self.conn.execute(sql, params).fetchone()[0]

    def search_contacts(
        self, query: str | None = None, *, limit: int = 50, offset: int = 0,
        include_archived: bool = False,
    ) -> pd.DataFrame:
        """One page of matching contacts, ordered by name (fast on large workbooks)."""
        where, params = self._search_where(query)
        return self._contacts_frame(
            where, params, include_archived=include_archived, limit=limit, offset=offset
        )

    def _search_where(self, query: str | None) -> tuple[str, tuple]:
        tokens = fold(query).split() if query else []
        if not tokens:
            return "1", ()
        clause = " AND ".join("c.search_text LIKE ? ESCAPE '\\'" for _ in tokens)
        return clause, tuple(_like(t) for t in tokens)

    def _contacts_frame(
        self, where: str, params: tuple, *, include_archived: bool,
        limit: int | None = None, offset: int = 0,
    ) -> pd.DataFrame:
        if not include_archived:
            where += " AND c.archived_at IS NULL"
        page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        if limit is not None:
            # One page: count each chosen contact's ancestors (only for the rows returned).
            depth_sql = f"""
            up(start, cur, depth) AS (
                SELECT id, introduced_by, 0 FROM chosen
                UNION ALL
                SELECT up.start, p.introduced_by, up.depth + 1
                FROM up JOIN contacts p ON p.id = up.cur
                WHERE up.depth < {MAX_DEPTH}
            ),
            depth AS (SELECT start, max(depth) AS chain_depth FROM up GROUP BY start)"""
        else:
            # Everyone: walk the chains once, from your own list downwards.
            depth_sql = f"""
            down(id, chain_depth) AS (
                SELECT id, 0 FROM contacts WHERE introduced_by IS NULL
                UNION ALL
                SELECT c.id, down.chain_depth + 1
                FROM contacts c JOIN down ON c.introduced_by = down.id
                WHERE down.chain_depth < {MAX_DEPTH}
            ),
            depth AS MATERIALIZED (SELECT id AS start, chain_depth FROM down)"""
        sql = f"""
            WITH RECURSIVE chosen AS (
                SELECT c.* FROM contacts c WHERE {where}
                ORDER BY c.name_key, c.id {page}
            ),{depth_sql}
            SELECT chosen.id, chosen.name, chosen.email, chosen.phone, chosen.organization,
                   chosen.title, chosen.industry, chosen.location, chosen.profile_url,
                   chosen.how_known, chosen.warmth, chosen.tags, chosen.notes, chosen.source,
                   chosen.introduced_by, intro.name AS introduced_by_name,
                   coalesce(depth.chain_depth, 0) AS chain_depth,
                   chosen.introduced_in_conversation, chosen.introduced_in_ask,
                   chosen.connected_on, chosen.created_at, chosen.updated_at,
                   chosen.archived_at IS NOT NULL AS archived
            FROM chosen
            LEFT JOIN depth ON depth.start = chosen.id
            LEFT JOIN contacts intro ON intro.id = chosen.introduced_by
            ORDER BY chosen.name_key, chosen.id
        """
        frame = self._df(sql, params)
        frame["tags"] = frame["tags"].map(lambda t: ", ".join(json.loads(t or "[]")))
        for column in ("introduced_by", "introduced_in_conversation", "introduced_in_ask"):
            frame[column] = frame[column].astype("Int64")
        frame["chain_depth"] = frame["chain_depth"].astype(int)
        frame["warmth"] = frame["warmth"].astype(int)
        frame["archived"] = frame["archived"].astype(bool)
        return frame.reset_index(drop=True)
