"""Storing coded articles. DuckDB is the embedded default; `open_store` picks the backend from the address."""

from __future__ import annotations

from dyad.store.base import EventQuery, Store
from dyad.store.duckdb_store import DuckDBStore

DEFAULT_DB = "dyad.duckdb"


def is_server_address(address: str) -> bool:
    """A database server's URL rather than a DuckDB file."""
    return address.startswith(("postgresql://", "postgres://"))


def open_store(address: str = DEFAULT_DB) -> Store:
    """PostgreSQL for postgresql://user:password@host/db (or postgres://), else a DuckDB file."""
    if is_server_address(address):
        from dyad.store.postgres_store import PostgresStore

        return PostgresStore(address)
    return DuckDBStore(address)


__all__ = ["DEFAULT_DB", "DuckDBStore", "EventQuery", "Store", "is_server_address", "open_store"]
