"""Parquet files of articles, with the JSON Lines fields as columns (id, text, url, published, title)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import BinaryIO

from dyad.errors import InputError
from dyad.read.jsonl import parse_line
from dyad.records import Article, Failure

FIELDS = ("id", "text", "url", "published", "title")


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def read_parquet(handle: BinaryIO, origin: str) -> Iterator[Article | Failure]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Failure(origin=origin, reason="reading Parquet needs pyarrow: pip install pyarrow")
        return
    try:
        table = pq.ParquetFile(handle)
    except Exception as error:  # pyarrow raises several kinds for a broken file
        yield Failure(origin=origin, reason=f"not a readable Parquet file: {error}")
        return
    columns = [c for c in FIELDS if c in table.schema_arrow.names]
    number = 0
    try:
        for batch in table.iter_batches(batch_size=256, columns=columns):
            for row in batch.to_pylist():
                number += 1
                where = f"{origin}:{number}"
                try:  # one set of rules for JSON Lines and Parquet rows
                    yield parse_line(json.dumps({k: _plain(v) for k, v in row.items()}), where)
                except InputError as error:
                    yield Failure(origin=where, reason=str(error))
    except Exception as error:  # a damaged page or column past the footer: the rows before it stand
        yield Failure(origin=origin, reason=f"not a readable Parquet file after row {number}: {error}")
