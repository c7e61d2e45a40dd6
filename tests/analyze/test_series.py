"""Dyad series: what a week of a pair adds up to, in each direction and both together."""

from datetime import date

import pytest

from dyad.analyze import DyadSpec, dyad_series, top_dyads
from dyad.errors import DyadError
from dyad.store import open_store
from tests.factories import article, story, strike_reports


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "s.duckdb")) as opened:
        yield opened


def week(series, direction, day):
    return next(p.totals for p in series.direction(direction) if p.period == date.fromisoformat(day))


def test_counts_by_quad_class_in_each_direction_and_combined(store):
    store.add(story(1, "USA", "MEX", "057", "2026-03-02"))  # verbal cooperation, +8
    store.add(story(2, "USA", "MEX", "190", "2026-03-03"))  # material conflict, -10
    store.add(story(3, "MEX", "USA", "112", "2026-03-04"))  # verbal conflict, -2
    series = dyad_series(store, "USA-MEX", by="week")
    forward, backward, both = (week(series, d, "2026-03-02") for d in ("forward", "backward", "combined"))
    assert (forward.events, forward.verbal_cooperation, forward.material_conflict) == (2, 1, 1)
    assert (backward.events, backward.verbal_conflict) == (1, 1)
    assert both.events == 3 and both.goldstein_sum == pytest.approx(-4.0)
    assert both.goldstein_mean == pytest.approx(-4 / 3, abs=0.001)
    assert both.conflict_score == pytest.approx(12.0)


def test_quiet_weeks_are_present_with_zeros(store):
    store.add(story(1, "USA", "MEX", "057", "2026-02-02"))
    store.add(story(2, "USA", "MEX", "057", "2026-02-23"))
    periods = [(p.period.isoformat(), p.totals.events) for p in dyad_series(store, "USA-MEX").combined]
    assert periods == [("2026-02-02", 1), ("2026-02-09", 0), ("2026-02-16", 0), ("2026-02-23", 1)]


def test_an_event_without_a_day_counts_on_its_article_publication_date(store):
    store.add(story(1, "USA", "MEX", "057", "2026-W09", published=date(2026, 3, 6)))
    [point] = dyad_series(store, "USA-MEX", by="day", since=date(2026, 3, 6), until=date(2026, 3, 6)).combined
    assert point.totals.events == 1


def test_distinct_sources_count_articles_and_hosts_once(store):
    text = "Mexico and the U.S. traded accusations. Washington accused Mexico."
    store.add(
        article(
            text,
            date(2026, 3, 2),
            [
                ("Mexico and the U.S. traded accusations.", "USA", "MEX", "112", "2026-03-02"),
                ("Washington accused Mexico.", "USA", "MEX", "112", "2026-03-02"),
            ],
            url="https://www.wire.example/a",
        )
    )
    store.add(story(2, "MEX", "USA", "112", "2026-03-03", host="wire.example"))
    store.add(story(3, "MEX", "USA", "112", "2026-03-04", host="other.example"))
    both = week(dyad_series(store, "USA-MEX", count="mentions"), "combined", "2026-03-02")
    assert (both.events, both.articles, both.hosts) == (4, 3, 2)
    # Counting event clusters, the article's two sentences about one exchange are one event; the
    # sources stay every report's.
    both = week(dyad_series(store, "USA-MEX"), "combined", "2026-03-02")
    assert (both.events, both.mentions, both.articles, both.hosts) == (3, 4, 3, 2)


def test_only_acts_that_happened_count(store):
    store.add(story(1, "USA", "MEX", "190", "2026-03-02"))
    store.add(story(2, "USA", "MEX", "190", "2026-03-03", modality="hypothetical"))
    assert week(dyad_series(store, "USA-MEX"), "combined", "2026-03-02").events == 1


def test_a_side_can_be_narrowed_to_a_sector(store):
    store.add(story(1, "USAGOV", "MEX", "057", "2026-03-02"))
    store.add(story(2, "USAMIL", "MEX", "190", "2026-03-03"))
    series = dyad_series(store, DyadSpec.parse("USAGOV-MEX"))
    assert week(series, "forward", "2026-03-02").events == 1
    assert series.to_dict()["a"] == "USAGOV"


