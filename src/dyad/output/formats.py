"""Record writers. JSON Lines carries every record type; CSV and the table carry events, one per row."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

EVENT_COLUMNS = [
    "id", "article_id", "date", "date_precision", "source_text", "source_country", "source_sector",
    "cameo_code", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode", "target_text",
    "target_country", "target_sector", "modality", "confidence", "span_start", "span_end", "sentence",
]


def flatten_event(record: dict[str, Any]) -> dict[str, Any]:
    source, target = record["source"], record.get("target") or {}
    return {
        "id": record["id"], "article_id": record["article_id"], "date": record["date"]["value"],
        "date_precision": record["date"]["precision"], "source_text": source["text"],
        "source_country": source["country"], "source_sector": source["sector"],
        "cameo_code": record["cameo"]["code"], "cameo_name": record["cameo"]["name"],
        "goldstein": record["cameo"]["goldstein"], "quad_class": record["cameo"]["quad_class"],
        "plover_type": record["plover"]["type"], "plover_mode": record["plover"]["mode"],
        "target_text": target.get("text"), "target_country": target.get("country"),
        "target_sector": target.get("sector"), "modality": record["modality"],
        "confidence": record["confidence"], "span_start": record["span"][0], "span_end": record["span"][1],
        "sentence": record["sentence"],
    }


def _jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    count = 0
    for record in records:
        if record.get("type") == "event":
            writer.writerow(flatten_event(record))
            count += 1
    return count


def _table(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("date", "source", "event", "target", "modality", "sentence"):
        table.add_column(column, overflow="fold")
    count = 0
    for record in records:
        if record.get("type") != "event":
            continue
        row = flatten_event(record)

        def actor(prefix: str, row: dict[str, Any] = row) -> str:
            code = f"{row[prefix + '_country'] or ''}{row[prefix + '_sector'] or ''}"
            return f"{row[prefix + '_text']} [{code}]" if row[prefix + "_text"] else ""

        sentence = row["sentence"] if len(row["sentence"]) < 160 else row["sentence"][:157] + "..."
        table.add_row(row["date"] or "", actor("source"), f"{row['cameo_code']} {row['cameo_name']}",
                      actor("target"), row["modality"], sentence)
        count += 1
    Console(file=out, width=160).print(table)
    return count


FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "jsonl": _jsonl, "csv": _csv, "table": _table,
}


def write_records(records: Iterable[dict[str, Any]], out: TextIO, format: str = "jsonl") -> int:
    return FORMATS[format](records, out)
