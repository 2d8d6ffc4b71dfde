"""Batch event clustering: TF-IDF cosine similarity, average linkage, a time window."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from newsfuse.config import ClusterConfig
from newsfuse.model import Article


def event_id(member_ids: Sequence[str]) -> str:
    """A stable id for an event, derived from its founding article."""
    return "ev-" + hashlib.blake2b(min(member_ids).encode(), digest_size=5).hexdigest()


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _document(article: Article) -> str:
    title = article.title or ""
    return f"{title} {title} {article.text}"


def cluster_articles(
    articles: Sequence[Article],
    config: ClusterConfig | None = None,
    same_as: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """Group articles into events; returns lists of article ids.

    ``same_as`` maps an article (a duplicate copy) to the one it must share an event with; only
    the latter takes part in clustering.
    """
    config = config or ClusterConfig()
    same_as = dict(same_as or {})
    leaders = [a for a in articles if a.id not in same_as]
    if not leaders:
        return []
    if len(leaders) == 1:
        labels = np.array([1])
    else:
        vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
        try:
            matrix = vectorizer.fit_transform([_document(a) for a in leaders])
        except ValueError:  # every word is a stop word or too common
            vectorizer = TfidfVectorizer(sublinear_tf=True)
            matrix = vectorizer.fit_transform([_document(a) for a in leaders])
        similarity = cosine_similarity(matrix)
        days = [_day(a.published) for a in leaders]
        for i, di in enumerate(days):
            for j in range(i + 1, len(days)):
                dj = days[j]
                if di and dj and abs((di - dj).days) > config.time_window_days:
                    similarity[i, j] = similarity[j, i] = 0.0
        distance = np.clip(1.0 - similarity, 0.0, 1.0)
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method="average")
        labels = fcluster(tree, t=1.0 - config.threshold, criterion="distance")
    events: dict[int, list[str]] = defaultdict(list)
    for article, label in zip(leaders, labels, strict=True):
        events[int(label)].append(article.id)
    leader_event = {aid: label for label, ids in events.items() for aid in ids}
    for copy_id, target in same_as.items():
        while target in same_as:
            target = same_as[target]
        if target in leader_event:
            events[leader_event[target]].append(copy_id)
    return sorted((sorted(ids) for ids in events.values()), key=lambda ids: ids[0])
