"""The embedded store (DuckDB): one file, no server, safe to re-ingest the same articles.

DuckDB lets one process open a file for writing at a time. A long ingest therefore uses `SharedFileStore`,
which opens the file only for a look-up or a batch write and waits (bounded) while another process has
it, so two ingests into one file take turns; a process that holds the file for good (`dyad serve`) makes
the waiting writer give up with a clear error. Within the process, each thread reads through its own
cursor.
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

from dyad.errors import DyadError
from dyad.records import CodingResult
from dyad.store.base import EventQuery, Store
from dyad.store.rows import ARTICLES, CHILD_TABLES, Row, article_row, child_rows

__all__ = ["DuckDBStore", "EventQuery"]

ROWS_PER_INSERT = 200  # rows per multi-row INSERT: far fewer round trips than executemany
WAIT_SECONDS = float(os.environ.get("DYAD_LOCK_WAIT", "120"))  # how long a writer waits for a busy file


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
        # The connection runs one call at a time and refuses a second rather than waiting (DuckDB 2), so
        # writes, the opening thread's reads and making another thread's cursor take turns on it.
        self._busy = threading.RLock()
        with self._transaction():
            self._migrate(lambda sql, params: self.db.execute(sql, params).fetchall())

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction on the connection, its turn taken (`_busy`): committed, or rolled back on error."""
        with self._busy:
            self.db.execute("BEGIN TRANSACTION")
            try:
                yield
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        with self._transaction():
            articles = [article_row(r.article, ingested_at) for r in results]
            new = {h for (h,) in self._insert("articles", ARTICLES, articles, returning="hash")}
            fresh = [r for r in results if r.article.hash in new]
            for table in CHILD_TABLES:
                self._insert(table.name, table.columns, child_rows(table, fresh))
        return len(new)

    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Row],
                     only: Sequence[Any] | None = None) -> None:
        with self._transaction():
            if only is None:
                self.db.execute(f"DELETE FROM {table}")
            for start in range(0, len(only or ()), ROWS_PER_INSERT):
                keys = list(only[start:start + ROWS_PER_INSERT])  # type: ignore[index]
                self.db.execute(f"DELETE FROM {table} WHERE {columns[0]} IN ({', '.join('?' * len(keys))})",
                                keys)
            self._insert(table, columns, rows)

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
        if threading.get_ident() == self._owner:
            with self._busy:
                return self.db.execute(sql, list(params or [])).fetchall()
        return self._cursor().execute(sql, list(params or [])).fetchall()

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        with self._busy:
            self.db.execute(sql, list(params))

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's own cursor: a DuckDB connection must not run two statements at once."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            with self._busy:
                cursor = self._local.cursor = self.db.cursor()
        return cursor


class SharedFileStore(Store):
    """A DuckDB file opened only while a look-up or a batch is written, then closed, so that another
    process (a second ingest) can write between our batches. Finding the file busy, it retries for up to
    `wait` seconds, says so once on stderr, and then gives up with the reason."""

    json_name_sql = DuckDBStore.json_name_sql

    def __init__(self, path: str, wait: float = WAIT_SECONDS) -> None:
        self.path = self.address = path
        self.wait = wait
        self._told = False
        with self._open():  # create and migrate now: a bad path fails before any coding
            pass

    @contextmanager
    def _open(self) -> Iterator[DuckDBStore]:
        deadline = time.monotonic() + self.wait
        while True:
            try:
                store = DuckDBStore(self.path)
                break
            except DyadError as error:
                if "lock" not in str(error):
                    raise
                if time.monotonic() > deadline:
                    raise DyadError(
                        f"the store {self.path} stayed busy for {self.wait:.0f} s: another process holds it "
                        "(a running `dyad serve` holds its file: stop it, or add articles through its "
                        "POST /api/articles; for many writers at once use PostgreSQL, --db postgresql://...);"
                        " what was stored stays stored: run the same command again to resume") from None
                if not self._told:
                    print(f"dyad: the store {self.path} is in use by another process; waiting for it "
                          f"(up to {self.wait:.0f} s at a time)", file=sys.stderr)
                    self._told = True
                time.sleep(0.05 + random.random() * 0.2)  # apart, so two waiting writers do not collide
        try:
            yield store
        finally:
            store.close()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        with self._open() as store:
            return store.query(sql, params)

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        with self._open() as store:
            return store._write_batch(results, ingested_at)

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        with self._open() as store:
            store._execute_write(sql, params)

    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Row],
                     only: Sequence[Any] | None = None) -> None:
        with self._open() as store:
            store.replace_rows(table, columns, rows, only)

    def close(self) -> None:
        """Nothing is held between operations."""
