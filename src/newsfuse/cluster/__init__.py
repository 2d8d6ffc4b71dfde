"""Cluster: group articles into events, in batch (``cluster_articles``) or as they arrive (``StreamClusterer``)."""

from newsfuse.cluster.batch import cluster_articles
from newsfuse.cluster.ids import event_id
from newsfuse.cluster.stream import Merge, StateError, StreamClusterer, Tie

__all__ = ["Merge", "StateError", "StreamClusterer", "Tie", "cluster_articles", "event_id"]
