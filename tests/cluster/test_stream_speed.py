"""The clustering stream's speed paths (issue 9, twentieth session) give what the plain paths give."""

from __future__ import annotations

from collections import Counter

from newsfuse.cluster.features import TermFactors, weigh
from newsfuse.cluster.stream import StreamClusterer, _Event, _Index
from newsfuse.config import ClusterConfig
from newsfuse.model import Article

_TERMS = [
    Counter({"flood": 3, "e:port emmet": 2, "e:port": 2, "e:emmet": 2, "n:120": 1, "river": 1, "#": 1}),
    Counter({"flood": 1, "e:port emmet": 1, "bridge": 2, "n:3.5": 1, "close": 1}),
    Counter({"fire": 2, "e:calloway freight": 1, "e:calloway": 1, "warehouse": 3}),
]


def test_weigh_with_factors_is_weigh_bit_for_bit() -> None:
    config = ClusterConfig()
    frequency: Counter[str] = Counter()
    for terms in _TERMS:
        frequency.update(terms.keys())
    factors = TermFactors(frequency, len(_TERMS), config)
    for terms in _TERMS:
        plain = weigh(terms, frequency, len(_TERMS), config)
        fast = weigh(terms, frequency, len(_TERMS), config, factors)
        assert list(fast.items()) == list(plain.items())


def test_add_terms_to_a_new_event_is_the_general_update() -> None:
    vector = {"flood": 0.5, "e:port": 0.25, "n:120": 0.125}
    fast, general = _Index(), _Index()
    for index in (fast, general):
        index.postings["flood"] = {"other"}
    new = _Event("a", {}, 0.0, 0, None, None)
    fast.add_terms(new, vector)
    # the general path: an event whose centroid holds a term the vector lacks, then that term taken out
    old = _Event("a", {"x": 0.0}, 0.0, 0, None, None)
    general.add_terms(old, vector)
    del old.centroid["x"]
    assert list(new.centroid.items()) == list(old.centroid.items())
    assert fast.postings == general.postings


def test_the_articles_rare_names_are_found_once_and_are_rare() -> None:
    clusterer = StreamClusterer(ClusterConfig())
    for n, terms in enumerate(_TERMS):
        article = Article(id=f"a{n}", path="a.txt", text="", title="", published="2024-05-0" + str(n + 1))
        clusterer.add(article, terms=terms)
    vector = {"e:port emmet": 0.6, "flood": 0.5, "e:calloway": 0.4}
    first = clusterer._vector_rare(vector)
    assert first == clusterer._rare(vector)
    assert clusterer._vector_rare(vector) is first  # the same article's: looked up once
    assert clusterer._vector_rare(dict(vector)) is not first  # another vector: found again


def test_an_opened_events_names_are_its_centroids_while_it_holds_one_article() -> None:
    frequency: Counter[str] = Counter()
    for terms in _TERMS:
        frequency.update(terms.keys())
    clusterer = StreamClusterer(ClusterConfig(), frequency, len(_TERMS))
    for n, terms in enumerate(_TERMS):
        article = Article(id=f"a{n}", path="a.txt", text="", title="", published=f"2024-05-0{n + 1}")
        clusterer.add(article, terms=terms)
    assert clusterer._opened_rare  # fixed frequencies: noted for each event an article opened
    for eid, (event, names) in clusterer._opened_rare.items():
        assert clusterer._index.events[eid] is event
        if event.size == 1:
            assert names == clusterer._rare(event.centroid)
    clusterer.add(
        Article(id="late", path="a.txt", text="", title="", published="2024-09-01"), terms=_TERMS[0]
    )
    assert set(clusterer._opened_rare) <= set(clusterer._index.events)  # those that left are let go
