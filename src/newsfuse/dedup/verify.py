"""Verify a candidate pair from two sketches: exact, near or contained copy, or shared paragraphs.

A paragraph "matches" when at least ``paragraph_share`` of its fingerprints occur in the other text, which
tolerates small edits inside it. A text is covered by another when its matching paragraphs hold at least
``containment_threshold`` of its words: a truncated copy is covered by the full text (containment, not
Jaccard); near copies cover each other. Otherwise matching paragraphs of ``passage_min_words`` words or more
on both sides are shared passages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsfuse.config import DedupConfig
from newsfuse.dedup.shingles import U64, Sketch
from newsfuse.model import Relation


@dataclass(frozen=True, slots=True)
class Match:
    """How two sketched texts relate; ``relation`` is None when they are not copies."""

    relation: Relation | None
    score: float
    passages: tuple[tuple[int, int], ...] = ()
    """(paragraph of the first, paragraph of the second) pairs that are shared passages."""


def _common(a: U64, b: U64) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Positions in ``a`` and in ``b`` of the values both hold (both sorted and unique)."""
    if a.size == 0 or b.size == 0:
        empty = np.empty(0, np.intp)
        return empty, empty
    if a.size > b.size:  # the shorter array searched in the longer: the same positions, both ascending
        ib, ia = _common(b, a)
        return ia, ib
    at = b.searchsorted(a)  # the methods, not numpy's Python wrappers: called ~3 times per article
    # a position past the end reads the last value (``take``'s clip, one call): never a match there, so
    # the positions of the matches are ``searchsorted``'s own
    (ia,) = (b.take(at, mode="clip") == a).nonzero()
    return ia, at[ia]


def _shares(sketch: Sketch, hits: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
    """Per block, the share of its fingerprints found (0 for a block without any)."""
    found = np.bincount(sketch.paragraph[hits], minlength=sketch.block_fingerprints.size)
    return found / np.maximum(sketch.block_fingerprints, 1)


def _cover(sketch: Sketch, share: npt.NDArray[np.float64], full: float) -> float:
    """Share of the words (of blocks with fingerprints) in matching blocks, a block counting fully once
    ``full`` of it is found."""
    words = sketch.spans[:, 2]
    weight = np.minimum(share / full, 1.0) if full > 0 else (sketch.block_fingerprints > 0).astype(np.float64)
    total = float(words @ (sketch.block_fingerprints > 0))
    return float(words @ weight) / total if total else 0.0


def compare(a: Sketch, b: Sketch, config: DedupConfig) -> Match | None:
    """The relation of two sketches, or None when they share neither copy nor passage."""
    if a.digest == b.digest:
        return Match(Relation.EXACT, 1.0)
    ia, ib = _common(a.fingerprints, b.fingerprints)
    if ia.size == 0:
        return None
    share_a, share_b = _shares(a, ia), _shares(b, ib)
    cover_a = _cover(a, share_a, config.paragraph_share)
    cover_b = _cover(b, share_b, config.paragraph_share)
    short, long_ = (cover_a, cover_b) if a.words <= b.words else (cover_b, cover_a)
    if short >= config.containment_threshold:
        if long_ >= config.near_threshold:
            return Match(Relation.NEAR, round(min(short, long_), 4))
        return Match(Relation.CONTAINED, round(short, 4))
    (matching,) = ((share_a >= config.passage_share) & (a.spans[:, 2] >= config.passage_min_words)).nonzero()
    if matching.size == 0:
        return None
    long_b = b.spans[:, 2] >= config.passage_min_words
    pa, pb = a.paragraph[ia], b.paragraph[ib]
    passages: list[tuple[int, int]] = []
    for para in matching.tolist():
        other = int(np.bincount(pb[pa == para]).argmax())
        if share_b[other] >= config.passage_share and long_b[other]:
            passages.append((para, other))
    if not passages:
        return None
    return Match(None, round(max(cover_a, cover_b), 4), tuple(passages))


_SLACK = 1e-9
"""How far below a threshold ``compare_many``'s batched cover may fall and still send its pair to
``compare``: its sums run in another order than ``compare``'s dot products (differences ~1e-15)."""


def compare_many(pairs: Sequence[tuple[Sketch, Sketch]], config: DedupConfig) -> list[Match | None]:
    """``compare`` of each pair, the same answers: equal digests and pairs without a shared fingerprint are
    decided one by one; the rest are screened together with one set of numpy calls over all their blocks,
    and only a pair whose shorter text may be covered, or whose texts both hold a block that may be a
    passage, is compared in full (most candidates are neither)."""
    found: list[Match | None] = [None] * len(pairs)
    if config.paragraph_share <= 0:
        return [compare(a, b, config) for a, b in pairs]
    todo: list[int] = []
    hits: list[npt.NDArray[np.intp]] = []
    sides: list[Sketch] = []
    for k, (a, b) in enumerate(pairs):
        if a.digest == b.digest:
            found[k] = Match(Relation.EXACT, 1.0)
            continue
        ia, ib = _common(a.fingerprints, b.fingerprints)
        if ia.size:
            todo.append(k)
            hits += (ia, ib)
            sides += (a, b)
    if not todo:
        return found
    cover, passage = _screen(sides, hits, config)
    for n, k in enumerate(todo):
        a, b = pairs[k]
        short = cover[2 * n] if a.words <= b.words else cover[2 * n + 1]
        if short >= config.containment_threshold - _SLACK or (passage[2 * n] and passage[2 * n + 1]):
            found[k] = compare(a, b, config)
    return found


def _screen(
    sketches: list[Sketch], hits: list[npt.NDArray[np.intp]], config: DedupConfig
) -> tuple[list[float], list[bool]]:
    """For each sketch and the positions of its fingerprints the other text holds: ``_cover``'s value (summed
    in another order) and whether one of its blocks is long enough and found enough for a passage."""
    paragraphs = [s.paragraph for s in sketches]
    block_lists = [s.block_fingerprints for s in sketches]
    size = np.fromiter(map(len, paragraphs), np.intp, len(sketches))
    blocks = np.fromiter(map(len, block_lists), np.intp, len(sketches))
    counts = np.fromiter(map(len, hits), np.intp, len(hits))
    fp_start = np.cumsum(size) - size
    block_start = np.cumsum(blocks) - blocks
    at = np.concatenate(hits) + np.repeat(fp_start, counts)
    hit_block = np.concatenate(paragraphs)[at] + np.repeat(block_start, counts)
    per_block = np.concatenate(block_lists)
    words = np.concatenate([s.spans[:, 2] for s in sketches])
    share = np.bincount(hit_block, minlength=per_block.size) / np.maximum(per_block, 1)
    weight = np.minimum(share / config.paragraph_share, 1.0)
    total = np.add.reduceat(words * (per_block > 0), block_start)
    covered = np.add.reduceat(words * weight, block_start)
    cover = np.divide(covered, total, out=np.zeros(total.size), where=total > 0)
    long_found = (share >= config.passage_share) & (words >= config.passage_min_words)
    passage = np.logical_or.reduceat(long_found, block_start)
    return cover.tolist(), passage.tolist()


def copy_relation(a: Sketch, b: Sketch, config: DedupConfig) -> tuple[Relation, float]:
    """Relation of copy ``b`` to canonical ``a`` when they were grouped through other copies."""
    match = compare(a, b, config)
    if match is not None and match.relation is not None:
        return match.relation, match.score
    return Relation.CONTAINED, match.score if match else 0.0
