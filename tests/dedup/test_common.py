"""``verify._common``: the positions of the values two sorted unique arrays share, whichever is longer."""

import numpy as np

from newsfuse.dedup.verify import _common


def _shared(a: np.ndarray, b: np.ndarray) -> tuple[list[int], list[int]]:
    """The positions by a plain loop over the values of ``a``."""
    where = {int(v): n for n, v in enumerate(b.tolist())}
    ia = [n for n, v in enumerate(a.tolist()) if v in where]
    return ia, [where[int(a[n])] for n in ia]


def test_common_gives_the_same_positions_whichever_side_is_longer() -> None:
    rng = np.random.default_rng(25)
    for _ in range(200):
        a = np.unique(rng.integers(0, 60, rng.integers(0, 30), dtype=np.uint64))
        b = np.unique(rng.integers(0, 60, rng.integers(0, 45), dtype=np.uint64))
        ia, ib = _common(a, b)
        assert (ia.tolist(), ib.tolist()) == _shared(a, b)
        ib2, ia2 = _common(b, a)
        assert ia2.tolist() == ia.tolist() and ib2.tolist() == ib.tolist()
        assert ia.dtype == ib.dtype == np.intp


def test_common_values_past_the_end_and_before_the_start_match_nothing() -> None:
    a = np.array([1, 5, 9, 40, 41], dtype=np.uint64)
    b = np.array([5, 9, 20], dtype=np.uint64)  # 40 and 41 sort past b's end, 1 before its start
    ia, ib = _common(a, b)
    assert ia.tolist() == [1, 2] and ib.tolist() == [0, 1]
    ib, ia = _common(b, a)
    assert ib.tolist() == [0, 1] and ia.tolist() == [1, 2]
    assert [x.size for x in _common(a, np.empty(0, np.uint64))] == [0, 0]
