"""How a coded article becomes table rows: one definition that every backend writes.

A later record kind (quotes, places) is one more `RecordTable` in `CHILD_TABLES`, not an edit of each
backend's insert code.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from dyad.records import Article, CodingResult, Event

Row = Sequence[Any]


@dataclass(frozen=True, slots=True)
class RecordTable:
    name: str
    columns: tuple[str, ...]
    rows: Callable[[CodingResult], Iterable[Row]]


def event_date(event: Event) -> date | None:
    """The event's day as a DATE when the coder dated it to a day; weeks and months stay in date_value."""
    value = event.date.value
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def article_row(article: Article, ingested_at: datetime) -> Row:
    return [article.hash, article.id, article.title, article.url, article.published, article.origin,
            article.text, ingested_at]


def event_row(article_hash: str, event: Event) -> Row:
    target = event.target
    return [
        event.id, article_hash, event.article_id, event.source.country, event.source.sector,
        event.source.name or event.source.text, target.country if target else None,
        target.sector if target else None, (target.name or target.text) if target else None,
        event.cameo.code, event.cameo.root, event.cameo.quad_class, event.cameo.goldstein,
        event.plover.type, event.modality, event.date.value, event.date.precision, event_date(event),
        event.confidence, event.sentence, json.dumps(event.to_dict()),
        *(event.trigger_span or (None, None)),
    ]


ARTICLES = ("hash", "id", "title", "url", "published", "origin", "text", "ingested_at")

CHILD_TABLES: list[RecordTable] = [
    RecordTable(
        "events",
        ("id", "article_hash", "article_id", "source_country", "source_sector", "source_name",
         "target_country", "target_sector", "target_name", "cameo_code", "cameo_root", "quad_class",
         "goldstein", "plover_type", "modality", "date_value", "date_precision", "event_date", "confidence",
         "sentence", "record", "trigger_start", "trigger_end"),
        lambda result: (event_row(result.article.hash, e) for e in result.events),
    ),
    RecordTable(
        "actors",
        ("id", "article_hash", "name", "kind", "country", "sector", "record"),
        lambda result: ([a.id, result.article.hash, a.name, a.kind, a.country, a.sector,
                         json.dumps(a.to_dict())] for a in result.actors),
    ),
    RecordTable(
        "quotes",
        ("id", "article_hash", "article_id", "speaker_name", "speaker_country", "speaker_sector", "kind",
         "text", "record"),
        lambda result: ([q.id, result.article.hash, q.article_id,
                         (q.speaker.name or q.speaker.text) if q.speaker else None,
                         q.speaker.country if q.speaker else None, q.speaker.sector if q.speaker else None,
                         q.kind, q.text, json.dumps(q.to_dict())] for q in result.quotes),
    ),
    RecordTable(
        "places",
        ("id", "article_hash", "article_id", "name", "country", "admin1", "lat", "lon", "dateline", "record"),
        lambda result: ([p.id, result.article.hash, p.article_id, p.name, p.country, p.admin1, p.lat, p.lon,
                         p.dateline, json.dumps(p.to_dict())] for p in result.places),
    ),
    RecordTable(
        "times",
        ("id", "article_hash", "article_id", "text", "value", "precision", "record"),
        lambda result: ([t.id, result.article.hash, t.article_id, t.text, t.value, t.precision,
                         json.dumps(t.to_dict())] for t in result.times),
    ),
]


def unique_articles(results: Iterable[CodingResult]) -> list[CodingResult]:
    """A batch holds each article once (the same text twice in one input is one article)."""
    seen: dict[str, CodingResult] = {}
    for result in results:
        seen.setdefault(result.article.hash, result)
    return list(seen.values())


def child_rows(table: RecordTable, results: Iterable[CodingResult]) -> list[Row]:
    """Rows of one child table for the given articles, each key once (an event id is global)."""
    rows: dict[Any, Row] = {}
    for result in results:
        for row in table.rows(result):
            rows.setdefault(row[0], row)
    return list(rows.values())
