"""Contacts: the people you know, and the people they introduce you to.

Plain functions over a :class:`~netkit.store.Store`. Writes run in one transaction with
their event; the ``insert_contact``/``change_contact`` variants run inside a transaction
that the caller (an import, a conversation log) already holds.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import identity
from .dates import now, to_date
from .errors import NetkitError, NetkitWarning
from .store import parse_id
from .text import check_email, check_url, clean, fold

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

__all__ = [
    "CONTACT_FIELDS", "WARMTH", "SOURCES", "SEARCHED", "MAX_DEPTH", "parse_warmth",
    "parse_tags", "parse_id", "clean_fields", "search_text", "require_contact",
    "check_no_loop", "add_contact", "insert_contact", "update_contact", "change_contact",
    "archive_contact", "restore_contact", "get_contact", "contacts", "count_contacts",
    "search_contacts", "find_contacts", "match_person", "industries",
    "count_without_industry", "organizations_without_industry",
    "set_industry_by_organization",
]

WARMTH = {0: "cold", 1: "acquaintance", 2: "warm", 3: "close"}
SOURCES = ("manual", "linkedin", "google", "outlook", "vcard", "csv", "referral", "demo")
CONTACT_FIELDS = (
    "name", "email", "phone", "organization", "title", "industry", "location", "profile_url",
    "how_known", "warmth", "tags", "notes", "source", "introduced_by",
    "introduced_in_conversation", "introduced_in_ask", "connected_on",
)
# The fields a contact's search text is made of, in this order (then the tags).
SEARCHED = ("name", "organization", "title", "industry", "notes", "email", "location",
            "how_known")
MAX_DEPTH = 10_000
MAX_NAME = 200
_ID_FIELDS = ("introduced_by", "introduced_in_conversation", "introduced_in_ask")
# Current contacts, found in the index of current contacts: testing archived_at row by row
# would read every row to its end (its notes and all), which is slow at 30,000 contacts.
_CURRENT = "+id IN (SELECT id FROM contacts WHERE archived_at IS NULL)"


def parse_warmth(value: Any) -> int:
    """0–3 or a label (cold, acquaintance, warm, close) → 0–3; NetkitError otherwise."""
    if value is None or value == "":
        return 1
    if isinstance(value, float) and value != value:
        raise NetkitError("Warmth must be a number from 0 (cold) to 3 (close), not “nan”.")
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
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple, set)):
        items = list(value)
    else:
        raise NetkitError(
            f"Tags must be a list of words or text like “mentor, alumni”, not “{value}”.")
    seen: dict[str, str] = {}
    for item in items:
        tag = clean(item, "A tag")
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


def clean_fields(fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Validated contact fields, as stored (tags as JSON text).

    :param partial: False for a new contact (a name is required).
    :raises NetkitError: for an unknown field, an empty or over-long name, a malformed
        e-mail or web address, a warmth or source that is not known, a bad id.
    """
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise NetkitError(
            f"Unknown contact field(s): {', '.join(sorted(unknown))}. "
            f"Known fields: {', '.join(CONTACT_FIELDS)}."
        )
    row: dict[str, Any] = {}
    for key, value in fields.items():
        what = f"The {key.replace('_', ' ')}"
        if key == "name":
            name = clean(value, what)
            if not name:
                raise NetkitError("A contact needs a name.")
            if len(name) > MAX_NAME:
                raise NetkitError(f"That name is longer than {MAX_NAME} characters.")
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
            source = clean(value, what) or "manual"
            if source not in SOURCES:
                raise NetkitError(f"Source “{source}” is not one of: {', '.join(SOURCES)}.")
            row["source"] = source
        elif key in _ID_FIELDS:
            row[key] = parse_id(key, value, key.rsplit("_", 1)[-1].replace("by", "contact"))
        elif key == "connected_on":
            day = to_date(value, "day you connected")
            row[key] = None if day is None else day.isoformat()
        else:
            row[key] = clean(value, what)
    if not partial and "name" not in row:
        raise NetkitError("A contact needs a name.")
    return row


def search_text(row: dict[str, Any]) -> str:
    """The folded text a contact is searched by (its searched fields, then its tags)."""
    tags = row.get("tags") or "[]"
    tag_list = json.loads(tags) if isinstance(tags, str) else list(tags)
    return fold(" ".join(str(row.get(k) or "") for k in SEARCHED) + " " + " ".join(tag_list))


