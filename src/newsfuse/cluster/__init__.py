"""Cluster: group articles into events."""

from newsfuse.cluster.batch import cluster_articles, event_id

__all__ = ["cluster_articles", "event_id"]
