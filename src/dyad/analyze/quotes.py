"""Quotes: what speakers said, from the `quotes` table a quote-coding stage fills (empty until then)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from dyad.analyze.dyads import DyadSpec
from dyad.analyze.filters import COUNTRY, MAX_PAGE, decode_cursor, encode_cursor
from dyad.analyze.sql import like_pattern
from dyad.errors import DyadError

PUBLISHED = "coalesce(a.published, CAST('0001-01-01' AS DATE))"


@dataclass(slots=True)
class QuoteFilter:
    dyad: str | None = None  # speakers of either side, in articles with events between the two sides
    speaker_country: str | None = None
    article: str | None = None
    q: str | None = None
    since: date | None = None  # on the article's publication date
    until: date | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.dyad:
            spec = DyadSpec.parse(self.dyad)
            pair, pair_params = spec.either()
            clauses.append(
                "q.speaker_country IN (?, ?) AND q.article_hash IN "
                f"(SELECT e.article_hash FROM events e WHERE {pair})"
            )
            params += [spec.a.country, spec.b.country, *pair_params]
        if self.speaker_country:
            if not COUNTRY.match(self.speaker_country.upper()):
                raise DyadError(
                    f"speaker_country is a three-letter country code; got {self.speaker_country!r}"
                )
            clauses.append("q.speaker_country = ?")
            params.append(self.speaker_country.upper())
        if self.article:
            clauses.append("(a.id = ? OR a.hash = ?)")
            params += [self.article, self.article]
        if self.q:
            clauses.append("lower(q.text) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.q))
        if self.since:
            clauses.append("a.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("a.published <= ?")
            params.append(self.until)
        return " AND ".join(clauses) or "1 = 1", params


def find_quotes(
    store: Any, where: QuoteFilter | None = None, limit: int = 50, cursor: str | None = None
) -> dict[str, Any]:
    """A page of quotes, newest article first."""
    if not 1 <= limit <= MAX_PAGE:
        raise DyadError(f"limit is from 1 to {MAX_PAGE}; got {limit}")
    conditions, params = (where or QuoteFilter()).where()
    if cursor:
        value, quote_id = decode_cursor(cursor, "date")
        conditions += f" AND ({PUBLISHED} < ? OR ({PUBLISHED} = ? AND q.id > ?))"
        params += [value, value, quote_id]
    rows = store.query(
        f"""SELECT q.id, q.speaker_name, q.speaker_country, q.speaker_sector, q.kind, q.text, q.record,
                   a.id, a.title, a.url, a.published, {PUBLISHED}
            FROM quotes q JOIN articles a ON a.hash = q.article_hash
            WHERE {conditions} ORDER BY {PUBLISHED} DESC, q.id LIMIT ?""",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    quotes = [
        {
            "id": r[0],
            "speaker": {"name": r[1], "country": r[2], "sector": r[3]},
            "kind": r[4],
            "text": r[5],
            "record": json.loads(r[6]) if r[6] else None,
            "article": {
                "id": r[7],
                "title": r[8],
                "url": r[9],
                "published": r[10].isoformat() if r[10] else None,
            },
        }
        for r in rows
    ]
    next_cursor = encode_cursor(rows[-1][11], rows[-1][0]) if more and rows else None
    return {"quotes": quotes, "next_cursor": next_cursor}
