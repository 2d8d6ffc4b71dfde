"""The bitset selection path chooses exactly what the array path chooses, and is taken only when exact."""

import numpy as np
import pytest

from newsfuse.summarize import select as select_module
from newsfuse.summarize.select import Coverage, _Bits, _ordered_sum, select_rows


def _problem(rng: np.random.Generator, rows: int, cols: int, worths: list[float]) -> Coverage:
    cover = (rng.random((rows, cols)) < 0.15).astype(np.float64)
    worth = rng.choice(np.asarray(worths), size=cols)
    length = rng.integers(8, 40, size=rows).astype(np.int64)
    dangling = rng.random(rows) < 0.3
    position = rng.integers(0, 30, size=rows)
    penalty = dangling * 1.0 - 0.7 / (1 + position)
    return Coverage(cover, worth, length, penalty)


def _array_rows(
    problem: Coverage, budget: int, scale: float, monkeypatch: pytest.MonkeyPatch, limit: int = 120
) -> list[int]:
    with monkeypatch.context() as patch:
        patch.setattr(select_module._Bits, "of", classmethod(lambda cls, p: None))
        return select_rows(problem, budget, length_scale=scale, max_candidates=limit)


@pytest.mark.parametrize("worths", [[1.0, 1.5], [1.0, 1.5, 2.0, 2.5, 3.0, 4.5], [0.25, 0.5, 7.75]])
def test_bitset_selection_equals_the_array_selection(
    worths: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(7)
    taken = 0
    for trial in range(60):
        problem = _problem(rng, int(rng.integers(1, 30)), int(rng.integers(1, 250)), worths)
        budget = int(rng.choice([30, 120, 400]))  # 400 words: eight or more sentences chosen
        scale = float(rng.choice([1.0, 0.5, 0.8]))
        assert _Bits.of(problem) is not None
        taken += 1
        assert select_rows(problem, budget, length_scale=scale) == _array_rows(
            problem, budget, scale, monkeypatch
        ), trial
    assert taken == 60


def test_bitset_objective_equals_the_array_objective() -> None:
    rng = np.random.default_rng(3)
    problem = _problem(rng, 20, 120, [1.0, 1.5, 2.0])
    bits = _Bits.of(problem)
    assert bits is not None
    for size in range(0, 14):
        chosen = [int(i) for i in rng.permutation(20)[:size]]
        assert bits.objective(chosen) == problem.objective(chosen)


def test_penalty_sums_are_added_as_numpy_adds_them() -> None:
    rng = np.random.default_rng(5)
    for size in range(0, 16):
        values = rng.random(size) / 7
        assert _ordered_sum(values.tolist(), values) == float(values.sum())


def test_inexact_worths_and_sparse_matrices_keep_the_array_path() -> None:
    rng = np.random.default_rng(1)
    problem = _problem(rng, 10, 50, [1.0, 1.5])
    assert _Bits.of(problem) is not None
    learned = Coverage(problem.cover, problem.worth * 0.37, problem.length, problem.penalty)
    assert _Bits.of(learned) is None  # worths that are not whole quarters: sums depend on their order
    negative = Coverage(problem.cover, problem.worth - 2.0, problem.length, problem.penalty)
    assert _Bits.of(negative) is None
    from scipy.sparse import csr_array

    sparse = Coverage(csr_array(problem.cover), problem.worth, problem.length, problem.penalty)
    assert _Bits.of(sparse) is None
    assert select_rows(sparse, 60) == select_rows(problem, 60)


def test_more_sentences_than_the_shortlist_go_through_the_array_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(11)
    problem = _problem(rng, 40, 200, [1.0, 1.5])
    bits = _Bits.of(problem)
    assert bits is not None and bits.select(120, 5, 1.0) is None
    assert select_rows(problem, 120, max_candidates=5) == _array_rows(problem, 120, 1.0, monkeypatch, 5)


def test_versions_of_one_sentence_are_chosen_at_most_once_and_both_paths_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(17)
    for trial in range(40):
        base = _problem(rng, int(rng.integers(2, 24)), int(rng.integers(5, 200)), [1.0, 1.5, 2.0])
        n = len(base.length)
        # a shorter version of some sentences: its row keeps a subset of the sentence's concepts
        short = [i for i in range(n) if rng.random() < 0.5]
        kept = base.cover[short] * (rng.random((len(short), base.cover.shape[1])) < 0.7)
        problem = Coverage(
            np.vstack([base.cover, kept]),
            base.worth,
            np.concatenate([base.length, np.maximum(1, base.length[short] - rng.integers(1, 8, len(short)))]),
            np.concatenate([base.penalty, base.penalty[short]]),
            np.asarray([*range(n), *short], dtype=np.int64),
            float(rng.choice([0.0, 0.3, 0.6])),
        )
        budget = int(rng.choice([30, 120, 400]))
        scale = float(rng.choice([1.0, 0.5]))
        picked = select_rows(problem, budget, length_scale=scale)
        assert picked == _array_rows(problem, budget, scale, monkeypatch), trial
        groups = problem.group[picked].tolist() if problem.group is not None else []
        assert len(groups) == len(set(groups)), trial
        assert int(problem.length[picked].sum()) <= budget
        if problem.novelty > 0 and len(picked) > 1:  # the last one added brought enough that was new
            need = problem.need()
            assert need is not None
            assert all(float(problem.cover[r] @ problem.worth) >= need[r] - 1e-9 for r in picked)


def test_without_novelty_a_position_prior_adds_a_sentence_that_says_nothing_new() -> None:
    cover = np.asarray([[1, 1, 0], [1, 1, 0], [0, 0, 1]], dtype=np.float64)
    worth, length = np.asarray([2.0, 2.0, 1.0]), np.asarray([10, 10, 10], dtype=np.int64)
    penalty = np.asarray([-0.5, -0.4, 0.0])  # a position prior: negative cost
    assert select_rows(Coverage(cover, worth, length, penalty), 40) == [0, 1, 2]
    assert select_rows(Coverage(cover, worth, length, penalty, novelty=0.3), 40) == [0, 2]
    assert select_rows(Coverage(cover, worth, length, penalty, novelty=0.3).densified(), 40) == [0, 2]


def test_a_shorter_version_wins_when_its_deleted_words_carry_nothing() -> None:
    # sentence 0 (20 words) and its 12-word version carry the same concepts; sentence 1 fits only beside it
    cover = np.asarray([[1, 1, 0, 0], [0, 0, 1, 1], [1, 1, 0, 0]], dtype=np.float64)
    problem = Coverage(
        cover,
        np.asarray([2.0, 2.0, 1.5, 1.5]),
        np.asarray([20, 18, 12], dtype=np.int64),
        np.zeros(3),
        np.asarray([0, 1, 0], dtype=np.int64),
    )
    assert select_rows(problem, 30) == [1, 2]
    assert select_rows(Coverage(cover[:2], problem.worth, problem.length[:2], np.zeros(2)), 30) == [0]
