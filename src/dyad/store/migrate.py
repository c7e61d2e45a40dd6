"""Schema migrations, the same for every backend, applied when a store is opened.

Version 1 is `schema.sql`: only `CREATE ... IF NOT EXISTS`, so it is re-applied whenever its text changes
and additions to it (a new table, an index) reach stores made before them. Anything that is not such an
addition (a new column, a data fix) is a numbered file in `migrations/` (`0002_event_clusters.sql`),
applied once, in order. `schema_migrations` records what was applied and the checksum of its text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
BASELINE = HERE / "schema.sql"
NUMBERED = HERE / "migrations"

TRACKING = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    checksum   VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str
    repeatable: bool = False  # the baseline: re-applied when its text changes

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()[:16]


def migrations() -> list[Migration]:
    found = [Migration(1, "schema.sql", BASELINE.read_text(encoding="utf-8"), repeatable=True)]
    for path in sorted(NUMBERED.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append(Migration(int(path.name[:4]), path.name, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a version number: {versions}")
    return sorted(found, key=lambda m: m.version)


def statements(sql: str) -> list[str]:
    """The statements of a migration file (comments dropped; no semicolons inside literals here)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in without_comments.split(";") if s.strip()]


def pending(applied: dict[int, str]) -> list[Migration]:
    """Migrations to run, given {version: checksum} of those applied."""
    return [m for m in migrations()
            if m.version not in applied or (m.repeatable and applied[m.version] != m.checksum)]


def apply(execute: Callable[[str], object], migration: Migration,
          dialect: Callable[[str], str] = str) -> None:
    for statement in statements(migration.sql):
        execute(dialect(statement))
