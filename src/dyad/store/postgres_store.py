"""The shared store (PostgreSQL): many writers and readers at once, the same schema and queries as DuckDB.

Bulk loads COPY each batch into temporary staging tables, then move it with INSERT ... ON CONFLICT DO
NOTHING in the same transaction: as fast as COPY, and two writers storing the same article never fail nor
duplicate it. Queries are written with `?` like DuckDB's and run as server-side `$n` parameters; results
come back as DuckDB gives them (JSON as text, whole-number sums as int), so analytics run unchanged.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.types.string import TextLoader

from dyad.errors import DyadError
from dyad.records import CodingResult
from dyad.store.base import Store
from dyad.store.rows import ARTICLES, CHILD_TABLES, article_row, child_rows

DEADLOCK_RETRIES = 3
RECONNECT_SECONDS = 120  # how long a lost server (a restart, a failover) is waited for before giving up
MIGRATION_LOCK = 7_406_351  # pg_advisory_xact_lock key: one process migrates at a time

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?")


def placeholders(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2, ...`, leaving quoted text and comments alone."""
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        if match.group(0) != "?":
            return match.group(0)
        count += 1
        return f"${count}"

    return _TOKENS.sub(number, sql)


def dialect(sql: str) -> str:
    """The few words of the shared schema PostgreSQL spells differently."""
    return re.sub(r"\bDOUBLE\b(?!\s+PRECISION)", "DOUBLE PRECISION", sql, flags=re.IGNORECASE)


class PostgresStore(Store):
    json_name_sql = "(record::jsonb #>> '{cameo,name}')"

    def __init__(self, address: str) -> None:
        self.address = address
        self._local = threading.local()
        self._connections: list[psycopg.Connection] = []
        self._lock = threading.Lock()
        self.db = self._connect()
        self._owner = threading.get_ident()
        with self.db.transaction():
            self.db.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            self._migrate(self.query, dialect)

    def _connect(self) -> psycopg.Connection:
        try:
            connection = psycopg.connect(self.address, autocommit=True, cursor_factory=psycopg.RawCursor,
                                         options="-c TimeZone=UTC")
        except psycopg.Error as error:
            raise DyadError(f"cannot open the store {_safe(self.address)}: {error}".strip()) from None
        # As DuckDB returns them: JSON as its text, integral NUMERIC (sum of integers) as int.
        for name in ("json", "jsonb"):
            connection.adapters.register_loader(name, TextLoader)
        connection.adapters.register_loader("numeric", _NumberLoader)
        with self._lock:
            self._connections.append(connection)
        return connection

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()

    def _reader(self) -> psycopg.Connection:
        """One connection per thread, so request threads of the server read and write in parallel."""
        if threading.get_ident() == self._owner:
            return self.db
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = self._connect()
        return connection

    def _retrying(self, operation: Callable[..., Any], *args: Any) -> Any:
        """`operation(*args)`; when the server drops the connection (restarted, failed over), say so, wait
        for it, reconnect and run the operation once more: every write is one transaction that inserts
        only what is missing, so a batch cut off mid-way is neither lost nor doubled."""
        try:
            return operation(*args)
        except psycopg.OperationalError as error:
            if not self._reader().broken and not self._reader().closed:
                raise
            self._reconnect(error)
            return operation(*args)

    def _reconnect(self, error: Exception) -> None:
        lost = self._reader()
        print(f"dyad: the connection to the store {_safe(self.address)} was lost "
              f"({str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__}); "
              "reconnecting", file=sys.stderr)
        deadline = time.monotonic() + RECONNECT_SECONDS
        while True:
            try:
                connection = self._connect()
                break
            except DyadError as failure:
                if time.monotonic() > deadline:
                    raise DyadError(f"lost the connection to the store and could not reconnect within "
                                    f"{RECONNECT_SECONDS} s: {failure}; what was stored stays stored: run "
                                    "the same command again to resume") from None
                time.sleep(0.5)
        with self._lock:
            if lost in self._connections:
                self._connections.remove(lost)
        if threading.get_ident() == self._owner:
            self.db = connection
        else:
            self._local.connection = connection

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        def run() -> list[tuple[Any, ...]]:
            cursor = self._reader().execute(placeholders(sql), list(params or []))
            return cursor.fetchall() if cursor.description else []

        return self._retrying(run)

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        self._retrying(lambda: self._reader().execute(placeholders(sql), list(params)))

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        """Articles are inserted in hash order, so concurrent writers lock keys in one order and cannot
        deadlock; should the server still abort a batch as a deadlock, it is simply written again."""
        for attempt in range(DEADLOCK_RETRIES):
            try:
                return self._retrying(self._write_once, results, ingested_at)
            except psycopg.errors.DeadlockDetected:
                if attempt == DEADLOCK_RETRIES - 1:
                    raise
        return 0

    def _write_once(self, results: list[CodingResult], ingested_at: Any) -> int:
        connection = self._reader()
        with connection.transaction(), connection.cursor() as cursor:
            _stage(cursor, "articles", ARTICLES, [article_row(r.article, ingested_at) for r in results])
            columns = ", ".join(ARTICLES)
            cursor.execute(f"INSERT INTO articles ({columns}) SELECT {columns} FROM stage_articles "
                           "ORDER BY hash ON CONFLICT DO NOTHING RETURNING hash")
            new = {h for (h,) in cursor.fetchall()}
            fresh = [r for r in results if r.article.hash in new]
            for table in CHILD_TABLES:
                rows = child_rows(table, fresh)
                if rows:
                    _stage(cursor, table.name, table.columns, rows)
                    columns = ", ".join(table.columns)
                    cursor.execute(f"INSERT INTO {table.name} ({columns}) SELECT {columns} "
                                   f"FROM stage_{table.name} ORDER BY 1 ON CONFLICT DO NOTHING")
        return len(new)


    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Sequence[Any]],
                     only: Sequence[Any] | None = None) -> None:
        connection = self._reader()
        with connection.transaction(), connection.cursor() as cursor:
            if only is None:
                cursor.execute(f"DELETE FROM {table}")
            else:
                cursor.execute(f"DELETE FROM {table} WHERE {columns[0]} = ANY($1)", [list(only)])
            # Through a staging table: another process re-clustering at the same time wins, no error.
            _stage(cursor, table, columns, rows)
            names = ", ".join(columns)
            updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
            cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM stage_{table} ORDER BY 1 "
                           f"ON CONFLICT ({columns[0]}) DO UPDATE SET {updates}")


def _stage(cursor: Any, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> None:
    """COPY rows into a temporary table shaped like `table`, emptied when the transaction ends."""
    cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage_{table} "
                   f"(LIKE {table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
    with cursor.copy(f"COPY stage_{table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _safe(address: str) -> str:
    """The address without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", address)


class _NumberLoader(Loader):
    def load(self, data: Any) -> int | float:
        text = bytes(data).decode()
        if text in {"NaN", "Infinity", "-Infinity"}:
            return float(text)
        return int(text) if "." not in text and "e" not in text.lower() else float(text)
