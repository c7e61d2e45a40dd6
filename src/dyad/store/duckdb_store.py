"""The embedded store (DuckDB): one file, no server, safe to re-ingest the same articles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import DyadError
from dyad.records import CodingResult, Event, Failure

SCHEMA = (Path(__file__).with_name("schema.sql")).read_text(encoding="utf-8")


@dataclass(slots=True)
class EventQuery:
    dyad: str | None = None  # "USA-MEX": source USA, target MEX
    both_directions: bool = False
    country: str | None = None  # either side
    since: date | None = None
    until: date | None = None
    code: str | None = None  # CAMEO code prefix ("19", "042")
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.dyad:
            parts = self.dyad.upper().split("-")
            if len(parts) != 2 or not all(parts):
                raise DyadError(
                    f"a dyad is two country codes joined by a dash, like USA-MEX; got {self.dyad!r}"
                )
            pair = "(source_country = ? AND target_country = ?)"
            if self.both_directions:
                clauses.append(f"({pair} OR {pair})")
                params += [parts[0], parts[1], parts[1], parts[0]]
            else:
                clauses.append(pair)
                params += parts
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper(), self.country.upper()]
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.code:
            clauses.append("starts_with(cameo_code, ?)")
            params.append(self.code)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _event_date(event: Event) -> date | None:
    value = event.date.value
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class DuckDBStore:
    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.db = duckdb.connect(path)
        except duckdb.Error as error:
            raise DyadError(f"cannot open the store {path}: {error}") from None
        self.db.execute(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE hash = ?", [article_hash]).fetchone() is not None

    def add(self, result: CodingResult) -> bool:
        """Store an article and its records in one transaction; False if it was already stored."""
        article = result.article
        if self.has_article(article.hash):
            return False
        now = datetime.now(UTC).replace(tzinfo=None)
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [article.hash, article.id, article.title, article.url, article.published, article.origin,
                 article.text, now],
            )
            if result.events:
                self.db.executemany(
                    f"INSERT OR IGNORE INTO events VALUES ({', '.join(['?'] * 21)})",
                    [self._event_row(article.hash, e) for e in result.events],
                )
            if result.actors:
                self.db.executemany(
                    "INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [[a.id, article.hash, a.name, a.kind, a.country, a.sector, json.dumps(a.to_dict())]
                     for a in result.actors],
                )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return True

    @staticmethod
    def _event_row(article_hash: str, event: Event) -> list[Any]:
        target = event.target
        return [
            event.id, article_hash, event.article_id, event.source.country, event.source.sector,
            event.source.name or event.source.text, target.country if target else None,
            target.sector if target else None, (target.name or target.text) if target else None,
            event.cameo.code, event.cameo.root, event.cameo.quad_class, event.cameo.goldstein,
            event.plover.type, event.modality, event.date.value, event.date.precision, _event_date(event),
            event.confidence, event.sentence, json.dumps(event.to_dict()),
        ]

    def add_failure(self, failure: Failure) -> None:
        self.db.execute("INSERT OR IGNORE INTO failures VALUES (?, ?, ?)",
                        [failure.origin, failure.reason, datetime.now(UTC).replace(tzinfo=None)])

    # ---- queries -------------------------------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a read-only, parameterised SQL query (portable SQL: the same runs on every backend)."""
        return self.db.execute(sql, params or []).fetchall()

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        query = query or EventQuery()
        where, params = query.where()
        sql = f"SELECT record FROM events{where} ORDER BY event_date NULLS LAST, article_id, id"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        return [json.loads(row[0]) for row in self.db.execute(sql, params).fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "actors", "failures")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # type: ignore[index]

    def dyad_counts(self, limit: int = 10) -> list[tuple[str, str, int, float]]:
        """(source, target, events, mean Goldstein) for the busiest country pairs."""
        return self.db.execute(
            """SELECT source_country, target_country, count(*) AS n, round(avg(goldstein), 2)
               FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                 AND source_country <> target_country
               GROUP BY ALL ORDER BY n DESC, source_country, target_country LIMIT ?""",
            [limit],
        ).fetchall()

    def code_counts(self, limit: int = 10) -> list[tuple[str, str, int]]:
        rows = self.db.execute(
            """SELECT cameo_code, json_extract_string(any_value(record), '$.cameo.name'), count(*) AS n
               FROM events GROUP BY cameo_code ORDER BY n DESC, cameo_code LIMIT ?""",
            [limit],
        ).fetchall()
        return [(code, name, n) for code, name, n in rows]

    def failures(self) -> list[tuple[str, str]]:
        return self.db.execute("SELECT origin, reason FROM failures ORDER BY failed_at").fetchall()
