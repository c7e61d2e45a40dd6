"""Pairwise precision and recall of event clustering on paraphrased reports (data/paraphrases.jsonl).

    .venv/bin/python benchmarks/dedup_eval.py [--data PATH] [--similarity tfidf embeddings]
        [--window 2] [--threshold T] [--sweep] [--speed] [--no-specifics]

The test set was written for dyad: 42 events each reported by 2-3 outlets in different words (107
reports in all), and 10 events that look like one of them (same pair and kind of act, another day or
place) and must stay apart. Every report is coded by dyad; its mention is the event carrying the act the
reports of its gold event agree on (dyad, CAMEO root); every pair of mentions is scored: same cluster and
same gold event is a true positive, same cluster and different events a false positive, different
clusters and the same event a false negative.

data/paraphrases_hard.jsonl (`--data`) tests the similarity measure itself: 30 events told by 2-3
outlets with few words in common, and 18 look-alikes with the same dyad, kind of act, day and place
(two strikes on one city the same night, two meetings of the same governments on different topics),
which only the wording tells apart. `--similarity` scores each measure named (its own default threshold
unless `--threshold`); `--speed` times the similarity on one core (embeddings: DYAD_EMBED_THREADS=1).
Clustering keeps apart reports naming conflicting specifics (dyad/cluster/specifics.py);
`--no-specifics` turns that off, and a line counts how many compared pairs of each kind it vetoes.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from dyad import parse_date
from dyad.cluster import Mention, cluster
from dyad.cluster.clusters import WINDOW_DAYS
from dyad.cluster.similarity import MEASURES
from dyad.cluster.specifics import lexicon
from dyad.pipeline import Coder
from dyad.records import Article

DATA = Path(__file__).with_name("data") / "paraphrases.jsonl"
SWEEPS = {"tfidf": (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5),
          "embeddings": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)}


def coded_mentions(coder: Coder, data: Path = DATA) -> tuple[list[Mention], dict[str, str], int]:
    """One mention per report: its event with the (source, target, root) most reports of the same gold
    event share (the act they all report); the gold event of each; how many reports lacked that act."""
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    coded = []
    for row in rows:
        article = Article(text=row["text"], id=row["id"], url=row["url"],
                          published=parse_date(row["published"]), origin=row["id"])
        coded.append((row, article, coder.code(article).events))
    triples: dict[str, Counter] = {}
    for row, _, events in coded:
        # Each report's acts once, in the order it codes them: a tie between two acts (a meeting coded
        # both ways) is then broken by the order of the reports, not by the hash seed.
        triples.setdefault(row["event"], Counter()).update(list(dict.fromkeys(
            (e.source.country, e.target.country if e.target else None, e.cameo.root) for e in events)))
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
          threshold: float, similarity: str = "tfidf", specifics: bool = True) -> tuple[float, float]:
    found = {m.id: c.id for c in cluster(mentions, window, threshold, similarity, specifics)
             for m in c.mentions}
    counts: Counter[str] = Counter()
    for a, b in combinations(mentions, 2):
        same_gold, same_found = gold[a.id] == gold[b.id], found[a.id] == found[b.id]
        counts["tp" if same_gold and same_found else "fp" if same_found else "fn" if same_gold else "tn"] += 1
    precision = counts["tp"] / max(counts["tp"] + counts["fp"], 1)
    recall = counts["tp"] / max(counts["tp"] + counts["fn"], 1)
    return precision, recall


def separation(mentions: list[Mention], gold: dict[str, str], window: int,
               similarity: str) -> tuple[float, int, int]:
    """Threshold-free: over the pairs clustering compares (one block, days within the window), the chance
    that a pair of one event scores above a pair of two events (ties half); and how many of each."""
    blocks: dict[tuple, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault((m.source, m.target, m.root), []).append(m)
    same, other = [], []
    for block in blocks.values():
        measure = MEASURES[similarity].build([m.sentence for m in block])
        for (i, a), (j, b) in combinations(enumerate(block), 2):
            if (a.day is None) != (b.day is None) or (a.day and abs((a.day - b.day).days) > window):
                continue
            (same if gold[a.id] == gold[b.id] else other).append(measure(i, j))
    wins = sum((x > y) + 0.5 * (x == y) for x in same for y in other)
    return wins / max(len(same) * len(other), 1), len(same), len(other)


def vetoes(mentions: list[Mention], gold: dict[str, str], window: int) -> tuple[int, int, int, int]:
    """Over the pairs clustering compares: how many pairs of two events the specifics keep apart, of
    how many; and how many pairs of one event they wrongly keep apart, of how many."""
    words = lexicon()
    read = {m.id: words.read(m.sentence, m.root) for m in mentions}
    counts = [0, 0, 0, 0]
    for a, b in combinations(mentions, 2):
        apart = (a.day is None) != (b.day is None) or (a.day and abs((a.day - b.day).days) > window)
        if (a.source, a.target, a.root) != (b.source, b.target, b.root) or apart:
            continue
        one = gold[a.id] == gold[b.id]
        counts[2 * one] += words.conflict(read[a.id], read[b.id])
        counts[2 * one + 1] += 1
    return counts[0], counts[1], counts[2], counts[3]


def speed(sentences: list[str], similarity: str, rounds: int = 5) -> tuple[float, float]:
    """Sentences per CPU second of one core: the measure built over all the sentences as one block and
    every pair scored, `rounds` times after a warm-up (model loading not counted); and the load's seconds."""
    build = MEASURES[similarity].build
    start = time.perf_counter()
    build(sentences[:2])(0, 1)  # loads the model, if any
    load = time.perf_counter() - start
    cpu = time.process_time()
    for _ in range(rounds):
        measure = build(sentences)
        for i in range(len(sentences)):
            for j in range(i + 1, len(sentences)):
                measure(i, j)
    return rounds * len(sentences) / (time.process_time() - cpu), load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="Reports to cluster (JSON lines).")
    parser.add_argument("--similarity", nargs="+", choices=sorted(MEASURES), default=["tfidf"])
    parser.add_argument("--window", type=int, default=WINDOW_DAYS)
    parser.add_argument("--threshold", type=float, help="Default: each measure's own.")
    parser.add_argument("--sweep", action="store_true", help="Also print P/R over a range of thresholds.")
    parser.add_argument("--speed", action="store_true", help="Also time each measure on one core.")
    parser.add_argument("--no-specifics", dest="specifics", action="store_false",
                        help="Link on wording alone, without the conflicting-specifics veto.")
    args = parser.parse_args()
    os.environ.setdefault("DYAD_EMBED_THREADS", "1")

    mentions, gold, missing = coded_mentions(Coder(), args.data)
    events = len(set(gold.values()))
    print(f"{args.data.name}: {len(mentions)} reports carry their event's act ({missing} did not, as dyad "
          f"coded them), {events} gold events, "
          f"{sum(gold[a.id] == gold[b.id] for a, b in combinations(mentions, 2))} pairs of one event")
    for similarity in args.similarity:
        threshold = MEASURES[similarity].threshold if args.threshold is None else args.threshold
        timed = speed([m.sentence for m in mentions], similarity) if args.speed else None  # loads first
        if args.sweep:
            for t in SWEEPS[similarity]:
                p, r = score(mentions, gold, args.window, t, similarity, args.specifics)
                print(f"  {similarity} threshold {t:.2f}: precision {p:.2f} recall {r:.2f}")
        p, r = score(mentions, gold, args.window, threshold, similarity, args.specifics)
        clusters = len({c.id for c in cluster(mentions, args.window, threshold, similarity, args.specifics)})
        print(f"{similarity}: window {args.window} days, threshold {threshold}: {clusters} clusters; "
              f"pairwise precision {p:.2f} recall {r:.2f}")
        auc, same, other = separation(mentions, gold, args.window, similarity)
        print(f"  {similarity} separation: {auc:.2f} ({same} pairs of one event against {other} pairs of "
              f"two, compared in one block)")
        if args.specifics:
            kept, two, wrong, one = vetoes(mentions, gold, args.window)
            print(f"  specifics keep apart {kept} of {two} compared pairs of two events, {wrong} of {one} "
                  f"pairs of one event")
        if timed:
            rate, load = timed
            print(f"  {similarity} speed: {rate:,.0f} sentences/s per core ({len(mentions)} sentences, "
                  f"all pairs scored; model load {load:.2f} s)")


if __name__ == "__main__":
    main()
