"""Export writers: each turns pages of events into chunks of a file, so the CLI writes them to disk and
the API streams them without holding the export in memory (Parquet, which needs the whole file to write
its footer, is built in a temporary file and then streamed)."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from dyad.analyze.filters import EventFilter, iter_pages
from dyad.export.gdelt import COLUMNS as GDELT_COLUMNS
from dyad.export.gdelt import gdelt_row
from dyad.export.plover import plover_record
from dyad.output.formats import EVENT_COLUMNS, flatten_event

# CSV and Parquet: the columns of `dyad code --format csv`, then the event's day and its article.
ARTICLE_COLUMNS = ["day", "article_title", "article_url", "article_published"]
TABLE_COLUMNS = [*EVENT_COLUMNS, *ARTICLE_COLUMNS]
PARQUET_TYPES = {
    "goldstein": "DOUBLE",
    "quad_class": "INTEGER",
    "confidence": "DOUBLE",
    "span_start": "INTEGER",
    "span_end": "INTEGER",
    "day": "DATE",
    "article_published": "DATE",
}

Chunks = Iterator[bytes]


def table_row(event: dict[str, Any]) -> dict[str, Any]:
    article = event.get("article") or {}
    return {
        **flatten_event(event),
        "day": event.get("day"),
        "article_title": article.get("title"),
        "article_url": article.get("url"),
        "article_published": article.get("published"),
    }


def _csv(store: Any, where: EventFilter) -> Chunks:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TABLE_COLUMNS)
    writer.writeheader()
    for page in iter_pages(store, where):
        writer.writerows(table_row(e) for e in page)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def _lead_ends(store: Any, page: list[dict[str, Any]]) -> dict[str, int | None]:
    """Where each article's lead paragraph ends (its first line break; None when it has none)."""
    hashes = sorted({e["article"]["hash"] for e in page})
    marks = ", ".join("?" for _ in hashes)
    rows = store.query(
        f"SELECT hash, position(chr(10) IN text) FROM articles WHERE hash IN ({marks})", hashes
    )
    return {h: (int(p) - 1 if p else None) for h, p in rows}


def _gdelt(store: Any, where: EventFilter, header: bool = False) -> Chunks:
    if header:
        yield ("\t".join(GDELT_COLUMNS) + "\n").encode("utf-8")
    for page in iter_pages(store, where):
        leads = _lead_ends(store, page)
        lines = ("\t".join(gdelt_row(e, leads.get(e["article"]["hash"]))) for e in page)
        yield ("\n".join(lines) + "\n").encode("utf-8")


def _plover(store: Any, where: EventFilter) -> Chunks:
    for page in iter_pages(store, where):
        records = [r for r in map(plover_record, page) if r is not None]
        if records:
            yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _parquet(store: Any, where: EventFilter) -> Chunks:
    """Rows go into an in-memory DuckDB table (a Parquet writer only: the store may be any backend)."""
    import duckdb
    import numpy as np

    columns = ", ".join(f'"{c}" {PARQUET_TYPES.get(c, "VARCHAR")}' for c in TABLE_COLUMNS)
    writer = duckdb.connect()
    writer.execute(f"CREATE TABLE export ({columns})")
    for page in iter_pages(store, where):
        rows = [table_row(e) for e in page]
        writer.register("page", {c: np.array([r[c] for r in rows], dtype=object) for c in TABLE_COLUMNS})
        writer.execute("INSERT INTO export SELECT * FROM page")
        writer.unregister("page")
    handle, path = tempfile.mkstemp(suffix=".parquet")
    os.close(handle)
    try:
        quoted = path.replace("'", "''")  # our own temporary path, never user input
        writer.execute(f"COPY export TO '{quoted}' (FORMAT parquet)")
        writer.close()
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                yield chunk
    finally:
        os.unlink(path)


@dataclass(slots=True, frozen=True)
class ExportFormat:
    name: str
    extension: str
    media_type: str
    chunks: Callable[[Any, EventFilter], Chunks]
    description: str


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "csv", "text/csv; charset=utf-8", _csv, "one event a row, with its article"),
        ExportFormat(
            "parquet", "parquet", "application/vnd.apache.parquet", _parquet, "the CSV columns, typed"
        ),
        ExportFormat(
            "gdelt",
            "tsv",
            "text/tab-separated-values; charset=utf-8",
            _gdelt,
            "GDELT 2.0 event table: 61 tab-separated columns, no header",
        ),
        ExportFormat("plover", "jsonl", "application/x-ndjson", _plover, "PLOVER JSON records, one a line"),
    )
}


def export_events(store: Any, out: BinaryIO, format: str = "csv", where: EventFilter | None = None) -> None:
    """Write the events matching `where` (all by default) to a binary stream in an export format."""
    for chunk in EXPORT_FORMATS[format].chunks(store, where or EventFilter()):
        out.write(chunk)
