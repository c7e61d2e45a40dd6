"""Storing coded articles. DuckDB is the embedded default; `open_store` picks the backend from the address."""

from __future__ import annotations

from dyad.store.duckdb_store import DuckDBStore, EventQuery

DEFAULT_DB = "dyad.duckdb"


def open_store(address: str = DEFAULT_DB) -> DuckDBStore:
    return DuckDBStore(address)


__all__ = ["DEFAULT_DB", "DuckDBStore", "EventQuery", "open_store"]
