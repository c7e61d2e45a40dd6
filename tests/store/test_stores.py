"""The same behaviour from every backend: DuckDB, and PostgreSQL when DYAD_TEST_POSTGRES is set."""

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
def store(store_address, coder):
    with open_store(store_address) as opened:
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


def test_a_batch_stores_only_the_articles_not_yet_stored(store, coder):
    new = code(coder, "Germany sent humanitarian aid to Ukraine on Monday.", date(2026, 3, 4))
    again = code(coder, *TEXTS[1])
    before = store.counts()
    assert store.add_many([new, again, new]) == 1
    after = store.counts()
    assert after["articles"] == before["articles"] + 1
    assert after["events"] == before["events"] + len(new.events)


def test_stored_hashes_finds_what_is_stored(store, coder):
    stored = code(coder, *TEXTS[0]).article.hash
    assert store.stored_hashes([stored, "0" * 64]) == {stored}
    assert store.has_article(stored) and not store.has_article("0" * 64)


def test_reopening_applies_no_migration_twice(store_address):
    with open_store(store_address) as first:
        applied = first.query("SELECT version, checksum FROM schema_migrations ORDER BY version")
    with open_store(store_address) as second:
        assert second.query("SELECT version, checksum FROM schema_migrations ORDER BY version") == applied
    assert [version for version, _ in applied][:2] == [1, 2]


def test_queries_give_python_values_as_duckdb_does(store):
    total, quads, record = store.query(
        "SELECT count(*), sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END), min(CAST(record AS VARCHAR)) "
        "FROM events WHERE cameo_code LIKE ? AND 'a?b' = 'a?b'", ["%"])[0]
    assert isinstance(total, int) and isinstance(quads, int) and isinstance(record, str)


def test_reading_from_another_thread_sees_committed_writes(store, coder):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        counts = list(pool.map(lambda _: store.query("SELECT count(*) FROM articles")[0][0], range(4)))
    assert counts == [len(TEXTS)] * 4


def test_new_duckdb_readers_and_a_writer_in_other_threads_never_find_the_store_busy(tmp_path):
    """The server's case: request threads make their cursors and read while another writes derived rows
    (DuckDB 2 refuses a second call on a busy connection rather than waiting). DuckDB only: each new thread
    here would open a PostgreSQL connection of its own, and the server's threads are a bounded pool."""
    import threading

    store = open_store(str(tmp_path / "busy.duckdb"))

    errors: list[Exception] = []
    done = threading.Event()

    def write() -> None:
        try:
            for n in range(60):
                store.replace_rows("event_clusters", ("event_id", "cluster_id"), [(f"e{n}", f"c{n}")])
        except Exception as error:
            errors.append(error)
        finally:
            done.set()

    def read() -> None:
        try:
            store.query("SELECT count(*) FROM articles")
        except Exception as error:
            errors.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set():
        readers = [threading.Thread(target=read) for _ in range(8)]
        for reader in readers:
            reader.start()
        store.query("SELECT count(*) FROM events")  # the opening thread reads too
        for reader in readers:
            reader.join()
    writer.join()
    store.close()
    assert errors == []
