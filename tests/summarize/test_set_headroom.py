"""The set-level bounds of benchmarks/headroom_set_summarize.py: a selection held to a count, the swap bound."""

from __future__ import annotations

from collections import Counter

import numpy as np

from benchmarks.bench_summarize import EvalSet
from benchmarks.headroom_set_summarize import _swapped, held_to
from newsfuse.summarize.select import Coverage


class _Words:
    """A stand-in for rouge-score's tokenizer: the lower-cased word without punctuation, unstemmed."""

    def __call__(self, word: str) -> list[str]:
        token = "".join(ch for ch in word.lower() if ch.isalnum())
        return [token] if token else []


def _problem(lengths: list[int], rows: list[list[int]], worth: list[float]) -> Coverage:
    cover = np.zeros((len(rows), len(worth)))
    for n, cols in enumerate(rows):
        cover[n, cols] = 1.0
    return Coverage(cover, np.asarray(worth), np.asarray(lengths), np.zeros(len(rows)))


def test_a_count_of_three_leaves_out_the_long_sentence_so_that_three_fit() -> None:
    # sentence 0 is the densest (2.8 worth in 14 words) but, taken first, leaves no room for any other
    problem = _problem([14, 10, 3, 3], [[0, 1], [2], [3], [4]], [1.4, 1.4, 1.0, 0.5, 0.5])
    assert held_to(3)(problem, 16) == [1, 2, 3]
    assert held_to(1)(problem, 16) == [0]


def test_the_swap_bound_takes_a_rival_sharing_a_concept_when_it_raises_r1() -> None:
    spec = EvalSet("toy", "", "dev", None, "recall", 10)
    pool = ["the dam broke", "officials met today", "the town flooded", "flooded town dam broke"]
    cover = np.array([[1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1]], dtype=bool)
    refs = [Counter(["dam", "broke", "town", "flooded"])]
    texts, swaps = _swapped(pool[:2], [0, 1], pool, cover, spec, refs, None, _Words())  # type: ignore[arg-type]
    # row 3 would raise R-1 more but shares no concept with either brief sentence: never a rival
    assert (texts, swaps) == (["the dam broke", "the town flooded"], 1)
