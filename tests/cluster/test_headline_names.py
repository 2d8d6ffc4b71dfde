"""A headline's rare names earn the name bonus in a small pile (cluster.stream.HEADLINE_NAMES_ANY_PILE)."""

from collections import Counter

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.features import article_terms
from newsfuse.cluster.stream import HEADLINE_NAMES_ANY_PILE
from newsfuse.config import ClusterConfig
from tests.cluster.test_join_score import OUT_OF_REACH
from tests.helpers import article

DAY = "2026-04-09"
# two headlines of one story that share two rare names (Tilda Vance, Orrin Quay) and no other word
FIRST = article("first", "Tilda Vance hurt as van leaves road near Orrin Quay", published=DAY)
SECOND = article("second", "Rescuers free Tilda Vance at Orrin Quay", published=DAY)
# the join thresholds are out of a cosine's reach (test_join_score's): only the name bonus can join the two;
# with 80 vector terms each is a headline (``_fullness`` 0), with 4 a full vector
HEADLINES = ClusterConfig(**{**OUT_OF_REACH.__dict__, "vector_terms": 80, "name_bonus": 1.0})
FULL = ClusterConfig(**{**HEADLINES.__dict__, "vector_terms": 4})


def _events(config: ClusterConfig, documents: int, held: int) -> list[str]:
    """The events the two articles join among ``documents`` articles seen, each shared name held by ``held``."""
    frequency: Counter[str] = Counter()
    for a in (FIRST, SECOND):
        frequency.update(article_terms(a, config.max_words, config.lead_words).keys())
    for term in frequency:
        if term.startswith("e:"):
            frequency[term] = held
    clusterer = StreamClusterer(config, frequency, documents)
    return [clusterer.add(a) for a in (FIRST, SECOND)]


def test_a_headline_in_a_small_pile_joins_by_two_rare_names() -> None:
    # held by 2 of 20 articles seen: a tenth of the pile, past RARE_SHARE, but a headline's names count
    ids = _events(HEADLINES, 20, 2)
    assert ids[0] == ids[1]


def test_a_full_article_in_a_small_pile_still_needs_rare_share() -> None:
    ids = _events(FULL, 20, 2)
    assert ids[0] != ids[1]


def test_a_headline_name_held_by_more_than_the_floor_earns_nothing_in_a_small_pile() -> None:
    ids = _events(HEADLINES, 20, HEADLINE_NAMES_ANY_PILE + 1)
    assert ids[0] != ids[1]


def test_in_a_large_pile_rare_share_decides_as_before() -> None:
    # 4 of 1,000 articles seen: within RARE_SHARE (10) and tie_max_df (5), for a headline and a full article
    assert len(set(_events(HEADLINES, 1000, 4))) == 1
    assert len(set(_events(FULL, 1000, 4))) == 1
