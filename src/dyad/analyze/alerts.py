"""Escalation alerts and the pairs that moved most, each dyad measured against its own recent past.

The rule (`AlertRule`), for a directed dyad (source country → target country) and a period t:

* conflict score C(t) = the sum of |Goldstein| over its asserted conflict events (quad classes 3 and 4)
  in t: a battle (-10) weighs five times a criticism (-2);
* baseline = C over the `window` periods before t, quiet periods counted as 0; mean μ, sample standard
  deviation σ;
* z = (C(t) - μ) / max(σ, sigma_floor): the floor keeps a dyad that was perfectly quiet (σ = 0) from
  alerting on a single event;
* the alert fires when z >= threshold and t holds at least `min_events` conflict events (the
  minimum-volume rule: a change from one report to two is not an escalation).

The latest period is taken as it stands ("as of" the store's latest event day), so a week in progress
is compared with full weeks: an alert then is conservative, never inflated. So that a Monday morning
does not hide last week's escalation, the open alerts are those of the current period and the one
before it. Each alert carries the rule that fired and the events that drove it (the period's conflict
events, most severe first).

"Moved most" ranks undirected pairs by how far the summed Goldstein of the latest period departs from
its mean over the same window: positive when relations warmed, negative when they cooled. A period in
progress is pro-rated to a full one (on Wednesday, a week counts its events times 7/3).
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dyad.analyze import periods
from dyad.analyze.sql import ASSERTED, DAY, EVENTS_JOIN, as_of, check_count, grouped_query, period_sql
from dyad.analyze.totals import Totals
from dyad.errors import DyadError


@dataclass(slots=True, frozen=True)
class AlertRule:
    by: str = "week"
    window: int = 8  # baseline periods before the one tested
    threshold: float = 2.0  # z-score at or above which an alert fires
    min_events: int = 5  # conflict events the period must hold
    sigma_floor: float = 5.0  # lowest σ used, in Goldstein points (half of one battle)
    drivers: int = 5  # events listed with each alert
    count: str = "clusters"  # what an event is: an event cluster (its reports once) or every report

    def __post_init__(self) -> None:
        periods.check_period(self.by)
        check_count(self.count)
        if self.window < 2:
            raise DyadError("the baseline window must be at least 2 periods")
        if self.min_events < 1 or self.drivers < 0 or self.sigma_floor <= 0:
            raise DyadError("min_events must be >= 1, drivers >= 0 and sigma_floor > 0")

    def describe(self) -> str:
        return (
            f"z = (conflict score - mean of the previous {self.window} {self.by}s) / max(sd, "
            f"{self.sigma_floor:g}) >= {self.threshold:g}, with at least {self.min_events} conflict events"
        )


@dataclass(slots=True)
class Alert:
    source: str
    target: str
    period: date
    period_end: date
    totals: Totals
    baseline_mean: float
    baseline_sd: float
    z: float
    rule: AlertRule
    history: list[float] = field(default_factory=list)  # conflict score of the window, then of the period
    drivers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def dyad(self) -> str:
        return f"{self.source}-{self.target}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": self.dyad,
            "source": self.source,
            "target": self.target,
            "period": self.period.isoformat(),
            "period_end": self.period_end.isoformat(),
            "conflict_score": round(self.totals.conflict_score, 2),
            "conflict_events": self.totals.conflict_events,
            "baseline_mean": round(self.baseline_mean, 2),
            "baseline_sd": round(self.baseline_sd, 2),
            "z": round(self.z, 2),
            "threshold": self.rule.threshold,
            "rule": asdict(self.rule),
            "explanation": self.rule.describe(),
            "totals": self.totals.to_dict(),
            "history": [round(v, 2) for v in self.history],
            "drivers": self.drivers,
        }


Table = dict[tuple[str, str], dict[date, Totals]]


def period_table(store: Any, by: str, first: date, last: date, directed: bool,
                 count: str = "clusters") -> Table:
    """Totals per dyad and period between two days: directed (source, target) or unordered pairs;
    events are event clusters (default) or every report (`count="mentions"`)."""
    if check_count(count) == "clusters":
        from dyad.cluster.store import ensure_clusters

        ensure_clusters(store)
    if directed:
        a, b = "e.source_country", "e.target_country"
    else:
        a = "CASE WHEN e.source_country < e.target_country THEN e.source_country ELSE e.target_country END"
        b = "CASE WHEN e.source_country < e.target_country THEN e.target_country ELSE e.source_country END"
    period = period_sql(by)
    rows = store.query(*grouped_query(
        [a, b, period],
        f"""{ASSERTED} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
            AND e.source_country <> e.target_country AND {DAY} >= ? AND {DAY} <= ?""",
        [first, last], count))
    table: Table = {}
    for row in rows:
        raw = row[12] if count == "clusters" else None
        table.setdefault((row[0], row[1]), {})[row[2]] = Totals.from_row(row[3:12], raw)
    return table


def _baseline(values: list[float]) -> tuple[float, float]:
    return statistics.fmean(values), statistics.stdev(values)


def _attach_drivers(store: Any, found: list[Alert], rule: AlertRule) -> None:
    """The most severe conflict events of each alert's dyad and period, in one query for all alerts."""
    if not found or rule.drivers == 0:
        return
    pairs = sorted({(a.source, a.target) for a in found})
    period = period_sql(rule.by)
    pair_sql = " OR ".join("(e.source_country = ? AND e.target_country = ?)" for _ in pairs)
    rows = store.query(
        f"""SELECT record, title, url, day, source, target, period FROM (
                SELECT e.record AS record, a.title AS title, a.url AS url, {DAY} AS day,
                       e.source_country AS source, e.target_country AS target, {period} AS period,
                       row_number() OVER (PARTITION BY e.source_country, e.target_country, {period}
                                          ORDER BY abs(e.goldstein) DESC, {DAY} DESC, e.id) AS rank
                FROM {EVENTS_JOIN}
                WHERE {ASSERTED} AND e.quad_class IN (3, 4) AND ({pair_sql}) AND {DAY} >= ? AND {DAY} <= ?
            ) ranked WHERE rank <= ? ORDER BY source, target, period, rank""",
        [
            *(c for pair in pairs for c in pair),
            min(a.period for a in found),
            max(a.period_end for a in found),
            rule.drivers,
        ],
    )
    by_key = {(a.source, a.target, a.period): a for a in found}
    for record, title, url, day, source, target, start in rows:
        alert = by_key.get((source, target, start))
        if alert is not None:
            alert.drivers.append(
                {
                    **json.loads(record),
                    "day": day.isoformat() if day else None,
                    "article_title": title,
                    "article_url": url,
                }
            )


