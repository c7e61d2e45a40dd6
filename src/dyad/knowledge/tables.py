"""Reading dyad's data files: TAB-separated, `#` comments, a header line, `|` between alternatives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from dyad.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a data file as dicts keyed by the header; missing trailing cells read as ''."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise DataFileError(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            yield dict(zip(header, cells, strict=True))


def split_values(cell: str) -> list[str]:
    return [value.strip() for value in cell.split("|") if value.strip()]


def read_yaml(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle) or {}
    except yaml.YAMLError as error:
        raise DataFileError(f"{path}: not valid YAML: {error}") from error


def longest_prefix(table: dict[str, str], code: str) -> str | None:
    """The value for the longest key that `code` starts with ("163" before "16")."""
    for length in range(len(code), 0, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None
