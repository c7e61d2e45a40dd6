"""Analytics give the same answers from PostgreSQL as from DuckDB (helper code runs portable SQL)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from dyad.analyze import AlertRule, EventFilter, alerts, dyad_series, find_events, movers, top_dyads
from dyad.analyze.actors import top_actors
from dyad.analyze.articles import get_article, list_articles
from dyad.analyze.overview import summary
from dyad.store import open_store
from tests.factories import story
from tests.stores import empty_store_address

STORIES = [
    story(n, source, target, code, f"2026-{month:02d}-{day:02d}", host=host)
    for n, (source, target, code, month, day, host) in enumerate(
        [(s, t, c, m, d, h)
         for m in (1, 2, 3) for d in (3, 11, 19, 27)
         for s, t, c, h in [("RUSMIL", "UKR", "190", "www.a.example"), ("USAGOV", "MEX", "112", "b.example"),
                            ("MEX", "USA", "042", "a.example"), ("UKR", "RUS", "138", "c.example")]]
        + [("RUSMIL", "UKR", "190", 3, 28 + k, "d.example") for k in range(3)]
    )
]


def plain(value: Any) -> Any:
    """Results as comparable plain data, floats to 9 digits (sums may add in another order), without the
    time each store was written."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k != "ingested_at"}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return round(value, 9) if isinstance(value, float) else value


def analyses(store: Any) -> dict[str, Any]:
    first = find_events(store, EventFilter(country="UKR"), limit=5)
    return {
        "summary": summary(store),
        "dyads": top_dyads(store, 10),
        "series": dyad_series(store, "RUS-UKR", "week"),
        "series_sector": dyad_series(store, "USAGOV-MEX", "month"),
        "alerts": alerts(store, AlertRule(window=4, min_events=1, threshold=1.0)),
        "movers": movers(store),
        "events": first,
        "next": find_events(store, EventFilter(country="UKR"), limit=5, cursor=first.next_cursor),
        "text": find_events(store, EventFilter(q="acted", root="19"), sort="-date", limit=3),
        "actors": top_actors(store, "RUS-UKR"),
        "articles": list_articles(store, limit=5),
        "article": get_article(store, STORIES[0].article.id),
        "events_api": store.events(),
        "codes": store.code_counts(), "pairs": store.dyad_counts(),
    }


@pytest.mark.slow
def test_postgres_answers_every_analysis_as_duckdb_does(tmp_path):
    results = []
    for backend in ("duckdb", "postgres"):
        with open_store(empty_store_address(backend, tmp_path)) as store:
            assert store.add_many(STORIES) == len(STORIES)
            results.append(plain(analyses(store)))
    duck, postgres = results
    assert duck["dyads"] and duck["alerts"]
    for name in duck:
        assert postgres[name] == duck[name], name
