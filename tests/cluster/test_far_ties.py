"""Far ties (``cluster.far_days``): a story revisited months after its event left the window and the archive."""

import json

from newsfuse.cluster import StreamClusterer, Tie, cluster_articles
from newsfuse.cluster.stream import _entities
from newsfuse.config import ClusterConfig
from tests.cluster.test_stream import SCHOOL
from tests.helpers import WIRE, article


def _incident(town: str, street: str, victim: str, suspect: str) -> str:
    return (
        f"{victim} was shot twice outside a laundromat on {street} in {town} early on Sunday, police said. "
        f"Detectives named {suspect} as the man seen running toward the rail yard; {victim} survived the night "
        f"in hospital and neighbours on {street} described hearing four shots."
    )


def _verdict(town: str, street: str, victim: str, suspect: str) -> str:
    return (
        f"A jury in {town} found {suspect} guilty of attempted murder on Thursday for the shooting of {victim} "
        f"outside a laundromat on {street}. {victim} told the court about the four shots; {suspect} will be "
        "sentenced next month."
    )


def _config(**over: float) -> ClusterConfig:
    """An open window of 3 + 2 days, an archive of 20 days, far ties for 300 days."""
    values: dict[str, float] = {
        "threshold": 0.95,
        "link_threshold": 0.0,
        "time_window_days": 3,
        "late_days": 2,
        "tie_days": 20,
        "far_days": 300,
        "far_names": 3,
        "far_threshold": 0.2,
    }
    values.update(over)
    return ClusterConfig(**values)  # type: ignore[arg-type]


def _months_later(config: ClusterConfig, verdict: str) -> tuple[StreamClusterer, list[str]]:
    clusterer = StreamClusterer(config)
    clusterer.keep_retired = True
    ids = [
        clusterer.add(
            article(
                "shot",
                _incident("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright"),
                published="2026-01-04",
            )
        ),
        clusterer.add(
            article(
                "lookalike",
                _incident("Dunmere", "Ottery Lane", "Cassius Pell", "Renata Vossberg"),
                published="2026-01-05",
            )
        ),
        clusterer.add(article("school", " ".join(SCHOOL), published="2026-02-20")),
        clusterer.add(article("fire", " ".join(WIRE), published="2026-04-01")),
        clusterer.add(article("verdict", verdict, published="2026-06-11")),
    ]
    return clusterer, ids


def test_a_verdict_months_later_takes_the_far_events_id_and_look_alikes_stay_apart() -> None:
    verdict = _verdict("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright")
    clusterer, (shot, lookalike, _, _, later) = _months_later(_config(), verdict)
    assert later == shot != lookalike
    assert clusterer.ties == [Tie(shot, "verdict", 158)]
    # both handed over when they left the archive, and both held far: the shooting returned (a follow-up)
    assert shot in clusterer.retired and lookalike in clusterer.retired
    assert clusterer.holds(shot) and clusterer.holds(lookalike) and clusterer.forgotten == []
    state = json.loads(json.dumps(clusterer.to_state()))
    held = [e["id"] for e in state["far"]]
    assert lookalike in held and shot not in held  # the shooting is open again
    resumed = StreamClusterer.from_state(state)
    assert resumed.to_state() == clusterer.to_state()


def test_without_far_days_or_sharing_one_name_the_verdict_opens_a_new_event() -> None:
    verdict = _verdict("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright")
    clusterer, (shot, _, _, _, later) = _months_later(_config(far_days=0), verdict)
    assert later != shot and clusterer.ties == [] and shot in clusterer.retired
    # another trial in the same town: one shared name (the town), not the story
    other = _verdict("Harlow Cross", "Brindle Court", "Osric Delamere", "Petra Halloway")
    clusterer, (shot, _, _, _, later) = _months_later(_config(), other)
    assert later != shot and clusterer.ties == []


def test_far_events_are_forgotten_past_far_days_or_the_cap_oldest_first() -> None:
    verdict = _verdict("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright")
    clusterer, (shot, lookalike, _, _, later) = _months_later(_config(far_events=1), verdict)
    assert later != shot and {shot, lookalike} <= set(clusterer.forgotten)  # events left after them
    assert not clusterer.holds(shot) and not clusterer.holds(lookalike)
    clusterer, (shot, lookalike, _, _, later) = _months_later(_config(far_days=120), verdict)
    assert later != shot and {shot, lookalike} <= set(clusterer.forgotten) <= set(clusterer.retired)


def test_batch_clustering_takes_far_ties_too() -> None:
    articles = [
        article(
            "shot",
            _incident("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright"),
            published="2026-01-04",
        ),
        article("fire", " ".join(WIRE), published="2026-04-01"),
        article(
            "verdict",
            _verdict("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright"),
            published="2026-06-11",
        ),
    ]
    assert cluster_articles(articles, _config()) == [["fire"], ["shot", "verdict"]]
    assert cluster_articles(articles, _config(far_days=0)) == [["fire"], ["shot"], ["verdict"]]


def test_names_inside_a_longer_shared_name_count_with_it() -> None:
    assert _entities(["e:terre", "e:haute", "e:terre haute", "e:terre haute police", "e:thpd"]) == 2
    assert _entities(["e:marisol quenby", "e:quenby", "e:fenwick road", "e:arkwright"]) == 3
    assert _entities([]) == 0
