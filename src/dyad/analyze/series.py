"""Dyad time series: per period, events by quad class, summed and mean Goldstein, the conflict score and
distinct sources, for a → b, b → a and both together. Periods without events are present, with zeros,
so that a chart or a baseline sees the quiet weeks too. Only asserted events count: a threat is asserted
(it was made); negated, hypothetical and planned acts are not events that happened."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dyad.analyze import periods
from dyad.analyze.dyads import DyadSpec
from dyad.analyze.sql import AGGREGATES, ASSERTED, EVENTS_JOIN, as_of, day_range, period_sql
from dyad.analyze.totals import Totals

DIRECTIONS = ("forward", "backward", "combined")


@dataclass(slots=True)
class SeriesPoint:
    period: date
    totals: Totals

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period.isoformat(), **self.totals.to_dict()}


@dataclass(slots=True)
class DyadSeries:
    dyad: DyadSpec
    by: str
    since: date | None
    until: date | None
    forward: list[SeriesPoint] = field(default_factory=list)  # a → b
    backward: list[SeriesPoint] = field(default_factory=list)  # b → a
    combined: list[SeriesPoint] = field(default_factory=list)  # both, distinct sources counted once

    def direction(self, name: str) -> list[SeriesPoint]:
        return {"forward": self.forward, "backward": self.backward, "combined": self.combined}[name]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": self.dyad.code,
            "a": self.dyad.a.code,
            "b": self.dyad.b.code,
            "by": self.by,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            **{name: [p.to_dict() for p in self.direction(name)] for name in DIRECTIONS},
        }


def _grouped(store: Any, where: str, params: list[Any], by: str) -> dict[date, Totals]:
    period = period_sql(by)
    rows = store.query(
        f"SELECT {period}, {AGGREGATES} FROM {EVENTS_JOIN} WHERE {where} GROUP BY {period}", params
    )
    return {row[0]: Totals.from_row(row[1:]) for row in rows if row[0] is not None}


def dyad_series(
    store: Any, dyad: DyadSpec | str, by: str = "week", since: date | None = None, until: date | None = None
) -> DyadSeries:
    """The series of one dyad from `since` (default: its first event) to `until` (default: the store's
    latest event day)."""
    spec = DyadSpec.parse(dyad) if isinstance(dyad, str) else dyad
    periods.check_period(by)
    clauses, params = day_range(since, until)
    clauses.insert(0, ASSERTED)
    base = " AND ".join(clauses)
    groups = {}
    for name, (sql, extra) in (
        ("forward", spec.forward()),
        ("backward", spec.backward()),
        ("combined", spec.either()),
    ):
        groups[name] = _grouped(store, f"{base} AND {sql}", params + extra, by)
    result = DyadSeries(spec, by, since, until)
    known = groups["combined"]
    first = since or (min(known) if known else None)
    last = until or as_of(store)
    if first is None or last is None or first > last:
        return result
    for start in periods.span(first, last, by):
        for name in DIRECTIONS:
            result.direction(name).append(SeriesPoint(start, groups[name].get(start, Totals())))
    return result
