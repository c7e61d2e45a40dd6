"""Clustering the events of a store, and reading counts of clusters (distinct events) beside mentions."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from dyad.cluster.clusters import WINDOW_DAYS, Cluster, Mention, cluster

_HOST = "lower(split_part(a.url, '/', 3))"


def mentions(store: Any, since: date | None = None, where: str = "", params: list[Any] | None = None
             ) -> list[Mention]:
    """The stored events as clustering sees them: since a day, or matching a condition on `e`."""
    clauses, params = ([where] if where else []), list(params or [])
    if since:
        clauses.append("coalesce(e.event_date, a.published) >= ?")
        params.append(since)
    where = ("WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else ""
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


def assign_clusters(store: Any, window: int = WINDOW_DAYS, threshold: float | None = None,
                    similarity: str | None = None) -> list[Cluster]:
    """Cluster every stored event and store each event's cluster id (replacing earlier ones)."""
    clusters = cluster(mentions(store), window, threshold, similarity)
    store.replace_rows("event_clusters", ("event_id", "cluster_id"),
                       [(m.id, c.id) for c in clusters for m in c.mentions])
    return clusters


FULL_RECLUSTER_BLOCKS = 64  # more blocks than this to redo: one pass over the whole store is faster
_BLOCK = ("e.source_country IS NOT DISTINCT FROM ? AND e.target_country IS NOT DISTINCT FROM ? "
          "AND e.cameo_root IS NOT DISTINCT FROM ?")


def ensure_clusters(store: Any, window: int = WINDOW_DAYS, threshold: float | None = None,
                    similarity: str | None = None) -> int:
    """Cluster the events that have no cluster yet (stored since the last clustering); how many blocks
    were clustered anew. Clustering is independent per block (directed dyad and CAMEO root), so only
    the blocks holding new events are redone, whole, which gives what clustering everything would; the
    rest keep their clusters. A cheap check when nothing is new, so analytics call it before counting."""
    (events, clustered), = store.query(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters)")
    if events == clustered:  # rows are only ever made for stored events, which are never deleted
        return 0
    blocks = store.query(
        """SELECT DISTINCT e.source_country, e.target_country, e.cameo_root
           FROM events e LEFT JOIN event_clusters c ON c.event_id = e.id WHERE c.event_id IS NULL""")
    if not blocks:
        return 0
    if len(blocks) > FULL_RECLUSTER_BLOCKS:
        assign_clusters(store, window, threshold, similarity)
        return len(blocks)
    where = " OR ".join(f"({_BLOCK})" for _ in blocks)
    found = cluster(mentions(store, where=where, params=[v for block in blocks for v in block]),
                    window, threshold, similarity)
    rows = [(m.id, c.id) for c in found for m in c.mentions]
    store.replace_rows("event_clusters", ("event_id", "cluster_id"), rows, only=[row[0] for row in rows])
    return len(blocks)


def cluster_counts(store: Any, dyad: str, by: str = "week") -> list[tuple[date, int, int]]:
    """(period, mentions, clusters) for a directed country pair: raw reports and distinct events."""
    from dyad.analyze.sql import EVENTS_JOIN, period_sql

    source, target = dyad.upper().split("-")
    return [(period, int(n), int(k)) for period, n, k in store.query(
        f"""SELECT {period_sql(by)} AS period, count(*), count(DISTINCT coalesce(c.cluster_id, e.id))
            FROM {EVENTS_JOIN} LEFT JOIN event_clusters c ON c.event_id = e.id
            WHERE e.source_country = ? AND e.target_country = ? GROUP BY 1 ORDER BY 1""",
        [source, target])]
