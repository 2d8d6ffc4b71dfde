"""``TermFactors``: fixed frequencies' per-term IDF x kind weight give ``weigh`` the same vectors, bit for bit."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

from newsfuse.cluster.features import TermFactors, article_terms, weigh
from newsfuse.cluster.stream import StreamClusterer
from newsfuse.config import ClusterConfig
from newsfuse.model import Article


def _piles(seed: int, count: int) -> list[Counter[str]]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(300)] + [f"e:n{i}" for i in range(80)] + [f"n:{i}" for i in range(40)]
    return [Counter(rng.choices(words, k=rng.randint(1, 160))) for _ in range(count)]


def test_same_vectors_with_factors() -> None:
    piles = _piles(7, 400)
    frequency: Counter[str] = Counter()
    for counts in piles:
        frequency.update(counts.keys())
    base = ClusterConfig()
    for config in (
        base,
        replace(base, entity_weight=4.0, number_weight=0.5),
        replace(base, number_weight=0.0),
    ):
        assert TermFactors.exact(config)
        factors = TermFactors(frequency, len(piles), config)
        for counts in piles:
            plain = weigh(counts, frequency, len(piles), config)
            assert list(weigh(counts, frequency, len(piles), config, factors).items()) == list(plain.items())


def test_inexact_weights_not_factored() -> None:
    assert not TermFactors.exact(replace(ClusterConfig(), entity_weight=1.5))
    assert not TermFactors.exact(replace(ClusterConfig(), number_weight=0.3))


def test_stream_same_events_with_inexact_weights() -> None:
    """A configuration whose weights are not exact factors takes the plain path; exact ones the factors."""
    config = replace(ClusterConfig(), entity_weight=1.5)
    texts = [
        "Flooding closed the Harlow Bridge on Tuesday after the river rose 3 metres.",
        "The Harlow Bridge stays closed as river levels rise by 3 metres, officials said.",
        "A bakery in Dunmore won a national prize for its sourdough loaf.",
    ]
    articles = [Article(f"a{i}", f"a{i}.txt", t, published=f"2024-05-0{i + 1}") for i, t in enumerate(texts)]
    terms = [article_terms(a, config.max_words, config.lead_words) for a in articles]
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    fixed = StreamClusterer(config, frequency, len(articles))
    exact = StreamClusterer(replace(config, entity_weight=2.0), frequency, len(articles))
    assert [fixed.add(a, None, c) for a, c in zip(articles, terms, strict=True)]
    assert [exact.add(a, None, c) for a, c in zip(articles, terms, strict=True)]
    assert fixed._factors is None and exact._factors is not None


def _top_by_loops(hits: Counter[str], k: int) -> list[str]:
    """``stream._top`` as written before the fourteenth session (two Python loops)."""
    if len(hits) <= k:
        return list(hits)
    cut = sorted(hits.values(), reverse=True)[k - 1]
    above = [eid for eid, n in hits.items() if n > cut]
    return above + sorted(eid for eid, n in hits.items() if n == cut)[: k - len(above)]


def test_top_same_as_loops() -> None:
    from newsfuse.cluster.stream import _top

    rng = random.Random(3)
    for _ in range(3000):
        ids = rng.sample([f"ev{i:03d}" for i in range(200)], rng.randint(0, 80))
        hits = Counter({eid: rng.randint(1, rng.choice((2, 5, 12))) for eid in ids})
        for k in (1, 3, 10):
            assert _top(hits, k) == _top_by_loops(hits, k)
