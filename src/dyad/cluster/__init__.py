"""The same event reported by many outlets: clusters of events (same dyad, CAMEO root, nearby days,
similar sentences), with the sources behind each; series can count clusters instead of mentions."""

from dyad.cluster.clusters import Cluster, Mention, cluster
from dyad.cluster.store import assign_clusters, cluster_counts, mentions

__all__ = ["Cluster", "Mention", "assign_clusters", "cluster", "cluster_counts", "mentions"]
