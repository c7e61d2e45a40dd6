"""A batch of every kind of bad document, as a user runs it: `dyad ingest` stores what it can, names each
failure (file, line or record, reason) on standard error and in `dyad failures`, never stops early, and
exits with status 1. An article over the coding time limit is one of those failures."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dyad.store import open_store

pytestmark = pytest.mark.slow
GOOD = "Colombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said."
COUNTRIES = ["Mexico", "Canada", "France", "Peru", "Chile", "Brazil", "India", "China", "Japan", "Egypt"]
# dozens of coordinated actors on both sides: the slowest kind of sentence for the coder
SLOW = " ".join(f"{', '.join(COUNTRIES * 4)} and Cuba attacked {', '.join(COUNTRIES * 4)} and Iran."
                for _ in range(20))


def write_batch(directory: Path) -> dict[str, str]:
    """Files of every kind, most of them broken; returns file name -> words its failure must name."""
    directory.mkdir()
    (directory / "good.txt").write_text(GOOD, encoding="utf-8")
    (directory / "empty.txt").write_bytes(b"")
    (directory / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (directory / "latin1.txt").write_bytes("Café à Paris".encode("latin-1"))
    (directory / "huge.txt").write_bytes(b"Mexico met Canada. " * (21 * 1024 * 1024 // 19 + 1))
    lines = [json.dumps({"id": "ok-1", "text": GOOD + " (1)"}), "{not json", '{"text": "a\\ud800b"}',
             json.dumps({"text": ""}), "[" * 50_000, json.dumps({"id": "ok-2", "text": GOOD + " (2)"})]
    (directory / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (directory / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 100)[:-20])
    (directory / "nothing.html").write_text(
        "<html><head><title>t</title></head><body><script>var a = 1;</script></body></html>",
        encoding="utf-8")
    (directory / "elements.html").write_text("<html><body>" + "<i>x</i>" * 60_000, encoding="utf-8")
    (directory / "feed.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>t</title>",
                                        encoding="utf-8")
    (directory / "crawl.warc").write_bytes(b"WARC/1.1\r\nnonsense\r\n\r\n")
    (directory / "slow.txt").write_text(SLOW, encoding="utf-8")
    return {
        "empty.txt": "empty input",
        "binary.txt": "binary data",
        "latin1.txt": "not UTF-8",
        "huge.txt": "over the limit of 20 MB",
        "batch.jsonl:2": "not valid JSON",
        "batch.jsonl:3": "unpaired surrogate",
        "batch.jsonl:4": '"text"',
        "batch.jsonl:5": "JSON",
        "broken.jsonl.gz": "",
        "nothing.html": "no article text",
        "elements.html": "over the limit of 50,000",
        "feed.rss": "",
        "crawl.warc": "WARC",
        "slow.txt": "coding took over the time limit",
    }


def test_a_batch_of_bad_documents_fails_each_by_name_and_stores_the_rest(tmp_path):
    expected = write_batch(tmp_path / "in")
    db = str(tmp_path / "s.duckdb")
    # 1 s an article: the slow one needs about 3 s on an idle core, the others a few hundredths
    env = {**os.environ, "DYAD_ARTICLE_SECONDS": "1", "DYAD_SECONDS_PER_10K_CHARS": "0"}
    run = subprocess.run([sys.executable, "-m", "dyad.cli", "ingest", str(tmp_path / "in"), "--db", db,
                          "--workers", "1", "--no-progress"], capture_output=True, text=True, env=env,
                         timeout=900)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    listed = subprocess.run([sys.executable, "-m", "dyad.cli", "failures", "--db", db], capture_output=True,
                            text=True, timeout=120).stdout
    failures = dict(line.split("\t", 1) for line in listed.splitlines())
    for name, words in expected.items():
        origin = next((o for o in failures if o.endswith(f"/{name}") or f"/{name}" in o), None)
        assert origin is not None, (name, sorted(failures))
        assert words in failures[origin], (name, failures[origin])
        assert f"dyad: {origin}: " in run.stderr
    with open_store(db) as store:
        ids = {i for (i,) in store.query("SELECT id FROM articles")}
    # good.txt, the two good JSON lines, and the lines of the cut .gz before the cut (one text, once)
    assert {"ok-1", "ok-2"} <= ids and len(ids) == 4
    assert "stored 4 article(s)" in run.stderr
