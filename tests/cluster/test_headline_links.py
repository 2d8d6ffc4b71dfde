"""Events of headlines linked by their centroids' cosine (``cluster.headline_link``)."""

from dataclasses import replace

from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from tests.helpers import article

LAUNCH = [
    "Crowds greet the Zephyr launch at a midnight sale",
    "Midnight launch crowds queue for the Zephyr",
    "A midnight countdown and crowds for the Zephyr launch",
    "Crowds at the Zephyr launch cheer the midnight opening",
]
REVIEWS = [
    "In review, the Zephyr battery lasts two full days",
    "Reviewers praise the Zephyr battery life",
    "Review roundup: the Zephyr battery stands out",
    "Battery tests in early Zephyr reviews impress",
]
OTHER = [
    "Harbor ferry fares rise in Westport",
    "Greyhaven council debates library hours",
    "Storm closes mountain pass near Ridgefield",
    "Port Emmet dockworkers agree to contract",
    "Marlow bakery wins regional bread prize",
    "River festival returns to Dunmore",
]
# joins and mean links held high, so that this small pile forms the story's two halves as two events (in a
# large feed the halves' headlines share too few words to join, and their mean over pairs stays tiny)
HALVES = replace(ClusterConfig(), threshold=0.35, full_threshold=0.35, link_threshold=0.35)


def _pile(padded: bool = False) -> list[Article]:
    texts = [("a", LAUNCH), ("b", REVIEWS), ("o", OTHER)]
    pile = []
    for prefix, lines in texts:
        for n, line in enumerate(lines):
            # a full article: the headline, then a long body of words no other article holds
            body = " ".join(f"{prefix}{n}word{k}" for k in range(90)) if padded else ""
            pile.append(
                article(f"{prefix}{n}", f"{line}. {body}" if padded else line, published="2026-03-12")
            )
    return pile


def _events(config: ClusterConfig, padded: bool = False) -> list[list[str]]:
    return [ids for ids in cluster_articles(_pile(padded), config) if len(ids) > 1]


def test_two_events_of_headlines_merge_when_their_centroids_are_alike() -> None:
    halves = [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3"]]
    assert _events(replace(HALVES, headline_link=0.0)) == halves
    assert _events(replace(HALVES, headline_link=0.45)) == halves  # the centroids' cosine is below it
    assert _events(replace(HALVES, headline_link=0.4)) == [[*halves[0], *halves[1]]]


def test_events_of_full_articles_are_never_linked_by_their_centroids() -> None:
    assert _events(replace(HALVES, headline_link=0.4), padded=True) == _events(
        replace(HALVES, headline_link=0.0), padded=True
    )


def test_events_resumed_from_a_state_saved_before_fullness_count_as_full_articles() -> None:
    clusterer = StreamClusterer(replace(HALVES, headline_link=0.4))
    for item in _pile()[:4]:
        clusterer.add(item)
    state = clusterer.to_state()
    assert [e["fullness"] for e in state["events"]] == [0.0]
    for event in state["events"]:
        del event["fullness"]
    resumed = StreamClusterer.from_state(state)
    assert [e["fullness"] for e in resumed.to_state()["events"]] == [4.0]
