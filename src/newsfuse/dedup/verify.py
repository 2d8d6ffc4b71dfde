"""Verify a candidate pair from two sketches: exact, near or contained copy, or shared paragraphs.

A paragraph "matches" when at least ``paragraph_share`` of its fingerprints occur in the other text, which
tolerates small edits inside it. A text is covered by another when its matching paragraphs hold at least
``containment_threshold`` of its words: a truncated copy is covered by the full text (containment, not
Jaccard); near copies cover each other. Otherwise matching paragraphs of ``passage_min_words`` words or more
on both sides are shared passages.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsfuse.config import DedupConfig
from newsfuse.dedup.shingles import Sketch
from newsfuse.model import Relation


@dataclass(frozen=True, slots=True)
class Match:
    """How two sketched texts relate; ``relation`` is None when they are not copies."""

    relation: Relation | None
    score: float
    passages: tuple[tuple[int, int], ...] = ()
    """(paragraph of the first, paragraph of the second) pairs that are shared passages."""


def _shares(sketch: Sketch, hits: npt.NDArray[np.intp]) -> tuple[npt.NDArray[np.float64], float]:
    """Per paragraph, the share of its fingerprints found (-1 without any), and the words it holds."""
    n = sketch.spans.shape[0]
    total = np.bincount(sketch.paragraph, minlength=n)
    found = np.bincount(sketch.paragraph[hits], minlength=n)
    return np.where(total > 0, found / np.maximum(total, 1), -1.0), float(sketch.spans[total > 0, 2].sum())


def _cover(sketch: Sketch, share: npt.NDArray[np.float64], words: float, full: float) -> float:
    """Share of the words in matching blocks, a block counting fully once ``full`` of it is found."""
    weight = np.clip(share / full, 0.0, 1.0) if full > 0 else (share >= 0).astype(np.float64)
    return float(sketch.spans[:, 2] @ weight) / words if words else 0.0


def compare(a: Sketch, b: Sketch, config: DedupConfig) -> Match | None:
    """The relation of two sketches, or None when they share neither copy nor passage."""
    if a.digest == b.digest:
        return Match(Relation.EXACT, 1.0)
    _, ia, ib = np.intersect1d(a.fingerprints, b.fingerprints, assume_unique=True, return_indices=True)
    if ia.size == 0:
        return None
    (share_a, words_a), (share_b, words_b) = _shares(a, ia), _shares(b, ib)
    cover_a = _cover(a, share_a, words_a, config.paragraph_share)
    cover_b = _cover(b, share_b, words_b, config.paragraph_share)
    short, long_ = (cover_a, cover_b) if a.words <= b.words else (cover_b, cover_a)
    if short >= config.containment_threshold:
        if long_ >= config.near_threshold:
            return Match(Relation.NEAR, round(min(short, long_), 4))
        return Match(Relation.CONTAINED, round(short, 4))
    long_a = a.spans[:, 2] >= config.passage_min_words
    long_b = b.spans[:, 2] >= config.passage_min_words
    pa, pb = a.paragraph[ia], b.paragraph[ib]
    passages: list[tuple[int, int]] = []
    for para in np.flatnonzero((share_a >= config.passage_share) & long_a).tolist():
        other = int(np.bincount(pb[pa == para]).argmax())
        if share_b[other] >= config.passage_share and long_b[other]:
            passages.append((para, other))
    if not passages:
        return None
    return Match(None, round(max(cover_a, cover_b), 4), tuple(passages))


def copy_relation(a: Sketch, b: Sketch, config: DedupConfig) -> tuple[Relation, float]:
    """Relation of copy ``b`` to canonical ``a`` when they were grouped through other copies."""
    match = compare(a, b, config)
    if match is not None and match.relation is not None:
        return match.relation, match.score
    return Relation.CONTAINED, match.score if match else 0.0
