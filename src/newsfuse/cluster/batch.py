"""Batch event clustering: the streaming clusterer run over a whole pile in date order, then consolidated.

The pile's own document frequencies are fitted first, so every article is weighted as it would be
with the whole pile known; the order (date, then id) makes the result independent of input order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from newsfuse.cluster.embed import Embedder
from newsfuse.cluster.features import article_terms
from newsfuse.cluster.pairs import PairModel
from newsfuse.cluster.stream import StreamClusterer
from newsfuse.config import ClusterConfig
from newsfuse.model import Article


def date_key(article: Article) -> tuple[bool, str, str]:
    """An article's place in date order: publication day (undated last), then id."""
    return article.published is None, (article.published or "")[:10], article.id


def date_order(articles: Sequence[Article]) -> list[Article]:
    """Articles by publication date (undated last), then id: the order a stream would see them in."""
    return sorted(articles, key=date_key)


def cluster_articles(
    articles: Sequence[Article],
    config: ClusterConfig | None = None,
    same_as: Mapping[str, str] | None = None,
    embedder: Embedder | None = None,
    pair_model: PairModel | None = None,
) -> list[list[str]]:
    """Group articles into events; returns lists of article ids, each sorted, ordered by first id.

    ``same_as`` maps an article (a duplicate copy) to the one it must share an event with; only
    the latter takes part in clustering. ``embedder``, ``pair_model``: see ``StreamClusterer``.
    """
    config = config or ClusterConfig()
    same_as = dict(same_as or {})
    leaders = date_order([a for a in articles if a.id not in same_as])
    terms = [article_terms(article, config.max_words, config.lead_words) for article in leaders]
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    clusterer = StreamClusterer(config, frequency, len(leaders), embedder, pair_model)
    dense = clusterer.embed(leaders) if config.embedding_weight > 0 else [None] * len(leaders)
    joined = {
        article.id: clusterer.add(article, vector, counts)
        for article, vector, counts in zip(leaders, dense, terms, strict=True)
    }
    clusterer.consolidate()
    events: dict[str, list[str]] = defaultdict(list)
    for aid, eid in joined.items():
        events[clusterer.resolve(eid)].append(aid)
    known = {a.id for a in articles}
    for copy_id, target in same_as.items():
        if copy_id not in known:
            continue
        while target in same_as:
            target = same_as[target]
        if target in joined:
            events[clusterer.resolve(joined[target])].append(copy_id)
    return sorted((sorted(ids) for ids in events.values()), key=lambda ids: ids[0])
