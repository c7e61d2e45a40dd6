"""SQL injection and oversized requests against every parameter of every endpoint, found from the OpenAPI
schema (an endpoint added later is covered without editing this file): never a 5xx, never a changed
store, never a match that the words themselves do not make."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyad.analyze.filters import EventFilter, find_events
from dyad.errors import DyadError
from dyad.store import open_store
from tests.fuzzing import fuzz_settings, timed
from tests.serve.conftest import client_for

PAYLOADS = [
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    "1; DELETE FROM articles",
    "USA-MEX' OR '1'='1",
    "') OR ('1'='1",
    "' UNION SELECT record, 1, 2, 3, 4, 5, 6, 7 FROM events --",
    "1) OR 1=1 --",
    "%",
    "_",
    "\\",
    "%' --",
    "2026-03-05' OR '1'='1",
    "19%",
    "0 OR 1=1",
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "null",
    "\x00",
    "ＵＳＡ",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "$(id)",
    "{{7*7}}",
]
TEXT_FILTERS = {"q", "actor_name", "article"}  # free words: what they match must contain them


def matches(event: dict, name: str, words: str) -> bool:
    """Whether `event` holds `words` literally where filter `name` looks (no SQL meaning, no wildcard)."""
    words = words.lower()
    if name == "q":
        return words in event["sentence"].lower()
    if name == "actor_name":
        sides = [event["source"], event["target"] or {}]
        return any(words in (side.get("name") or side.get("text") or "").lower() for side in sides)
    return words in (event["article"]["id"], event["article"]["hash"])


def get_endpoints(schema: dict) -> list[tuple[str, list[dict]]]:
    return [(path, ops["get"].get("parameters", [])) for path, ops in schema["paths"].items() if "get" in ops]


def request_for(path: str, parameters: list[dict], name: str, value: str) -> tuple[str, dict]:
    """The URL and query that send `value` as parameter `name` (path parameters get a valid default)."""
    defaults = {"dyad": "RUS-UKR", "event_id": "abc123", "key": "hostile-1"}
    url = path
    for parameter in parameters:
        if parameter["in"] == "path":
            given = value if parameter["name"] == name else defaults.get(parameter["name"], "x")
            url = url.replace("{" + parameter["name"] + "}", quote(given, safe=""))
    return url, ({name: value} if any(p["name"] == name and p["in"] == "query" for p in parameters) else {})


@pytest.fixture(scope="module")
def endpoints(client):
    found = get_endpoints(client.get("/openapi.json").json())
    assert len(found) >= 12
    return found


def test_injection_through_every_parameter_of_every_endpoint(client, db, endpoints):
    tried = 0
    for path, parameters in endpoints:
        for parameter in parameters:
            for payload in PAYLOADS:
                url, params = request_for(path, parameters, parameter["name"], payload)
                response = client.get(url, params=params)
                tried += 1
                where = f"{url} {parameter['name']}={payload!r}"
                assert response.status_code < 500, (where, response.text)
                if response.status_code >= 400:
                    assert "error" in response.json(), where
                elif path == "/api/events" and parameter["name"] in TEXT_FILTERS:
                    for found in response.json()["events"]:
                        assert matches(found, parameter["name"], payload), where
    assert tried > 500
    with client_for(db) as fresh:
        assert fresh.get("/api/summary").json()["events"] == 15


def test_the_store_is_unchanged_by_the_attempts(client):
    summary = client.get("/api/summary").json()
    ids = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["events"]]
    for payload in PAYLOADS:
        client.get("/api/events", params={"q": payload, "actor_name": payload})
        client.get("/api/articles", params={"q": payload})
        client.get("/api/quotes", params={"q": payload, "article": payload})
    assert client.get("/api/summary").json() == summary
    assert [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["events"]] == ids
    assert client.get("/api/events", params={"total": "true", "limit": 500}).json()["total"] == 15


@pytest.mark.parametrize("field", ["dyad", "actor", "actor_name", "country", "code", "root", "plover",
                                   "modality", "q", "article"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_python_filters_refuse_or_match_nothing(db_copy, field, payload):
    """The same filters as the CLI's `dyad export` and the API use, called directly."""
    with open_store(db_copy) as store:
        try:
            where = EventFilter(**{field: payload})
        except DyadError:
            return
        for found in find_events(store, where, limit=50).events:
            assert field in TEXT_FILTERS and matches(found, field, payload), (field, payload)
        assert store.counts()["events"] == 15


@pytest.fixture(scope="module")
def db_copy(db, tmp_path_factory):
    import shutil

    copy = tmp_path_factory.mktemp("copy") / "copy.duckdb"
    with open_store(db) as store:  # a checkpoint, so the copy holds everything
        store.query("CHECKPOINT")
    shutil.copy(db, copy)
    return str(copy)


def test_submitted_text_that_looks_like_sql_is_stored_as_text(tmp_path):
    db = str(tmp_path / "w.duckdb")
    open_store(db).close()
    auth = {"Authorization": "Bearer s3cret"}
    hostile = {
        "text": "Mexico accused Canada'); DROP TABLE events; -- of spying. More followed.",
        "title": "'; DELETE FROM articles; --",
        "id": "sql-1",
        "url": "https://news.example/?q=' OR 1=1",
    }
    with client_for(db, token="s3cret") as client:
        created = client.post("/api/articles", json=hostile, headers=auth)
        assert created.status_code == 201, created.text
        article = client.get("/api/articles/sql-1").json()["article"]
        assert (article["title"], article["url"]) == (hostile["title"], hostile["url"])
        assert client.get("/api/summary").json()["articles"] == 1


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?q=" + "x" * 5000, 414, "query string"),
        ("/api/events?" + "&".join(f"country=USA&x{n}=1" for n in range(600)), 414, "query string"),
        ("/api/articles/" + "a" * 2000, 414, "path"),
        ("/api/events?actor_name=" + "x" * 201, 422, "actor_name"),
        ("/api/articles?q=" + "x" * 201, 422, "q"),
        ("/api/quotes?q=" + "x" * 201, 422, "q"),
        ("/api/events?cursor=" + "x" * 401, 422, "cursor"),
        ("/api/events?article=" + "x" * 201, 422, "article"),
    ],
)
def test_query_sizes_are_limited(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


@fuzz_settings(0.03)
@given(data=st.data())
def test_any_value_for_any_parameter_is_answered_without_a_server_error(client, endpoints, data):
    path, parameters = data.draw(st.sampled_from([e for e in endpoints if e[1]]))
    chosen = data.draw(
        st.lists(st.sampled_from(parameters), min_size=1, max_size=4, unique_by=lambda p: p["name"])
    )
    values = st.one_of(
        st.sampled_from(PAYLOADS), st.text(max_size=60), st.integers().map(str), st.dates().map(str),
        st.sampled_from(["true", "false", "RUS-UKR", "USA", "19", "week"]),
    )
    url, params = path, {}
    for parameter in chosen:
        value = data.draw(values)
        url, extra = request_for(url, parameters, parameter["name"], value)
        params.update(extra)
    response = timed("API request", lambda: client.get(url, params=params))
    assert response.status_code < 500, (url, params, response.text)
