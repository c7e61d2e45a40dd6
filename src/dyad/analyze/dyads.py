"""Who a dyad is (two sides, each a country and optionally a sector) and the busiest pairs in the store."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from dyad.analyze.sql import DAY, check_count, day_range, grouped_query
from dyad.analyze.totals import Totals
from dyad.errors import DyadError

SIDE = re.compile(r"^([A-Z]{3})([A-Z]{3})?$")


@dataclass(slots=True, frozen=True)
class Side:
    """One side of a dyad, written as a CAMEO actor code: a country ("USA") or a country and a sector
    ("USAGOV")."""

    country: str
    sector: str | None = None

    @classmethod
    def parse(cls, text: str) -> Side:
        match = SIDE.match(text.strip().upper())
        if not match:
            raise DyadError(
                f"a dyad side is a country code, optionally with a sector (USA, USAGOV); got {text!r}"
            )
        return cls(match.group(1), match.group(2))

    @property
    def code(self) -> str:
        return self.country + (self.sector or "")

    def matches(self, role: str) -> tuple[str, list[Any]]:
        """SQL condition (and parameters) for this side as the event's `role` ("source" or "target")."""
        if self.sector:
            return f"(e.{role}_country = ? AND e.{role}_sector = ?)", [self.country, self.sector]
        return f"e.{role}_country = ?", [self.country]


@dataclass(slots=True, frozen=True)
class DyadSpec:
    """A pair of sides; "forward" is a → b, "backward" b → a."""

    a: Side
    b: Side

    @classmethod
    def parse(cls, text: str) -> DyadSpec:
        parts = text.strip().split("-")
        if len(parts) != 2 or not all(parts):
            raise DyadError(
                f"a dyad is two actor codes joined by a dash, like USA-MEX or USAGOV-MEX; got {text!r}"
            )
        return cls(Side.parse(parts[0]), Side.parse(parts[1]))

    @property
    def code(self) -> str:
        return f"{self.a.code}-{self.b.code}"

    def direction(self, source: Side, target: Side) -> tuple[str, list[Any]]:
        s_sql, s_params = source.matches("source")
        t_sql, t_params = target.matches("target")
        return f"({s_sql} AND {t_sql})", s_params + t_params

    def forward(self) -> tuple[str, list[Any]]:
        return self.direction(self.a, self.b)

    def backward(self) -> tuple[str, list[Any]]:
        return self.direction(self.b, self.a)

    def either(self) -> tuple[str, list[Any]]:
        f_sql, f_params = self.forward()
        b_sql, b_params = self.backward()
        return f"({f_sql} OR {b_sql})", f_params + b_params


def top_dyads(
    store: Any, n: int = 20, since: date | None = None, until: date | None = None, count: str = "clusters"
) -> list[dict[str, Any]]:
    """The busiest country pairs (either direction, different countries, asserted events), with totals
    for each direction and both together; events are event clusters (default) or every report."""
    if n < 1:
        raise DyadError("--top must be at least 1")
    if check_count(count) == "clusters":
        from dyad.cluster.store import ensure_clusters

        ensure_clusters(store)
    low = "CASE WHEN e.source_country < e.target_country THEN e.source_country ELSE e.target_country END"
    high = "CASE WHEN e.source_country < e.target_country THEN e.target_country ELSE e.source_country END"
    within, params = day_range(since, until)
    where = "".join(f" AND {c}" for c in within)
    a_first = "CASE WHEN e.source_country < e.target_country THEN 1 ELSE 0 END"
    grouped, params = grouped_query(
        [low, high],
        "e.modality = 'asserted' AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL"
        f" AND e.source_country <> e.target_country{where}",
        params,
        count,
        ((f"sum({a_first})", f"max({a_first})", "sum({})"),
         (f"min({DAY})", f"min({DAY})", "min({})"), (f"max({DAY})", f"max({DAY})", "max({})")),
    )
    rows = store.query(f"SELECT * FROM ({grouped}) g ORDER BY 3 DESC, 1, 2 LIMIT ?", [*params, n])
    result = []
    for row in rows:
        totals = Totals.from_row(row[2:11], row[11] if count == "clusters" else None)
        row = row[:11] + row[12:]  # the columns below as they were before the raw count
        forward = int(row[11] or 0)
        result.append(
            {
                "dyad": f"{row[0]}-{row[1]}",
                "a": row[0],
                "b": row[1],
                **totals.to_dict(),
                "a_to_b": forward,
                "b_to_a": totals.events - forward,
                "first_day": row[12].isoformat() if row[12] else None,
                "last_day": row[13].isoformat() if row[13] else None,
            }
        )
    return result
