"""Scoring blocks of scraped text as body or boilerplate, and choosing the body.

Two logistic passes: the first scores each block from its own form and neighbourhood
(``newsfuse.clean.features``); the second adds what the first pass says about the page — the
neighbours' scores, the block's place relative to the best contiguous body region (a maximum-subarray
over first-pass scores) and its lexical fit with that region (teasers for other stories fit poorly).
Coefficients come from ``newsfuse.clean.weights`` (fitted on the dev sets by ``benchmarks/bench_clean.py --fit``).
Every step is a NumPy operation over the page's blocks or tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsfuse.clean.features import FEATURES, PageFeatures, document_features, windows
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
    "after_copyright",
    "chrome_since_body",
    "stamp_head",
    "lead_fit",
)

Vector = npt.NDArray[np.float64]


def predict(rows: npt.ArrayLike, weights: Sequence[float] | Vector) -> Vector:
    """Logistic probability of each row under ``weights``."""
    logits = np.asarray(rows, dtype=float) @ np.asarray(weights, dtype=float)
    result: Vector = 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(logits, -30.0), 30.0)))
    return result


_PASS1, _PASS2 = np.array(PASS1), np.array(PASS2)
_STAMP_HEAD = re.compile(
    r"\n[^\n]{0,80}?\b(?:\d{1,2}:\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})"
)
_CHROME_COLUMN, _SEPARATORS_COLUMN = FEATURES.index("chrome_phrase"), FEATURES.index("separators_per_word")


def best_region(values: npt.ArrayLike) -> tuple[int, int]:
    """The contiguous ``[start, end)`` range with the largest sum; (0, 0) when all are negative."""
    prefix = np.concatenate(([0.0], np.cumsum(np.asarray(values, dtype=float))))
    if len(prefix) < 2:
        return (0, 0)
    gains = prefix[1:] - np.minimum.accumulate(prefix[:-1])
    end = int(np.argmax(gains))
    if gains[end] <= 0:
        return (0, 0)
    before = prefix[: end + 1]
    start = end - int(np.argmin(before[::-1]))
    return (start, end + 1)


def topic_fit(page: PageFeatures, region: tuple[int, int]) -> Vector:
    """Share of each block's content words that also occur in the body region (the block itself left out)."""
    return topic_fits(page, (region,))[0]


def topic_fits(page: PageFeatures, regions: Sequence[tuple[int, int]]) -> list[Vector]:
    """``topic_fit`` for each region, sharing the page's token arrays.

    A word of a block inside the region occurs elsewhere in it when the first and last region blocks that
    hold the word differ; tokens are in block order, so the region's tokens are one slice."""
    n = len(page.rows)
    ids, block = page.token_ids[page.content], page.token_block[page.content]
    if not len(ids):
        return [np.zeros(n) for _ in regions]
    total = np.bincount(block, minlength=n)
    size = int(ids.max()) + 1
    fits: list[Vector] = []
    for region in regions:
        lo, hi = np.searchsorted(block, region).tolist()
        first, last = np.full(size, n), np.full(size, -1)
        np.minimum.at(first, ids[lo:hi], block[lo:hi])
        np.maximum.at(last, ids[lo:hi], block[lo:hi])
        elsewhere = last[ids] >= 0
        elsewhere[lo:hi] = first[ids[lo:hi]] != last[ids[lo:hi]]
        hits = np.bincount(block, weights=elsewhere, minlength=n)
        fits.append(np.divide(hits, total, out=np.zeros(n), where=total > 0))
    return fits


LEAD_WORDS = 80
"""The article's lead, for ``lead_fit``: the body region's first blocks up to this many words."""


def lead_region(words: Vector, region: tuple[int, int]) -> tuple[int, int]:
    """The first blocks of ``region`` that together hold ``LEAD_WORDS`` words (the whole region if fewer)."""
    start, end = region
    reach = np.searchsorted(np.cumsum(words[start:end]), LEAD_WORDS)
    return (start, min(end, start + int(reach) + 1))