def require_contact(store: Store, contact_id: Any, role: str = "contact") -> int:
    """The id of an existing contact; NetkitError naming ``role`` otherwise."""
    number = parse_id(role, contact_id)
    if number is None or not store.one("SELECT 1 FROM contacts WHERE id = ?", (number,)):
        raise NetkitError(f"There is no contact number {number} ({role}).")
    return number


def _require_links(store: Store, row: dict[str, Any]) -> None:
    """The introducer, conversation and ask a contact row points at must exist."""
    if row.get("introduced_by") is not None:
        require_contact(store, row["introduced_by"], "introduced by")
    for column, table, what in (("introduced_in_conversation", "conversations", "conversation"),
                                ("introduced_in_ask", "asks", "ask")):
        number = row.get(column)
        if number is not None and not store.one(f"SELECT 1 FROM {table} WHERE id = ?",
                                                (number,)):
            raise NetkitError(f"There is no {what} number {number} ({column.replace('_', ' ')}).")


def check_no_loop(store: Store, contact_id: int, introducer_id: int) -> None:
    """Refuse an introduced_by that would make someone their own ancestor."""
    if introducer_id == contact_id:
        raise NetkitError("A contact cannot be introduced by themselves.")
    found = store.one(
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
    )
    if found:
        raise NetkitError(
            "That introduction would go round in a circle: this contact is already "
            "somewhere up the chain of the person you chose as introducer."
        )


