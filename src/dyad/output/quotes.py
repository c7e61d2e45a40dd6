"""Quote writers for `dyad quotes`: the same three formats as events, one quote a row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

QUOTE_COLUMNS = ["id", "article_id", "kind", "speaker_text", "speaker_name", "speaker_country",
                 "speaker_sector", "cue", "text", "span_start", "span_end"]


def flatten_quote(record: dict[str, Any]) -> dict[str, Any]:
    speaker = record.get("speaker") or {}
    return {
        "id": record["id"], "article_id": record["article_id"], "kind": record["kind"],
        "speaker_text": speaker.get("text"), "speaker_name": speaker.get("name"),
        "speaker_country": speaker.get("country"), "speaker_sector": speaker.get("sector"),
        "cue": record.get("cue"), "text": record["text"], "span_start": record["span"][0],
        "span_end": record["span"][1],
    }


def write_quotes(records: Iterable[dict[str, Any]], out: TextIO, format: str = "jsonl") -> int:
    count = 0
    if format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    rows = [flatten_quote(r) for r in records if r.get("type") == "quote"]
    if format == "csv":
        writer = csv.DictWriter(out, fieldnames=QUOTE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return len(rows)
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("speaker", "kind", "cue", "quote"):
        table.add_column(column, overflow="fold")
    for row in rows:
        code = f"{row['speaker_country'] or ''}{row['speaker_sector'] or ''}"
        speaker = _speaker(row)
        text = row["text"] if len(row["text"]) < 200 else row["text"][:197] + "..."
        table.add_row(f"{speaker} [{code}]" if code else speaker, row["kind"], row["cue"] or "", text)
    Console(file=out, width=160).print(table)
    return len(rows)


def _speaker(row: dict[str, Any]) -> str:
    """"Claudia Sheinbaum" for "she"; "Foreign Ministry (Mexico)" for a body named by its role."""
    name, words = row["speaker_name"], row["speaker_text"]
    if not name and not words:
        return "(unattributed)"
    if not name or not words or words.lower() in {"he", "she", "they"} or words.split()[-1] in name.split():
        return name or words
    return f"{words} ({name})"
