"""Scoring blocks of scraped text as body or boilerplate, and choosing the body.

Two logistic passes: the first scores each block from its own form and neighbourhood
(``newsfuse.clean.features``); the second adds what the first pass says about the page — the
neighbours' scores, the block's place relative to the best contiguous body region (a maximum-subarray
over first-pass scores) and its lexical fit with that region (teasers for other stories fit poorly).
Coefficients come from ``newsfuse.clean.weights`` (fitted on the dev sets by ``benchmarks/bench_clean.py --fit``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.clean.features import FEATURES, PageFeatures, document_features
from newsfuse.clean.recurring import LineStats
from newsfuse.clean.weights import PASS1, PASS2

CONTEXT_FEATURES: tuple[str, ...] = (
    "p_self",
    "p_prev",
    "p_next",
    "p_window",
    "in_region",
    "region_distance",
    "topic_fit",
    "p_max_doc",
)


def predict(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    """Logistic probability of each row under ``weights``."""
    logits = np.asarray(rows, dtype=float) @ np.asarray(weights, dtype=float)
    return [float(p) for p in 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))]


def best_region(values: Sequence[float]) -> tuple[int, int]:
    """The contiguous ``[start, end)`` range with the largest sum (Kadane); (0, 0) when all are negative."""
    best, best_range = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_range = total, (start, i + 1)
    return best_range


def _topic_fit(tokens: list[list[str]], region: tuple[int, int], stops: frozenset[str]) -> list[float]:
    """Share of a block's content words that also occur in the body region (the block itself left out)."""
    region_counts: Counter[str] = Counter()
    for toks in tokens[region[0] : region[1]]:
        region_counts.update(t for t in toks if t not in stops and len(t) > 2)
    fits = []
    for i, toks in enumerate(tokens):
        content = [t for t in toks if t not in stops and len(t) > 2]
        if not content:
            fits.append(0.0)
            continue
        own = Counter(content) if region[0] <= i < region[1] else Counter()
        hits = sum(1 for t in content if region_counts[t] - own[t] > 0)
        fits.append(hits / len(content))
    return fits


def context_rows(page: PageFeatures, first: Sequence[float]) -> list[list[float]]:
    """Second-pass rows: the base features plus what the first pass says about the page."""
    base = page.rows
    n = len(base)
    words = [max(1.0, math.expm1(row[1])) for row in base]
    region = best_region([(p - 0.5) * math.sqrt(w) for p, w in zip(first, words, strict=True)])
    fits = _topic_fit(page.tokens, region, page.stops)
    p_max = max(first, default=0.0)
    rows = []
    for i in range(n):
        prev = first[i - 1] if i > 0 else 0.0
        nxt = first[i + 1] if i + 1 < n else 0.0
        window = first[max(0, i - 3) : i + 4]
        inside = 1.0 if region[0] <= i < region[1] else 0.0
        distance = 0.0 if inside else min(region[0] - i if i < region[0] else i - region[1] + 1, 20) / 20
        rows.append(
            [*base[i], first[i], prev, nxt, sum(window) / len(window), inside, distance, fits[i], p_max]
        )
    return rows


MAX_THRESHOLD = 0.8
"""The highest keep threshold any aggressiveness sets; blocks above it never need a removal reason."""


@dataclass(frozen=True, slots=True)
class BlockVerdict:
    """A block's body probability and, should it be cut, the most telling reason."""

    probability: float
    reason: str


_COLUMN = {name: i for i, name in enumerate((*FEATURES, *CONTEXT_FEATURES))}


def _why(row: Sequence[float]) -> str:
    def col(name: str) -> float:
        return row[_COLUMN[name]]

    words = math.expm1(col("log_words"))
    if col("chrome_phrase"):
        return "chrome_phrase"
    if col("separators_per_word") >= 0.3 and words >= 3:
        return "menu"
    if col("recurring") >= 0.5:
        return "recurring_line"
    if col("in_region") and col("topic_fit") < 0.25 and words >= 8:
        return "off_topic"
    if not col("in_region"):
        return "outside_body"
    if words < 8:
        return "short_fragment"
    return "low_body_score"


def judge_blocks(blocks: Sequence[str], stats: LineStats | None = None) -> list[BlockVerdict]:
    """For each block, the probability that it belongs to the article body, and a removal reason."""
    if not blocks:
        return []
    page = document_features(blocks, stats)
    rows = context_rows(page, predict(page.rows, PASS1))
    return [
        BlockVerdict(p, _why(row) if p < MAX_THRESHOLD else "low_body_score")
        for p, row in zip(predict(rows, PASS2), rows, strict=True)
    ]
