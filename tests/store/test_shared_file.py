"""A DuckDB file shared by writers in turn: an ingest holds it only while it writes a batch, and a writer
that finds it busy waits, says so, and gives up with the reason when it stays busy."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from dyad.errors import DyadError
from dyad.store import open_store
from dyad.store.duckdb_store import SharedFileStore
from tests.factories import story

HOLD = """
import sys, time
from dyad.store import open_store
store = open_store(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
store.close()
"""


def hold(path: str, seconds: float) -> subprocess.Popen:
    """Another process that opens the file (as `dyad serve` does) and keeps it for `seconds`."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, path, str(seconds)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    return process


def test_a_writer_waits_for_a_busy_file_and_then_writes(tmp_path, capsys):
    path = str(tmp_path / "s.duckdb")
    store = open_store(path, hold=False)
    holder = hold(path, 1.5)
    started = time.monotonic()
    assert store.add(story(1, "RUS", "UKR", "190", "2026-03-03"))
    assert time.monotonic() - started >= 0.5  # it waited for the other process
    assert "in use by another process; waiting" in capsys.readouterr().err
    assert holder.wait(timeout=30) == 0
    with open_store(path) as reopened:  # nothing held between writes: a holding store opens at once
        assert reopened.counts()["events"] == 1


def test_a_file_that_stays_busy_is_a_clear_error(tmp_path):
    path = str(tmp_path / "s.duckdb")
    SharedFileStore(path)  # created and migrated
    holder = hold(path, 30)
    try:
        with pytest.raises(DyadError, match=r"stayed busy for 1 s.*dyad serve.*PostgreSQL.*run the same"):
            SharedFileStore(path, wait=1).add(story(1, "RUS", "UKR", "190", "2026-03-03"))
    finally:
        holder.kill()
        holder.wait()
