"""Records as Parquet: one row per record (article, actor, event, quote, place, time, failure) with its
identifiers as columns and the record itself as the JSON `dyad code` prints, so Parquet holds exactly the
JSON Lines records and any engine's output can be compared or loaded the same way."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dyad.records import CodingResult, Failure

COLUMNS = ("type", "id", "article_hash", "article_id", "record")
ROWS_PER_FILE = 50_000


def schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in COLUMNS])


def record_rows(item: CodingResult | Failure) -> list[dict[str, str | None]]:
    if isinstance(item, Failure):
        record = item.to_dict()
        return [{"type": "failure", "id": None, "article_hash": None, "article_id": item.article_id,
                 "record": json.dumps(record, ensure_ascii=False)}]
    article = item.article
    return [{"type": r["type"], "id": r.get("id"), "article_hash": article.hash, "article_id": article.id,
             "record": json.dumps(r, ensure_ascii=False)} for r in item.records()]


def write_results(results: Iterable[CodingResult | Failure], out: Path,
                  prefix: str = "part") -> dict[str, int]:
    """Write results as Parquet files under `out` (created), ROWS_PER_FILE rows each; counts by type."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    files = 0

    def flush() -> None:
        nonlocal rows, files
        if rows:
            pq.write_table(pa.Table.from_pylist(rows, schema=schema()), out / f"{prefix}-{files:05d}.parquet")
            files += 1
            rows = []

    for item in results:
        for row in record_rows(item):
            counts[row["type"]] = counts.get(row["type"], 0) + 1
            rows.append(row)
        if len(rows) >= ROWS_PER_FILE:
            flush()
    flush()
    return counts


def read_records(directory: Path) -> list[dict[str, Any]]:
    """Every record in a directory of record Parquet files (any engine's), as dicts."""
    import pyarrow.parquet as pq

    return [json.loads(row["record"]) for path in sorted(directory.rglob("*.parquet"))
            for row in pq.read_table(path).to_pylist()]


def read_counts(directory: Path) -> dict[str, int]:
    """Records per type in a directory of record Parquet files."""
    import pyarrow.parquet as pq

    counts: dict[str, int] = {}
    for path in directory.rglob("*.parquet"):
        for kind in pq.read_table(path, columns=["type"]).column("type").to_pylist():
            counts[kind] = counts.get(kind, 0) + 1
    return counts
