"""The JSON API as a client uses it: filters, pages, dyads, alerts, exports; bad input is a 4xx with a
message, never a 500."""

import csv
import io

import pytest

from tests.serve.conftest import HOSTILE


def test_events_filter_and_page_with_a_cursor(client):
    first = client.get("/api/events", params={"dyad": "RUS-UKR", "limit": 5, "total": "true"}).json()
    assert first["total"] == 12 and len(first["events"]) == 5 and first["next_cursor"]
    seen = [e["id"] for e in first["events"]]
    cursor = first["next_cursor"]
    while cursor:
        page = client.get("/api/events", params={"dyad": "RUS-UKR", "limit": 5, "cursor": cursor}).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 12


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"country": "mex"}, 2),
        ({"dyad": "USA-MEX", "both": "true"}, 2),
        ({"actor": "USAGOV"}, 1),
        ({"root": "19"}, 12),
        ({"code": "17"}, 1),
        ({"plover": "ACCUSE"}, 1),
        ({"quad": 1}, 1),
        ({"modality": "asserted"}, 15),
        ({"since": "2026-03-05", "until": "2026-03-05"}, 3),
        ({"q": "venezuelan diplomats"}, 1),
        ({"article": "hostile-1"}, 1),
    ],
)
def test_event_filters(client, params, count):
    assert client.get("/api/events", params={**params, "total": "true"}).json()["total"] == count


def test_one_event_and_one_article(client):
    [event] = client.get("/api/events", params={"country": "COL"}).json()["events"]
    assert client.get(f"/api/events/{event['id']}").json()["sentence"] == event["sentence"]
    found = client.get(f"/api/articles/{event['article']['hash']}").json()
    assert found["article"]["id"] == "hostile-1" and HOSTILE in found["article"]["text"]
    assert [e["id"] for e in found["events"]] == [event["id"]]
    assert client.get("/api/articles", params={"q": "expulsions"}).json()["articles"][0]["id"] == "hostile-1"


def test_dyad_series_actors_and_places(client):
    series = client.get("/api/dyads/RUS-UKR/series", params={"by": "day"}).json()
    assert {"forward", "backward", "combined"} <= set(series)
    assert sum(p["material_conflict"] for p in series["forward"]) == 12
    assert sum(p["events"] for p in series["backward"]) == 0
    actors = client.get("/api/dyads/RUS-UKR/actors").json()["actors"]
    assert {a["country"] for a in actors} == {"RUS", "UKR"}
    [place] = client.get("/api/dyads/RUS-UKR/places").json()["places"]
    assert place["name"] == "Kharkiv" and place["events"] == 12
    assert client.get("/api/dyads/USA-MEX/places").json() == {"places": []}


def test_top_dyads_movers_alerts_summary_and_meta(client):
    assert client.get("/api/dyads").json()["dyads"][0]["dyad"] == "RUS-UKR"
    assert client.get("/api/movers").json()["movers"]
    found = client.get("/api/alerts").json()
    assert "z = " in found["rule"]
    assert [a["dyad"] for a in found["alerts"]] == ["RUS-UKR"]
    summary = client.get("/api/summary").json()
    assert (summary["events"], summary["articles"], summary["as_of"]) == (15, 15, "2026-03-06")
    meta = client.get("/api/meta").json()
    assert meta["countries"]["MEX"] == "Mexico" and meta["writing"] is False and meta["max_page"] == 500


def test_quotes_are_empty_but_answer(client):
    assert client.get("/api/quotes", params={"dyad": "RUS-UKR"}).json() == {"quotes": [], "next_cursor": None}


