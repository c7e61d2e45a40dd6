"""The API serves a PostgreSQL store as it serves a DuckDB file, while another process may write to it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from dyad.serve.app import create_app
from dyad.store import open_store
from tests.factories import story
from tests.stores import postgres_address


def test_the_api_reads_a_postgres_store_and_sees_another_writers_articles():
    address = postgres_address()
    with open_store(address) as store:
        store.add_many([story(n, "RUS", "UKR", "190", "2026-03-03") for n in range(3)])
    with TestClient(create_app(address)) as client:
        assert client.get("/api/dyads").json()["dyads"][0]["events"] == 3
        with open_store(address) as writer:  # another writer, while the server holds its connections
            writer.add_many([story(9, "MEX", "USA", "042", "2026-03-04")])
        assert client.get("/api/articles/" + story(9, "MEX", "USA", "042", "2026-03-04").article.id
                          ).status_code == 200
