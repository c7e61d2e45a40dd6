-- Event clusters (dyad.cluster): reports of the same event by different articles share a cluster id.
-- One row per clustered event; an event not yet clustered has no row (it counts as its own cluster).
CREATE TABLE IF NOT EXISTS event_clusters (
    event_id   VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters (cluster_id);
