"""Clustering in time-window partitions, merged at the seams.

A corpus too large for one all-pairs clustering is cut, in date order, into partitions of whole
``time_window_days`` buckets (a bucket larger than a partition is cut into slices). Each partition is
clustered by the ordinary batch clusterer; then clusters of neighbouring partitions are merged when
their average-link similarity (the dot product of their mean L2-normalised TF-IDF vectors) reaches
``cluster.threshold`` and their dates lie within the time window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.config import ClusterConfig
from newsfuse.model import Article

_UNDATED = 10**9


def _day(article: Article) -> int:
    try:
        return date.fromisoformat((article.published or "")[:10]).toordinal()
    except ValueError:
        return _UNDATED


def partition_by_time(articles: Sequence[Article], window_days: float, size: int) -> list[list[Article]]:
    """Articles cut into date-ordered partitions of at most ``size``, whole window buckets when possible.

    Undated articles come last, in partitions of their own.
    """
    ordered = sorted(articles, key=lambda a: (_day(a), a.id))
    width = max(1, int(window_days))
    buckets: list[list[Article]] = []
    for article in ordered:
        day = _day(article)
        bucket = day // width if day != _UNDATED else -1
        if buckets and (_bucket(buckets[-1][0], width) == bucket):
            buckets[-1].append(article)
        else:
            buckets.append([article])
    partitions: list[list[Article]] = []
    for bucket_articles in buckets:
        undated = _day(bucket_articles[0]) == _UNDATED
        fits = partitions and len(partitions[-1]) + len(bucket_articles) <= size
        if fits and not undated and _day(partitions[-1][0]) != _UNDATED:
            partitions[-1].extend(bucket_articles)
        else:
            partitions.extend(bucket_articles[i : i + size] for i in range(0, len(bucket_articles), size))
    return partitions


def _bucket(article: Article, width: int) -> int:
    day = _day(article)
    return day // width if day != _UNDATED else -1


@dataclass(frozen=True)
class Seam:
    """Two neighbouring partitions' clusters (lists of ids) and the articles they hold."""

    left: tuple[tuple[str, ...], ...]
    right: tuple[tuple[str, ...], ...]
    articles: tuple[Article, ...]


def merge_seam(seam: Seam, config: ClusterConfig) -> list[tuple[str, str]]:
    """Pairs (left cluster's first id, right cluster's first id) that belong to one event."""
    if not seam.left or not seam.right:
        return []
    by_id = {a.id: a for a in seam.articles}
    docs = [f"{a.title or ''} {a.text}" for a in seam.articles]
    try:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    except ValueError:  # nothing but stop words
        return []
    row = {a.id: n for n, a in enumerate(seam.articles)}

    def centroids(clusters: Sequence[Sequence[str]]) -> np.ndarray:
        return np.vstack([np.asarray(matrix[[row[i] for i in ids]].mean(axis=0)) for ids in clusters])

    def span(ids: Sequence[str]) -> tuple[int, int]:
        days = [d for d in (_day(by_id[i]) for i in ids) if d != _UNDATED]
        return (min(days), max(days)) if days else (0, _UNDATED)

    similarity = centroids(seam.left) @ centroids(seam.right).T
    merges = []
    for i, j in zip(*np.nonzero(similarity >= config.threshold), strict=True):
        (l_lo, l_hi), (r_lo, r_hi) = span(seam.left[i]), span(seam.right[j])
        if r_lo - l_hi <= config.time_window_days and l_lo - r_hi <= config.time_window_days:
            merges.append((seam.left[i][0], seam.right[j][0]))
    return merges