def test_months_start_on_the_first(store):
    store.add(story(1, "USA", "MEX", "057", "2026-01-31"))
    store.add(story(2, "USA", "MEX", "057", "2026-03-01"))
    assert [p.period.isoformat() for p in dyad_series(store, "USA-MEX", by="month").combined] == [
        "2026-01-01",
        "2026-02-01",
        "2026-03-01",
    ]


def test_a_pair_with_no_events_has_an_empty_series(store):
    store.add(story(1, "USA", "MEX", "057", "2026-03-02"))
    assert dyad_series(store, "RUS-UKR").combined == []


@pytest.mark.parametrize("dyad", ["USA", "USA-", "US-MEX", "USA-MEX-CAN", "USAGOVX-MEX"])
def test_a_malformed_dyad_is_a_clear_error(store, dyad):
    with pytest.raises(DyadError, match="USA"):
        dyad_series(store, dyad)


def test_too_many_periods_asks_for_a_longer_period(store):
    store.add(story(1, "USA", "MEX", "057", "2026-03-02"))
    with pytest.raises(DyadError, match="longer period"):
        dyad_series(store, "USA-MEX", by="day", since=date(1990, 1, 1))


def test_top_dyads_pairs_both_directions_busiest_first(store):
    for n in range(3):
        store.add(story(n, "RUS", "UKR", "190", f"2026-03-0{n + 1}"))
    store.add(story(10, "UKR", "RUS", "190", "2026-03-02"))
    store.add(story(11, "MEX", "USA", "057", "2026-03-02"))
    store.add(story(12, "USA", "USA", "057", "2026-03-02"))  # domestic: not a pair of countries
    top = top_dyads(store)
    assert [d["dyad"] for d in top] == ["RUS-UKR", "MEX-USA"]
    assert (top[0]["events"], top[0]["a_to_b"], top[0]["b_to_a"]) == (4, 3, 1)
    assert top_dyads(store, n=1, since=date(2026, 3, 3))[0]["events"] == 1


def test_one_event_told_by_four_outlets_counts_once_with_its_sources_and_mentions(store_address):
    from dyad.cluster import assign_clusters

    with open_store(store_address) as store:
        store.add_many(strike_reports())  # four outlets on one strike (Mar 3), one later strike (Mar 20)
        week_of = week(dyad_series(store, "RUS-UKR"), "forward", "2026-03-02")  # clustered as needed
        assert (week_of.events, week_of.mentions, week_of.material_conflict) == (1, 4, 1)
        assert (week_of.articles, week_of.hosts) == (4, 4)  # every outlet stays a source
        assert (week_of.goldstein_sum, week_of.conflict_score) == (-10.0, 10.0)  # the event once, not 4x
        raw = week(dyad_series(store, "RUS-UKR", count="mentions"), "forward", "2026-03-02")
        assert (raw.events, raw.mentions, raw.goldstein_sum) == (4, None, -40.0)
        later = week(dyad_series(store, "RUS-UKR"), "combined", "2026-03-16")
        assert (later.events, later.mentions) == (1, 1)
        [pair] = top_dyads(store, 1)
        assert (pair["dyad"], pair["events"], pair["mentions"], pair["a_to_b"]) == ("RUS-UKR", 2, 5, 2)
        assert top_dyads(store, 1, count="mentions")[0]["events"] == 5
        # A fifth outlet's report arrives later: only its block is clustered again, as a full pass would.
        fifth = article("Russian missiles hit the Odesa energy facility overnight, cutting power to homes.",
                        date(2026, 3, 4), [("Russian missiles hit the Odesa energy facility overnight, "
                                            "cutting power to homes.", "RUS", "UKR", "190", "2026-03-03")],
                        url="https://fifth.example/x")
        store.add(fifth)
        week_of = week(dyad_series(store, "RUS-UKR"), "forward", "2026-03-02")
        assert (week_of.events, week_of.mentions, week_of.hosts) == (1, 5, 5)
        lazily = set(store.query("SELECT event_id, cluster_id FROM event_clusters"))
        assign_clusters(store)
        assert set(store.query("SELECT event_id, cluster_id FROM event_clusters")) == lazily


def test_an_unknown_count_is_refused(store):
    with pytest.raises(DyadError, match="clusters, mentions"):
        dyad_series(store, "USA-MEX", count="reports")
