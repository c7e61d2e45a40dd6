"""Storing coded articles. DuckDB is the embedded default; `open_store` picks the backend from the address."""

from __future__ import annotations

from dyad.store.base import EventQuery, Store
from dyad.store.duckdb_store import DuckDBStore

DEFAULT_DB = "dyad.duckdb"


def is_server_address(address: str) -> bool:
    """A database server's URL rather than a DuckDB file."""
    return address.startswith(("postgresql://", "postgres://"))


def open_store(address: str = DEFAULT_DB, hold: bool = True) -> Store:
    """PostgreSQL for postgresql://user:password@host/db (or postgres://), else a DuckDB file. With
    `hold=False` (a long ingest), a DuckDB file is opened only while it is read or written, so that other
    processes can write to it in between (dyad.store.duckdb_store.SharedFileStore)."""
    if is_server_address(address):
        from dyad.store.postgres_store import PostgresStore

        return PostgresStore(address)
    if not hold:
        from dyad.store.duckdb_store import SharedFileStore

        return SharedFileStore(address)
    return DuckDBStore(address)


__all__ = ["DEFAULT_DB", "DuckDBStore", "EventQuery", "Store", "is_server_address", "open_store"]
