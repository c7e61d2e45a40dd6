"""Every reader against generated hostile input: no exception, no hang, only Articles and Failures that
say why (see tests/fuzzing.py for the contract and the input counts).

Readers are found by the suffixes `dyad.read.sources` registers (its *_SUFFIXES sets), so a reader added
there is fuzzed with generated text, and with damaged bytes of the kinds below, without editing this file.
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dyad.read import sources
from dyad.read.jsonl import read_jsonl
from dyad.read.sources import read_path, read_stream
from tests.fuzzing import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    byte_flips,
    check_items,
    feeds,
    fuzz_settings,
    html_pages,
    jsonl_documents,
    jsonl_lines,
    mutate,
    texts,
    timed,
    warc_bytes,
    warc_records,
)


def registered_suffixes() -> list[str]:
    found = {".txt", ".xml", ""}
    for name in dir(sources):
        if name.endswith("_SUFFIXES"):
            found.update(getattr(sources, name))
    return sorted(found)


SUFFIXES = registered_suffixes()
pytestmark = pytest.mark.slow  # 12,000 inputs by default: a minute or two; CI runs them
WORKDIR = Path(tempfile.mkdtemp(prefix="dyad-fuzz-"))


def read_file(name: str, data: bytes, label: str):
    """`read_path` over a file named `name` holding `data`, checked against the readers' contract."""
    path = WORKDIR / name
    path.write_bytes(data)
    return check_items(timed(label, lambda: list(read_path(path))), str(path))


@fuzz_settings(0.22)
@given(
    st.sampled_from(
        [
            b"",
            b"{",
            b'{"text": "',
            b"<html><body><p>",
            b"<?xml version='1.0'?><rss>",
            b"\xef\xbb\xbf",
            b"WARC/1.1\r\n",
            b"\x1f\x8b",
            b"PAR1",
        ]
    ),
    st.binary(max_size=3000),
)
@example(b"", b"\x00" * 10)
@example(b"\xef\xbb\xbf", b"\xef\xbb\xbf")
def test_any_bytes_on_standard_input(prefix, data):
    check_items(timed("stdin bytes", lambda: list(read_stream(io.BytesIO(prefix + data)))), "stdin")


@pytest.mark.parametrize("suffix", SUFFIXES)
@fuzz_settings(0.25 / len(SUFFIXES))
@given(text=texts)
def test_any_text_in_a_file_of_every_kind(suffix, text):
    read_file(f"doc{suffix}", text.encode("utf-8"), f"text as {suffix or 'no suffix'}")


@pytest.mark.parametrize("suffix", [".html", ".htm", ""])
@fuzz_settings(0.14 / 3)
@given(page=html_pages)
@example(page="<html><body>" + "<div>" * 5000 + "<p>Mexico met Canada.</p>")
@example(page='<html><body><p><img src=x onerror="alert(1)">Mexico met Canada.<script>alert(1)</script>')
def test_hostile_html(suffix, page):
    read_file(f"page{suffix}", page.encode("utf-8", "surrogatepass"), "HTML page")


@fuzz_settings(0.12)
@given(document=jsonl_documents)
@example(document='{"text": "a\\ud800b"}\n{"text": "Mexico met Canada."}')
def test_hostile_json_lines(document):
    items = read_file("batch.jsonl", document.encode("utf-8", "surrogatepass"), "JSON Lines")
    lines = document.split("\n")
    assert len(items) <= len(lines)


@fuzz_settings(0.05)
@given(
    st.lists(st.one_of(jsonl_lines, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))), max_size=8)
)
def test_json_lines_numbers_every_line(lines):
    items = check_items(timed("JSON Lines stream", lambda: list(read_jsonl(lines, "s"))), "s")
    for item in items:
        number = int(item.origin.rsplit(":", 1)[1])
        assert 1 <= number <= len(lines) and lines[number - 1].strip()


@pytest.mark.skipif(not hasattr(sources, "FEED_SUFFIXES"), reason="no feed reader registered")
@pytest.mark.parametrize("suffix", [".rss", ".atom", ".xml"])
@fuzz_settings(0.09 / 3)
@given(feed=feeds, flips=byte_flips)
@example(feed=BILLION_LAUGHS, flips=[])
@example(feed=EXTERNAL_ENTITY, flips=[])
def test_hostile_feeds(suffix, feed, flips):
    data = feed.encode("utf-8", "surrogatepass")
    read_file(f"feed{suffix}", mutate(data, flips) if flips else data, "feed")


@pytest.mark.skipif(not hasattr(sources, "WARC_SUFFIXES"), reason="no WARC reader registered")
@pytest.mark.parametrize("compressed", [False, True])
@fuzz_settings(0.06 / 2)
@given(records=warc_records, flips=byte_flips, cut=st.integers(min_value=0, max_value=4000))
def test_hostile_web_archives(compressed, records, flips, cut):
    pytest.importorskip("warcio")
    data = warc_bytes(records, gzip=compressed)
    if flips:
        data = mutate(data, flips)
    if cut % 3 == 0:
        data = data[: cut % (len(data) + 1)]
    read_file("crawl.warc.gz" if compressed else "crawl.warc", data, "web archive")


@pytest.mark.parametrize("inner", [".txt", ".html", ".jsonl"])
@fuzz_settings(0.05 / 3)
@given(content=st.one_of(texts, html_pages, jsonl_documents), flips=byte_flips, cut=st.integers(0, 500))
def test_damaged_gzip_files(inner, content, flips, cut):
    data = gzip.compress(content.encode("utf-8", "surrogatepass"))
    if flips:
        data = mutate(data, flips)
    if cut % 2:
        data = data[: cut % (len(data) + 1)]
    read_file(f"doc{inner}.gz", data, "gzip")


@fuzz_settings(0.02)
@given(
    rows=st.lists(
        st.dictionaries(
            st.sampled_from(["id", "text", "url", "published", "title"]), st.one_of(st.none(), texts)
        ),
        min_size=1,
        max_size=5,
    ),
    flips=byte_flips,
)
def test_damaged_parquet_files(rows, flips):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    columns = {name: [row.get(name) for row in rows] for name in ("id", "text", "url", "published", "title")}
    out = io.BytesIO()
    pq.write_table(pa.table({k: pa.array(v, type=pa.string()) for k, v in columns.items()}), out)
    data = out.getvalue()
    read_file("articles.parquet", mutate(data, flips) if flips else data, "parquet")


def test_the_fuzzed_readers_include_every_registered_kind():
    assert {".txt", ".html", ".jsonl"} <= set(SUFFIXES)
    names = json.dumps(SUFFIXES)
    for optional in ("FEED_SUFFIXES", "WARC_SUFFIXES"):
        for suffix in getattr(sources, optional, ()):
            assert suffix in names
