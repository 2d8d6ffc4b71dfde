"""Batch clustering that hands over each event as soon as clustering can no longer change it.

``closed_clusters`` gives the events of ``cluster_articles`` (same clusterer, same date order, same
document frequencies), but as a stream: the clusterer drops an event from its index once the newest
article is more than ``time_window_days + late_days`` past the event's last day, and a dropped event
never takes an article or a merge again. So the pipeline can build those events on the pool while this
process goes on clustering the later articles. Events whose articles are all undated close at the end.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.batch import date_order
from newsfuse.cluster.features import article_terms, published_day
from newsfuse.config import ClusterConfig
from newsfuse.model import Article


def term_keys(article: Article, config: ClusterConfig) -> list[str]:
    """The distinct terms of an article, as the clusterer's document frequencies count them."""
    return list(article_terms(article, config.max_words))


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
    copies: Mapping[str, Sequence[str]],
    frequency: Counter[str],
    config: ClusterConfig,
) -> Iterator[list[str]]:
    """The sorted article ids of each event of the clustered ``leaders`` (their ``copies`` added), each
    yielded once it is closed. ``frequency``: the leaders' document frequencies (``term_keys``)."""
    clusterer = StreamClusterer(config, frequency, len(leaders))
    horizon = math.floor(config.time_window_days + config.late_days)
    members: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    closing: list[tuple[int, str]] = []  # (last day, event id); stale entries are skipped
    merges = 0
    newest: int | None = None

    def close(before: int) -> Iterator[list[str]]:
        while closing and closing[0][0] < before:
            day, eid = heapq.heappop(closing)
            if eid in members and last.get(eid) == day:
                del last[eid]
                yield _with_copies(members.pop(eid), copies)

    for article in date_order(leaders):
        day = published_day(article.published)
        if day is not None and (newest is None or day > newest):
            newest = day
            yield from close(day - horizon)  # the clusterer drops these events in this very ``add``
        eid = clusterer.add(article)
        for merge in clusterer.merges[merges:]:
            members.setdefault(merge.kept, []).extend(members.pop(merge.absorbed, []))
            absorbed_day = last.pop(merge.absorbed, None)
            if absorbed_day is not None and absorbed_day > last.get(merge.kept, -1):
                last[merge.kept] = absorbed_day
                heapq.heappush(closing, (absorbed_day, merge.kept))
        merges = len(clusterer.merges)
        members.setdefault(eid, []).append(article.id)
        if day is not None and day > last.get(eid, -1):
            last[eid] = day
            heapq.heappush(closing, (day, eid))
    for ids in members.values():
        yield _with_copies(ids, copies)


def _with_copies(ids: list[str], copies: Mapping[str, Sequence[str]]) -> list[str]:
    return sorted([*ids, *(c for i in ids for c in copies.get(i, ()))])
