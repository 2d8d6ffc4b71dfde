"""The training script's ranking (pairwise) concept prior and its offset fit, on made-up rows."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from benchmarks.train_concept_model import (
    _logistic,
    _strata,
    fit_pairwise_prior,
    fit_prior,
    pair_differences,
)
from newsfuse.summarize.concepts import PRIOR_FEATURES


def test_pairs_are_every_ordered_pair_when_few() -> None:
    x = np.arange(5, dtype=np.float64)[:, None] * np.ones((1, 2))
    y = np.array([0.0, 2.0, 1.0, 0.0, 1.0])
    diff, weight = pair_differences([(x, y)], 100)
    # (i, j) with y[i] > y[j]: 1 over 2, 4, 0, 3; 2 and 4 over 0 and 3
    assert sorted(diff[:, 0].tolist()) == sorted([-1.0, -3.0, 1.0, -2.0, 2.0, -1.0, 4.0, 1.0])
    assert np.allclose(weight, 8 / 8 / 5)


def test_pairs_drawn_are_ordered_and_deterministic() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 3))
    y = rng.integers(0, 3, size=60).astype(np.float64)
    x[:, 0] = y  # the first column is the label: every drawn difference must be positive there
    diff, weight = pair_differences([(x, y)], 50, seed=4)
    assert len(diff) == 50 and (diff[:, 0] > 0).all()
    again, _ = pair_differences([(x, y)], 50, seed=4)
    assert np.array_equal(diff, again)
    assert np.allclose(weight, weight[0]) and weight[0] * 60 > 1  # stands for more pairs than drawn


def test_one_label_blocks_give_no_pairs() -> None:
    x = np.ones((4, 2))
    diff, weight = pair_differences([(x, np.zeros(4)), (x, np.ones(4))], 10)
    assert diff.shape == (0, 2) and weight.shape == (0,)


def _rows(n: int = 20, size: int = 50) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(5)
    out = []
    for _ in range(n):
        x = rng.normal(size=(size, len(PRIOR_FEATURES)))
        y = (x[:, 2] - 0.5 * x[:, 5] + 0.7 * rng.normal(size=size) > 1.0).astype(np.float64)
        out.append((x, y))
    return out


def test_pairwise_prior_ranks_like_the_signal() -> None:
    rows = _rows()
    prior = fit_pairwise_prior(rows, 1.0, pairs=300)
    coef = np.asarray(prior.coefficients)
    assert coef[2] > 0 > coef[5]
    assert abs(coef[2]) > 3 * np.abs(np.delete(coef, [2, 5])).max()
    # calibrated: the mean probability is near the base rate
    x = np.vstack([r[0] for r in rows])
    y = np.concatenate([r[1] for r in rows])
    assert abs(prior.probability(x).mean() - y.mean()) < 0.02


def test_offset_logistic_matches_scikit_learn_without_offset() -> None:
    rows = _rows(5)
    x = np.vstack([r[0] for r in rows])
    y = np.concatenate([r[1] for r in rows])
    w, b = _logistic(x, y, np.ones(len(y)), np.zeros(len(y)), 1.0, intercept=True)
    model = LogisticRegression(C=1.0, max_iter=3000, tol=1e-8).fit(x, y.astype(int))
    assert np.allclose(w, model.coef_[0], atol=1e-3)
    assert abs(b - model.intercept_[0]) < 1e-3


def test_offset_fit_learns_only_what_the_offset_leaves() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=(4000, len(PRIOR_FEATURES)))
    known = 1.5 * x[:, 0]  # the offset already says feature 0
    y = (rng.random(4000) < 1 / (1 + np.exp(-(known + x[:, 1] - 1)))).astype(np.float64)
    with_offset = fit_prior([(np.column_stack([x, known]), y)], 10.0, offset=True)
    assert abs(with_offset.coefficients[0]) < 0.2 and with_offset.coefficients[1] > 0.7
    plain = fit_prior([(x, y)], 10.0)
    assert plain.coefficients[0] > 1.0


def test_strata_split_by_worth_and_drop_the_column() -> None:
    x = np.column_stack([np.arange(6.0), np.log([1.0, 2.0, 1.0, 2.0, 2.0, 3.0])])
    y = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0])
    found = _strata([(x, y)])
    assert [b[0][:, 0].tolist() for b in found] == [[0.0, 2.0], [1.0, 3.0, 4.0], [5.0]]
    assert all(b[0].shape[1] == 1 for b in found)
