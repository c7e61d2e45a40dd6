"""The embedded store (DuckDB): one file, no server, safe to re-ingest the same articles.

DuckDB lets one process write a file at a time: a second writer gets a clear error (concurrent writers
need PostgreSQL). Within the process, each thread reads through its own cursor.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import duckdb

from dyad.errors import DyadError
from dyad.records import CodingResult
from dyad.store.base import EventQuery, Store
from dyad.store.rows import ARTICLES, CHILD_TABLES, Row, article_row, child_rows

__all__ = ["DuckDBStore", "EventQuery"]

ROWS_PER_INSERT = 200  # rows per multi-row INSERT: far fewer round trips than executemany


class DuckDBStore(Store):
    json_name_sql = "json_extract_string(record, '$.cameo.name')"

    def __init__(self, path: str) -> None:
        self.path = self.address = path
        try:
            self.db = duckdb.connect(path)
        except duckdb.Error as error:
            hint = "" if "lock" not in str(error) else (
                " (another process has it open: DuckDB allows one writing process; a shared store for "
                "concurrent writers is PostgreSQL, --db postgresql://...)")
            raise DyadError(f"cannot open the store {path}: {error}{hint}") from None
        self._owner = threading.get_ident()
        self._local = threading.local()
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._migrate(lambda sql, params: self.db.execute(sql, params).fetchall())
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        self.db.execute("BEGIN TRANSACTION")
        try:
            articles = [article_row(r.article, ingested_at) for r in results]
            new = {h for (h,) in self._insert("articles", ARTICLES, articles, returning="hash")}
            fresh = [r for r in results if r.article.hash in new]
            for table in CHILD_TABLES:
                self._insert(table.name, table.columns, child_rows(table, fresh))
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return len(new)

    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute(f"DELETE FROM {table}")
            self._insert(table, columns, rows)
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def _insert(self, table: str, columns: Sequence[str], rows: list[Row],
                returning: str = "") -> list[tuple]:
        """Multi-row INSERTs that skip keys already stored; the `returning` column of the rows inserted."""
        inserted: list[tuple] = []
        marks = "(" + ", ".join("?" * len(columns)) + ")"
        for start in range(0, len(rows), ROWS_PER_INSERT):
            chunk = rows[start:start + ROWS_PER_INSERT]
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([marks] * len(chunk))} "
                   f"ON CONFLICT DO NOTHING" + (f" RETURNING {returning}" if returning else ""))
            cursor = self.db.execute(sql, [value for row in chunk for value in row])
            if returning:
                inserted += cursor.fetchall()
        return inserted

    # ---- queries -------------------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a read-only, parameterised SQL query (portable SQL: the same runs on every backend)."""
        return self._reader().execute(sql, list(params or [])).fetchall()

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        self.db.execute(sql, list(params))

    def _reader(self) -> duckdb.DuckDBPyConnection:
        """The connection for this thread: a DuckDB connection must not run two statements at once."""
        if threading.get_ident() == self._owner:
            return self.db
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._local.cursor = self.db.cursor()
        return cursor

