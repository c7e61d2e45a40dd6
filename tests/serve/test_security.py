"""Who may write and read, and the limits: the operator's tokens, body sizes, untrusted text."""

import re
from importlib import resources

import pytest

from tests.serve.conftest import client_for

ARTICLE = {
    "text": "Washington accused Mexico of failing to stop fentanyl. Officials said more.",
    "published": "2026-03-06",
    "title": "Fentanyl",
    "url": "https://wire.example/fentanyl",
}


def test_writing_is_off_without_an_operator_token(client):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 403 and "DYAD_TOKEN" in response.json()["error"]


def test_writing_needs_the_right_token(db):
    with client_for(db, token="s3cret") as client:
        assert client.post("/api/articles", json=ARTICLE).status_code == 401
        wrong = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "Bearer" in wrong.headers["www-authenticate"]


def test_a_submitted_article_is_coded_stored_and_then_readable(tmp_path):
    from dyad.store import open_store

    db = str(tmp_path / "w.duckdb")
    open_store(db).close()
    auth = {"Authorization": "Bearer s3cret"}
    with client_for(db, token="s3cret") as client:
        created = client.post("/api/articles", json=ARTICLE, headers=auth)
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["stored"] is True and body["article"]["title"] == "Fentanyl"
        assert body["events"][0]["cameo"]["code"] == "112"
        again = client.post("/api/articles", json=ARTICLE, headers=auth)
        assert again.status_code == 200 and again.json()["stored"] is False
        assert client.get("/api/summary").json()["events"] == 1  # the cached summary saw the write
        assert client.get("/api/events", params={"dyad": "USA-MEX"}).json()["events"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "x", "published": "soon"}, "published"),
        ({"text": "x", "url": "javascript:alert(1)"}, "url"),
        ({"text": "x", "extra": 1}, "extra"),
        ({"text": "x", "id": "a b"}, "id"),
        ({"text": "   "}, "no text"),
    ],
)
def test_a_bad_article_is_refused_with_a_reason(db, body, words):
    with client_for(db, token="s3cret") as client:
        response = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
        assert 400 <= response.status_code < 500
        assert words in response.json()["error"]


def test_bodies_over_the_limit_are_refused_whether_announced_or_streamed(db):
    with client_for(db, token="s3cret", max_body=1000) as client:
        auth = {"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
        big = b'{"text": "' + b"a" * 2000 + b'"}'
        announced = client.post("/api/articles", content=big, headers=auth)
        assert announced.status_code == 413 and "1,000 bytes" in announced.json()["error"]
        streamed = client.post("/api/articles", content=iter([big[:600], big[600:]]), headers=auth)
        assert streamed.status_code == 413


def test_reading_needs_the_read_token_when_the_operator_sets_one(db):
    with client_for(db, read_token="reader", token="writer") as client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/api/events", headers={"Authorization": "Bearer reader"}).status_code == 200
        assert client.get("/api/events", headers={"Authorization": "Bearer writer"}).status_code == 200
        assert client.get("/openapi.json").status_code == 200 and client.get("/").status_code == 200


def test_tokens_come_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DYAD_READ_TOKEN", "env-reader")
    from fastapi.testclient import TestClient

    from dyad.serve import create_app

    with TestClient(create_app(db)) as client:
        assert client.get("/api/summary").status_code == 401
        assert client.get("/api/summary", headers={"Authorization": "Bearer env-reader"}).status_code == 200


def test_the_dashboard_never_parses_data_as_html():
    static = resources.files("dyad.serve") / "static" / "js"
    for script in static.iterdir():
        source = script.read_text(encoding="utf-8")
        assert not re.search(
            r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", source
        ), script.name


def test_serve_binds_to_loopback_unless_told_otherwise():
    from click.testing import CliRunner

    from dyad.cli import serve
    from dyad.serve.run import is_loopback

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0")
    refused = CliRunner().invoke(serve, ["--db", "/nonexistent/x.duckdb"])
    assert "no store" in str(refused.exception)
