"""Throughput of dyad with 1 and 2 workers, beside spaCy's bare parse of the same texts.

    .venv/bin/python benchmarks/throughput.py --articles 5000

Articles are the bundled sample corpus, each copy made a distinct article. Every run is a fresh process
(so CPU time and peak memory are its own): spaCy `nlp.pipe` with 1 and 2 processes, and dyad's local
engine with 1 and 2 workers coding into nothing (no store), the cost of reading, parsing and coding.
Per-core rates divide by CPU seconds, not wall time, so that other work on a shared machine does not
count against them; the load average is printed for the same reason. Other work still raises CPU time
(shared caches and cores), by 15% between runs minutes apart here: `--together` runs spaCy and dyad at
the same time, so that the ratio of the two meets one load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per process

MODES = {"spacy": "spaCy nlp.pipe", "parse": "dyad's parse", "dyad": "dyad"}
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def make_corpus(path: Path, count: int) -> tuple[int, int]:
    from tests.engine.corpus import write_corpus

    write_corpus(path, count)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:-1]]
    return len(texts), sum(len(t.split()) for t in texts)


def stock_spacy() -> Language:
    """spaCy's English pipeline as its package ships it, with only BLIS given its fast kernels (which
    any spaCy user on this CPU would want: `dyad.parse.blis`), so that the parse it is compared with is
    not slowed by a fault of the machine's setup."""
    import spacy

    from dyad.parse import MODEL
    from dyad.parse.blis import use_fast_kernels

    use_fast_kernels()
    nlp = spacy.load(MODEL)
    nlp.max_length = 5_000_000
    return nlp


def run_mode(mode: str, workers: int, corpus: Path) -> dict[str, float]:
    """One measurement, in this process: wall and CPU seconds (own and children's), peak memory."""
    from dyad.parse import load_nlp
    from dyad.read import read_path
    from dyad.records import Article, CodingResult

    started, cpu = time.perf_counter(), time.process_time()
    if mode in ("spacy", "parse"):
        texts = (a.text for a in read_path(corpus) if isinstance(a, Article))
        for _ in stock_spacy().pipe(texts, batch_size=32, n_process=workers) if mode == "spacy" else (
                load_nlp().pipe(texts, batch_size=32, n_process=workers)):
            pass
        events = 0
    else:
        from dyad.engine import CoderSpec
        from dyad.engine.local import LocalEngine

        events = sum(len(r.events) for r in LocalEngine(CoderSpec(), workers).code_many(read_path(corpus))
                     if isinstance(r, CodingResult))
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": time.perf_counter() - started,
        "cpu": time.process_time() - cpu + children.ru_utime + children.ru_stime,
        "peak_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024, "events": events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/dyad-throughput.jsonl"))
    parser.add_argument("--together", action="store_true",
                        help="run spaCy and dyad at the same time, so that both meet the same load (on a "
                             "shared machine a process's CPU time rises with what else runs)")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES),
                        help="spacy: the pipeline as shipped; parse: dyad's parse alone (the same pipeline "
                             "with dyad's faster attribute rules and lemmas); dyad: parse and coding")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_mode(args.one[0], int(args.one[1]), args.corpus)))
        return

    articles, words = make_corpus(args.corpus, args.articles)
    from dyad.parse.blis import use_fast_kernels

    print(f"articles: {articles}  words: {words}  mean words/article: {words / articles:.0f}  "
          f"BLIS kernels: {use_fast_kernels()}  load average: {os.getloadavg()[0]:.1f}")
    print(f"{'run':<22}{'wall s':>8}{'articles/s':>12}{'words/s':>10}{'art/s/core':>12}{'words/s/core':>14}"
          f"{'peak MB/proc':>14}")
    cpu_of: dict[tuple[str, int], float] = {}
    for workers in args.workers:
        command = [sys.executable, __file__, "--corpus", str(args.corpus), "--one"]
        started = {mode: subprocess.Popen([*command, mode, str(workers)], stdout=subprocess.PIPE, text=True)
                   for mode in args.modes} if args.together else {}
        for mode in args.modes:
            if args.together:
                output = started[mode].communicate()[0]
                if started[mode].returncode:
                    raise SystemExit(f"the {mode} run failed")
            else:
                output = subprocess.run([*command, mode, str(workers)], capture_output=True, text=True,
                                        check=True).stdout
            result = json.loads(output.strip().splitlines()[-1])
            wall, cpu = result["wall"], result["cpu"]
            cpu_of[mode, workers] = cpu
            label = f"{MODES[mode]} x{workers}"
            print(f"{label:<22}{wall:8.1f}{articles / wall:12.1f}{words / wall:10.0f}{articles / cpu:12.1f}"
                  f"{words / cpu:14.0f}{result['peak_mb']:14.0f}"
                  + (f"  {result['events']} events" if mode == "dyad" else ""), flush=True)
        for base in ("spacy", "parse"):
            if "dyad" in args.modes and base in args.modes:
                added = 100 * (cpu_of["dyad", workers] / cpu_of[base, workers] - 1)
                print(f"{'':<22}dyad x{workers} adds {added:.0f}% CPU to {MODES[base]} x{workers}",
                      flush=True)
        print(f"{'':<22}load average: {os.getloadavg()[0]:.1f}", flush=True)

if __name__ == "__main__":
    main()