def _window(
    rule: AlertRule, since: date | None, until: date | None, store: Any
) -> tuple[date, date, date] | None:
    last = until or as_of(store)
    if last is None:
        return None
    newest = periods.floor(last, rule.by)
    oldest = periods.floor(since, rule.by) if since else periods.step(newest, rule.by, -1)
    if oldest > newest:
        return None
    return periods.step(oldest, rule.by, -rule.window), oldest, last


def alerts(
    store: Any,
    rule: AlertRule | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Alert]:
    """Alerts for every period from the one holding `since` (default: the period before the latest, so
    the open alerts) to the one holding `until` (default: the store's latest event day): the latest period
    first, strongest first within a period; at most `limit`."""
    rule = rule or AlertRule()
    bounds = _window(rule, since, until, store)
    if bounds is None:
        return []
    first, oldest, last = bounds
    table = period_table(store, rule.by, first, last, directed=True, count=rule.count)
    tested = list(periods.span(oldest, last, rule.by))
    found: list[Alert] = []
    for (source, target), by_period in table.items():
        for start in tested:
            totals = by_period.get(start)
            if totals is None or totals.conflict_events < rule.min_events:
                continue
            history = [
                by_period.get(periods.step(start, rule.by, -k), Totals()).conflict_score
                for k in range(rule.window, 0, -1)
            ]
            mean, sd = _baseline(history)
            z = (totals.conflict_score - mean) / max(sd, rule.sigma_floor)
            if z >= rule.threshold:
                end = min(periods.last_day(start, rule.by), last)
                found.append(
                    Alert(
                        source,
                        target,
                        start,
                        end,
                        totals,
                        mean,
                        sd,
                        z,
                        rule,
                        [*history, totals.conflict_score],
                    )
                )
    found.sort(key=lambda a: (-a.period.toordinal(), -a.z, a.dyad))
    found = found[:limit] if limit else found
    _attach_drivers(store, found, rule)
    return found


def movers(
    store: Any, by: str = "week", window: int = 8, n: int = 10, until: date | None = None,
    count: str = "clusters",
) -> list[dict[str, Any]]:
    """The country pairs whose summed Goldstein in the latest period departs most from their own mean over
    the `window` periods before it."""
    AlertRule(by=by, window=window)  # the same checks of `by` and `window` as alerts
    last = until or as_of(store)
    if last is None:
        return []
    latest = periods.floor(last, by)
    first = periods.step(latest, by, -window)
    length = (periods.step(latest, by) - latest).days
    pace = length / ((last - latest).days + 1)  # > 1 while the latest period is in progress
    table = period_table(store, by, first, last, directed=False, count=count)
    result = []
    for (a, b), by_period in table.items():
        now = by_period.get(latest, Totals())
        past = [by_period.get(periods.step(latest, by, -k), Totals()) for k in range(window, 0, -1)]
        if now.events == 0 and sum(t.events for t in past) == 0:
            continue
        base_goldstein = statistics.fmean(t.goldstein_sum for t in past)
        base_events = statistics.fmean(t.events for t in past)
        result.append(
            {
                "dyad": f"{a}-{b}",
                "a": a,
                "b": b,
                "period": latest.isoformat(),
                "events": now.events,
                "events_pace": round(now.events * pace, 1),
                "baseline_events": round(base_events, 2),
                "goldstein_sum": round(now.goldstein_sum, 2),
                "goldstein_pace": round(now.goldstein_sum * pace, 2),
                "baseline_goldstein_sum": round(base_goldstein, 2),
                "change": round(now.goldstein_sum * pace - base_goldstein, 2),
                "goldstein_mean": now.goldstein_mean,
                "conflict_score": round(now.conflict_score, 2),
                "pace": round(pace, 3),
                "history": [round(t.goldstein_sum, 2) for t in past] + [round(now.goldstein_sum * pace, 2)],
            }
        )
    result.sort(key=lambda m: (-abs(m["change"]), m["dyad"]))
    return result[:n]
