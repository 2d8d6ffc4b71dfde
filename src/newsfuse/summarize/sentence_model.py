"""A supervised sentence scorer: a linear model of a candidate's ROUGE-2 recall against reference summaries.

Its features are cheap functions of what a brief already computes (the pool, the concept matrix and the
concepts' worth). Used as a prior in the selection objective (``SummarizeConfig.sentence_prior``): each
sentence's penalty is lowered by ``sentence_prior`` times its predicted score relative to the event's
mean, scaled by the event's mean sentence worth. The shipped weights live in ``sentence_weights.py``,
written by ``benchmarks/train_sentence_model.py`` from the dev sets only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsfuse.model import Article
from newsfuse.summarize.concepts import ConceptMatrix, Matrix, column_sums, sentence_terms
from newsfuse.summarize.pool import Candidate

SENTENCE_FEATURES = (
    "lead",
    "relative_position",
    "log_length",
    "worth_per_word",
    "worth_share",
    "supported_share",
    "centroid",
    "lead_share",
    "title_share",
    "query_share",
    "seen_share",
    "dangling",
    "quote_share",
    "digits",
    "log_sources",
)
"""Per-sentence features (see ``sentence_features``)."""

_QUOTES = frozenset('"“”«»')


def _quote_share(text: str) -> float:
    """Share of a sentence's characters that lie between double quotes (0 when the quotes do not pair)."""
    marks = [i for i, ch in enumerate(text) if ch in _QUOTES]
    if len(marks) < 2:
        return 0.0
    inside = sum(end - start for start, end in zip(marks[::2], marks[1::2], strict=False))
    return inside / len(text)


def _share(
    rows: NDArray[np.float64], mask: NDArray[np.float64], sizes: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Per row, the share of its concepts that ``mask`` marks."""
    return np.asarray(rows @ mask, dtype=np.float64).ravel() / sizes


def sentence_features(
    pool: Sequence[Candidate],
    rows: Sequence[int],
    matrix: ConceptMatrix,
    worth: NDArray[np.float64],
    source_of: Mapping[str, str],
    articles: Sequence[Article] = (),
    query: frozenset[str] = frozenset(),
    seen: frozenset[str] | set[str] = frozenset(),
) -> NDArray[np.float64]:
    """Rows (``pool[i]`` for ``i`` in ``rows``) × ``SENTENCE_FEATURES``.

    ``worth`` is every concept's worth under the current weighting (columns of ``matrix``); ``articles``
    give the titles; ``query`` is the query's content stems; ``seen`` the already briefed concepts.
    """
    index = list(rows)
    cover = matrix.rows if len(index) == len(pool) else matrix.rows[index]
    sizes = np.maximum(np.asarray(cover.sum(axis=1), dtype=np.float64).ravel(), 1.0)
    chosen = [pool[i] for i in index]
    length = np.fromiter((c.length for c in chosen), dtype=np.float64, count=len(chosen))
    position = np.fromiter((c.position for c in chosen), dtype=np.float64, count=len(chosen))
    last: dict[str, int] = {}
    for cand in pool:
        last[cand.article_id] = max(last.get(cand.article_id, 0), cand.position)
    span = np.fromiter((last[c.article_id] + 1 for c in chosen), dtype=np.float64, count=len(chosen))
    row_worth = np.asarray(cover @ worth, dtype=np.float64).ravel()
    best = max(float(row_worth.max(initial=0.0)), 1e-9)
    counts = column_sums(matrix.rows)
    centroid = np.asarray(cover @ counts, dtype=np.float64).ravel() / (
        np.sqrt(sizes) * max(float(np.linalg.norm(counts)), 1e-9)
    )
    leads = [i for i, c in enumerate(pool) if c.position == 0]
    lead_mask = (column_sums(matrix.rows[leads]) > 0).astype(np.float64) if leads else np.zeros(len(counts))
    column = {c: j for j, c in enumerate(matrix.vocab)}
    title_mask = np.zeros(len(counts))
    for article in articles:
        if article.title:
            _, bigrams, unigrams = sentence_terms(article.title)
            title_mask[[column[c] for c in bigrams | unigrams if c in column]] = 1.0
    seen_mask = (
        np.fromiter((c in seen for c in matrix.vocab), dtype=np.float64, count=len(counts))
        if seen
        else np.zeros(len(counts))
    )
    sources = len({source_of.get(c.article_id, c.article_id) for c in pool})
    columns = {
        "lead": 1.0 / (1.0 + position),
        "relative_position": position / span,
        "log_length": np.log(length),
        "worth_per_word": row_worth / length / max(best / max(float(length.mean()), 1.0), 1e-9),
        "worth_share": row_worth / best,
        "supported_share": _share(cover, (worth > 0).astype(np.float64), sizes),
        "centroid": centroid,
        "lead_share": _share(cover, lead_mask, sizes),
        "title_share": _share(cover, title_mask, sizes),
        "query_share": np.fromiter(
            (len(c.unigrams & query) / len(query) if query else 0.0 for c in chosen),
            dtype=np.float64,
            count=len(chosen),
        ),
        "seen_share": _share(cover, seen_mask, sizes),
        "dangling": np.fromiter((c.dangling for c in chosen), dtype=np.float64, count=len(chosen)),
        "quote_share": np.fromiter(map(_quote_share, (c.text for c in chosen)), dtype=np.float64),
        "digits": np.fromiter((any(ch.isdigit() for ch in c.text) for c in chosen), dtype=np.float64),
        "log_sources": np.full(len(chosen), np.log(sources)),
    }
    return np.column_stack([columns[name] for name in SENTENCE_FEATURES])


@dataclass(frozen=True)
class SentenceModel:
    """A linear model over standardised ``SENTENCE_FEATURES`` (ridge regression of ROUGE-2 recall)."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    provenance: str

    def __post_init__(self) -> None:
        sizes = {len(self.mean), len(self.scale), len(self.coefficients)}
        if sizes != {len(SENTENCE_FEATURES)}:
            raise ValueError(
                f"sentence model sizes {sorted(sizes)} differ from {len(SENTENCE_FEATURES)} features"
            )

    def scores(self, features: NDArray[np.float64]) -> NDArray[np.float64]:
        """The predicted score of each row of ``features`` (never below 0)."""
        z = (features - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(
            np.maximum(z @ np.asarray(self.coefficients) + self.intercept, 0.0), dtype=np.float64
        )


def prior(scores: NDArray[np.float64], row_worth: NDArray[np.float64], weight: float) -> NDArray[np.float64]:
    """The objective bonus of each sentence: ``weight`` × score / mean score × mean sentence worth."""
    mean = float(scores.mean()) if len(scores) else 0.0
    if weight == 0 or mean <= 0:
        return np.zeros(len(scores))
    return np.asarray(weight * float(row_worth.mean()) * scores / mean, dtype=np.float64)


def reweight(
    rows: Matrix, worth: NDArray[np.float64], scores: NDArray[np.float64], power: float
) -> NDArray[np.float64]:
    """Concept worth times (mean score of the sentences carrying it / mean score of all) ** ``power``."""
    mean = float(scores.mean()) if len(scores) else 0.0
    if power == 0 or mean <= 0:
        return worth
    carriers = np.maximum(column_sums(rows), 1.0)
    carried = np.asarray(scores @ rows, dtype=np.float64).ravel() / carriers
    return np.asarray(worth * (carried / mean) ** power, dtype=np.float64)
