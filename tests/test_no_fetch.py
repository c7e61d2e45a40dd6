"""dyad never fetches a URL the user did not give: reading, coding, storing and serving documents full of
links, remote images, refreshes, external entities and URL-shaped text open no network connection.

Python's audit hooks see every connection attempt (socket.connect, getaddrinfo, urllib), including ones a
library swallows; the processes `dyad` starts get the same hook through a sitecustomize module. A
positive control shows the hook does see a fetch: the one the user asks for.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from dyad.read import read_inputs, read_path
from dyad.records import Article
from tests.fuzzing import BILLION_LAUGHS, EXTERNAL_ENTITY, warc_bytes

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                  "urllib.Request", "http.client.connect", "ftplib.connect"}
SEEN: list[tuple[str, str]] = []
WATCHING = threading.Event()


def _hook(event: str, args: tuple) -> None:
    if WATCHING.is_set() and event in NETWORK_EVENTS:
        SEEN.append((event, repr(args)[:200]))


sys.addaudithook(_hook)  # audit hooks cannot be removed: this one only records while WATCHING is set


@pytest.fixture
def network_watch():
    SEEN.clear()
    WATCHING.set()
    yield SEEN
    WATCHING.clear()


EVIL = "http://evil.example"
PAGE = f"""<!DOCTYPE html><html><head><base href="{EVIL}/"><title>Talks</title>
<meta http-equiv="refresh" content="0;url={EVIL}/refresh"><link rel="stylesheet" href="{EVIL}/a.css">
<link rel="canonical" href="{EVIL}/canonical"><script src="{EVIL}/a.js"></script>
<style>@import url("{EVIL}/b.css"); body {{ background: url({EVIL}/bg.png) }}</style></head>
<body><iframe src="{EVIL}/frame"></iframe><img src="{EVIL}/a.png" srcset="{EVIL}/2x.png 2x">
<object data="{EVIL}/o.swf"></object><video poster="{EVIL}/p.png"><source src="{EVIL}/v.mp4"></video>
<article><h1>Mexico and Canada sign a pact</h1><p>Mexico signed a trade agreement with Canada on Friday,
officials said. <a href="{EVIL}/more">Read more</a> at {EVIL}/story and https://evil.example/x.</p>
<p>The ministry said the deal, announced in Ottawa, would take effect next year.</p></article>
<svg><image href="{EVIL}/i.svg"/></svg><form action="{EVIL}/post"><input src="{EVIL}/i.png"></form>
</body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>{EVIL}/</link>
<item><title>Pact</title><link>{EVIL}/1</link><description><![CDATA[<p>Mexico met Canada in Ottawa on
Friday. <img src="{EVIL}/x.png"></p>]]></description><enclosure url="{EVIL}/a.mp3"/></item>
<item><title>Plain</title><link>{EVIL}/2</link><description>Chile met Peru on Monday.</description></item>
</channel></rss>"""


def hostile_files(directory: Path) -> list[Path]:
    """One file of every kind dyad reads, each full of URLs."""
    files = {
        "page.html": PAGE,
        "feed.rss": RSS,
        "feed.atom": EVIL,  # a feed file that is only a URL (feedparser would fetch a string like it)
        "local.rss": "/etc/passwd",  # ... or open a local path
        "entities.xml": EXTERNAL_ENTITY,
        "laughs.rss": BILLION_LAUGHS,
        "url.txt": f"{EVIL}/article",
        "batch.jsonl": "\n".join(
            json.dumps({"text": f"Mexico met Canada. See {EVIL}/{n}", "url": f"{EVIL}/{n}", "id": f"a{n}"})
            for n in range(3)
        ),
    }
    paths = []
    for name, content in files.items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    gz = directory / "page.html.gz"
    gz.write_bytes(gzip.compress(PAGE.encode()))
    paths.append(gz)
    try:
        warc = directory / "crawl.warc.gz"
        warc.write_bytes(warc_bytes([(f"{EVIL}/w", "text/html", PAGE.encode())], gzip=True))
        paths.append(warc)
    except ImportError:
        pass
    return paths


def test_reading_every_kind_of_file_fetches_nothing(tmp_path, network_watch):
    items = [item for path in hostile_files(tmp_path) for item in read_path(path)]
    assert sum(isinstance(i, Article) for i in items) >= 5
    assert network_watch == []


def test_coding_articles_full_of_urls_fetches_nothing(tmp_path, coder, network_watch):
    items = [item for path in hostile_files(tmp_path) for item in read_path(path)]
    results = list(coder.code_many(items))
    assert any(getattr(r, "events", None) for r in results)
    import dyad

    dyad.code_text(f"Mexico met Canada at {EVIL}/summit. <img src={EVIL}/x.png>", "2026-03-06")
    assert network_watch == []


def test_the_server_has_no_fetching_and_stores_urls_as_words(tmp_path, network_watch):
    from fastapi.testclient import TestClient

    from dyad.serve import create_app
    from dyad.store import open_store
    from tests.serve.conftest import StubCoder

    db = str(tmp_path / "s.duckdb")
    open_store(db).close()
    app = create_app(db, token="t", read_token=None, coder_factory=StubCoder, warm=False)
    paths = app.openapi()["paths"]
    writes = {(path, method) for path, methods in paths.items() for method in methods if method != "get"}
    assert writes == {("/api/articles", "post")}  # nothing else changes the store; nothing takes a URL to get
    assert not any("fetch" in path or "url" in path for path in paths)
    with TestClient(app) as client:
        body = {"text": f"Mexico met Canada. {PAGE}", "url": f"{EVIL}/story", "title": f"{EVIL}/t"}
        created = client.post("/api/articles", json=body, headers={"Authorization": "Bearer t"})
        assert created.status_code == 201, created.text
        assert created.json()["article"]["url"] == f"{EVIL}/story"
        for path in ("/api/events", "/api/articles", "/api/summary", "/", "/api/export?format=csv"):
            assert client.get(path).status_code == 200
    assert network_watch == []


class _Feed(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = RSS.replace(EVIL, "https://news.example").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_url_the_user_gives_is_fetched_and_seen(network_watch):
    """The positive control: the hook sees a fetch when there is one (on loopback only)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
        items = list(read_inputs([url]))
    finally:
        server.shutdown()
    assert [i.title for i in items if isinstance(i, Article)] == ["Pact", "Plain"]
    assert any(event == "socket.connect" and "127.0.0.1" in args for event, args in network_watch)