def _stored(row: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a contact row: name, profile and search keys."""
    return {
        "name_key": identity.name_key(row["name"]),
        "profile_key": identity.url_key(row.get("profile_url")) or None,
        "search_text": search_text(row),
    }


# ----- writes --------------------------------------------------------------------------------

def add_contact(store: Store, name: str, **fields: Any) -> int:
    """Add a contact and return its id.

    :param name: the person's name (required, not blank).
    :param fields: any of :data:`CONTACT_FIELDS`: ``email``, ``phone``, ``organization``,
        ``title``, ``industry``, ``location``, ``profile_url``, ``how_known``, ``warmth``
        (0–3 or cold/acquaintance/warm/close), ``tags`` (list or "a, b"), ``notes``,
        ``source``, ``introduced_by`` (a contact id) ...
    :raises NetkitError: for an empty name, a malformed e-mail or URL, an unknown
        introducer, or an unknown field. Nothing is written then.

    Someone who may already be in the workbook is still added (two people can share a
    name), with a :class:`~netkit.errors.NetkitWarning` naming who they may be.
    """
    with store.atomic():
        contact_id = insert_contact(store, {"name": name, **fields})
    added = store.row("SELECT * FROM contacts WHERE id = ?", (contact_id,)) or {}
    matches = match_person(store, added, exclude=[contact_id])
    if matches:
        other = store.row("SELECT id, name, organization FROM contacts WHERE id = ?",
                          (matches[0].contact_id,)) or {}
        where = f" at {other['organization']}" if other.get("organization") else ""
        warnings.warn(NetkitWarning(
            f"A contact named {other['name']} already exists{where} (number "
            f"{other['id']}, {matches[0].reason}); both are kept. Archive one if they are "
            "the same person."), stacklevel=3)
    return contact_id


def insert_contact(store: Store, fields: dict[str, Any], *, log: bool = True) -> int:
    """Insert a contact inside an open transaction and return its id."""
    row = clean_fields(fields, partial=False)
    _require_links(store, row)
    stamp = now()
    row.setdefault("tags", "[]")
    row.update(_stored(row), created_at=stamp, updated_at=stamp)
    contact_id = store.insert("contacts", row)
    if log:
        store.log("add", "contact", contact_id, name=row["name"],
                  source=row.get("source", "manual"))
    return contact_id


def update_contact(store: Store, contact_id: int, **fields: Any) -> None:
    """Change some of a contact's fields.

    :raises NetkitError: for an unknown contact, bad values, or an introduced_by that
        would loop. Nothing is written then.
    """
    with store.atomic():
        change_contact(store, contact_id, fields)


def change_contact(store: Store, contact_id: Any, fields: dict[str, Any]) -> None:
    """:func:`update_contact` inside an open transaction."""
    contact_id = require_contact(store, contact_id)
    changes = clean_fields(fields, partial=True)
    _require_links(store, changes)
    if changes.get("introduced_by") is not None:
        check_no_loop(store, contact_id, changes["introduced_by"])
    if not changes:
        return
    current = store.row("SELECT * FROM contacts WHERE id = ?", (contact_id,)) or {}
    current.update(changes)
    changes.update(_stored(current), updated_at=now())
    store.update("contacts", contact_id, changes)
    store.log("edit", "contact", contact_id, fields=sorted(fields))


def archive_contact(store: Store, contact_id: int) -> None:
    """Hide a contact from lists and searches (nothing is deleted; restore brings it back)."""
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        store.update("contacts", contact_id, {"archived_at": now(), "updated_at": now()})
        store.log("archive", "contact", contact_id)


def restore_contact(store: Store, contact_id: int) -> None:
    """Bring an archived contact back."""
    with store.atomic():
        contact_id = require_contact(store, contact_id)
        store.update("contacts", contact_id, {"archived_at": None, "updated_at": now()})
        store.log("restore", "contact", contact_id)


# ----- reads ---------------------------------------------------------------------------------

def get_contact(store: Store, contact_id: Any) -> dict[str, Any]:
    """One contact as a dict (tags as a list, chain_depth and introduced_by_name included)."""
    contact_id = require_contact(store, contact_id)
    frame = _frame(store, "c.id = ?", (contact_id,), include_archived=True)
    record = {str(key): _plain(value) for key, value in frame.iloc[0].to_dict().items()}
    record["tags"] = [t for t in (record["tags"] or "").split(", ") if t]
    return record


def _plain(value: Any) -> Any:
    """numpy and pandas scalars as plain Python values (missing ones as None)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        return value.item()
    try:
        if value != value:
            return None
    except (TypeError, ValueError):
        return None
    return value


def industries(store: Store, limit: int = 20) -> list[str]:
    """The industries your contacts work in, the most common first."""
    return [row["industry"] for row in store.rows(
        "SELECT industry, count(*) AS n FROM contacts WHERE trim(coalesce(industry, '')) <> '' "
        f"AND {_CURRENT} GROUP BY industry ORDER BY n DESC, industry LIMIT ?", (int(limit),))]


def find_contacts(store: Store, name: str, email: str | None = None,
                  profile_url: str | None = None, organization: str | None = None) -> list[int]:
    """Ids of the contacts that are, or may be, this person (strongest match first)."""
    fields = {"name": name, "email": email, "profile_url": profile_url,
              "organization": organization}
    return [m.contact_id for m in match_person(store, fields)]


def match_person(store: Store, fields: dict[str, Any],
                 exclude: Iterable[int] = ()) -> list[identity.Match]:
    """Who in the workbook is, or may be, the person ``fields`` describes (``name``,
    ``email``, ``profile_url``, ``organization``), by the one rule of
    :mod:`netkit.identity`: :class:`~netkit.identity.Match` objects, strongest first,
    current contacts before archived ones. Three indexed lookups, however large the
    workbook."""
    keys = identity.keys_of(fields)
    skip = set(exclude)
    rows = store.rows(
        "SELECT id, name, name_key, email, profile_key, organization FROM contacts "
        "WHERE (name_key = ? AND name_key <> '') OR (? <> '' AND lower(email) = ?) "
        "OR (? <> '' AND profile_key = ?) ORDER BY archived_at IS NOT NULL, id",
        (keys.name, keys.email, keys.email, keys.url, keys.url),
    )
    return identity.best(keys, ((r["id"], identity.keys_of(r)) for r in rows
                                if r["id"] not in skip))


def contacts(store: Store, include_archived: bool = False,
             query: str | None = None) -> pd.DataFrame:
    """All contacts as a DataFrame, one row each, ordered by name.

    Columns: ``id``, ``name``, ``email``, ``phone``, ``organization``, ``title``,
    ``industry``, ``location``, ``profile_url``, ``how_known``, ``warmth`` (0–3),
    ``tags`` (comma-separated), ``notes``, ``source``, ``introduced_by`` (an id or <NA>),
    ``introduced_by_name``, ``chain_depth`` (0 for your own list), ..., ``archived``.

    :param query: keep only contacts matching every word (case- and accent-insensitive;
        searches name, organisation, title, industry, tags, notes, e-mail, location).
    """
    where, params = _search_where(query)
    return _frame(store, where, params, include_archived=include_archived)


def count_contacts(store: Store, query: str | None = None,
                   include_archived: bool = False) -> int:
    """How many contacts match ``query`` (all when None)."""
    where, params = _search_where(query)
    if not include_archived:
        where += " AND c.archived_at IS NULL"
    return int(store.one(f"SELECT count(*) FROM contacts c WHERE {where}", params))


def search_contacts(store: Store, query: str | None = None, *, limit: int = 50,
                    offset: int = 0, include_archived: bool = False) -> pd.DataFrame:
    """One page of matching contacts, ordered by name (fast on large workbooks)."""
    where, params = _search_where(query)
    return _frame(store, where, params, include_archived=include_archived, limit=limit,
                  offset=offset)


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search_where(query: str | None) -> tuple[str, tuple[str, ...]]:
    tokens = fold(query).split() if query else []
    if not tokens:
        return "1", ()
    clause = " AND ".join("c.search_text LIKE ? ESCAPE '\\'" for _ in tokens)
    return clause, tuple(_like(t) for t in tokens)


def _frame(store: Store, where: str, params: tuple[Any, ...], *, include_archived: bool,
           limit: int | None = None, offset: int = 0) -> pd.DataFrame:
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
    frame = store.frame(sql, params)
    frame["tags"] = frame["tags"].map(lambda t: ", ".join(json.loads(t or "[]")))
    for column in _ID_FIELDS:
        frame[column] = frame[column].astype("Int64")
    frame["chain_depth"] = frame["chain_depth"].astype(int)
    frame["warmth"] = frame["warmth"].astype(int)
    frame["archived"] = frame["archived"].astype(bool)
    return frame.reset_index(drop=True)


# ----- industries, one organisation at a time -------------------------------------------------

# Current contacts with an organisation but no industry yet: the ones a bulk step can fill.
_NO_INDUSTRY = ("trim(coalesce(industry, '')) = '' AND trim(coalesce(organization, '')) <> '' "
                f"AND {_CURRENT}")


def count_without_industry(store: Store) -> int:
    """How many current contacts have an organisation but no industry yet."""
    return int(store.one(f"SELECT count(*) FROM contacts WHERE {_NO_INDUSTRY}"))


def organizations_without_industry(store: Store, limit: int | None = None) -> pd.DataFrame:
    """The organisations where some current contacts have no industry yet, the most such
    people first; spellings :func:`netkit.identity.org_key` holds equal ("GreenGrid Inc.",
    "greengrid") are one organisation.

    Columns: ``organization`` (the spelling most of them use), ``people`` (how many there
    have no industry), ``suggested`` (the industry most of the others there are in, else
    that of a target organisation of that name; "" when nothing is known).

    :param limit: at most this many organisations (all when None).
    """
    import pandas as pd

    groups: dict[str, dict[str, int]] = {}
    for row in store.rows(f"SELECT organization, count(*) AS n FROM contacts "
                          f"WHERE {_NO_INDUSTRY} GROUP BY organization"):
        key = identity.org_key(row["organization"])
        if key:
            spellings = groups.setdefault(key, {})
            spellings[row["organization"]] = spellings.get(row["organization"], 0) + row["n"]
    known = _known_industries(store, set(groups))
    records: list[dict[str, Any]] = [
        {"organization": min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0],
         "people": sum(spellings.values()), "suggested": known.get(key, "")}
        for key, spellings in groups.items()]
    records.sort(key=lambda r: (-r["people"], fold(r["organization"])))
    if limit is not None:
        records = records[:max(0, int(limit))]
    return pd.DataFrame(records, columns=["organization", "people", "suggested"])


