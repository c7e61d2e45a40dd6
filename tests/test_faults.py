"""Faults during ingest: `dyad ingest` killed with SIGKILL at random moments, many times over, leaves a
store that is consistent after every kill (each article whole or absent, no event without its article),
and running it once more ends with exactly the records of a run that was never killed.

DYAD_KILLS sets how many kills (12 by default; README: Robustness has a longer run) and DYAD_KILL_SEED
the random moments. The PostgreSQL variant restarts the database server under a running ingest.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from dyad.store import open_store
from tests.engine.corpus import write_corpus

pytestmark = pytest.mark.slow
ARTICLES = 60
KILLS = int(os.environ.get("DYAD_KILLS", "12"))
SEED = int(os.environ.get("DYAD_KILL_SEED", "20260306"))


def start_ingest(corpus: Path, address: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--db", address, "--workers", "1",
               "--batch", "2", "--no-progress"]
    # its own process group: the kill takes the coding worker with it, as kill -9 of a job would
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def snapshot(address: str) -> dict:
    """Everything an ingest writes, as comparable values."""
    with open_store(address) as store:
        def rows(sql: str) -> list:
            return sorted(json.dumps(row, default=str, sort_keys=True) for row in store.query(sql))

        return {
            "articles": rows("SELECT hash, id, title, url, published, origin, text FROM articles"),
            "events": rows("SELECT id, article_hash, record FROM events"),
            "actors": rows("SELECT id, article_hash, record FROM actors"),
            "failures": rows("SELECT origin, reason FROM failures"),
            "per_article": dict(store.query("SELECT article_hash, count(*) FROM events GROUP BY 1")),
        }


def check_consistent(address: str, clean: dict) -> int:
    """The store after a kill: a subset of the clean run, article by article. Returns articles stored."""
    with open_store(address) as store:
        orphans = store.query("SELECT count(*) FROM events e LEFT JOIN articles a ON a.hash = e.article_hash "
                              "WHERE a.hash IS NULL")[0][0]
        assert orphans == 0, "events without their article"
        duplicates = store.query("SELECT count(*) - count(DISTINCT id) FROM events")[0][0]
        assert duplicates == 0
    now = snapshot(address)
    assert set(now["articles"]) <= set(clean["articles"])
    assert set(now["events"]) <= set(clean["events"])
    stored = {json.loads(a)[0] for a in now["articles"]}
    for article_hash in stored:  # an article is stored with all of its events or not at all
        assert now["per_article"].get(article_hash, 0) == clean["per_article"].get(article_hash, 0)
    return len(stored)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, dict, tuple[float, float]]:
    """The corpus, what an uninterrupted ingest stores, and when it first committed and ended (seconds)."""
    directory = tmp_path_factory.mktemp("clean")
    corpus = write_corpus(directory / "in.jsonl", ARTICLES)
    address = str(directory / "clean.duckdb")
    started = time.monotonic()
    process = start_ingest(corpus, address)
    first = None
    while process.poll() is None:
        wal = Path(address + ".wal")
        if first is None and wal.exists() and wal.stat().st_size > 30_000:  # past the schema: articles
            first = time.monotonic() - started
        time.sleep(0.02)
    assert process.wait() == 1, process.stderr.read()  # the corpus's bad line fails
    duration = time.monotonic() - started
    return corpus, snapshot(address), (first or duration / 2, duration)


def test_random_kills_leave_a_consistent_store_that_a_rerun_completes(clean, tmp_path):
    corpus, expected, (first, duration) = clean
    rng = random.Random(SEED)
    stores, progress = 1, []
    address = str(tmp_path / "killed-1.duckdb")
    window = 2 * (duration - first) / 3  # each run resumes: a store takes a few kills to fill
    for _ in range(KILLS):
        process = start_ingest(corpus, address)
        time.sleep(max(0.1, first + rng.uniform(-1.0, window)))  # also before the first commit, sometimes
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        progress.append(check_consistent(address, expected))
        if progress[-1] == ARTICLES:  # that store is complete: it must equal the clean run; start another
            assert snapshot(address) == expected
            stores += 1
            address = str(tmp_path / f"killed-{stores}.duckdb")
    assert any(0 < n < ARTICLES for n in progress), f"no kill landed mid-ingest: {progress}"
    finish = start_ingest(corpus, address)
    assert finish.wait(timeout=900) == 1, finish.stderr.read()
    assert snapshot(address) == expected
    print(f"{KILLS} kills over {stores} stores; articles stored after each: {progress}")


def test_a_kill_during_the_final_writes_leaves_a_store_that_opens(clean, tmp_path):
    """Kill right after the last batch begins to commit: DuckDB replays its log when the store opens."""
    corpus, expected, _ = clean
    address = str(tmp_path / "late.duckdb")
    process = start_ingest(corpus, address)
    wal = Path(address + ".wal")
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 0:
            os.killpg(process.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait(timeout=60)
    check_consistent(address, expected)
    assert start_ingest(corpus, address).wait(timeout=900) == 1
    assert snapshot(address) == expected


# ---- PostgreSQL: the server restarted under a running ingest ---------------------------------------------
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of this test's own (so restarting it disturbs no one), run as user postgres."""
    if not os.environ.get("DYAD_TEST_POSTGRES"):
        pytest.skip("DYAD_TEST_POSTGRES is not set (PostgreSQL fault tests run in CI)")
    if PG_BIN is None or shutil.which("runuser") is None or os.geteuid() != 0:
        pytest.skip("needs Debian's PostgreSQL binaries and root to run them as user postgres")
    home = Path(tempfile.mkdtemp(prefix="dyad-pg-"))  # pytest's own directories are closed to other users
    home.chmod(0o755)
    data = home / "pg"
    data.mkdir()
    shutil.chown(data, "postgres")
    port = 20000 + os.getpid() % 20000

    def as_postgres(*command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True,
                       timeout=120)

    as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "dyad")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    log = str(data / "server.log")  # the server's output goes there, not into pg_ctl's pipe
    as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "start")

    def restart() -> None:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-m", "fast", "-w",
                    "restart")

    yield f"postgresql://dyad@127.0.0.1:{port}/postgres", restart
    subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(data), "-m",
                    "immediate", "stop"], capture_output=True, timeout=60)
    shutil.rmtree(home, ignore_errors=True)


def test_postgres_restarted_mid_ingest_loses_and_doubles_nothing(clean, own_postgres):
    corpus, expected, _ = clean
    address, restart = own_postgres
    process = start_ingest(corpus, address)
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:  # restart once the first batch is in
        try:
            with open_store(address) as store:
                if store.counts()["articles"] > 0:
                    break
        except Exception:
            pass
        time.sleep(0.2)
    assert process.poll() is None, "the ingest ended before the restart"
    restart()
    code = process.wait(timeout=900)
    errors = process.stderr.read()
    assert "Traceback" not in errors, errors
    assert "was lost" in errors and "reconnecting" in errors, errors  # said so, waited, went on
    assert code == 1 and "stored" in errors, errors  # only the corpus's bad line failed
    assert keys(snapshot(address)) == keys(expected)


def keys(found: dict) -> dict:
    """What identifies each stored row (the JSON text of records is spelled differently by each backend)."""
    tables = ("articles", "events", "actors")
    return {table: sorted(json.loads(row)[0] for row in found[table]) for table in tables}
