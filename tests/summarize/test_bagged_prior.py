"""The training script's bagged concept prior (benchmarks/train_concept_model.py --bags), on made-up rows."""

from __future__ import annotations

import numpy as np

from benchmarks.train_concept_model import bagged_prior, fit_prior, set_bagged_prior
from newsfuse.summarize.concepts import PRIOR_FEATURES


def _groups(n: int = 12, rows: int = 40) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    rng = np.random.default_rng(3)
    out = []
    for _ in range(n):
        x = rng.normal(size=(rows, len(PRIOR_FEATURES)))
        y = (x[:, 0] + 0.5 * rng.normal(size=rows) > 0).astype(np.float64)
        out.append([(x, y), (x[: rows // 2], y[: rows // 2])])  # a cluster and one cut of it
    return out


def test_one_bag_is_the_plain_fit() -> None:
    groups = _groups()
    assert bagged_prior(groups, 1.0, 1) == fit_prior([r for g in groups for r in g], 1.0)


def test_bags_average_resampled_fits_deterministically() -> None:
    groups = _groups()
    first = bagged_prior(groups, 1.0, 5, seed=1)
    assert first == bagged_prior(groups, 1.0, 5, seed=1)
    assert first != bagged_prior(groups, 1.0, 5, seed=2)
    plain = fit_prior([r for g in groups for r in g], 1.0)
    assert len(first.coefficients) == len(PRIOR_FEATURES)
    # the signal feature keeps its sign and stays near the plain fit's weight
    assert first.coefficients[0] > 0
    assert abs(first.coefficients[0] - plain.coefficients[0]) < 0.5 * plain.coefficients[0]


def test_set_bags_average_the_fits_that_leave_one_set_out() -> None:
    groups = _groups()
    by_set = {"a": groups[:4], "b": groups[4:8], "c": groups[8:]}
    found = set_bagged_prior(by_set, 1.0)
    fits = [
        fit_prior([r for name, gs in by_set.items() if name != out for g in gs for r in g], 1.0)
        for out in by_set
    ]
    expected = np.mean([f.coefficients for f in fits], axis=0)
    assert np.allclose(found.coefficients, expected, atol=1e-6)
    assert abs(found.intercept - float(np.mean([f.intercept for f in fits]))) < 1e-6
