"""Distinct articles for engine and ingest tests: the bundled sample, each copy made a new article."""

from __future__ import annotations

import json
from importlib import resources
from itertools import cycle, islice
from pathlib import Path


def write_corpus(path: Path, count: int) -> Path:
    sample = resources.files("dyad") / "data" / "sample" / "articles.jsonl"
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n, row in enumerate(islice(cycle(rows), count)):
            copy = dict(row, id=f"{row['id']}-{n}", text=f"{row['text']}\n\n(Copy {n}.)")
            out.write(json.dumps(copy) + "\n")
        out.write("{not json\n")
    return path
