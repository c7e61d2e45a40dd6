"""Printing analytics rows on the command line: a table for people, CSV or JSON Lines for programs."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

REPORT_FORMATS = ("table", "csv", "jsonl")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def write_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    out: TextIO,
    format: str = "table",
    title: str | None = None,
) -> None:
    """`columns` picks and orders the table and CSV columns; JSON Lines carries each whole row."""
    if format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for column in columns:
            table.add_column(column.replace("_", " "), overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console(file=out, width=160).print(table)
