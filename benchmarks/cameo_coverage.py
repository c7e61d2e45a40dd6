"""How well the built-in patterns cover the CAMEO ontology, on codebook-style example sentences.

    .venv/bin/python benchmarks/cameo_coverage.py [--details] [--data FILE]

Each line of the data file (code, source, target, sentence) is one example written from the codebook's
description of a code. "code" counts examples where dyad emits that exact code from that source country
(the ontology's coverage); "exact" also requires the target country, when one is given; "root" counts
examples with the right root from that source.
The default data is a development set written with the patterns, so it flatters them; pass a held-out
file with --data for an honest figure.
data/cameo_heldout.tsv is that file: one blind sentence per code, written from the codebook, never tuned.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from datetime import date
from pathlib import Path

from dyad.pipeline import Coder
from dyad.records import Article

DATA = Path(__file__).with_name("data") / "cameo_examples.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()

    coder = Coder()
    rows = list(csv.DictReader(args.data.open(encoding="utf-8"), delimiter="\t"))
    per_root: dict[str, Counter] = {}
    for row in rows:
        code, source, target = row["code"], row["source"], row["target"] or None
        result = coder.code(Article(text=row["sentence"], published=date(2026, 6, 15)))
        from_source = [e for e in result.events if e.source.country == source]
        actors_ok = [
            e for e in from_source if target is None or (e.target is not None and e.target.country == target)
        ]
        exact = any(e.cameo.code == code for e in actors_ok)
        counts = per_root.setdefault(code[:2], Counter())
        counts["examples"] += 1
        counts["exact"] += exact
        counts["code"] += any(e.cameo.code == code for e in from_source)
        counts["root"] += any(e.cameo.root == code[:2] for e in from_source)
        if args.details and not exact:
            got = [
                (e.source.country, e.cameo.code, e.target.country if e.target else None)
                for e in result.events
            ]
            print(f"{code} {source}->{target}: {row['sentence']}\n    got {got}")
    total = Counter()
    print(f"{'root':4} {'examples':>8} {'code':>5} {'exact':>6} {'root':>5}")
    for root in sorted(per_root):
        c = per_root[root]
        total.update(c)
        print(f"{root:4} {c['examples']:8} {c['code']:5} {c['exact']:6} {c['root']:5}")
    n = total["examples"]
    print(f"cameo-coverage: {total['code']}/{n} code, {total['exact']}/{n} exact, {total['root']}/{n} root")


if __name__ == "__main__":
    main()
