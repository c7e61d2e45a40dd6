"""The command line, as a user types it."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from dyad.cli import main

ARTICLE = "Colombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said.\n"


@pytest.fixture
def runner():
    return CliRunner()


def test_code_prints_jsonl_records_with_types(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--published", "2026-03-06"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["type"] for r in records} >= {"article", "event"}
    event = next(r for r in records if r["type"] == "event")
    for field in (
        "id",
        "article_id",
        "sentence",
        "span",
        "source",
        "target",
        "cameo",
        "plover",
        "modality",
        "date",
        "confidence",
    ):
        assert field in event
    assert set(event["source"]) >= {"text", "name", "country", "sector"}
    assert set(event["cameo"]) >= {"code", "name", "root", "goldstein", "quad_class"}
    assert set(event["date"]) >= {"value", "precision", "text"}
    assert event["date"]["value"] == "2026-03-03"


def test_code_reads_standard_input_and_writes_csv(runner):
    result = runner.invoke(main, ["code", "-", "--published", "2026-03-06", "--format", "csv"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.startswith("id,article_id,date")
    assert rows and "COL" in rows[0]


def test_code_table_format(runner):
    result = runner.invoke(
        main, ["code", "-", "--published", "2026-03-06", "--format", "table"], input=ARTICLE
    )
    assert result.exit_code == 0
    assert "Expel" in result.stdout or "expel" in result.stdout


def test_a_bad_file_is_one_line_and_the_batch_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01binary")
    result = runner.invoke(main, ["code", str(bad), str(good), "--published", "2026-03-06"])
    assert result.exit_code == 1
    assert f"dyad: {bad}: binary data, not text" in result.stderr
    assert "Traceback" not in result.output
    assert any(json.loads(line)["type"] == "event" for line in result.stdout.splitlines())


def test_missing_publication_date_is_reported(runner):
    result = runner.invoke(main, ["code", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert "no publication date" in result.stderr


def test_bad_date_flag_is_a_usage_error(runner):
    result = runner.invoke(main, ["code", "-", "--published", "March 3"], input=ARTICLE)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_ingest_is_idempotent_and_events_can_be_queried(runner, tmp_path):
    db = str(tmp_path / "store.duckdb")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = runner.invoke(main, ["ingest", str(path), "--published", "2026-03-06", "--db", db])
    assert first.exit_code == 0 and "stored 1 article" in first.stderr
    second = runner.invoke(main, ["ingest", str(path), "--published", "2026-03-06", "--db", db])
    assert "stored 0 article(s), skipped 1" in second.stderr
    listed = runner.invoke(main, ["events", "--db", db, "--dyad", "COL-VEN", "--since", "2026-03-01"])
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert records and all(r["source"]["country"] == "COL" for r in records)
    assert not runner.invoke(main, ["events", "--db", db, "--since", "2026-03-04"]).stdout.strip()


def test_failed_inputs_are_stored_and_listed(runner, tmp_path):
    db = str(tmp_path / "store.duckdb")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(empty), "--db", db])
    assert result.exit_code == 1
    listed = runner.invoke(main, ["failures", "--db", db])
    assert f"{empty}\tempty input" in listed.stdout


@pytest.mark.slow
def test_installed_command_runs_as_a_user_would(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    bin_dir = __import__("pathlib").Path(sys.executable).parent
    done = subprocess.run(
        [str(bin_dir / "dyad"), "code", str(path), "--published", "2026-03-06", "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "COL" in done.stdout
