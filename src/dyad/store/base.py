"""What every store offers, written once in portable SQL; a backend supplies the connection and bulk load.

Writes are batched: `add_many` stores many articles in one transaction, so a killed ingest loses at most
the open batch and a re-run completes it. Articles are keyed by the hash of their text and every insert
skips keys already there, so two writers storing the same article (or a re-run) never duplicate a record.
SQL here uses `?` placeholders; a backend whose driver wants another style translates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dyad.errors import DyadError
from dyad.records import CodingResult, Failure
from dyad.store import migrate
from dyad.store.rows import Row, now, unique_articles


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


LOOKUP_CHUNK = 500  # hashes per IN (...) look-up


class Store:
    """The operations ingest, the CLI and the analytics use; `query` runs portable read-only SQL."""

    address: str
    json_name_sql = ""  # the backend's expression for record's cameo name (see code_counts)

    # ---- what a backend provides ---------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        """Insert new articles and their records in one transaction; the number of articles inserted."""
        raise NotImplementedError

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        raise NotImplementedError

    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Row],
                     only: Sequence[Any] | None = None) -> None:
        """Empty a derived table (event clusters) and fill it anew, in one transaction; with `only`, just
        the rows whose first column is one of those keys."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # ---- shared ----------------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self, execute: Any, dialect: Any = str) -> None:
        """Run pending migrations through `execute(sql, params)` inside the caller's transaction."""
        execute(migrate.TRACKING, [])
        applied = {v: c for v, c in execute("SELECT version, checksum FROM schema_migrations", [])}
        for migration in migrate.pending(applied):
            migrate.apply(lambda sql: execute(sql, []), migration, dialect)
            execute("DELETE FROM schema_migrations WHERE version = ?", [migration.version])
            execute("INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                    [migration.version, migration.name, migration.checksum, now()])

    def add(self, result: CodingResult) -> bool:
        """Store an article and its records in one transaction; False if it was already stored."""
        return self.add_many([result]) == 1

    def add_many(self, results: Iterable[CodingResult]) -> int:
        """Store articles and their records in one transaction; how many were new."""
        batch = unique_articles(results)
        return self._write_batch(batch, now()) if batch else 0

    def has_article(self, article_hash: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE hash = ?", [article_hash]))

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these article hashes are stored: one look-up per few hundred, for resuming."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start:start + LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self.query(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk)
            found.update(h for (h,) in rows)
        return found

    def add_failure(self, failure: Failure) -> None:
        self._execute_write(
            "INSERT INTO failures (origin, reason, failed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [failure.origin, failure.reason, now()],
        )

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        query = query or EventQuery()
        where, params = query.where()
        sql = f"SELECT record FROM events{where} ORDER BY event_date NULLS LAST, article_id, id"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        return [_json(row[0]) for row in self.query(sql, params)]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "actors", "failures")
        return {t: int(self.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}

    def dyad_counts(self, limit: int = 10) -> list[tuple[str, str, int, float]]:
        """(source, target, events, mean Goldstein) for the busiest country pairs."""
        rows = self.query(
            """SELECT source_country, target_country, count(*) AS n, avg(goldstein)
               FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                 AND source_country <> target_country
               GROUP BY source_country, target_country
               ORDER BY n DESC, source_country, target_country LIMIT ?""",
            [limit],
        )
        return [(s, t, int(n), round(float(g), 2)) for s, t, n, g in rows]

    def code_counts(self, limit: int = 10) -> list[tuple[str, str, int]]:
        rows = self.query(
            f"""SELECT cameo_code, min({self.json_name_sql}), count(*) AS n
                FROM events GROUP BY cameo_code ORDER BY n DESC, cameo_code LIMIT ?""",
            [limit],
        )
        return [(code, name, int(n)) for code, name, n in rows]

    def failures(self) -> list[tuple[str, str]]:
        rows = self.query("SELECT origin, reason FROM failures ORDER BY failed_at, origin")
        return [(origin, reason) for origin, reason in rows]

    def quotes(self, speaker: str | None = None, about: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored quotes, oldest article first and in text order: `speaker` matches words of the speaker's
        name or description ("Sheinbaum", "ministry"), `about` words of the quote (case-insensitive).

        The same on every backend: SQL only narrows by plain ASCII words (PostgreSQL's lower() leaves
        "É" alone under the C locale, DuckDB's does not), and the matching itself is Python's casefold."""
        where, params = "", []
        if about and about.isascii():
            where = " WHERE lower(q.text) LIKE ? ESCAPE '\\'"
            params.append(_like(about))
        rows = self.query(
            f"""SELECT q.record FROM quotes q JOIN articles a ON a.hash = q.article_hash{where}
                ORDER BY a.published, q.article_hash""", params)
        records = [_json(r[0]) for r in rows]
        order = {a: i for i, a in enumerate(dict.fromkeys(r["article_id"] for r in records))}
        records.sort(key=lambda r: (order[r["article_id"]], r["span"][0], r["span"][1], r["id"]))
        if about:
            records = [r for r in records if about.casefold() in r["text"].casefold()]
        if speaker:
            wanted = speaker.casefold()
            records = [r for r in records if r["speaker"] and wanted in
                       f"{r['speaker'].get('name') or ''} {r['speaker'].get('text') or ''}".casefold()]
        return records[:limit] if limit else records

    def article_records(self, table: str, article: str) -> list[dict[str, Any]]:
        """The stored quotes, places or time expressions of one article (its id or hash), in text order."""
        if table not in {"quotes", "places", "times"}:
            raise DyadError(f"no such record table: {table}")
        rows = self.query(f"SELECT record FROM {table} WHERE article_id = ? OR article_hash = ?",
                          [article, article])
        return sorted((_json(r[0]) for r in rows), key=lambda r: (r["span"][0], r["span"][1], r["id"]))


def _like(text: str) -> str:
    """A LIKE pattern for `text` anywhere, LIKE's own wildcards escaped."""
    return "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value
