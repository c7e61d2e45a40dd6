"""The shared store (PostgreSQL): many writers and readers at once, the same schema and queries as DuckDB.

Bulk loads COPY each batch into temporary staging tables, then move it with INSERT ... ON CONFLICT DO
NOTHING in the same transaction: as fast as COPY, and two writers storing the same article never fail nor
duplicate it. Queries are written with `?` like DuckDB's and run as server-side `$n` parameters; results
come back as DuckDB gives them (JSON as text, whole-number sums as int), so analytics run unchanged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.types.string import TextLoader

from dyad.errors import DyadError
from dyad.records import CodingResult
from dyad.store.base import Store
from dyad.store.rows import ARTICLES, CHILD_TABLES, article_row, child_rows

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

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        cursor = self._reader().execute(placeholders(sql), list(params or []))
        return cursor.fetchall() if cursor.description else []

    def _execute_write(self, sql: str, params: Sequence[Any]) -> None:
        self._reader().execute(placeholders(sql), list(params))

    def _write_batch(self, results: list[CodingResult], ingested_at: Any) -> int:
        connection = self._reader()
        with connection.transaction(), connection.cursor() as cursor:
            _stage(cursor, "articles", ARTICLES, [article_row(r.article, ingested_at) for r in results])
            columns = ", ".join(ARTICLES)
            cursor.execute(f"INSERT INTO articles ({columns}) SELECT {columns} FROM stage_articles "
                           "ON CONFLICT DO NOTHING RETURNING hash")
            new = {h for (h,) in cursor.fetchall()}
            fresh = [r for r in results if r.article.hash in new]
            for table in CHILD_TABLES:
                rows = child_rows(table, fresh)
                if rows:
                    _stage(cursor, table.name, table.columns, rows)
                    columns = ", ".join(table.columns)
                    cursor.execute(f"INSERT INTO {table.name} ({columns}) SELECT {columns} "
                                   f"FROM stage_{table.name} ON CONFLICT DO NOTHING")
        return len(new)


    def replace_rows(self, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> None:
        connection = self._reader()
        with connection.transaction(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table}")
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


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
