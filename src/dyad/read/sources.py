"""Which reader a file needs, and reading many inputs so that one bad file never stops the rest."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from dyad.errors import InputError
from dyad.read.decode import MAX_FILE_BYTES, check_size, decode
from dyad.read.html import looks_like_html, read_html
from dyad.read.jsonl import read_jsonl
from dyad.records import Article, Failure

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _with_published(item: Article | Failure, published: date | None) -> Article | Failure:
    """The --published flag is the user's word for every document and wins over their metadata."""
    if published is None or isinstance(item, Failure):
        return item
    return dataclasses.replace(item, published=published)


def read_document(text: str, origin: str, suffix: str = "") -> Iterator[Article | Failure]:
    """Articles in one document's text, by its suffix or, for standard input, by its content."""
    if suffix in JSONL_SUFFIXES or (not suffix and text.lstrip().startswith("{")):
        yield from read_jsonl(text.splitlines(), origin)
    elif suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(text)):
        yield read_html(text, origin)
    else:
        yield Article(text=text, origin=origin)


def read_path(path: Path, published: date | None = None) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        if not path.exists():
            raise InputError("no such file")
        if path.is_dir():
            raise InputError("is a directory")
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            # JSON Lines files hold many articles: stream them line by line, with the limit per line.
            with path.open("rb") as handle:
                lines = _decoded_lines(handle)
                for item in read_jsonl(lines, origin):
                    yield _with_published(item, published)
            return
        check_size(path.stat().st_size)
        text = decode(path.read_bytes())
        for item in read_document(text, origin, suffix):
            yield _with_published(item, published)
    except InputError as error:
        yield Failure(origin=origin, reason=str(error))
    except OSError as error:
        yield Failure(origin=origin, reason=f"cannot read: {error.strerror or error}")


def _decoded_lines(handle: BinaryIO) -> Iterator[str | InputError]:
    """Each line as text, or the reason it is not text (the line still counts, so numbers stay right)."""
    for raw in handle:
        try:
            check_size(len(raw))
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
    """Articles from every input in turn; "-" is standard input."""
    for name in inputs:
        if name == "-":
            yield from read_stream(sys.stdin.buffer, published)
        else:
            yield from read_path(Path(name), published)
