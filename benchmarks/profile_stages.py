"""dyad's own cost beside spaCy's parse, stage by stage, in one process (what to profile, and where).

    .venv/bin/python benchmarks/profile_stages.py --articles 300 [--cprofile out.prof]

The articles are those of benchmarks/throughput.py (the bundled sample, each copy a distinct article).
They are parsed first (timed apart), then each stage of the pipeline runs over them and its CPU time is
summed. With --cprofile, the stages run once more under cProfile and the functions of dyad with the
most cumulative time are printed (the profile is written to the file for pstats or snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/dyad-profile.jsonl"))
    parser.add_argument("--cprofile", type=Path, help="also profile the stages; write the profile here")
    parser.add_argument("--components", action="store_true",
                        help="also time each component of the spaCy pipeline over the same texts")
    args = parser.parse_args()

    from tests.engine.corpus import write_corpus

    from dyad.pipeline import DEFAULT_STAGES, STAGES, ArticleState, Coder
    from dyad.read import read_path
    from dyad.records import Article

    write_corpus(args.corpus, args.articles)
    articles = [a for a in read_path(args.corpus) if isinstance(a, Article)]
    coder = Coder()
    texts = [a.text for a in articles]
    started = time.process_time()
    docs = list(coder.nlp.pipe(texts, batch_size=32))
    parse = time.process_time() - started
    if args.components:
        print_component_times(coder.nlp, texts)
    spent: dict[str, float] = defaultdict(float)
    for article, doc in zip(articles, docs, strict=True):
        state = ArticleState(article=article, doc=doc)
        for name in DEFAULT_STAGES:
            started = time.process_time()
            STAGES[name](coder, state)
            spent[name] += time.process_time() - started
    total = sum(spent.values())
    print(f"{len(articles)} articles: parse {parse:.2f} s CPU, dyad's stages {total:.2f} s "
          f"({100 * total / parse:.0f}% of the parse)")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<14}{seconds:7.2f} s {100 * seconds / parse:5.1f}%")
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for article, doc in zip(articles, docs, strict=True):
            coder._run(article, doc)
        profile.disable()
        profile.dump_stats(args.cprofile)
        out = io.StringIO()
        pstats.Stats(str(args.cprofile), stream=out).sort_stats("cumulative").print_stats("dyad/", 30)
        print(out.getvalue())


def print_component_times(nlp, texts: list[str]) -> None:
    """CPU time of each pipeline component, run one after another over all texts: where the parse's cost
    lies (the NER of en_core_web_sm has a tok2vec of its own)."""
    docs = [nlp.make_doc(text) for text in texts]
    words = sum(len(doc) for doc in docs)
    spent: list[tuple[str, float]] = []
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=32)) if hasattr(component, "pipe") else [
            component(doc) for doc in docs
        ]
        spent.append((name, time.process_time() - started))
    total = sum(seconds for _, seconds in spent)
    print(f"spaCy components over {words} tokens: {total:.2f} s CPU ({words / total:,.0f} tokens/s)")
    for name, seconds in spent:
        print(f"  {name:<24}{seconds:7.2f} s {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