def test_export_downloads_the_current_filter(client):
    response = client.get("/api/export", params={"format": "csv", "country": "MEX"})
    assert (
        response.status_code == 200
        and 'filename="dyad-events.csv"' in response.headers["content-disposition"]
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 and {r["target_country"] for r in rows} == {"USA", "MEX"}
    gdelt = client.get("/api/export", params={"format": "gdelt", "dyad": "RUS-UKR"}).text.splitlines()
    assert len(gdelt) == 12 and all(len(line.split("\t")) == 61 for line in gdelt)
    assert client.get("/api/export", params={"format": "parquet"}).content[:4] == b"PAR1"


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=501", 422, "limit"),
        ("/api/events?limit=ten", 422, "limit"),
        ("/api/events?country=US", 422, "country"),
        ("/api/events?since=2026-02-30", 422, "since"),
        ("/api/events?since=yesterday", 422, "since"),
        ("/api/events?since=2026-03-05&until=2026-03-01", 400, "after"),
        ("/api/events?dyad=USA", 422, "dyad"),
        ("/api/events?dyad=USA-MEX-CAN", 422, "dyad"),
        ("/api/events?quad=7", 422, "quad"),
        ("/api/events?root=99", 422, "root"),
        ("/api/events?code=abc", 422, "code"),
        ("/api/events?modality=probably", 422, "modality"),
        ("/api/events?sort=sentence", 422, "sort"),
        ("/api/events?sort=date;DROP TABLE events", 422, "sort"),
        ("/api/events?cursor=garbage", 400, "cursor"),
        ("/api/events?cursor=WyIyMDI2IiwgMV0", 400, "cursor"),
        ("/api/events?q=" + "x" * 201, 422, "q"),
        ("/api/events/not-hex", 422, "event_id"),
        ("/api/events/abc123", 404, "no event"),
        ("/api/articles/missing", 404, "no article"),
        ("/api/articles/bad%20key", 422, "key"),
        ("/api/dyads/USA/series", 422, "dyad"),
        ("/api/dyads/USA-MEX/series?by=year", 422, "by"),
        ("/api/dyads/USA-MEX/series?by=day&since=1900-01-01", 400, "longer period"),
        ("/api/dyads?top=0", 422, "top"),
        ("/api/alerts?window=1", 422, "window"),
        ("/api/alerts?threshold=-1", 422, "threshold"),
        ("/api/export?format=xlsx", 422, "format"),
        ("/api/quotes?speaker_country=1", 422, "speaker_country"),
        ("/api/nothing-here", 404, "Not Found"),
    ],
)
def test_invalid_requests_get_a_4xx_with_a_clear_message(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words.lower() in response.json()["error"].lower()


def test_text_that_looks_like_sql_is_only_text(client):
    response = client.get(
        "/api/events", params={"q": "'; DROP TABLE events; --", "actor_name": "' OR 1=1 --"}
    )
    assert response.status_code == 200 and response.json()["events"] == []
    assert client.get("/api/summary").json()["events"] == 15


def test_the_openapi_schema_documents_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles",
        "/api/articles/{key}",
        "/api/quotes",
        "/api/dyads",
        "/api/dyads/{dyad}/series",
        "/api/alerts",
        "/api/movers",
        "/api/export",
        "/api/summary",
        "/api/meta",
    ):
        assert "get" in paths[path], path
    assert "post" in paths["/api/articles"]
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert names >= {
        "dyad",
        "actor",
        "country",
        "code",
        "root",
        "plover",
        "modality",
        "since",
        "until",
        "q",
        "limit",
        "cursor",
        "sort",
    }
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    body = schema["components"]["schemas"]["ArticleIn"]
    assert body["required"] == ["text"] and body["additionalProperties"] is False


def test_the_dashboard_is_served_with_its_assets_and_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in (
        "/static/app.css",
        "/static/js/app.js",
        "/static/js/dyad.js",
        "/static/world.json",
        "/static/favicon.svg",
    ):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/static/../serve/app.py").status_code == 404


def test_series_and_pairs_count_event_clusters_unless_asked_for_mentions(tmp_path):
    from dyad.store import open_store
    from tests.factories import strike_reports
    from tests.serve.conftest import client_for

    path = str(tmp_path / "reports.duckdb")
    with open_store(path) as store:
        store.add_many(strike_reports())  # four outlets on one strike (2026-03-03), one later strike
    with client_for(path, token="secret") as client:
        week = client.get("/api/dyads/RUS-UKR/series").json()["forward"][0]
        assert (week["period"], week["events"], week["mentions"], week["hosts"]) == ("2026-03-02", 1, 4, 4)
        raw = client.get("/api/dyads/RUS-UKR/series", params={"count": "mentions"}).json()
        assert raw["count"] == "mentions" and raw["forward"][0]["events"] == 4
        assert client.get("/api/dyads", params={"count": "mentions"}).json()["dyads"][0]["events"] == 5
        assert client.get("/api/dyads").json()["dyads"][0]["events"] == 2
        assert client.get("/api/dyads/RUS-UKR/series", params={"count": "all"}).status_code == 422
        # Two outlets' reports of one accusation arrive over HTTP: clustered when the series is next read.
        for n, text in enumerate(["Washington accused Mexico of shielding cartel bosses.",
                                  "Washington accused Mexico of protecting cartel bosses."]):
            posted = client.post("/api/articles", headers={"Authorization": "Bearer secret"},
                                 json={"text": text, "published": "2026-03-05", "id": f"p{n}"})
            assert posted.status_code == 201, posted.text
        pair = client.get("/api/dyads/USA-MEX/series", params={"by": "month"}).json()["forward"][0]
        assert (pair["events"], pair["mentions"]) == (1, 2)
