"""The inputs a news firehose comes in: directories, gzip, WARC archives, RSS/Atom feeds, Parquet."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from dyad.read import read_inputs, read_path
from dyad.records import Article, Failure

LINES = [{"id": "a1", "text": "Chile met Peru.", "published": "2026-03-02"},
         {"id": "a2", "text": "Peru accused Bolivia.", "url": "https://example.org/2"}]
PAGE = ("<html><head><title>Talks</title></head><body><article><p>Mexico and Canada signed a trade "
        "agreement in Ottawa on Monday, officials said.</p><p>The deal covers steel and autos, and both "
        "governments called it a fair result for workers on both sides.</p></article></body></html>")
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>https://wire.example/1</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>
<description>Mexico and Canada signed a trade agreement.</description></item>
<item><title>Empty</title><link>https://wire.example/2</link><description></description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
<entry><title>Strike</title><link href="https://wire.example/a"/>
<updated>2026-03-03T08:00:00Z</updated>
<content type="html">&lt;p&gt;Russian forces attacked Ukrainian positions near Kharkiv.&lt;/p&gt;
</content></entry>
</feed>"""


def jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def test_a_directory_reads_every_file_in_name_order_and_skips_hidden_ones(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Peru accused Bolivia.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_bytes(jsonl(LINES[:1]))
    (tmp_path / ".hidden.txt").write_text("Not me.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.text for i in items] == ["Chile met Peru.", "Peru accused Bolivia."]


def test_gzipped_jsonl_streams_like_plain_jsonl(tmp_path):
    path = tmp_path / "day.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl(LINES)))
    items = list(read_path(path))
    assert [(i.id, i.origin) for i in items] == [("a1", f"{path}:1"), ("a2", f"{path}:2")]


def test_a_corrupt_gzip_is_a_failure_not_a_crash(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl(LINES))[:30])
    items = list(read_path(path))
    assert isinstance(items[-1], Failure) and "cannot read" in items[-1].reason


def warc_bytes(records: list[tuple[str, str, bytes]], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


@pytest.mark.parametrize("name, compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_a_warc_file_gives_one_article_per_html_response(tmp_path, name, compress):
    path = tmp_path / name
    path.write_bytes(warc_bytes([("https://news.example/talks", "text/html; charset=utf-8", PAGE.encode()),
                                 ("https://news.example/logo.png", "image/png", b"\x89PNG")], compress))
    [article] = list(read_path(path))
    assert isinstance(article, Article)
    assert article.url == "https://news.example/talks" and "trade agreement" in article.text


def test_an_rss_feed_gives_one_article_per_entry_and_names_empty_ones(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    article, empty = list(read_path(path))
    assert article.title == "Talks" and article.url == "https://wire.example/1"
    assert article.published.isoformat() == "2026-03-02" and "trade agreement" in article.text
    assert isinstance(empty, Failure) and empty.origin == f"{path}#2"


def test_an_atom_feed_saved_as_xml_is_recognised_and_its_html_content_read(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    [article] = list(read_path(path))
    assert article.text.startswith("Russian forces attacked") and article.url == "https://wire.example/a"


def test_a_feed_url_the_user_gives_is_fetched(monkeypatch):
    import dyad.read.sources as sources

    monkeypatch.setattr(sources, "fetch", lambda url: RSS.encode())
    article, _ = list(read_inputs(["https://wire.example/feed.rss"]))
    assert article.url == "https://wire.example/1"


def test_parquet_rows_are_read_as_jsonl_lines_are(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "day.parquet"
    rows = [{key: row.get(key) for key in ("id", "text", "url", "published")} for row in LINES]
    pq.write_table(pa.Table.from_pylist([*rows, {"id": "x", "text": " "}]), path)
    first, second, bad = list(read_path(path))
    assert (first.id, first.published.isoformat(), first.origin) == ("a1", "2026-03-02", f"{path}:1")
    assert second.url == "https://example.org/2"
    assert isinstance(bad, Failure) and "text" in bad.reason