def context_rows(page: PageFeatures, first: Vector) -> npt.NDArray[np.float64]:
    """Second-pass rows: the base features plus what the first pass says about the page."""
    n, base = page.rows.shape
    words = np.maximum(1.0, np.expm1(page.rows[:, 1]))
    region = best_region((first - 0.5) * np.sqrt(words))
    sums = np.concatenate(([0.0], np.cumsum(first)))
    lo, hi, index = windows(n, 3)
    inside = (index >= region[0]) & (index < region[1])
    distance = np.where(index < region[0], region[0] - index, index - region[1] + 1)
    rows = np.zeros((n, base + len(CONTEXT_FEATURES)))
    rows[:, :base] = page.rows
    (
        p_self,
        p_prev,
        p_next,
        p_window,
        in_region,
        region_distance,
        fit,
        p_max,
        after_copyright,
        chrome_since,
        stamp,
        lead_fit,
    ) = range(base, base + len(CONTEXT_FEATURES))
    rows[:, p_self] = first
    rows[1:, p_prev] = first[:-1]
    rows[:-1, p_next] = first[1:]
    rows[:, p_window] = (sums[hi] - sums[lo]) / (hi - lo)
    rows[:, in_region] = inside
    rows[:, region_distance] = np.where(inside, 0.0, np.minimum(distance, 20) / 20)
    rows[:, fit], rows[:, lead_fit] = topic_fits(page, (region, lead_region(words, region)))
    rows[:, p_max] = first.max(initial=0.0)
    body = np.flatnonzero(first >= 0.5)
    start = int(body[0]) if len(body) else n
    marks = page.copyright
    marks = marks[marks >= start]
    if len(marks):
        rows[int(marks.min()) + 1 :, after_copyright] = 1.0
    chrome = (page.rows[:, _CHROME_COLUMN] > 0) | (page.rows[:, _SEPARATORS_COLUMN] >= 0.3)
    chrome[:start] = False
    rows[:, chrome_since] = np.minimum(np.cumsum(chrome) - chrome, 3) / 3
    for i in np.flatnonzero(page.digits > 0).tolist():  # every date or time form holds a digit
        if _STAMP_HEAD.match(page.text, int(page.starts[i])):
            rows[i, stamp] = 1.0
    return rows


MAX_THRESHOLD = 0.8
"""The highest keep threshold any aggressiveness sets; blocks above it never need a removal reason."""


@dataclass(frozen=True, slots=True)
class BlockVerdict:
    """A block's body probability and, should it be cut, the most telling reason."""

    probability: float
    reason: str


_COLUMN = {name: i for i, name in enumerate((*FEATURES, *CONTEXT_FEATURES))}


def reasons(rows: npt.NDArray[np.float64]) -> list[str]:
    """The most telling reason to cut each block, read from its second-pass row."""

    def col(name: str) -> Vector:
        return rows[:, _COLUMN[name]]

    words = np.expm1(col("log_words"))
    inside = col("in_region") > 0
    rules = (
        ("chrome_phrase", col("chrome_phrase") > 0),
        ("menu", (col("separators_per_word") >= 0.3) & (words >= 3)),
        ("recurring_line", col("recurring") >= 0.5),
        ("off_topic", inside & (col("topic_fit") < 0.25) & (words >= 8)),
        ("outside_body", ~inside),
        ("short_fragment", words < 8),
    )
    chosen = np.full(len(rows), len(rules))
    for i in range(len(rules) - 1, -1, -1):  # the first rule that holds wins
        chosen[rules[i][1]] = i
    names = [name for name, _ in rules] + ["low_body_score"]
    return [names[i] for i in chosen.tolist()]


@dataclass(frozen=True, slots=True)
class PageVerdict:
    """Each block's body probability and removal reason, the page's language as its stop list says (empty
    when unsure) and the page's features (for rules that scan the page)."""

    probabilities: Vector
    reasons: list[str]
    language: str
    features: PageFeatures | None = None

    @property
    def blocks(self) -> list[BlockVerdict]:
        """The verdict of each block."""
        return [BlockVerdict(p, r) for p, r in zip(self.probabilities.tolist(), self.reasons, strict=True)]


def judge_page(blocks: Sequence[str], stats: LineStats | None = None) -> PageVerdict:
    """For each block, the probability that it belongs to the article body, and a removal reason."""
    if not blocks:
        return PageVerdict(np.zeros(0), [], "")
    page = document_features(blocks, stats)
    rows = context_rows(page, predict(page.rows, _PASS1))
    probabilities = predict(rows, _PASS2)
    sure = (probabilities < MAX_THRESHOLD).tolist()
    why = [r if s else "low_body_score" for r, s in zip(reasons(rows), sure, strict=True)]
    language = page.stops.language if page.stop_coverage >= STOP_COVERAGE else ""
    return PageVerdict(probabilities, why, language, page)


STOP_COVERAGE = 0.3
"""Share of a page's 60 most frequent words its stop list must cover for the list to name its language."""


def judge_blocks(blocks: Sequence[str], stats: LineStats | None = None) -> list[BlockVerdict]:
    """For each block, the probability that it belongs to the article body, and a removal reason."""
    return judge_page(blocks, stats).blocks
