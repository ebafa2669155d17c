"""Your contacts held in memory for matching an import against them: by e-mail, profile
URL, name + organisation, and name. Read once per import, so there is no query per row."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .fast import fast_fold, fast_name_key, plain_url

__all__ = ["Index", "org_key", "url_key", "MERGE_FIELDS", "INDEX_COLUMNS", "ORG_KEY_CACHE"]

MERGE_FIELDS = (
    "email",
    "phone",
    "organization",
    "title",
    "industry",
    "location",
    "profile_url",
    "how_known",
    "notes",
    "connected_on",
    "warmth",
)
INDEX_COLUMNS = ("id", "name", "name_key") + MERGE_FIELDS + ("tags", "introduced_by")
_ORG_SUFFIX = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|sas|bv|nv|co|corp|"
    r"corporation|company|the)\b"
)
_NON_WORD = re.compile(r"[^\w\s]")


# org_key by organisation text (the matching loop looks here first)
ORG_KEY_CACHE: dict[str, str] = {}
_PLAIN_URL = re.compile(r"^https?://(?:www\.)?([^/?#:@\s]+)(?::\d+)?([^?#\s]*)", re.IGNORECASE)


def org_key(value: str | None) -> str:
    """ "ACME, Inc." and "Acme" compare equal."""
    if not value:
        return ""
    key = ORG_KEY_CACHE.get(value)
    if key is None:
        text = _NON_WORD.sub(" ", fast_fold(value))
        key = " ".join(_ORG_SUFFIX.sub(" ", text).split())
        if len(ORG_KEY_CACHE) < 50_000:
            ORG_KEY_CACHE[value] = key
    return key


def url_key(value: str | None) -> str:
    """ "https://www.linkedin.com/in/jane/" and "linkedin.com/in/Jane" compare equal."""
    if not value:
        return ""
    match = _PLAIN_URL.match(value)
    if match:
        return (match[1] + match[2].rstrip("/")).lower()
    parts = urlsplit(value if "://" in value else "https://" + value)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path.rstrip("/").lower()


class Index:
    """Your contacts, held in memory for matching: by e-mail, URL, name + organisation, name."""

    def __init__(self, rows: Iterable[tuple]):
        self.rows: dict[int, dict] = {}
        self.by_email: dict[str, int] = {}
        self.by_url: dict[str, int] = {}
        self.by_name_org: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_org: dict[str, list[int]] = {}
        self.existing = 0
        table = list(rows)
        if table:
            self._load(table)

    def _load(self, table: list[tuple]) -> None:
        """Index the existing contacts, column by column (the same result as ``add`` for
        each row in turn: where two contacts share a key, the first one wins)."""
        columns = INDEX_COLUMNS
        email, url, name, name_key, org = (
            columns.index(c) for c in ("email", "profile_url", "name", "name_key", "organization")
        )
        ids = [values[0] for values in table]
        records = [dict(zip(columns, values, strict=True)) for values in table]
        urls = [
            (plain_url(values[url]) or url_key(values[url])) if values[url] else None
            for values in table
        ]
        for record, key in zip(records, urls, strict=True):
            if key is not None:
                record["_url"] = key
        nks = [values[name_key] or fast_name_key(values[name]) for values in table]
        oks = [org_key(values[org]) for values in table]
        self.rows = dict(zip(ids, records, strict=True))
        last_first = ids[::-1]  # filled backwards, so that the first contact wins
        self.by_email = {
            values[email].lower(): key
            for key, values in zip(last_first, reversed(table), strict=True)
            if values[email]
        }
        self.by_url = {
            u: key for key, u in zip(last_first, reversed(urls), strict=True) if u is not None
        }
        self.by_name_org = dict(
            zip(zip(nks[::-1], oks[::-1], strict=True), last_first, strict=True)
        )
        by_name, by_org = self.by_name, self.by_org
        for key, nk, ok in zip(ids, nks, oks, strict=True):
            names = by_name.get(nk)
            if names is None:
                by_name[nk] = [key]
            else:
                names.append(key)
            if ok:
                group = by_org.get(ok)
                if group is None:
                    by_org[ok] = [key]
                else:
                    group.append(key)
        self.existing = len(table)

    def add(self, key: int, row: dict, nk: str | None = None, ok: str | None = None) -> None:
        """Index a contact (existing ids are positive, rows of this import negative)."""
        self.rows[key] = row
        email = row.get("email")
        if email:
            self.by_email.setdefault(email.lower(), key)
        if row.get("profile_url"):
            url = row.get("_url")
            if url is None:
                url = row["_url"] = url_key(row["profile_url"])
            self.by_url.setdefault(url, key)
        if nk is None:
            nk = row.get("name_key") or fast_name_key(row["name"])
        if ok is None:
            ok = org_key(row.get("organization"))
        self.by_name_org.setdefault((nk, ok), key)
        names = self.by_name.get(nk)
        if names is None:
            self.by_name[nk] = [key]
        else:
            names.append(key)
        if key > 0:
            self.existing += 1
            if ok:
                self.by_org.setdefault(ok, []).append(key)

    def match(self, row: dict, nk: str, ok: str) -> tuple[int | None, str]:
        """The key of the contact this row is, and how it matched ("" when none)."""
        email = row.get("email")
        if email and email.lower() in self.by_email:
            return self.by_email[email.lower()], "same e-mail"
        url = row.get("_url")
        if url and url in self.by_url:
            return self.by_url[url], "same profile URL"
        key = self.by_name_org.get((nk, ok))
        if key is not None:
            other = self.rows[key].get("_url")
            # Two different profile pages are two different people, whatever their names.
            if not (url and other and url != other):
                return key, "same name and organisation"
        return None, ""
