"""The event filters shared by `dyad export`, the HTTP API and the dashboard, with keyset pagination.

Every value is a bound parameter; the only words put into the SQL text come from fixed lists (sort
columns, directions). An invalid filter raises DyadError with a message a user can act on.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from dyad.analyze.dyads import DyadSpec, Side
from dyad.analyze.sql import DAY, EVENTS_JOIN, like_pattern
from dyad.errors import DyadError
from dyad.records import MODALITIES

MAX_PAGE = 500
EXPORT_CHUNK = 10_000  # rows an export reads at a time: few round trips, bounded memory
MAX_TEXT = 200
# Events with no day at all sort as 0001-01-01: last when newest come first.
SORTS = {
    "date": f"coalesce({DAY}, CAST('0001-01-01' AS DATE))",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
}
COUNTRY = re.compile(r"^[A-Z]{3}$")
CAMEO_CODE = re.compile(r"^\d{2,4}$")
PLOVER_TYPE = re.compile(r"^[A-Z][A-Z_-]{1,30}$")
ARTICLE_ID = re.compile(r"^[\w.:/-]{1,200}$")

# Columns of an event row as the API and the exports read it, in this order.
EVENT_COLUMNS = f"e.record, {DAY}, a.id, a.hash, a.title, a.url, a.published, a.ingested_at"


@dataclass(slots=True)
class EventFilter:
    dyad: str | None = None  # "USA-MEX" or "USAGOV-MEX": source side then target side
    both: bool = False  # with dyad: either direction
    actor: str | None = None  # actor code on either side: "USAGOV", or a country "USA"
    actor_name: str | None = None  # words in either actor's name
    country: str | None = None  # either side
    code: str | None = None  # CAMEO code or prefix ("19", "190")
    root: str | None = None  # CAMEO root, two digits
    plover: str | None = None  # PLOVER event type (ASSAULT, CONSULT, ...)
    quad: int | None = None  # 1-4
    modality: str | None = None
    since: date | None = None  # on the event's day (its date, else its article's publication date)
    until: date | None = None
    q: str | None = None  # words in the sentence
    article: str | None = None  # an article id or hash

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        if self.country is not None and not COUNTRY.match(self.country.upper()):
            raise DyadError(f"country is a three-letter country code (USA); got {self.country!r}")
        if self.dyad is not None:
            DyadSpec.parse(self.dyad)
        if self.actor is not None:
            Side.parse(self.actor)
        if self.code is not None and not CAMEO_CODE.match(self.code):
            raise DyadError(f"code is a CAMEO code or prefix of 2 to 4 digits (19, 190); got {self.code!r}")
        if self.root is not None and not re.match(r"^(0[1-9]|1\d|20)$", self.root):
            raise DyadError(f"root is a CAMEO root from 01 to 20; got {self.root!r}")
        if self.plover is not None and not PLOVER_TYPE.match(self.plover.upper()):
            raise DyadError(f"plover is a PLOVER event type (ASSAULT, CONSULT, ...); got {self.plover!r}")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise DyadError(f"quad is a quad class from 1 to 4; got {self.quad!r}")
        if self.modality is not None and self.modality not in MODALITIES:
            raise DyadError(f"modality is one of {', '.join(MODALITIES)}; got {self.modality!r}")
        if self.since and self.until and self.since > self.until:
            raise DyadError(f"since ({self.since}) is after until ({self.until})")
        for name in ("q", "actor_name"):
            value = getattr(self, name)
            if value is not None and len(value) > MAX_TEXT:
                raise DyadError(f"{name} is at most {MAX_TEXT} characters")
        if self.article is not None and not ARTICLE_ID.match(self.article):
            raise DyadError("article is an article id or hash")

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, False, "") for f in fields(self))

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on `events e JOIN articles a` and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.dyad:
            spec = DyadSpec.parse(self.dyad)
            add(*_flat(spec.either() if self.both else spec.forward()))
        if self.actor:
            side = Side.parse(self.actor)
            source, s_params = side.matches("source")
            target, t_params = side.matches("target")
            add(f"({source} OR {target})", *s_params, *t_params)
        if self.actor_name:
            pattern = like_pattern(self.actor_name)
            add(
                "(lower(e.source_name) LIKE ? ESCAPE '\\' OR lower(e.target_name) LIKE ? ESCAPE '\\')",
                pattern,
                pattern,
            )
        if self.country:
            add("(e.source_country = ? OR e.target_country = ?)", self.country.upper(), self.country.upper())
        if self.code:
            add("e.cameo_code LIKE ?", self.code + "%")
        if self.root:
            add("e.cameo_root = ?", self.root)
        if self.plover:
            add("e.plover_type = ?", self.plover.upper())
        if self.quad:
            add("e.quad_class = ?", self.quad)
        if self.modality:
            add("e.modality = ?", self.modality)
        if self.since:
            add(f"{DAY} >= ?", self.since)
        if self.until:
            add(f"{DAY} <= ?", self.until)
        if self.q:
            add("lower(e.sentence) LIKE ? ESCAPE '\\'", like_pattern(self.q))
        if self.article:
            add("(a.id = ? OR a.hash = ?)", self.article, self.article)
        return (" AND ".join(clauses) or "1 = 1"), params


def _flat(condition: tuple[str, list[Any]]) -> tuple[Any, ...]:
    return (condition[0], *condition[1])


@dataclass(slots=True)
class EventPage:
    events: list[dict[str, Any]]
    next_cursor: str | None
    total: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"events": self.events, "next_cursor": self.next_cursor, "total": self.total}


def _sort(sort: str) -> tuple[str, bool]:
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SORTS:
        raise DyadError(f"sort is one of {', '.join(sorted(SORTS))}, with - for descending; got {sort!r}")
    return SORTS[key], descending


def encode_cursor(value: Any, event_id: str) -> str:
    value = value.isoformat() if isinstance(value, date) else value
    return base64.urlsafe_b64encode(json.dumps([value, event_id]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        value, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if sort.lstrip("-") == "date":
            value = date.fromisoformat(value)
        elif not isinstance(value, int | float):
            raise ValueError
        if not isinstance(event_id, str):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise DyadError(
            "cursor is not one this server gave out (use next_cursor from the previous page)"
        ) from None
    return value, event_id


def event_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """An API/export event: the stored record, its day and its article."""
    record, day, article_id, article_hash, title, url, published, ingested = row
    event = json.loads(record)
    event["day"] = day.isoformat() if day else None
    event["article"] = {
        "id": article_id,
        "hash": article_hash,
        "title": title,
        "url": url,
        "published": published.isoformat() if published else None,
        "ingested_at": ingested.isoformat(timespec="seconds") if ingested else None,
    }
    return event


def find_events(
    store: Any,
    where: EventFilter | None = None,
    limit: int = 50,
    cursor: str | None = None,
    sort: str = "-date",
    with_total: bool = False,
) -> EventPage:
    """One page of events, newest first by default; pass `next_cursor` back for the next page."""
    if not 1 <= limit <= MAX_PAGE:
        raise DyadError(f"limit is from 1 to {MAX_PAGE}; got {limit}")
    page = _page(store, where, limit, cursor, sort)
    if with_total:
        page.total = count_events(store, where)
    return page


def _page(store: Any, where: EventFilter | None, limit: int, cursor: str | None, sort: str) -> EventPage:
    column, descending = _sort(sort)
    conditions, params = (where or EventFilter()).where()
    keyset = ""
    if cursor:
        value, event_id = decode_cursor(cursor, sort)
        op = "<" if descending else ">"
        keyset = f" AND ({column} {op} ? OR ({column} = ? AND e.id > ?))"
        params = [*params, value, value, event_id]
    order = "DESC" if descending else "ASC"
    # Sort and cut on the narrow columns first, then fetch the records of just that page.
    rows = store.query(
        f"""SELECT {EVENT_COLUMNS}, page.sort_key, page.id FROM (
                SELECT e.id AS id, {column} AS sort_key FROM {EVENTS_JOIN} WHERE {conditions}{keyset}
                ORDER BY {column} {order}, e.id ASC LIMIT ?
            ) page JOIN {EVENTS_JOIN} ON e.id = page.id
            ORDER BY page.sort_key {order}, page.id ASC""",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1][-2], rows[-1][-1]) if more and rows else None
    return EventPage([event_row(r[:-2]) for r in rows], next_cursor)


def count_events(store: Any, where: EventFilter | None = None) -> int:
    conditions, params = (where or EventFilter()).where()
    return int(store.query(f"SELECT count(*) FROM {EVENTS_JOIN} WHERE {conditions}", params)[0][0])


def iter_pages(
    store: Any, where: EventFilter | None = None, chunk: int = EXPORT_CHUNK, sort: str = "date"
) -> Iterator[list[dict[str, Any]]]:
    """Every matching event, oldest first, a page at a time (bounded memory for exports)."""
    cursor = None
    while True:
        page = _page(store, where, chunk, cursor, sort)
        if page.events:
            yield page.events
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def iter_events(store: Any, where: EventFilter | None = None, sort: str = "date") -> Iterator[dict[str, Any]]:
    for page in iter_pages(store, where, sort=sort):
        yield from page


def get_event(store: Any, event_id: str) -> dict[str, Any] | None:
    rows = store.query(f"SELECT {EVENT_COLUMNS} FROM {EVENTS_JOIN} WHERE e.id = ?", [event_id])
    return event_row(rows[0]) if rows else None
