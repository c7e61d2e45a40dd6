"""Precision and recall of dyad on hand-coded news paragraphs (benchmarks/data/news_eval.jsonl).

    .venv/bin/python benchmarks/news_eval.py [--details] [--data PATH] [--min-precision P --min-recall R]

Each paragraph was coded by hand, from the CAMEO codebook, before it was run through dyad. An event
counts as found when dyad emits the same (source country, target country, CAMEO root) triple; the date
score is over found events whose gold date is known. Per-category figures show where dyad is weak.
`--data benchmarks/data/news_heldoutN.jsonl` scores the held-out sets (N empty, 2 to 38), each written and
coded before dyad ran on it; each was blind until a later round studied its errors, so the honest check
against overfitting is the newest set, written before the round that studies it (README: "held-out
sets").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyad import parse_date
from dyad.pipeline import Coder
from dyad.records import Article

DATA = Path(__file__).with_name("data") / "news_eval.jsonl"


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def triple(source: str | None, target: str | None, root: str) -> tuple[str | None, str | None, str]:
    return (source, target, root)


def evaluate(coder: Coder, items: list[dict], details: bool = False) -> dict[str, Counter]:
    scores: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        published = parse_date(item.get("published"))
        result = coder.code(Article(text=item["text"], published=published, origin=item["id"]))
        found = Counter(
            triple(e.source.country, e.target.country if e.target else None, e.cameo.root)
            for e in result.events
        )
        found_dates = {}
        for e in result.events:
            found_dates.setdefault(
                triple(e.source.country, e.target.country if e.target else None, e.cameo.root), e.date.value
            )
        gold = Counter(triple(g["source"], g.get("target"), g["root"]) for g in item["events"])
        gold_dates = {triple(g["source"], g.get("target"), g["root"]): g.get("date") for g in item["events"]}
        hits = found & gold
        for bucket in (scores["all"], scores[item["category"]]):
            bucket["gold"] += sum(gold.values())
            bucket["found"] += sum(found.values())
            bucket["hits"] += sum(hits.values())
            for key in hits:
                if gold_dates.get(key):
                    bucket["dated"] += 1
                    bucket["date_hits"] += found_dates.get(key) == gold_dates[key]
        if details and (found != gold):
            print(f"{item['id']} [{item['category']}] {item['text']}")
            print(f"   missed: {sorted(gold - found, key=str)}  extra: {sorted(found - gold, key=str)}")
    return scores


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every paragraph dyad got wrong")
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL file of coded paragraphs")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    args = parser.parse_args()

    items = load(args.data)
    scores = evaluate(Coder(), items, args.details)
    print(
        f"{'category':16} {'gold':>5} {'found':>5} {'hits':>5} {'precision':>9} {'recall':>7} {'date acc':>8}"
    )
    for category in sorted(scores, key=lambda c: (c == "all", c)):
        s = scores[category]
        print(
            f"{category:16} {s['gold']:5} {s['found']:5} {s['hits']:5} {ratio(s['hits'], s['found']):9.2f} "
            f"{ratio(s['hits'], s['gold']):7.2f} {ratio(s['date_hits'], s['dated']):8.2f}"
        )
    overall = scores["all"]
    precision, recall = ratio(overall["hits"], overall["found"]), ratio(overall["hits"], overall["gold"])
    print(f"news-eval: precision {precision:.2f} recall {recall:.2f} over {len(items)} paragraphs")
    if precision < args.min_precision or recall < args.min_recall:
        print(f"below the floor (precision {args.min_precision}, recall {args.min_recall})", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