SITECUSTOMIZE = textwrap.dedent("""
    import os, sys
    LOG = os.environ["DYAD_NETWORK_LOG"]
    WATCHED = {events!r}
    def _hook(event, args):
        if event in WATCHED:
            with open(LOG, "a") as log:
                log.write(f"{{os.getpid()}} {{event}} {{args!r}}\\n")
    sys.addaudithook(_hook)
""")


@pytest.mark.slow
def test_the_dyad_command_and_its_workers_fetch_nothing(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE.format(events=sorted(NETWORK_EVENTS)))
    log = tmp_path / "network.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path]), "DYAD_NETWORK_LOG": str(log)}
    files = [str(p) for p in hostile_files(tmp_path)]
    dyad = [sys.executable, "-m", "dyad.cli"]
    ingest = subprocess.run([*dyad, "ingest", *files, "--db", str(tmp_path / "s.duckdb"), "--no-progress"],
                            env=env, capture_output=True, text=True, timeout=600)
    assert "stored" in ingest.stderr, ingest.stderr
    code = subprocess.run([*dyad, "code", files[0]], env=env, capture_output=True, text=True, timeout=600)
    assert code.returncode == 0, code.stderr
    assert any(json.loads(line)["type"] == "event" for line in io.StringIO(code.stdout))
    assert not log.exists(), log.read_text()
