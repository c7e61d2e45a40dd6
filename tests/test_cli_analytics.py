"""`dyad dyads`, `dyad series` and `dyad alerts` as a user types them."""

import csv
import io
import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.store import open_store
from tests.factories import story, strike_reports


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with open_store(path) as store:
        for back in range(9):
            store.add(
                story(back, "RUS", "UKR", "112", (date(2026, 3, 2) - timedelta(weeks=back)).isoformat())
            )
        for k in range(6):
            store.add(
                story(100 + k, "RUS", "UKR", "190", (date(2026, 3, 2) + timedelta(days=k % 4)).isoformat())
            )
        store.add(story(200, "MEX", "USA", "057", "2026-03-03"))
    return path


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_dyads_lists_the_busiest_pairs(db):
    result = run("dyads", "--db", db, "--top", "1", "--format", "csv")
    assert result.exit_code == 0, result.output
    [row] = csv.DictReader(io.StringIO(result.stdout))
    assert (row["dyad"], row["events"], row["a_to_b"]) == ("RUS-UKR", "15", "15")


def test_series_prints_one_row_a_period(db):
    result = run("series", "RUS", "UKR", "--db", db, "--by", "month", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["period"] for r in rows] == ["2026-01-01", "2026-02-01", "2026-03-01"]
    assert rows[-1]["material_conflict"] == 6
    table = run("series", "ukr", "rus", "--db", db, "--direction", "forward")
    assert table.exit_code == 0 and "UKR → RUS" in table.stdout


def test_alerts_show_the_rule_and_what_fired(db):
    result = run("alerts", "--db", db)
    assert result.exit_code == 0, result.output
    assert "rule: z = " in result.stdout and "RUS-UKR" in result.stdout
    quiet = run("alerts", "--db", db, "--threshold", "50", "--format", "jsonl")
    assert quiet.exit_code == 0 and quiet.stdout == ""


def test_a_bad_pair_is_one_clear_line(db):
    result = run("series", "US", "MEX", "--db", db)
    assert result.exit_code != 0 and "country code" in str(result.exception)


def test_series_dyads_and_alerts_count_event_clusters_unless_told_mentions(tmp_path):
    db = str(tmp_path / "reports.duckdb")
    with open_store(db) as store:
        store.add_many(strike_reports())  # four outlets on one strike, and a later strike
    result = run("series", "RUS", "UKR", "--db", db, "--by", "month", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [month] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (month["events"], month["mentions"], month["articles"], month["hosts"]) == (2, 5, 5, 4)
    raw = run("series", "RUS", "UKR", "--db", db, "--by", "month", "--format", "jsonl", "--count", "mentions")
    assert json.loads(raw.stdout)["events"] == 5 and "mentions" not in json.loads(raw.stdout)
    table = run("series", "RUS", "UKR", "--db", db)
    assert table.exit_code == 0 and "mentions" in table.stdout
    [pair] = csv.DictReader(io.StringIO(run("dyads", "--db", db, "--format", "csv").stdout))
    assert (pair["events"], pair["mentions"]) == ("2", "5")
    assert run("alerts", "--db", db, "--count", "mentions").exit_code == 0
    refused = run("series", "RUS", "UKR", "--db", db, "--count", "x")
    assert refused.exit_code == 2 and "'clusters', 'mentions'" in refused.output
