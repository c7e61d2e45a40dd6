"""How fast the dashboard is on a large store: API latency of the main endpoints and time to first
paint in headless Chromium, against `dyad serve` started in its own process.

    .venv/bin/python benchmarks/generate_events.py --events 100000 --db /tmp/dyad-100k.duckdb
    .venv/bin/python benchmarks/dashboard_speed.py --db /tmp/dyad-100k.duckdb

API: cold is the first request after the server starts with --no-warm (nothing cached); warm is the median
of the next `--repeat` requests (analytics are cached until the store changes; event pages are not).
Pages: `dyad serve` as an analyst starts it (the overview warmed at start, given `--settle` seconds), a
fresh browser context per visit; first paint is Chromium's first-contentful-paint, data ready the time
until the page has drawn its data. Cold is the first visit, warm the second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import launch
from server import free_port, serve

ENDPOINTS = [
    "/api/summary",
    "/api/alerts",
    "/api/movers",
    "/api/dyads?top=15",
    "/api/dyads/RUS-UKR/series?by=week",
    "/api/dyads/RUS-UKR/series?by=day",
    "/api/dyads/RUS-UKR/actors",
    "/api/dyads/RUS-UKR/places",
    "/api/quotes?dyad=RUS-UKR&limit=10",
    "/api/events?limit=50&total=true",
    "/api/events?limit=50&total=true&country=VEN&root=19",
    "/api/events?limit=50&q=troops&sort=goldstein",
    "/api/articles?limit=50",
]
PAGES = [("home", "/"), ("dyad", "/#/dyad/RUS-UKR"), ("events", "/#/events?country=VEN")]


def api_latency(base: str, repeat: int) -> list[dict]:
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path in ENDPOINTS:
            started = time.perf_counter()
            response = client.get(path)
            cold = time.perf_counter() - started
            response.raise_for_status()
            warm = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                warm.append(time.perf_counter() - started)
            rows.append(
                {
                    "endpoint": path,
                    "cold_ms": round(cold * 1000, 1),
                    "warm_ms": round(statistics.median(warm) * 1000, 1),
                    "bytes": len(response.content),
                }
            )
    return rows


def page_timings(base: str) -> list[dict]:
    """First contentful paint and the time until the page's data is drawn, on a fresh browser context."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for visit in ("cold", "warm"):
            for name, path in PAGES:
                context = browser.new_context(viewport={"width": 1366, "height": 900})
                page = context.new_page()
                started = time.perf_counter()
                page.goto(base + path)
                page.wait_for_selector(f".page-{name}[data-loaded]", timeout=60_000)
                ready = time.perf_counter() - started
                paint = page.evaluate(
                    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
                )
                rows.append(
                    {
                        "page": name,
                        "visit": visit,
                        "first_paint_ms": round(paint or 0, 1),
                        "data_ready_ms": round(ready * 1000, 1),
                    }
                )
                context.close()
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--settle", type=float, default=3.0, help="seconds the server may warm up before the browser comes"
    )
    args = parser.parse_args()
    results = {}
    runs = (("api", False, lambda base: api_latency(base, args.repeat)), ("pages", True, page_timings))
    for name, warm, measure in runs:  # a new server for each; the API's cold figures without the warm-up
        port = free_port()
        server = serve(args.db, port, *([] if warm else ["--no-warm"]))
        if warm:
            time.sleep(args.settle)
        try:
            results[name] = measure(f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
