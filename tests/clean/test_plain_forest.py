"""The block scorer's tree ensemble (``blocks.Forest``): walking the flat literal gives each tree's leaf."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newsfuse.clean import blocks
from newsfuse.clean.blocks import Forest, second_pass


def _two_trees() -> dict[str, object]:
    # tree 0 (root 0): x0 <= 0.5 -> leaf 1 (+1.0) else node 2: x1 <= 2.0 -> leaf 3 (-0.5) else leaf 4 (0.25)
    # tree 1 (root 5): a lone leaf (0.1)
    return {
        "feature": [0, 0, 1, 0, 0, 0],
        "threshold": [0.5, None, 2.0, None, None, None],
        "left": [1, 1, 3, 3, 4, 5],
        "right": [2, 1, 4, 3, 4, 5],
        "value": [0.0, 1.0, 0.0, -0.5, 0.25, 0.1],
        "roots": [0, 5],
        "depth": 2,
        "base": -0.2,
    }


def test_forest_sums_each_trees_leaf() -> None:
    forest = Forest.from_literal(_two_trees())
    assert forest is not None
    rows = np.array([[0.0, 9.0], [0.5, 0.0], [1.0, 2.0], [1.0, 2.5]])
    expected = np.array([1.0, 1.0, -0.5, 0.25]) + 0.1 - 0.2
    assert np.allclose(forest(rows), expected)
    assert math.isinf(float(forest.threshold[1]))


def test_no_forest_is_the_logistic_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Forest.from_literal(None) is None
    assert Forest.from_literal({}) is None
    rows = np.random.default_rng(0).normal(size=(7, len(blocks._PASS2)))
    monkeypatch.setattr(blocks, "_FOREST2", None)
    assert np.allclose(second_pass(rows), blocks.predict(rows, blocks._PASS2))


def test_forest_adds_to_the_logit(monkeypatch: pytest.MonkeyPatch) -> None:
    width = len(blocks._PASS2)
    literal = _two_trees()
    forest = Forest.from_literal(literal)
    assert forest is not None
    rows = np.zeros((3, width))
    rows[:, 0] = [0.0, 1.0, 1.0]
    rows[:, 1] = [0.0, 1.0, 3.0]
    monkeypatch.setattr(blocks, "_FOREST2", forest)
    logits = rows @ blocks._PASS2 + forest(rows)
    assert np.allclose(second_pass(rows), 1 / (1 + np.exp(-logits)))
