"""Batch clustering that hands over each event as soon as clustering can no longer change it.

``closed_clusters`` gives the events of ``cluster_articles`` (same clusterer, same date order, same
document frequencies, same final consolidation), but as a stream: when the newest day moves on, the
clusterer consolidates and then drops from its index every event whose last day is more than
``time_window_days + late_days`` before it, and a dropped event never takes an article or a merge again.
So the pipeline can build those events on the pool while this process goes on clustering the later
articles. Events still open at the end (those whose articles are all undated, too) close then.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.features import article_terms, published_day
from newsfuse.config import ClusterConfig
from newsfuse.model import Article


def terms_of(article: Article, config: ClusterConfig) -> Counter[str]:
    """An article's clustering terms (``article_terms``), made on the pool for ``closed_clusters``."""
    return article_terms(article, config.max_words)


def copies_of(articles: Sequence[Article], same_as: Mapping[str, str]) -> dict[str, list[str]]:
    """Each clustered article's duplicate copies among ``articles`` (chains of copies followed)."""
    known = {a.id for a in articles}
    out: dict[str, list[str]] = {}
    for copy_id, target in same_as.items():
        if copy_id not in known:
            continue
        while target in same_as:
            target = same_as[target]
        out.setdefault(target, []).append(copy_id)
    return out


def closed_clusters(
    leaders: Sequence[Article],
    terms: Sequence[Counter[str]],
    copies: Mapping[str, Sequence[str]],
    config: ClusterConfig,
) -> Iterator[list[str]]:
    """The sorted article ids of each event of the clustered ``leaders`` (their ``copies`` added), each
    yielded once it is closed. ``leaders`` come in ``date_order``; ``terms``: each one's ``terms_of``."""
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    clusterer = StreamClusterer(config, frequency, len(leaders))
    horizon = math.floor(config.time_window_days + config.late_days)
    members: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    closing: list[tuple[int, str]] = []  # (last day, event id); stale entries are skipped
    seen = 0  # merges already applied to ``members``
    newest: int | None = None

    def follow_merges() -> None:
        nonlocal seen
        for merge in clusterer.merges[seen:]:
            members.setdefault(merge.kept, []).extend(members.pop(merge.absorbed, []))
            day = last.pop(merge.absorbed, None)
            if day is not None and day > last.get(merge.kept, -1):
                last[merge.kept] = day
                heapq.heappush(closing, (day, merge.kept))
        seen = len(clusterer.merges)

    for article, counts in zip(leaders, terms, strict=True):
        day = published_day(article.published)
        # when ``day`` is past the newest, ``add`` first consolidates, then drops the closed events
        eid = clusterer.add(article, None, counts)
        follow_merges()
        members.setdefault(eid, []).append(article.id)
        if day is not None and day > last.get(eid, -1):
            last[eid] = day
            heapq.heappush(closing, (day, eid))
        if day is not None and (newest is None or day > newest):
            newest = day
            while closing and closing[0][0] < day - horizon:
                old_day, old = heapq.heappop(closing)
                if old in members and last.get(old) == old_day:
                    del last[old]
                    yield _with_copies(members.pop(old), copies)
    clusterer.consolidate()
    follow_merges()
    for ids in members.values():
        yield _with_copies(ids, copies)


def _with_copies(ids: list[str], copies: Mapping[str, Sequence[str]]) -> list[str]:
    return sorted([*ids, *(c for i in ids for c in copies.get(i, ()))])