def _known_industries(store: Store, keys: set[str]) -> dict[str, str]:
    """{organisation key: the industry your other contacts there, or your target
    organisation of that name, are in} for the keys asked about."""
    if not keys:
        return {}
    counts: dict[str, dict[str, int]] = {}
    for row in store.rows(
            "SELECT organization, industry, count(*) AS n FROM contacts "
            "WHERE trim(coalesce(industry, '')) <> '' AND trim(coalesce(organization, '')) "
            f"<> '' AND {_CURRENT} GROUP BY organization, industry"):
        key = identity.org_key(row["organization"])
        if key in keys:
            by_industry = counts.setdefault(key, {})
            by_industry[row["industry"]] = by_industry.get(row["industry"], 0) + row["n"]
    known = {key: min(found.items(), key=lambda kv: (-kv[1], kv[0]))[0]
             for key, found in counts.items()}
    for row in store.rows("SELECT name, industry FROM target_organizations WHERE "
                          "archived_at IS NULL AND trim(coalesce(industry, '')) <> '' "
                          "ORDER BY id"):
        key = identity.org_key(row["name"])
        if key in keys:
            known.setdefault(key, row["industry"])
    return known


def _with_industry(row: dict[str, Any], industry: str) -> str:
    """:func:`search_text` of ``row`` (which holds its stored ``search_text``, made while it
    had no industry) now that it has one, folded as ``industry``. Folding works part by
    part (see :mod:`netkit.transfer.bulk`), so the industry goes in between the parts
    before it and those after it; the whole text is folded again only when the stored one
    does not end as expected."""
    after = search_text({key: row.get(key) for key in SEARCHED[SEARCHED.index("industry") + 1:]}
                        | {"tags": row.get("tags")})
    stored = row.get("search_text") or ""
    if not industry:
        return stored or search_text(row)
    if not after and stored:
        return f"{stored} {industry}"
    if after and stored.endswith(" " + after) and len(stored) > len(after) + 1:
        return f"{stored[:-len(after) - 1]} {industry} {after}"
    return search_text(row)


