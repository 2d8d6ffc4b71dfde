"""The join score's adjustments: a one-article event, shared rare names, a large event (cluster.stream)."""

from collections import Counter

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.features import article_terms
from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from tests.helpers import article

DAY = "2026-04-09"
# two reports of one crash that share few words but two rare names (Tilda Vance, Orrin Quay)
FIRST = article(
    "first",
    "Tilda Vance was hurt when her van left the road near Orrin Quay late on Tuesday evening.",
    published=DAY,
)
SECOND = article(
    "second",
    "Rescuers freed Tilda Vance from the wreck at Orrin Quay; she is stable, doctors said.",
    published=DAY,
)
THIRD = article(
    "third",
    "Tilda Vance thanked the rescuers of Orrin Quay from her hospital bed, doctors said.",
    published=DAY,
)
# the join thresholds are out of a cosine's reach, so an article joins only through the adjustment under test
OUT_OF_REACH = ClusterConfig(
    threshold=1.2,
    full_threshold=1.2,
    link_threshold=0.0,
    vector_terms=8,
    single_discount=0.0,
    size_penalty=0.0,
    name_bonus=0.0,
    one_name_bonus=0.0,
)


def _frequencies(articles: list[Article], config: ClusterConfig) -> Counter[str]:
    frequency: Counter[str] = Counter()
    for a in articles:
        frequency.update(article_terms(a, config.max_words, config.lead_words).keys())
    return frequency


def _events(config: ClusterConfig, documents: int, articles: list[Article]) -> list[str]:
    """The events the articles join, with the pile's document frequencies as if among ``documents``."""
    clusterer = StreamClusterer(config, _frequencies(articles, config), documents)
    return [clusterer.add(a) for a in articles]


def test_without_adjustments_nothing_reaches_the_threshold() -> None:
    ids = _events(OUT_OF_REACH, 1000, [FIRST, SECOND])
    assert ids[0] != ids[1]


def test_a_one_article_event_is_joined_below_the_threshold_by_single_discount() -> None:
    config = ClusterConfig(**{**OUT_OF_REACH.__dict__, "single_discount": 1.0})
    ids = _events(config, 1000, [FIRST, SECOND])
    assert ids[0] == ids[1]


def test_an_event_sharing_two_rare_names_is_joined_by_name_bonus() -> None:
    config = ClusterConfig(**{**OUT_OF_REACH.__dict__, "name_bonus": 1.0})
    ids = _events(config, 1000, [FIRST, SECOND])
    assert ids[0] == ids[1]


def test_an_event_sharing_one_rare_name_is_joined_by_one_name_bonus_only() -> None:
    # the crash's victim alone (Tilda Vance: her first and last name, and both), not the place
    fourth = article("fourth", "Tilda Vance left the hospital on Thursday, her family said.", published=DAY)
    one = ClusterConfig(**{**OUT_OF_REACH.__dict__, "one_name_bonus": 1.2})
    assert len(set(_events(one, 1000, [FIRST, fourth]))) == 2  # three shared names: name_bonus's (0)
    whole = article("fifth", "Doctors said Vance left the hospital on Thursday.", published=DAY)
    ids = _events(one, 1000, [FIRST, whole])
    assert ids[0] == ids[1]
    assert len(set(_events(OUT_OF_REACH, 1000, [FIRST, whole]))) == 2


def test_in_a_small_pile_no_name_is_rare_enough_for_the_bonus() -> None:
    # held by 2 of 20 articles: few, but a tenth of the pile (a town and a street would tie look-alikes)
    config = ClusterConfig(**{**OUT_OF_REACH.__dict__, "name_bonus": 1.0})
    ids = _events(config, 20, [FIRST, SECOND])
    assert ids[0] != ids[1]


def test_size_penalty_keeps_a_full_article_out_of_a_larger_event() -> None:
    joined = ClusterConfig(**{**OUT_OF_REACH.__dict__, "single_discount": 1.0, "name_bonus": 1.0})
    ids = _events(joined, 1000, [FIRST, SECOND, THIRD])
    assert ids[0] == ids[1] == ids[2]
    penalised = ClusterConfig(**{**joined.__dict__, "size_penalty": 5.0})
    ids = _events(penalised, 1000, [FIRST, SECOND, THIRD])
    assert ids[0] == ids[1] != ids[2]
