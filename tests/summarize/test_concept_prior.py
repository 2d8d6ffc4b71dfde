"""The concept prior: its features, how it rescales source-count worth, and when briefs use it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newsfuse.config import ConfigError, SummarizeConfig
from newsfuse.summarize import summarize_event
from newsfuse.summarize.concepts import (
    PRIOR_FEATURES,
    ConceptPrior,
    concept_matrix,
    prior_features,
    weight_vector,
)
from newsfuse.summarize.pool import candidates
from tests.helpers import article
from tests.summarize.test_select import _event

COLUMN = {name: i for i, name in enumerate(PRIOR_FEATURES)}


def _prior(**coefficients: float) -> ConceptPrior:
    return ConceptPrior(tuple(coefficients.get(name, 0.0) for name in PRIOR_FEATURES), 0.0, "test")


def test_features_say_how_widely_early_and_where_a_concept_is_reported() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    matrix = concept_matrix(pool, unigrams=False)
    features = prior_features(matrix, pool, sources)
    assert features.shape == (len(matrix.vocab), len(PRIOR_FEATURES))
    fire = features[matrix.vocab.index("140 firefight")]
    assert fire[COLUMN["source_share"]] == 1.0 and fire[COLUMN["has_digit"]] == 1.0
    assert fire[COLUMN["single_source"]] == 0.0 and fire[COLUMN["word_share_min"]] == 1.0
    assert fire[COLUMN["log_event_sources"]] == pytest.approx(np.log(3))
    fishermen = features[matrix.vocab.index("fishermen said")]
    assert fishermen[COLUMN["source_share"]] == pytest.approx(1 / 3)
    assert fishermen[COLUMN["single_source"]] == 1.0 and fishermen[COLUMN["has_stop_word"]] == 1.0
    # shares, fractions and positions stay in [0, 1]
    for name in ("source_share", "lead_share", "first_position", "mean_position", "relative_position"):
        assert ((features[:, COLUMN[name]] >= 0) & (features[:, COLUMN[name]] <= 1)).all(), name
    assert prior_features(concept_matrix([]), [], sources).shape == (0, len(PRIOR_FEATURES))


def test_rescaling_keeps_worthless_concepts_worthless_and_follows_the_probability() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    matrix = concept_matrix(pool, unigrams=False)
    worth = weight_vector(matrix, pool, sources)
    features = prior_features(matrix, pool, sources)
    prior = _prior(has_digit=2.0)
    assert np.array_equal(prior.rescaled(worth, features, 0.0), worth)
    rescaled = prior.rescaled(worth, features, 1.0)
    assert (rescaled[worth == 0] == 0).all()
    digit = features[:, COLUMN["has_digit"]] == 1
    ratio = rescaled[worth > 0] / worth[worth > 0]
    assert ratio[digit[worth > 0]].min() > ratio[~digit[worth > 0]].max()
    with pytest.raises(ValueError, match="coefficients"):
        ConceptPrior((1.0,), 0.0, "test")
    with pytest.raises(ConfigError, match="concept_prior"):
        SummarizeConfig(concept_prior=-1.0)


def test_briefs_use_the_prior_only_when_asked_and_for_several_sources() -> None:
    arts, sources = _event()
    plain = summarize_event(arts, sources, SummarizeConfig(words=60, concept_prior=0.0))
    # a prior that gives every concept the same probability leaves the worth as it is
    assert plain == summarize_event(
        arts, sources, SummarizeConfig(words=60, concept_prior=4.0), model=_prior()
    )
    # a prior that dislikes what the articles say first changes a multi-source brief
    steered = summarize_event(
        arts, sources, SummarizeConfig(words=60, concept_prior=4.0), model=_prior(first_position=-5.0)
    )
    assert steered != plain and sum(len(s.text.split()) for s in steered) <= 60
    assert all(s.evidence for s in steered)
    # a query's focus is its own weighting: the prior leaves query-focused briefs as they are
    focused = SummarizeConfig(words=60, query="firefighters")
    assert summarize_event(arts, sources, focused) == summarize_event(
        arts, sources, replace(focused, concept_prior=8.0), model=_prior(first_position=-5.0)
    )
    # one source: its counts stand
    one = [article("a", arts[0].text)]
    alone = summarize_event(one, {"a": "a"}, SummarizeConfig(words=40))
    assert alone == summarize_event(
        one, {"a": "a"}, SummarizeConfig(words=40, concept_prior=8.0), model=_prior(first_position=-5.0)
    )


def test_the_shipped_prior_was_trained_on_dev_sets_only_and_briefs_with_it() -> None:
    from newsfuse.summarize.concept_prior import CONCEPT_PRIOR

    assert "dev sets only" in CONCEPT_PRIOR.provenance
    for name in ("duc2004", "multinews"):
        assert name not in CONCEPT_PRIOR.provenance.lower()
    arts, sources = _event()
    brief = summarize_event(arts, sources, SummarizeConfig(words=60, concept_prior=1.0))
    assert brief and sum(len(s.text.split()) for s in brief) <= 60
