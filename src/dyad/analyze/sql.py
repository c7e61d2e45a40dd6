"""SQL pieces every analysis shares, written once so that they agree.

An event's day is its own date, else its article's publication date (a coder leaves `event_date` empty
when the text gives only a week, month or nothing). Everything here is standard SQL that DuckDB and
PostgreSQL both run: date_trunc, coalesce, CASE, split_part; no backend-only syntax.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dyad.errors import DyadError

PERIODS = ("day", "week", "month")

EVENTS_JOIN = "events e JOIN articles a ON a.hash = e.article_hash"
DAY = "coalesce(e.event_date, a.published)"

_RAW_HOST = "nullif(lower(split_part(a.url, '/', 3)), '')"
# The URL's host without "www.", so that www.example.org and example.org count as one source.
HOST = f"CASE WHEN {_RAW_HOST} LIKE 'www.%' THEN substr({_RAW_HOST}, 5) ELSE {_RAW_HOST} END"

# Aggregates of one group of events, in this order everywhere (see `Totals`).
AGGREGATES = ", ".join(
    [
        "count(*)",
        *(f"sum(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END)" for q in (1, 2, 3, 4)),
        "sum(e.goldstein)",
        "sum(CASE WHEN e.quad_class IN (3, 4) THEN abs(e.goldstein) ELSE 0 END)",
        "count(DISTINCT e.article_hash)",
        f"count(DISTINCT {HOST})",
    ]
)
AGGREGATE_COUNT = 9

ASSERTED = "e.modality = 'asserted'"

COUNTS = ("clusters", "mentions")
CLUSTER = "coalesce(ec.cluster_id, e.id)"  # an event not (yet) clustered is an event of its own
# Per event cluster (group `c`), then summed over clusters: each cluster once, with its reports' mean.
_PER_CLUSTER = ", ".join([
    *(f"max(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END) AS q{q}" for q in (1, 2, 3, 4)),
    "avg(e.goldstein) AS goldstein",
    "avg(CASE WHEN e.quad_class IN (3, 4) THEN abs(e.goldstein) ELSE 0 END) AS conflict",
    "count(*) AS reports",
])
_OVER_CLUSTERS = ", ".join([
    "count(*)", *(f"sum(c.q{q})" for q in (1, 2, 3, 4)), "sum(c.goldstein)", "sum(c.conflict)",
    "min(s.articles)", "min(s.hosts)", "sum(c.reports)",
])


def check_count(count: str) -> str:
    if count not in COUNTS:
        raise DyadError(f"count is one of {', '.join(COUNTS)}; got {count!r}")
    return count


def grouped_query(keys: list[str], where: str, params: list[Any], count: str = "clusters",
                  extra: tuple[tuple[str, str, str], ...] = ()) -> tuple[str, list[Any]]:
    """SQL and parameters for: k0.., `AGGREGATES` (as `Totals.from_row` reads them), the raw reports,
    then `extra`, over the events matching `where` (with `params`), grouped by the `keys` expressions.

    Counting clusters, the reports of one event (dyad.cluster) count once per group, with the mean
    Goldstein of its reports; articles and hosts are still every report's. Each `extra` is (aggregate
    over `e`/`a` for mentions, the same per cluster, then over clusters with `{}` for that column).
    Grouping by cluster and then by key is about twice as fast as a window over the reports.
    """
    mine = [f"{k} AS k{i}" for i, k in enumerate(keys)]
    if check_count(count) == "mentions":
        columns = ", ".join([*mine, AGGREGATES, "count(*)", *(mention for mention, _, _ in extra)])
        return f"SELECT {columns} FROM {EVENTS_JOIN} WHERE {where} GROUP BY {', '.join(keys)}", params
    names = [f"k{i}" for i in range(len(keys))]
    per = ", ".join([*mine, _PER_CLUSTER, *(f"{inner} AS x{i}" for i, (_, inner, _) in enumerate(extra))])
    joined = " AND ".join(f"c.{n} IS NOT DISTINCT FROM s.{n}" for n in names)
    columns = ", ".join([*(f"c.{n}" for n in names), _OVER_CLUSTERS,
                         *(outer.format(f"c.x{i}") for i, (_, _, outer) in enumerate(extra))])
    sql = (f"WITH c AS (SELECT {per} FROM {EVENTS_JOIN} LEFT JOIN event_clusters ec ON ec.event_id = e.id "
           f"WHERE {where} GROUP BY {', '.join([*keys, CLUSTER])}), "
           f"s AS (SELECT {', '.join(mine)}, count(DISTINCT e.article_hash) AS articles, "
           f"count(DISTINCT {HOST}) AS hosts FROM {EVENTS_JOIN} WHERE {where} GROUP BY {', '.join(keys)}) "
           f"SELECT {columns} FROM c JOIN s ON {joined} GROUP BY {', '.join(f'c.{n}' for n in names)}")
    return sql, [*params, *params]


def period_sql(by: str) -> str:
    """The first day of the event's period; `by` is checked against a fixed list, never interpolated raw."""
    check_period(by)
    return f"CAST(date_trunc('{by}', {DAY}) AS DATE)"


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise DyadError(f"a period is one of {', '.join(PERIODS)}; got {by!r}")
    return by


def as_of(store: Any) -> date | None:
    """The latest event day in the store: "now" for analytics, so an archive is read as of its own end."""
    row = store.query(f"SELECT max({DAY}) FROM {EVENTS_JOIN}")
    return row[0][0] if row else None


def day_range(since: date | None, until: date | None) -> tuple[list[str], list[Any]]:
    """Conditions (and parameters) keeping events whose day is within [since, until]; either may be None."""
    clauses, params = [], []
    if since:
        clauses.append(f"{DAY} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{DAY} <= ?")
        params.append(until)
    return clauses, params


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped (use ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"