def set_industry_by_organization(store: Store, industries: Mapping[str, Any]) -> dict[str, int]:
    """Give an industry to the people at each organisation who have none yet.

    :param industries: ``{organisation: industry}``. Organisations are matched by
        :func:`netkit.identity.org_key`, so "GreenGrid" also reaches "GreenGrid Inc.";
        an organisation given a blank industry is left as it is.
    :returns: ``{organisation, as given: how many people got the industry}``.
    :raises NetkitError: for an organisation none of your current contacts works at,
        two spellings of one organisation given different industries, or a value that is
        not text. Nothing is written then.

    An industry a contact already has is never changed; archived contacts are left alone.
    One transaction and one event, however many people it reaches.
    """
    if not isinstance(industries, Mapping):
        raise NetkitError("Give the industries as {organisation: industry}, for example "
                          "{“GreenGrid”: “Renewable energy”}.")
    wanted: dict[str, tuple[str, str]] = {}
    for organization, value in industries.items():
        name = clean(organization, "The organisation")
        key = identity.org_key(name)
        if not key:
            raise NetkitError(f"“{organization}” is not the name of an organisation.")
        industry = clean_fields({"industry": value}, partial=True)["industry"]
        if industry is None:
            continue
        if key in wanted and fold(wanted[key][1]) != fold(industry):
            raise NetkitError(
                f"“{wanted[key][0]}” and “{name}” are the same organisation; give it one "
                f"industry, not both “{wanted[key][1]}” and “{industry}”. Nothing was changed.")
        wanted.setdefault(key, (str(name), industry))
    if not wanted:
        return {}
    stamp = now()
    with store.atomic():
        spellings: dict[str, str] = {}  # each spelling in the workbook → its key, if wanted
        found = set()
        for row in store.rows("SELECT DISTINCT organization FROM contacts "
                              f"WHERE organization IS NOT NULL AND {_CURRENT}"):
            key = identity.org_key(row["organization"])
            found.add(key)
            if key in wanted:
                spellings[row["organization"]] = key
        unknown = [given for key, (given, _) in wanted.items() if key not in found]
        if unknown:
            raise NetkitError(f"None of your contacts works at “{unknown[0]}”. "
                              "Nothing was changed.")
        counts = {given: 0 for given, _ in wanted.values()}
        folded = {key: fold(industry) for key, (_, industry) in wanted.items()}
        changes: list[tuple[str, str, str, int]] = []
        columns = ", ".join(("id", "search_text", *SEARCHED, "tags"))
        for person in store.rows(
                f"SELECT {columns} FROM contacts WHERE {_NO_INDUSTRY} AND organization IN "
                "(SELECT value FROM json_each(?))", (json.dumps(list(spellings)),)):
            key = spellings[person["organization"]]
            given, person["industry"] = wanted[key]
            changes.append((person["industry"], _with_industry(person, folded[key]), stamp,
                            person["id"]))
            counts[given] += 1
        if not changes:
            return counts
        store.conn.executemany(
            "UPDATE contacts SET industry = ?, search_text = ?, updated_at = ? WHERE id = ?",
            changes)
        store.log("edit", "contacts", None, fields=["industry"], updated=len(changes),
                  industries={given: industry for given, industry in wanted.values()})
    return counts
