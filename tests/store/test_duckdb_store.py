from datetime import date

import pytest

from dyad.errors import DyadError
from dyad.records import Failure
from dyad.store import EventQuery, open_store
from tests.conftest import code

TEXTS = [
    ("Colombia expelled two Venezuelan diplomats on Tuesday.", date(2026, 3, 6)),
    (
        "Mexican President Claudia Sheinbaum met U.S. Secretary of State Marco Rubio on Jan. 12.",
        date(2026, 1, 14),
    ),
    ("Russian forces attacked Ukrainian positions near Kharkiv on Sunday.", date(2026, 2, 2)),
]


@pytest.fixture
def store(tmp_path, coder):
    with open_store(str(tmp_path / "test.duckdb")) as opened:
        for text, published in TEXTS:
            assert opened.add(code(coder, text, published))
        yield opened


def test_adding_the_same_article_again_changes_nothing(store, coder):
    before = store.counts()
    assert not store.add(code(coder, *TEXTS[0]))
    assert store.counts() == before


def test_events_come_back_as_the_same_records(store, coder):
    expected = {e.id: e.to_dict() for text, day in TEXTS for e in code(coder, text, day).events}
    stored = {r["id"]: r for r in store.events()}
    assert stored == expected


def test_query_by_directed_dyad(store):
    records = store.events(EventQuery(dyad="COL-VEN"))
    assert records and all(
        (r["source"]["country"], r["target"]["country"]) == ("COL", "VEN") for r in records
    )
    assert not store.events(EventQuery(dyad="VEN-COL"))
    assert store.events(EventQuery(dyad="VEN-COL", both_directions=True))


def test_query_by_event_date(store):
    records = store.events(EventQuery(since=date(2026, 2, 1)))
    assert records and all(r["date"]["value"] >= "2026-02-01" for r in records)
    assert {r["source"]["country"] for r in records} >= {"RUS", "COL"}
    assert "MEX" not in {r["source"]["country"] for r in records}


def test_a_malformed_dyad_is_a_clear_error(store):
    with pytest.raises(DyadError, match="USA-MEX"):
        store.events(EventQuery(dyad="USA"))


def test_failures_are_recorded_once(store):
    store.add_failure(Failure(origin="bad.txt", reason="empty input"))
    store.add_failure(Failure(origin="bad.txt", reason="empty input"))
    assert store.failures() == [("bad.txt", "empty input")]


def test_summary_counts_dyads_and_codes(store):
    pairs = {(s, t) for s, t, _, _ in store.dyad_counts()}
    assert ("COL", "VEN") in pairs
    assert store.code_counts()
