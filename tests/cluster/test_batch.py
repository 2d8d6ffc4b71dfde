from newsfuse.cluster import cluster_articles, event_id
from newsfuse.config import ClusterConfig
from tests.helpers import WIRE, article

BRIDGE = [
    "The Pell Street bridge in Ostend Falls was closed on Friday after engineers found a crack in a steel girder "
    "during a routine inspection of the river crossing.",
    "Detours will add twenty minutes to commutes between Ostend Falls and the highway, the county roads department "
    "said, and school buses will use the northern crossing.",
]


def test_articles_about_two_events_form_two_clusters_and_copies_follow_their_original() -> None:
    articles = [
        article("fire1", " ".join(WIRE[:3]), published="2026-03-12"),
        article("fire2", " ".join(WIRE[2:]), published="2026-03-13"),
        article("bridge1", " ".join(BRIDGE), published="2026-03-06"),
        article("bridge2", " ".join(reversed(BRIDGE)), published="2026-03-07"),
        article("copy", " ".join(WIRE[:3]), published="2026-03-12"),
    ]
    clusters = cluster_articles(articles, same_as={"copy": "fire1"})
    assert sorted(clusters) == [["bridge1", "bridge2"], ["copy", "fire1", "fire2"]]


def test_time_window_separates_recurring_topics() -> None:
    articles = [
        article("a", " ".join(BRIDGE), published="2026-03-06"),
        article("b", " ".join(BRIDGE), published="2026-06-06"),
    ]
    assert len(cluster_articles(articles, ClusterConfig(time_window_days=7, far_days=0))) == 2


def test_event_id_is_stable_and_order_free() -> None:
    assert event_id(["b", "a"]) == event_id(["a", "b"]) == event_id(["a", "c"])
    assert event_id(["a"]).startswith("ev-")
