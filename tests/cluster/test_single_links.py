"""Links to one-article events that ``max_candidates`` left out (cluster.stream, ``single_link_floor``)."""

from collections import Counter

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.features import article_terms
from newsfuse.config import ClusterConfig
from tests.helpers import article

DAY = "2026-05-14"
# two earlier reports, each alike to the third but not to each other
CRASH = article("crash", "Tilda Vance was hurt when her van left the coast road at dawn.", published=DAY)
FERRY = article(
    "ferry", "A ferry caught fire off Orrin Quay; the harbour master closed the pier.", published=DAY
)
BOTH = article(
    "both",
    "Tilda Vance, hurt when her van left the coast road, watched the ferry fire off Orrin Quay.",
    published=DAY,
)
# nothing joins (the threshold is out of a cosine's reach) and one candidate is scored per article
ONE_CANDIDATE = ClusterConfig(
    threshold=1.2,
    full_threshold=1.2,
    single_discount=0.0,
    name_bonus=0.0,
    one_name_bonus=0.0,
    link_threshold=0.17,
    max_candidates=1,
)


def _linked(config: ClusterConfig) -> set[str]:
    """The events the last article's new event is linked to for the next ``consolidate``."""
    articles = [CRASH, FERRY, BOTH]
    frequency: Counter[str] = Counter()
    for a in articles:
        frequency.update(article_terms(a, config.max_words, config.lead_words).keys())
    clusterer = StreamClusterer(config, frequency, 50)
    ids = [clusterer.add(a) for a in articles]
    assert len(set(ids)) == 3
    return set(clusterer._links.get(ids[2], set()))


def test_only_the_scored_candidate_is_linked_without_the_floor() -> None:
    config = ClusterConfig(**{**ONE_CANDIDATE.__dict__, "single_link_floor": 0.0})
    assert len(_linked(config)) == 1


def test_the_one_article_event_left_out_is_linked_too() -> None:
    config = ClusterConfig(**{**ONE_CANDIDATE.__dict__, "single_link_floor": 0.2})
    assert len(_linked(config)) == 2


def test_a_higher_floor_than_the_left_out_event_reaches_links_nothing_more() -> None:
    config = ClusterConfig(**{**ONE_CANDIDATE.__dict__, "single_link_floor": 0.9})
    assert len(_linked(config)) == 1
