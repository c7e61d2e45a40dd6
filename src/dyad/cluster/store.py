"""Clustering the events of a store, and reading counts of clusters (distinct events) beside mentions."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from dyad.cluster.clusters import THRESHOLD, WINDOW_DAYS, Cluster, Mention, cluster

_HOST = "lower(split_part(a.url, '/', 3))"


def mentions(store: Any, since: date | None = None) -> list[Mention]:
    where, params = ("WHERE coalesce(e.event_date, a.published) >= ?", [since]) if since else ("", [])
    rows = store.query(
        f"""SELECT e.id, e.article_hash, e.source_country, e.target_country, e.cameo_root,
                   coalesce(e.event_date, a.published), e.sentence, e.record, {_HOST}
            FROM events e JOIN articles a ON a.hash = e.article_hash {where}""", params)
    found = []
    for event_id, article, source, target, root, day, sentence, record, host in rows:
        location = json.loads(record).get("location") or {}
        host = host[4:] if host and host.startswith("www.") else host
        found.append(Mention(event_id, article, source, target, root, day, sentence,
                             location.get("name"), host or None))
    return found


def assign_clusters(store: Any, window: int = WINDOW_DAYS, threshold: float = THRESHOLD) -> list[Cluster]:
    """Cluster every stored event and store each event's cluster id (replacing earlier ones)."""
    clusters = cluster(mentions(store), window, threshold)
    store.replace_rows("event_clusters", ("event_id", "cluster_id"),
                       [(m.id, c.id) for c in clusters for m in c.mentions])
    return clusters


def cluster_counts(store: Any, dyad: str, by: str = "week") -> list[tuple[date, int, int]]:
    """(period, mentions, clusters) for a directed country pair: raw reports and distinct events."""
    from dyad.analyze.sql import EVENTS_JOIN, period_sql

    source, target = dyad.upper().split("-")
    return [(period, int(n), int(k)) for period, n, k in store.query(
        f"""SELECT {period_sql(by)} AS period, count(*), count(DISTINCT coalesce(c.cluster_id, e.id))
            FROM {EVENTS_JOIN} LEFT JOIN event_clusters c ON c.event_id = e.id
            WHERE e.source_country = ? AND e.target_country = ? GROUP BY 1 ORDER BY 1""",
        [source, target])]
