"""Which reader a file needs, and reading many inputs so that one bad file never stops the rest."""

from __future__ import annotations

import dataclasses
import gzip
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from dyad.errors import InputError
from dyad.read.decode import MAX_FILE_BYTES, check_size, decode
from dyad.read.feeds import FEED_SUFFIXES, fetch, looks_like_feed, read_feed
from dyad.read.html import looks_like_html, read_html
from dyad.read.jsonl import read_jsonl
from dyad.read.parquet import read_parquet
from dyad.read.warc import read_warc
from dyad.records import Article, Failure

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
WARC_SUFFIXES = (".warc", ".warc.gz")
URL_SCHEMES = ("http://", "https://")


def _with_published(item: Article | Failure, published: date | None) -> Article | Failure:
    """The --published flag is the user's word for every document and wins over their metadata."""
    if published is None or isinstance(item, Failure):
        return item
    return dataclasses.replace(item, published=published)


def read_document(text: str, origin: str, suffix: str = "") -> Iterator[Article | Failure]:
    """Articles in one document's text, by its suffix or, for standard input, by its content."""
    if suffix in JSONL_SUFFIXES or (not suffix and text.lstrip().startswith("{")):
        yield from read_jsonl(text.splitlines(), origin)
    elif suffix in FEED_SUFFIXES or (suffix in {"", ".xml"} and looks_like_feed(text)):
        yield from read_feed(text, origin)
    elif suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(text)):
        yield read_html(text, origin)
    else:
        yield Article(text=text, origin=origin)


def read_path(path: Path, published: date | None = None) -> Iterator[Article | Failure]:
    """Articles of a file, or of every file under a directory (in name order, hidden ones skipped)."""
    origin = str(path)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield from read_path(child, published)
        return
    try:
        if not path.exists():
            raise InputError("no such file")
        with path.open("rb") as handle:
            yield from read_handle(handle, origin, path.name, published)
    except InputError as error:
        yield Failure(origin=origin, reason=str(error))
    except (OSError, EOFError) as error:  # also a corrupt .gz
        yield Failure(origin=origin, reason=f"cannot read: {getattr(error, 'strerror', None) or error}")
    except zlib.error as error:
        yield Failure(origin=origin, reason=f"cannot read: damaged compressed data ({error})")
    except Exception as error:  # the last guard: one file's surprise never stops the batch
        yield Failure(origin=origin, reason=f"reading failed: {type(error).__name__}: {error}")


def read_handle(handle: BinaryIO, origin: str, name: str,
                published: date | None = None) -> Iterator[Article | Failure]:
    """Articles in one file's bytes, chosen by the file's name: what `read_path` and the distributed
    engines share. Files that hold many articles (JSON Lines, WARC, Parquet, .gz of any) are streamed."""
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        items: Iterable[Article | Failure] = read_warc(handle, origin)
    elif lower.endswith(".gz"):
        with gzip.GzipFile(fileobj=handle) as inner:
            yield from read_handle(inner, origin, name[:-3], published)  # type: ignore[arg-type]
        return
    elif Path(lower).suffix in JSONL_SUFFIXES:
        # JSON Lines files hold many articles: stream them line by line, with the limit per line.
        items = read_jsonl(_decoded_lines(handle), origin)
    elif lower.endswith(".parquet"):
        items = read_parquet(handle, origin)
    else:
        data = handle.read(MAX_FILE_BYTES + 1)
        check_size(len(data))
        items = read_document(decode(data), origin, Path(lower).suffix)
    for item in items:
        yield _with_published(item, published)


def _decoded_lines(handle: BinaryIO) -> Iterator[str | InputError]:
    """Each line as text, or the reason it is not text (the line still counts, so numbers stay right).
    A line is read up to the size limit: the rest of an over-long line is skipped a piece at a time, so
    a file that is one enormous line (or a .gz that expands to one) never sits in memory whole."""
    while raw := handle.readline(MAX_FILE_BYTES + 1):
        size = len(raw)
        while size > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            size += len(raw)
            if not raw:
                break
        try:
            check_size(size)
            yield decode(raw) if raw.strip() else ""
        except InputError as error:
            yield error


def read_stream(
    stream: BinaryIO, published: date | None = None, origin: str = "stdin"
) -> Iterator[Article | Failure]:
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
        check_size(len(data))
        text = decode(data)
        for item in read_document(text, origin):
            yield _with_published(item, published)
    except InputError as error:
        yield Failure(origin=origin, reason=str(error))


def read_inputs(inputs: Iterable[str], published: date | None = None) -> Iterator[Article | Failure]:
    """Articles from every input in turn: files, directories, "-" for standard input, and an http(s) URL
    the user gave (a feed or a page), fetched."""
    for name in inputs:
        if name == "-":
            yield from read_stream(sys.stdin.buffer, published)
        elif name.startswith(URL_SCHEMES):
            yield from read_url(name, published)
        else:
            yield from read_path(Path(name), published)


def read_url(url: str, published: date | None = None) -> Iterator[Article | Failure]:
    try:
        text = decode(fetch(url))
        for item in read_document(text, url):
            if isinstance(item, Article) and item.url is None and item.origin == url:
                item.url = url
            yield _with_published(item, published)
    except InputError as error:
        yield Failure(origin=url, reason=str(error))
