import json
import math

import pytest

from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.cluster.features import article_terms, weigh
from newsfuse.cluster.pairs import FEATURES, PairModel, features, split
from newsfuse.config import ClusterConfig
from tests.cluster.test_batch import BRIDGE
from tests.cluster.test_stream import SCHOOL
from tests.helpers import WIRE, article

_COSINE_ONLY = PairModel(
    FEATURES,
    (0.0,) * len(FEATURES),
    (1.0,) * len(FEATURES),
    tuple(60.0 if name == "decayed_cosine" else 0.0 for name in FEATURES),
    -60.0 * 0.2,
)
"""A pair model that is the plain rule: probability >= 0.5 exactly when the decayed cosine reaches 0.2."""

_PILE = [
    article("fire1", " ".join(WIRE[:3]), published="2026-03-12"),
    article("bridge1", " ".join(BRIDGE), published="2026-03-12"),
    article("fire2", " ".join(WIRE[2:]), published="2026-03-13"),
    article("school", " ".join(SCHOOL), published="2026-03-13"),
    article("bridge2", " ".join(reversed(BRIDGE)), published="2026-03-15"),
    article("fire3", " ".join(WIRE[1:4]), published="2026-03-20"),
]


def _vector(text: str) -> dict[str, float]:
    terms = article_terms(article("x", text), 400)
    return weigh(terms, {}, 1, ClusterConfig())


def test_an_article_against_an_event_of_itself_scores_one_on_every_kind() -> None:
    vector = _vector(" ".join(WIRE[:3]))
    cut = split(vector)
    assert math.isclose(sum(cut.norms2), 1.0)
    values = dict(zip(FEATURES, features(cut, vector, cut.norms2, 1, 0, 10.0), strict=True))
    for name in ("cosine", "decayed_cosine", "word_cosine", "entity_cosine", "number_cosine"):
        assert values[name] == pytest.approx(1.0)
    assert values["shared_entities"] == values["shared_numbers"] == 1.0
    far = dict(zip(FEATURES, features(cut, vector, cut.norms2, 3, 10, 10.0), strict=True))
    assert far["decayed_cosine"] == pytest.approx(0.5) and far["log_gap_days"] == pytest.approx(math.log(11))


def test_unrelated_article_shares_nothing() -> None:
    event = _vector(" ".join(BRIDGE))
    cut = split(_vector(" ".join(SCHOOL)))
    values = dict(zip(FEATURES, features(cut, event, split(event).norms2, 1, 0, 10.0), strict=True))
    assert values["entity_cosine"] == values["shared_entities"] == 0.0
    assert values["cosine"] < 0.1


def test_a_pair_model_that_thresholds_the_decayed_cosine_reproduces_the_cosine_clusterer() -> None:
    plain = cluster_articles(_PILE, ClusterConfig())
    learned = cluster_articles(
        _PILE, ClusterConfig(pair_model=True, pair_threshold=0.5), pair_model=_COSINE_ONLY
    )
    assert learned == plain
    assert sorted(plain) == [["bridge1", "bridge2"], ["fire1", "fire2", "fire3"], ["school"]]


def test_the_join_threshold_applies_to_the_probability() -> None:
    never = ClusterConfig(pair_model=True, pair_threshold=1.0, link_threshold=0.0, tie_threshold=0.0)
    assert len(cluster_articles(_PILE, never, pair_model=_COSINE_ONLY)) == len(_PILE)


def test_the_shipped_model_groups_the_small_pile() -> None:
    clusters = cluster_articles(_PILE, ClusterConfig(pair_model=True))
    assert sorted(clusters) == [["bridge1", "bridge2"], ["fire1", "fire2", "fire3"], ["school"]]


def test_a_model_for_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="one value per feature"):
        PairModel(FEATURES, (0.0,), (1.0,), (1.0,), 0.0)
    with pytest.raises(ValueError, match="not this version"):
        PairModel(("cosine",), (0.0,), (1.0,), (1.0,), 0.0)


def test_per_kind_norms_survive_a_state_saved_without_them() -> None:
    clusterer = StreamClusterer(ClusterConfig(pair_model=True), pair_model=_COSINE_ONLY)
    for item in _PILE[:4]:
        clusterer.add(item)
    state = json.loads(json.dumps(clusterer.to_state()))
    for event in state["events"]:
        del event["parts"]
    resumed = StreamClusterer.from_state(state, pair_model=_COSINE_ONLY)
    for old, new in zip(clusterer.to_state()["events"], resumed.to_state()["events"], strict=True):
        assert new["parts"] == pytest.approx(old["parts"])
    assert [resumed.add(a) for a in _PILE[4:]] == [clusterer.add(a) for a in _PILE[4:]]


def test_the_default_join_threshold_is_the_one_chosen_with_the_shipped_model() -> None:
    from newsfuse.cluster.pair_weights import THRESHOLD

    assert ClusterConfig().pair_threshold == THRESHOLD
