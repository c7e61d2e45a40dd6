"""Reading hostile inputs: 100 MB files of every kind, decompression bombs, deeply nested and enormous HTML.
Each case runs in a fresh process and reports what dyad made of it, how long it took and its peak memory
(resident set, with the baseline of a process that has only imported dyad's readers).

    .venv/bin/python benchmarks/hostile_inputs.py            # every case, 100 MB inputs
    .venv/bin/python benchmarks/hostile_inputs.py --mb 20    # smaller inputs
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PARAGRAPH = "Mexico signed a trade agreement with Canada on Friday, officials said in a statement. "
MB = 1024 * 1024
ITEM = b"<item><title>x</title><description>y</description></item>"

MEASURE = """
import json, sys, time
from pathlib import Path
from dyad.read import read_path, read_stream
def status(key):  # this process's own figures (ru_maxrss would carry the parent's peak across exec)
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(key)) // 1024
base = status("VmRSS:")
started = time.monotonic()
path = Path(sys.argv[1])
if path.name.startswith("stdin"):
    with path.open("rb") as handle:
        items = read_stream(handle)
        outcome = [(type(i).__name__, getattr(i, "reason", None)) for i in items]
else:
    outcome, articles = [], 0
    for item in read_path(path):  # streamed: an article is let go as soon as it is counted
        if type(item).__name__ == "Article":
            articles += 1
        else:
            outcome.append(("Failure", item.reason))
    outcome = [("Article", f"{articles:,} articles")] * bool(articles) + outcome[:3]
print(json.dumps({"seconds": round(time.monotonic() - started, 2), "base_mb": base,
                  "peak_mb": status("VmHWM:"), "outcome": outcome}))
"""


def _repeat(path: Path, chunk: bytes, size: int, head: bytes = b"", tail: bytes = b"") -> None:
    with path.open("wb") as out:
        out.write(head)
        written = len(head)
        while written < size:
            out.write(chunk)
            written += len(chunk)
        out.write(tail)


def _jsonl_lines(path: Path, size: int) -> None:
    line = (json.dumps({"text": PARAGRAPH * 60, "published": "2026-03-06"}) + "\n").encode()
    _repeat(path, line, size)


def _bomb(path: Path, size: int, line: bool) -> None:
    with gzip.open(path, "wb", compresslevel=9) as out:
        if line:
            out.write(b'{"text": "')
        block = b"a" * MB
        for _ in range(size // MB):
            out.write(block)


def _warc(path: Path, size: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraphs = f"<p>{PARAGRAPH}</p>".encode() * (size // 100)
    page = b"<html><body><article>" + paragraphs + b"</article></body></html>"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/big", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))


def cases(mb: int) -> dict[str, Callable[[Path], None]]:
    size = mb * MB
    para = f"<p>{PARAGRAPH}</p>".encode()
    return {
        f"text-{mb}MB.txt": lambda p: _repeat(p, PARAGRAPH.encode(), size),
        f"stdin-{mb}MB": lambda p: _repeat(p, PARAGRAPH.encode(), size),
        f"page-{mb}MB.html": lambda p: _repeat(p, para, size, b"<html><body>", b"</body></html>"),
        f"feed-{mb}MB.rss": lambda p: _repeat(p, ITEM, size, b'<?xml version="1.0"?><rss><channel>',
                                              b"</channel></rss>"),
        f"one-line-{mb}MB.jsonl": lambda p: _repeat(p, b"a" * MB, size, b'{"text": "', b'"}\n'),
        f"lines-{mb}MB.jsonl": lambda p: _jsonl_lines(p, size),
        "bomb-1GB.txt.gz": lambda p: _bomb(p, 1024 * MB, line=False),
        "bomb-1GB-one-line.jsonl.gz": lambda p: _bomb(p, 1024 * MB, line=True),
        f"crawl-{mb}MB.warc.gz": lambda p: _warc(p, size),
        "nested-100k.html": lambda p: p.write_bytes(
            b"<html><body>" + b"<div>" * 100_000 + para + b"</div>" * 100_000),
        "nested-1M-unclosed.html": lambda p: p.write_bytes(b"<html><body>" + b"<div>" * 1_000_000 + para),
        "elements-19MB.html": lambda p: _repeat(p, b"<span>x</span>", 19 * MB, b"<html><body>" + para),
        "attributes-100k.html": lambda p: p.write_bytes(
            b"<html><body><div " + b" ".join(b'a%d="x"' % i for i in range(100_000)) + b">" + para),
        "entities-15MB.html": lambda p: _repeat(p, b"&amp;", 15 * MB, b"<html><body><p>", b"</p>" + para),
    }


def measure(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True,
                          timeout=900)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else f"exit {done.returncode}"}
    return json.loads(done.stdout)


def run(mb: int, only: list[str] | None = None) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        for name, build in cases(mb).items():
            if only and not any(o in name for o in only):
                continue
            path = Path(directory) / name
            try:
                build(path)
            except ImportError as error:
                rows.append({"case": name, "error": f"skipped: {error}"})
                continue
            rows.append({"case": name, "bytes": path.stat().st_size, **measure(path)})
            path.unlink()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100, help="Size of the large inputs.")
    parser.add_argument("--only", nargs="*", help="Cases whose name contains one of these words.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = run(args.mb, args.only)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'case':32} {'file':>9} {'time':>7} {'peak RSS':>9} {'(base)':>7}  outcome")
    for row in rows:
        if "error" in row:
            print(f"{row['case']:32} {row['error']}")
            continue
        outcome = "; ".join(f"{kind}: {reason}" if reason else kind for kind, reason in row["outcome"][:2])
        print(f"{row['case']:32} {row['bytes'] / MB:>7.1f}MB {row['seconds']:>6.2f}s {row['peak_mb']:>7}MB "
              f"{row['base_mb']:>5}MB  {outcome[:110]}")


if __name__ == "__main__":
    main()
