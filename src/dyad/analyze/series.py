"""Dyad time series: per period, events by quad class, summed and mean Goldstein, the conflict score and
distinct sources, for a → b, b → a and both together. Periods without events are present, with zeros,
so that a chart or a baseline sees the quiet weeks too. Only asserted events count: a threat is asserted
(it was made); negated, hypothetical and planned acts are not events that happened. By default an event
reported by twenty outlets counts once (its cluster, dyad.cluster), with its reports as `mentions`;
`count="mentions"` counts every report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dyad.analyze import periods
from dyad.analyze.dyads import DyadSpec
from dyad.analyze.sql import ASSERTED, as_of, check_count, day_range, grouped_query, period_sql
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
    count: str = "clusters"
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
            "count": self.count,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            **{name: [p.to_dict() for p in self.direction(name)] for name in DIRECTIONS},
        }


def _grouped(store: Any, where: str, params: list[Any], by: str, count: str) -> dict[date, Totals]:
    rows = store.query(*grouped_query([period_sql(by)], where, params, count))
    return {row[0]: Totals.from_row(row[1:10], row[10] if count == "clusters" else None)
            for row in rows if row[0] is not None}


def dyad_series(
    store: Any, dyad: DyadSpec | str, by: str = "week", since: date | None = None, until: date | None = None,
    count: str = "clusters",
) -> DyadSeries:
    """The series of one dyad from `since` (default: its first event) to `until` (default: the store's
    latest event day), counting event clusters (default) or every report (`count="mentions"`)."""
    spec = DyadSpec.parse(dyad) if isinstance(dyad, str) else dyad
    periods.check_period(by)
    if check_count(count) == "clusters":
        from dyad.cluster.store import ensure_clusters

        ensure_clusters(store)
    clauses, params = day_range(since, until)
    clauses.insert(0, ASSERTED)
    base = " AND ".join(clauses)
    groups = {}
    for name, (sql, extra) in (
        ("forward", spec.forward()),
        ("backward", spec.backward()),
        ("combined", spec.either()),
    ):
        groups[name] = _grouped(store, f"{base} AND {sql}", params + extra, by, count)
    result = DyadSeries(spec, by, since, until, count)
    known = groups["combined"]
    first = since or (min(known) if known else None)
    last = until or as_of(store)
    if first is None or last is None or first > last:
        return result
    for start in periods.span(first, last, by):
        for name in DIRECTIONS:
            result.direction(name).append(SeriesPoint(start, groups[name].get(start) or _empty(count)))
    return result


def _empty(count: str) -> Totals:
    return Totals(mentions=0) if count == "clusters" else Totals()
