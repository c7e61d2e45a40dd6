"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python): mutated bytes go to
`dyad.read.read_path` as a file of each kind dyad reads, and anything but Articles and Failures with a
reason (an exception, or the readers' last-guard "reading failed") is a finding.

    .venv/bin/pip install atheris
    .venv/bin/python benchmarks/atheris_readers.py -atheris_runs=200000 -max_len=20000 -timeout=20

It complements the property-based tests (tests/read/test_fuzz_readers.py), which generate structured
hostile documents; this one learns which bytes reach new code. Options after the script are libFuzzer's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["dyad"]):
    from dyad.read import read_path, sources

NAMES = sorted({"doc.txt", "page.html", "batch.jsonl", "feed.rss", "feed.atom", "feed.xml", "crawl.warc",
                "crawl.warc.gz", "page.html.gz", "batch.jsonl.gz", "noext",
                *(f"doc{suffix}" for name in dir(sources) if name.endswith("_SUFFIXES")
                  for suffix in getattr(sources, name))})
MEMORY = "/dev/shm" if os.path.isdir("/dev/shm") else None  # a file per input: keep them off the disk
DIRECTORY = Path(tempfile.mkdtemp(prefix="dyad-atheris-", dir=MEMORY))


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    path = DIRECTORY / NAMES[provider.ConsumeIntInRange(0, len(NAMES) - 1)]
    path.write_bytes(provider.ConsumeBytes(provider.remaining_bytes()))
    for item in read_path(path):
        reason = getattr(item, "reason", None)
        if reason is not None and (not reason or reason.startswith("reading failed")):
            raise AssertionError(f"{path.name}: {reason}")
        text = getattr(item, "text", None)
        if text is not None:
            text.encode("utf-8")
    path.unlink()


def main() -> None:
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura logs every page it finds no text in
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
