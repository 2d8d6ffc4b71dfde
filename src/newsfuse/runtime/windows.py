"""Clustering in time-window partitions, merged at the seams.

A corpus too large to cluster at once is cut, in date order, into partitions of whole
``time_window_days`` buckets (a bucket larger than a partition is cut into slices). Each partition is
clustered by the ordinary clusterer; then, at each seam between neighbouring partitions, the clusters
within a time window of the boundary are clustered again together by the same clusterer, and the
clusters it joins are merged. Merges only join; they never split what a partition found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from newsfuse.cluster import cluster_articles
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
    """The clusters (lists of ids) of two neighbouring partitions that lie within a time window of
    their boundary, and the articles they hold."""

    left: tuple[tuple[str, ...], ...]
    right: tuple[tuple[str, ...], ...]
    articles: tuple[Article, ...]


def make_seam(
    left: Sequence[Sequence[str]],
    right: Sequence[Sequence[str]],
    by_id: dict[str, Article],
    window_days: float,
) -> Seam:
    """The seam between two partitions' clusters: only clusters near the boundary take part."""

    def days(ids: Sequence[str]) -> list[int]:
        return [_day(by_id[i]) for i in ids]

    left_end = max((d for c in left for d in days(c) if d != _UNDATED), default=_UNDATED)
    right_start = min((d for c in right for d in days(c)), default=_UNDATED)
    near_left = [c for c in left if max(days(c)) >= right_start - window_days]
    near_right = [c for c in right if min(days(c)) <= left_end + window_days or left_end == _UNDATED]
    members = (by_id[i] for c in (*near_left, *near_right) for i in c)
    return Seam(tuple(map(tuple, near_left)), tuple(map(tuple, near_right)), tuple(members))


def merge_seam(seam: Seam, config: ClusterConfig) -> list[tuple[str, str]]:
    """Pairs of clusters (named by their first id) that the ordinary clusterer, run on the seam's
    articles, puts into one event."""
    if not seam.left or not seam.right:
        return []
    owner = {i: c[0] for c in (*seam.left, *seam.right) for i in c}
    merges: list[tuple[str, str]] = []
    for group in cluster_articles(seam.articles, config):
        owners = sorted({owner[i] for i in group})
        merges.extend((owners[0], other) for other in owners[1:])
    return merges
