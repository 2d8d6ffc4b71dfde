"""The array form of selection, the learned concept weighting, and determinism across hash seeds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsfuse.config import ConfigError, SummarizeConfig
from newsfuse.summarize import summarize_event
from newsfuse.summarize.concept_model import CONCEPT_MODEL
from newsfuse.summarize.concepts import (
    FEATURES,
    ConceptModel,
    concept_features,
    concept_matrix,
    concept_weights,
)
from newsfuse.summarize.pool import candidates
from newsfuse.summarize.select import _objective, coverage, select
from tests.helpers import WIRE, article
from tests.summarize.test_select import OTHER, THIRD, _event

ROOT = Path(__file__).resolve().parents[2]


def test_array_objective_equals_the_set_objective() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    weights = concept_weights(pool, sources)
    problem = coverage(pool, weights, 1.0)
    for chosen in ([0], [0, 3], [1, 2, 4], list(range(len(pool)))):
        assert problem.objective(chosen) == pytest.approx(_objective([pool[i] for i in chosen], weights, 1.0))


def test_selection_fits_the_budget_for_every_budget() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    weights = concept_weights(pool, sources)
    for budget in range(5, 140, 7):
        chosen = select(pool, weights, budget)
        assert sum(c.length for c in chosen) <= budget
        assert len({id(c) for c in chosen}) == len(chosen)


def test_features_describe_how_widely_and_early_a_concept_is_reported() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    matrix = concept_matrix(pool)
    features = concept_features(matrix, pool, sources)
    assert features.shape == (len(matrix.vocab), len(FEATURES))
    column = {name: i for i, name in enumerate(FEATURES)}
    row = features[matrix.vocab.index("140 firefight")]
    assert row[column["source_share"]] == 1.0  # all three sources
    assert row[column["lead_share"]] == 1.0 and row[column["has_digit"]] == 1.0
    fishermen = features[matrix.vocab.index("fishermen said")]
    assert fishermen[column["source_share"]] == pytest.approx(1 / 3)
    assert fishermen[column["has_stop_word"]] == 1.0


def test_the_shipped_model_values_what_every_source_reports_over_one_outlets_detail() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    matrix = concept_matrix(pool)
    weights = CONCEPT_MODEL.weights(matrix, concept_features(matrix, pool, sources))
    assert weights[matrix.vocab.index("140 firefight")] > weights[matrix.vocab.index("fishermen said")]
    assert "dev sets only" in CONCEPT_MODEL.provenance


def test_model_floor_and_unigrams() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    matrix = concept_matrix(pool)
    features = concept_features(matrix, pool, sources)
    coef = tuple(1.0 if name == "source_share" else 0.0 for name in FEATURES)
    bigrams = ConceptModel(coef, 0.7, False, "test").weights(matrix, features)
    unigram = np.array([" " not in c for c in matrix.vocab])
    assert not bigrams[unigram].any()
    assert set(np.round(bigrams[bigrams > 0], 6)) <= {
        round(1 / (1 + np.exp(-1.0)), 6)
    }  # only 3-source concepts
    with_unigrams = ConceptModel(coef, 0.0, True, "test").weights(matrix, features)
    assert with_unigrams[unigram].all()
    with pytest.raises(ValueError, match="coefficients"):
        ConceptModel((1.0,), 0.1, False, "test")


def test_both_weightings_brief_and_bad_weighting_is_an_error() -> None:
    arts, sources = _event()
    for weighting in ("learned", "sources"):
        brief = summarize_event(arts, sources, SummarizeConfig(words=60, weighting=weighting))
        assert brief and sum(len(s.text.split()) for s in brief) <= 60
    with pytest.raises(ConfigError, match="weighting"):
        SummarizeConfig(weighting="magic")


_SCRIPT = """
import json, sys
import newsfuse
from newsfuse.summarize import summarize_texts
docs = [tuple(d) for d in json.load(sys.stdin)]
briefs = [[s.text, [[e.article_id, e.start, e.end] for e in s.evidence]] for s in summarize_texts(docs, 70)]
print(json.dumps({"package": newsfuse.__file__, "briefs": briefs}))
"""


def test_briefs_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two interpreters with different hash seeds brief the same event identically.

    Both run one frozen copy of the package, taken once before either starts (bytecode caches kept, so
    neither recompiles): an edit to the live tree while they run cannot make them differ.
    """
    frozen = tmp_path / "frozen"
    shutil.copytree(ROOT / "src" / "newsfuse", frozen / "newsfuse")
    docs = json.dumps([["a", "\n".join(WIRE)], ["b", "\n".join(OTHER)], ["c", "\n".join(THIRD)]])
    children = [
        subprocess.Popen(  # both at once (two cores): one copy, so no edit can come between them
            [sys.executable, "-c", _SCRIPT],
            cwd=frozen,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(frozen)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2")
    ]
    outputs = []
    for child in children:
        out, err = child.communicate(docs)
        assert child.returncode == 0, err
        outputs.append(json.loads(out))
    assert outputs[0]["package"] == str(frozen / "newsfuse" / "__init__.py"), (
        "ran the live tree, not the copy"
    )
    assert outputs[0]["briefs"] and outputs[0] == outputs[1]


def test_position_bonus_prefers_an_articles_opening_except_in_update_mode() -> None:
    text = "\n".join([*WIRE[2:], WIRE[0].split("— ", 1)[1], WIRE[1]])
    arts = [article("a", text)]
    early = summarize_event(arts, {"a": "a"}, SummarizeConfig(words=40, position_bonus=100.0))
    assert [s.text for s in early] == [WIRE[2]]
    old = [article("old", "\n".join(WIRE[3:]))]
    updates = [
        summarize_event(arts, {"a": "a"}, SummarizeConfig(words=40, position_bonus=bonus), previous=old)
        for bonus in (0.0, 100.0)
    ]
    assert updates[0] and updates[0] == updates[1]


def test_a_sentence_with_a_conflicting_figure_is_not_evidence() -> None:
    from newsfuse.summarize.attribute import figures_agree, numbers

    assert numbers("A $1,350 bonus and 3 percent raises") == frozenset({"1350", "3"})
    assert not figures_agree(numbers("killing 213 people"), numbers("248 people were killed"))
    assert figures_agree(numbers("shot 12 students"), numbers("On April 20, 1999, two students shot 12"))
    texts = [
        "A bomb outside the embassy in Nairobi killed 213 people on Friday morning, officials said.",
        "A bomb outside the embassy in Nairobi killed 248 people on Friday morning, officials said.",
        "A bomb outside the embassy in Nairobi killed 213 people on Friday, officials said on Saturday.",
    ]
    arts = [article(str(i), t) for i, t in enumerate(texts)]
    brief = summarize_event(arts, {a.id: a.id for a in arts}, SummarizeConfig(words=20, weighting="sources"))
    cited = {e.article_id for e in brief[0].evidence}
    assert "213" in brief[0].text and cited == {"0", "2"}
