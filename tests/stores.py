"""Store addresses for tests: a DuckDB file, and PostgreSQL when DYAD_TEST_POSTGRES names a server.

.ci/run starts Debian's PostgreSQL and sets DYAD_TEST_POSTGRES; without it the PostgreSQL cases skip.
Each test gets an empty database: the test server's public schema is dropped and made anew.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

POSTGRES_ENV = "DYAD_TEST_POSTGRES"
BACKENDS = ["duckdb", "postgres"]


def postgres_address() -> str:
    address = os.environ.get(POSTGRES_ENV)
    if not address:
        pytest.skip(f"{POSTGRES_ENV} is not set (PostgreSQL store tests run in CI)")
    import psycopg

    with psycopg.connect(address, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return address


def empty_store_address(backend: str, directory: Path) -> str:
    return postgres_address() if backend == "postgres" else str(directory / "test.duckdb")
