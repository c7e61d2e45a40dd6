"""A bounded load test of `dyad serve` on loopback: many concurrent readers of the event table and the
dyad series while a writer adds articles through POST /api/articles (coded by the real coder).

The server runs as `dyad serve` in its own process; readers are threads with keep-alive connections.
The run stops at --requests reads or --seconds, whichever comes first, and reports reads per second,
latency percentiles and every error (anything but a 2xx, or a failed connection). Traffic goes to
127.0.0.1 only.

    .venv/bin/python benchmarks/load_test.py --events 100000 --clients 32 --requests 20000 --seconds 300
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate_events import generate
from benchmarks.server import HOST, free_port, serve

READS = [
    "/api/events?limit=50",
    "/api/events?limit=50&total=true",
    "/api/events?limit=50&country=VEN&root=19",
    "/api/events?limit=50&dyad=RUS-UKR&both=true&sort=goldstein",
    "/api/events?limit=50&q=troops",
    "/api/dyads/RUS-UKR/series?by=week",
    "/api/dyads/USA-MEX/series?by=day&since=2026-01-01",
    "/api/dyads/CHN-TWN/series?by=month",
    "/api/summary",
    "/api/dyads?top=15",
]


def start_server(db: str, port: int, token: str) -> subprocess.Popen:
    """The server with writing allowed to `token` and reading open."""
    env = {**os.environ, "DYAD_TOKEN": token}
    env.pop("DYAD_READ_TOKEN", None)
    return serve(db, port, env=env, seconds=120)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def articles(count: int) -> list[dict[str, Any]]:
    from importlib import resources

    sample = resources.files("dyad") / "data" / "sample" / "articles.jsonl"
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    run = secrets.token_hex(4)
    return [{"text": f"{row['text']}\n\n(Load test {run}, copy {n}.)", "published": row.get("published"),
             "title": row.get("title")} for n, row in enumerate(rows[n % len(rows)] for n in range(count))]


def run_load(base: str, token: str, clients: int, requests: int, seconds: float, writes: int,
             seed: int = 7) -> dict[str, Any]:
    """Readers and one writer against the server at `base` until `requests` reads or `seconds` pass."""
    assert base.startswith(f"http://{HOST}:"), "loopback only"
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    issued = 0
    stop = threading.Event()
    deadline = time.monotonic() + seconds

    def reader(number: int) -> None:
        nonlocal issued
        rng = random.Random(seed + number)
        with httpx.Client(base_url=base, timeout=60) as client:
            while not stop.is_set() and time.monotonic() < deadline:
                with lock:
                    if issued >= requests:
                        return
                    issued += 1
                path = rng.choice(READS)
                started = time.perf_counter()
                try:
                    response = client.get(path)
                    ok = response.status_code == 200
                    problem = f"{response.status_code} {path}"
                except httpx.HTTPError as error:
                    ok, problem = False, f"{type(error).__name__} {path}"
                took = time.perf_counter() - started
                with lock:
                    latencies.append(took)
                    if not ok:
                        errors.append(problem)

    written: list[float] = []
    write_errors: list[str] = []

    def writer() -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, timeout=300, headers=headers) as client:
            for body in articles(writes):
                if stop.is_set() or time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                try:
                    response = client.post("/api/articles", json=body)
                    if response.status_code not in (200, 201):
                        write_errors.append(f"{response.status_code} {response.text[:200]}")
                except httpx.HTTPError as error:
                    write_errors.append(type(error).__name__)
                written.append(time.perf_counter() - started)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(clients)]
    write_thread = threading.Thread(target=writer) if writes else None
    started = time.perf_counter()
    for thread in [*threads, *([write_thread] if write_thread else [])]:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    stop.set()
    if write_thread:
        write_thread.join(timeout=600)
    return {
        "clients": clients,
        "reads": len(latencies),
        "read_errors": len(errors),
        "errors": errors[:20],
        "seconds": round(elapsed, 2),
        "reads_per_second": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
        "writes": len(written),
        "write_errors": write_errors[:20],
        "write_p50_ms": round(percentile(written, 50) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="An existing store (default: a synthetic one of --events events).")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=5_000, help="Reads in all, at most.")
    parser.add_argument("--seconds", type=float, default=120, help="Stop after this long, at most.")
    parser.add_argument("--writes", type=int, default=20, help="Articles POSTed during the run.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        db = args.db or str(Path(directory) / "load.duckdb")
        if not args.db:
            generate(db, args.events)
        token = secrets.token_hex(16)
        port = free_port()
        server = start_server(db, port, token)
        try:
            figures = run_load(f"http://{HOST}:{port}", token, args.clients, args.requests, args.seconds,
                               args.writes)
        finally:
            server.terminate()
            server.wait(timeout=30)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['reads']:,} reads by {figures['clients']} clients in {figures['seconds']} s: "
          f"{figures['reads_per_second']} reads/s; latency p50 {figures['p50_ms']} ms, "
          f"p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms; "
          f"{figures['read_errors']} errors")
    print(f"{figures['writes']} articles written meanwhile (median {figures['write_p50_ms']} ms each), "
          f"{len(figures['write_errors'])} write errors")
    for problem in figures["errors"] + figures["write_errors"]:
        print("  error:", problem)


if __name__ == "__main__":
    main()
