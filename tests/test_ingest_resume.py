"""A killed ingest leaves the store consistent and a re-run completes it; concurrent writers never lose or
duplicate a record. Real processes, killed with SIGKILL, on each backend."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyad.errors import DyadError
from dyad.store import is_server_address, open_store
from tests.engine.corpus import write_corpus
from tests.stores import empty_store_address

ARTICLES = 60


def ingest(corpus: Path, address: str, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--db", address, "--workers", "1",
               "--batch", "4", "--no-progress", *extra]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def committed(address: str) -> bool:
    """Whether the running ingest has committed a batch. It holds a DuckDB file only while it writes one,
    so the file is read between its batches (busy at that moment: not yet)."""
    if not is_server_address(address) and not Path(address).exists():
        return False
    try:
        with open_store(address) as store:
            return store.counts()["articles"] > 0
    except DyadError:
        return False


def contents(address: str) -> tuple[dict[str, int], set[str], set[str]]:
    with open_store(address) as store:
        articles = {h for (h,) in store.query("SELECT hash FROM articles")}
        events = {i for (i,) in store.query("SELECT id FROM events")}
        return store.counts(), articles, events


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> tuple[Path, tuple]:
    directory = tmp_path_factory.mktemp("clean")
    corpus = write_corpus(directory / "in.jsonl", ARTICLES)
    address = str(directory / "clean.duckdb")
    assert ingest(corpus, address).wait(timeout=600) == 1  # the bad line fails; the rest is stored
    return corpus, contents(address)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["duckdb", "postgres"])
def test_a_killed_ingest_is_completed_by_running_it_again(clean_run, tmp_path, backend):
    corpus, expected = clean_run
    address = empty_store_address(backend, tmp_path)
    process = ingest(corpus, address)
    deadline = time.monotonic() + 300
    while not committed(address) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial, _, _ = contents(address)
    assert 0 < partial["articles"] < ARTICLES
    assert ingest(corpus, address).wait(timeout=600) == 1
    counts, articles, events = contents(address)
    assert (articles, events) == (expected[1], expected[2])
    assert {k: counts[k] for k in ("articles", "events", "actors")} == \
        {k: expected[0][k] for k in ("articles", "events", "actors")}


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["duckdb", "postgres"])
def test_two_concurrent_ingests_store_every_record_once(clean_run, tmp_path, backend):
    """On DuckDB too: each ingest holds the file only while it writes a batch, the other waits its turn."""
    corpus, expected = clean_run
    address = empty_store_address(backend, tmp_path)
    first, second = ingest(corpus, address), ingest(corpus, address, "--batch", "7")
    assert first.wait(timeout=600) == 1 and second.wait(timeout=600) == 1
    counts, articles, events = contents(address)
    assert (articles, events) == (expected[1], expected[2])
    assert counts["events"] == expected[0]["events"] and counts["actors"] == expected[0]["actors"]
