"""The store and the coder as the server shares them between request threads.

A DuckDB connection must not run two statements at once, so each request thread reads through its own
cursor on the same database (reads run in parallel and see every committed write); writes go through
the store under a lock. The coder (spaCy) is loaded on the first POST, once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from dyad.records import CodingResult
from dyad.store import open_store

T = TypeVar("T")
CACHE_SIZE = 256


class SharedStore:
    """While the server runs, DuckDB's file lock keeps other processes from writing, so every change goes
    through `add`: analytics are cached until the next one (`version`)."""

    def __init__(self, path: str) -> None:
        self.store = open_store(path)
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self.version = 0
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_lock = threading.Lock()

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`'s result for `key` as of the current version of the store."""
        full = (self.version, key)
        with self._cache_lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        value = compute()
        with self._cache_lock:
            self._cache[full] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        # Every store reads through one connection (DuckDB: cursor) per thread: DuckDB and PostgreSQL alike.
        return self.store.query(sql, params)

    def add(self, result: CodingResult) -> bool:
        with self.write_lock:
            stored = self.store.add(result)
            if stored:
                self.version += 1
            return stored

    def replace_rows(self, table: str, columns: Any, rows: list[Any], only: Any = None) -> None:
        """Derived rows (event clusters, made as analytics need them): a write, so under the lock."""
        with self.write_lock:
            self.store.replace_rows(table, columns, rows, only)

    def has_article(self, article_hash: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE hash = ?", [article_hash]))

    def close(self) -> None:
        self.store.close()


class LazyCoder:
    def __init__(self, factory: Any = None) -> None:
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    def code(self, article: Any) -> CodingResult:
        with self._lock:
            if self._coder is None:
                self._coder = (self._factory or _watched_coder)()
            return self._coder.code(article)

    def close(self) -> None:
        with self._lock:
            if hasattr(self._coder, "close"):
                self._coder.close()
            self._coder = None


def _watched_coder() -> Any:
    """The Coder in a watched worker process (dyad.engine.supervised): an article over the time limit or
    the memory cap is refused with the limit named, and the server goes on."""
    from dyad.engine.supervised import Supervisor
    from dyad.pipeline import Coder

    return Supervisor(Coder)
