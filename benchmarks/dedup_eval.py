"""Pairwise precision and recall of event clustering on paraphrased reports (data/paraphrases.jsonl).

    .venv/bin/python benchmarks/dedup_eval.py [--window 2] [--threshold 0.1] [--sweep]

The test set was written for dyad: 42 events each reported by 2-3 outlets in different words (107
reports in all), and 10 events that look like one of them (same pair and kind of act, another day or
place) and must stay apart. Every report is coded by dyad; its mention is the event carrying the act the
reports of its gold event agree on (dyad, CAMEO root); every pair of mentions is scored: same cluster and
same gold event is a true positive, same cluster and different events a false positive, different
clusters and the same event a false negative.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

from dyad import parse_date
from dyad.cluster import Mention, cluster
from dyad.cluster.clusters import THRESHOLD, WINDOW_DAYS
from dyad.pipeline import Coder
from dyad.records import Article

DATA = Path(__file__).with_name("data") / "paraphrases.jsonl"


def coded_mentions(coder: Coder) -> tuple[list[Mention], dict[str, str], int]:
    """One mention per report: its event with the (source, target, root) most reports of the same gold
    event share (the act they all report); the gold event of each; how many reports lacked that act."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    coded = []
    for row in rows:
        article = Article(text=row["text"], id=row["id"], url=row["url"],
                          published=parse_date(row["published"]), origin=row["id"])
        coded.append((row, article, coder.code(article).events))
    triples: dict[str, Counter] = {}
    for row, _, events in coded:
        triples.setdefault(row["event"], Counter()).update(
            {(e.source.country, e.target.country if e.target else None, e.cameo.root) for e in events})
    mentions, gold, missing = [], {}, 0
    for row, article, events in coded:
        act = triples[row["event"]].most_common(1)[0][0] if triples[row["event"]] else None
        chosen = [e for e in events if (e.source.country, e.target.country if e.target else None,
                                        e.cameo.root) == act]
        if not chosen:
            missing += 1
            continue
        main = chosen[0]
        day = parse_date(main.date.value) if main.date.precision == "day" else article.published
        location = getattr(main, "location", None) or {}
        place = location.get("name") if isinstance(location, dict) else getattr(location, "name", None)
        mentions.append(Mention(main.id, row["id"], main.source.country, act[1], main.cameo.root, day,
                                main.sentence, place, row["url"].split("/")[2]))
        gold[main.id] = row["event"]
    return mentions, gold, missing


def score(mentions: list[Mention], gold: dict[str, str], window: int,
          threshold: float) -> tuple[float, float]:
    found = {m.id: c.id for c in cluster(mentions, window, threshold) for m in c.mentions}
    counts: Counter[str] = Counter()
    for a, b in combinations(mentions, 2):
        same_gold, same_found = gold[a.id] == gold[b.id], found[a.id] == found[b.id]
        counts["tp" if same_gold and same_found else "fp" if same_found else "fn" if same_gold else "tn"] += 1
    precision = counts["tp"] / max(counts["tp"] + counts["fp"], 1)
    recall = counts["tp"] / max(counts["tp"] + counts["fn"], 1)
    return precision, recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=WINDOW_DAYS)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--sweep", action="store_true", help="Also print P/R over a range of thresholds.")
    args = parser.parse_args()

    mentions, gold, missing = coded_mentions(Coder())
    events = len(set(gold.values()))
    print(f"{len(mentions)} reports carry their event's act ({missing} did not, as dyad coded them), "
          f"{events} gold events")
    if args.sweep:
        for threshold in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
            p, r = score(mentions, gold, args.window, threshold)
            print(f"  threshold {threshold:.2f}: precision {p:.2f} recall {r:.2f}")
    p, r = score(mentions, gold, args.window, args.threshold)
    clusters = len({c.id for c in cluster(mentions, args.window, args.threshold)})
    print(f"dedup: window {args.window} days, threshold {args.threshold}: {clusters} clusters; "
          f"pairwise precision {p:.2f} recall {r:.2f}")


if __name__ == "__main__":
    main()
