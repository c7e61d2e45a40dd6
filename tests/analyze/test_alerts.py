"""Escalation alerts against a dyad's own baseline, and the pairs that moved most."""

from datetime import date, timedelta

import pytest

from dyad.analyze import AlertRule, alerts, movers
from dyad.errors import DyadError
from dyad.store import open_store
from tests.factories import story

LATEST_MONDAY = date(2026, 3, 2)


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "s.duckdb")) as opened:
        yield opened


def fill(store, source, target, code, per_week, weeks, start_serial=0, last_day=6):
    """`per_week` events a week for `weeks` weeks ending with the latest one (Monday to `last_day`)."""
    serial = start_serial
    for back in range(weeks):
        monday = LATEST_MONDAY - timedelta(weeks=back)
        for k in range(per_week):
            day = monday + timedelta(days=k % (last_day + 1 if back == 0 else 7))
            store.add(story(serial, source, target, code, day.isoformat()))
            serial += 1
    return serial


def test_a_spike_over_a_quiet_baseline_fires_with_the_events_behind_it(store):
    serial = fill(store, "RUS", "UKR", "112", 2, 9)  # two accusations a week: a low baseline
    for k in range(6):
        store.add(story(serial + k, "RUS", "UKR", "190", (LATEST_MONDAY + timedelta(days=k % 5)).isoformat()))
    [alert] = alerts(store)
    assert (alert.dyad, alert.period) == ("RUS-UKR", LATEST_MONDAY)
    assert alert.totals.conflict_events == 8 and alert.z >= 2
    assert alert.baseline_mean == pytest.approx(4.0)  # 2 x |-2| a week
    record = alert.to_dict()
    assert record["threshold"] == 2.0 and "z = " in record["explanation"] and len(record["history"]) == 9
    assert [d["cameo"]["code"] for d in record["drivers"]][:5] == ["190"] * 5  # most severe first
    assert all(d["day"] and d["article_url"] for d in record["drivers"])


def test_a_steady_conflict_does_not_fire(store):
    fill(store, "RUS", "UKR", "190", 6, 10)
    assert alerts(store, AlertRule(min_events=1)) == []


def test_few_events_never_fire_however_unusual(store):
    fill(store, "COL", "VEN", "190", 2, 1)  # two battles after nothing at all
    assert alerts(store) == []
    assert [a.dyad for a in alerts(store, AlertRule(min_events=2))] == ["COL-VEN"]


def test_alerts_are_directed(store):
    serial = fill(store, "IND", "PAK", "112", 1, 9)
    fill(store, "PAK", "IND", "190", 6, 1, serial)
    assert {a.dyad for a in alerts(store)} == {"PAK-IND"}


def test_open_alerts_include_the_period_before_the_latest(store):
    serial = fill(store, "ARM", "AZE", "112", 1, 10)
    for k in range(6):
        store.add(story(serial + k, "ARM", "AZE", "190", (LATEST_MONDAY - timedelta(days=7 - k)).isoformat()))
    store.add(story(999, "USA", "MEX", "057", LATEST_MONDAY.isoformat()))
    assert [a.period for a in alerts(store)] == [LATEST_MONDAY - timedelta(weeks=1)]
    assert alerts(store, since=LATEST_MONDAY) == []


def test_since_tests_every_period_from_then_on(store):
    serial = fill(store, "ARM", "AZE", "112", 1, 20)
    for weeks_back in (10, 3):
        for k in range(6):
            day = LATEST_MONDAY - timedelta(weeks=weeks_back) + timedelta(days=k)
            store.add(story(serial, "ARM", "AZE", "190", day.isoformat()))
            serial += 1
    found = alerts(store, since=LATEST_MONDAY - timedelta(weeks=12))
    assert [a.period for a in found] == [
        LATEST_MONDAY - timedelta(weeks=3),
        LATEST_MONDAY - timedelta(weeks=10),
    ]


@pytest.mark.parametrize("rule", [dict(by="year"), dict(window=1), dict(min_events=0), dict(sigma_floor=0)])
def test_an_impossible_rule_is_refused(rule):
    with pytest.raises(DyadError):
        AlertRule(**rule)


def test_movers_rank_pairs_by_the_change_of_their_summed_goldstein(store):
    serial = fill(store, "USA", "CAN", "057", 2, 9)  # steady friends
    serial = fill(store, "USA", "MEX", "057", 2, 8, serial, last_day=6)
    for k in range(4):  # the latest week turns hostile
        store.add(story(serial + k, "MEX", "USA", "190", (LATEST_MONDAY + timedelta(days=k)).isoformat()))
    store.add(story(500, "USA", "CAN", "057", (LATEST_MONDAY + timedelta(days=6)).isoformat()))  # full week
    ranked = movers(store)
    assert ranked[0]["dyad"] == "MEX-USA" and ranked[0]["change"] < 0
    assert ranked[0]["pace"] == pytest.approx(1.0)


def test_movers_pro_rate_a_period_in_progress(store):
    serial = fill(store, "USA", "CAN", "057", 7, 9, last_day=2)  # latest week: Monday to Wednesday
    assert serial
    [mover] = movers(store)
    assert mover["pace"] == pytest.approx(7 / 3, abs=0.001)
    assert mover["events_pace"] == pytest.approx(mover["events"] * 7 / 3, abs=0.1)
