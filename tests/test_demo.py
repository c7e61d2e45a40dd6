"""End to end: the bundled sample corpus through the installed command, as the README's demo runs it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyad.store import open_store

DYAD = Path(sys.executable).parent / "dyad"


@pytest.mark.slow
def test_demo_codes_the_sample_corpus_and_prints_a_summary(tmp_path):
    db = tmp_path / "demo.duckdb"
    done = subprocess.run([str(DYAD), "demo", "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "stored 12 sample article(s)" in done.stdout
    assert "Events per dyad" in done.stdout and "Top event types" in done.stdout
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts["articles"] == 12 and counts["failures"] == 0
        assert counts["events"] >= 60
        events = store.events()
    # Every record points to a sentence of its article.
    texts = {
        json.loads(line)["id"]: json.loads(line)["text"]
        for line in (Path(__file__).parents[1] / "src/dyad/data/sample/articles.jsonl")
        .read_text()
        .splitlines()
    }
    for event in events:
        start, end = event["span"]
        assert texts[event["article_id"]][start:end] == event["sentence"]
    again = subprocess.run([str(DYAD), "demo", "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert "stored 0 sample article(s)" in again.stdout
    with open_store(str(db)) as store:
        assert store.counts() == counts
