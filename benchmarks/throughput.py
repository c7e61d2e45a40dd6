"""Throughput of dyad on one core, beside spaCy's bare parse of the same texts.

    .venv/bin/python benchmarks/throughput.py --articles 2000

The bundled sample corpus is replicated to the requested number of articles. Both runs parse with the same
pipeline in one process; the difference is what dyad's own stages (actors, times, events) cost.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from importlib import resources
from itertools import cycle, islice

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the README reports it

from dyad.pipeline import Coder
from dyad.records import Article, CodingResult


def sample_articles(count: int) -> list[Article]:
    path = resources.files("dyad") / "data" / "sample" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(text=row["text"], published=None, origin=row["id"]) for row in islice(cycle(rows), count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    articles = sample_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    coder = Coder()
    texts = [a.text for a in articles]
    list(coder.nlp.pipe(texts[:20]))  # warm-up: first calls allocate

    start = time.perf_counter()
    for _ in coder.nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    events = 0
    for result in coder.code_many(articles, batch_size=args.batch_size):
        if isinstance(result, CodingResult):
            events += len(result.events)
    full = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles: {len(articles)}  words: {words}  mean words/article: {words / len(articles):.0f}")
    n = len(articles)
    print(f"spaCy nlp.pipe : {bare:7.1f} s  {n / bare:6.1f} articles/s  {words / bare:8.0f} words/s")
    print(f"dyad code_many : {full:7.1f} s  {n / full:6.1f} articles/s  {words / full:8.0f} words/s", end="")
    print(f"  ({events} events)")
    added = 100 * (full / bare - 1)
    print(f"dyad / spaCy time ratio: {full / bare:.2f}  (dyad's own stages add {added:.0f}%)")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
