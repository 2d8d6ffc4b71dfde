from __future__ import annotations

import numpy as np
import pytest

from newsfuse.config import ConfigError, SummarizeConfig
from newsfuse.summarize import summarize_event
from newsfuse.summarize.brief import prepare_event
from newsfuse.summarize.compress import rebuilt
from newsfuse.summarize.sentence_model import (
    SENTENCE_FEATURES,
    SentenceModel,
    prior,
    reweight,
    sentence_features,
)
from newsfuse.summarize.sentence_weights import SENTENCE_MODEL
from tests.helpers import WIRE
from tests.summarize.test_select import _event

N = len(SENTENCE_FEATURES)


def _only(feature: str) -> SentenceModel:
    """A scorer that scores a sentence by one feature alone."""
    coefficients = tuple(1.0 if name == feature else 0.0 for name in SENTENCE_FEATURES)
    return SentenceModel((0.0,) * N, (1.0,) * N, coefficients, 0.0, "test")


def test_features_are_finite_and_describe_the_sentences() -> None:
    arts, sources = _event()
    event = prepare_event(arts, sources, SummarizeConfig(query="firefighters night"))
    assert event is not None
    x = sentence_features(
        event.pool, event.rows, event.matrix, event.worth, sources, arts, event.query, event.seen
    )
    assert x.shape == (len(event.rows), N) and np.isfinite(x).all()
    column = dict(zip(SENTENCE_FEATURES, x.T, strict=True))
    quoted = [i for i, r in enumerate(event.rows) if event.pool[r].text.startswith('"')]
    assert quoted and all(column["quote_share"][i] > 0.3 for i in quoted)
    assert sum(column["quote_share"] > 0) == len(quoted)
    chief = [i for i, r in enumerate(event.rows) if "140 firefighters" in event.pool[r].text]
    assert all(column["query_share"][i] == 1.0 for i in chief)
    assert column["log_sources"][0] == pytest.approx(np.log(3))
    assert ((column["worth_share"] >= 0) & (column["worth_share"] <= 1)).all()


def test_the_prior_makes_the_scorers_favourite_win_and_zero_changes_nothing() -> None:
    arts, sources = _event()
    off = summarize_event(arts, sources, SummarizeConfig(words=40))
    assert off == summarize_event(
        arts, sources, SummarizeConfig(words=40), sentence_model=_only("quote_share")
    )
    assert not any(s.text.startswith('"') for s in off)
    on = summarize_event(
        arts, sources, SummarizeConfig(words=40, sentence_prior=1.0), sentence_model=_only("quote_share")
    )
    assert [s.text for s in on] == [WIRE[3]]
    assert on[0].evidence[0].article_id == "a"


def test_prior_and_reweight_scale_with_the_scores() -> None:
    scores = np.array([0.0, 1.0, 3.0])
    assert prior(scores, np.array([2.0, 2.0, 2.0]), 0.5).tolist() == [0.0, 0.75, 2.25]
    assert prior(np.zeros(3), np.ones(3), 0.5).tolist() == [0.0, 0.0, 0.0]
    rows = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    worth = np.array([4.0, 4.0])
    assert reweight(rows, worth, scores, 0.0) is worth
    # concept 0's carriers score 0.5 on average, concept 1's 2.0; the mean is 4/3
    assert reweight(rows, worth, scores, 1.0).tolist() == pytest.approx([1.5, 6.0])


def test_the_shipped_scorer_briefs_every_mode_with_evidence() -> None:
    arts, sources = _event()
    assert len(SENTENCE_MODEL.coefficients) == N and "dev sets" in SENTENCE_MODEL.provenance
    for config in (
        SummarizeConfig(words=60, sentence_prior=0.1),
        SummarizeConfig(words=60, sentence_reweight=0.5, query="warehouse owner"),
    ):
        brief = summarize_event(arts, sources, config)
        assert brief and brief == summarize_event(arts, sources, config)
        texts = {a.id: a.text for a in arts}
        for sentence in brief:
            assert rebuilt(sentence, texts) == sentence.text
    update = summarize_event(
        arts[1:], sources, SummarizeConfig(words=60, sentence_prior=0.1), previous=arts[:1]
    )
    assert update


def test_bad_weights_are_errors() -> None:
    with pytest.raises(ConfigError):
        SummarizeConfig(sentence_prior=-0.1)
    with pytest.raises(ConfigError):
        SummarizeConfig(sentence_reweight=-1.0)
    with pytest.raises(ValueError, match="features"):
        SentenceModel((0.0,), (1.0,), (1.0,), 0.0, "too short")
