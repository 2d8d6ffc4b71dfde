"""A learned pair score: how likely an arriving article belongs to a candidate event.

The features compare the article's unit TF-IDF vector with the event's centroid kind by kind (words,
entity-like spans, numbers: ``features``), with the days between them and the event's size; a logistic
regression turns them into a probability. Its weights are fitted on dev pairs by
``benchmarks/train_cluster_pairs.py`` and shipped in ``pair_weights``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul

from newsfuse.cluster.features import ENTITY, NUMBER

KINDS = ("", ENTITY, NUMBER)
"""Term kinds by prefix: words (no prefix), entity-like spans, numbers."""

FEATURES = (
    "cosine",
    "decayed_cosine",
    "word_cosine",
    "entity_cosine",
    "number_cosine",
    "shared_entities",
    "shared_numbers",
    "entity_share",
    "number_share",
    "log_gap_days",
    "log_event_size",
    "cosine_x_entity_cosine",
    "cosine_x_log_gap",
)


def kind_of(term: str) -> int:
    """The index in ``KINDS`` of a term's kind."""
    prefix = term[:2]
    return 1 if prefix == ENTITY else 2 if prefix == NUMBER else 0


@dataclass(frozen=True, slots=True)
class Split:
    """An article vector cut by kind, with each part's squared norm."""

    parts: tuple[dict[str, float], dict[str, float], dict[str, float]]
    norms2: tuple[float, float, float]


def split(vector: Mapping[str, float]) -> Split:
    """Cut a vector (or centroid) into its word, entity and number parts."""
    parts: tuple[dict[str, float], dict[str, float], dict[str, float]] = ({}, {}, {})
    for term, weight in vector.items():
        parts[kind_of(term)][term] = weight
    norms2 = tuple(math.fsum(map(mul, p.values(), p.values())) for p in parts)
    return Split(parts, (norms2[0], norms2[1], norms2[2]))


def kind_dots(article: Split, centroid: Mapping[str, float]) -> tuple[float, float, float]:
    """The dot product of each part of ``article`` with ``centroid``."""
    get = centroid.get
    d = [float(sum(map(mul, p.values(), map(get, p, repeat(0.0))))) for p in article.parts]
    return d[0], d[1], d[2]


def _ratio(dot: float, norm2_a: float, norm2_b: float) -> float:
    denominator = math.sqrt(norm2_a * norm2_b)
    return dot / denominator if denominator > 0.0 else 0.0


def features(
    article: Split,
    centroid: Mapping[str, float],
    centroid_norms2: Sequence[float],
    size: int,
    gap_days: int,
    half_life_days: float,
) -> list[float]:
    """The ``FEATURES`` of an article against an event (its summed unit vectors: ``centroid`` and the
    squared norm of each kind's part of it), ``gap_days`` from the event's nearest day."""
    dots = kind_dots(article, centroid)
    cosine = _ratio(sum(dots), 1.0, sum(centroid_norms2))  # the kinds are disjoint: norms add up
    entities, numbers = article.parts[1], article.parts[2]
    shared_entities = sum(map(centroid.__contains__, entities))
    shared_numbers = sum(map(centroid.__contains__, numbers))
    entity_cosine = _ratio(dots[1], article.norms2[1], centroid_norms2[1])
    log_gap = math.log1p(gap_days)
    return [
        cosine,
        cosine * 0.5 ** (gap_days / half_life_days),
        _ratio(dots[0], article.norms2[0], centroid_norms2[0]),
        entity_cosine,
        _ratio(dots[2], article.norms2[2], centroid_norms2[2]),
        shared_entities / len(entities) if entities else 0.0,
        shared_numbers / len(numbers) if numbers else 0.0,
        article.norms2[1],
        article.norms2[2],
        log_gap,
        math.log1p(size),
        cosine * entity_cosine,
        cosine * log_gap,
    ]


@dataclass(frozen=True)
class PairModel:
    """A logistic regression over standardised ``FEATURES``: p = 1 / (1 + exp(-(b + sum w (x - m) / s)))."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def __post_init__(self) -> None:
        if not len(self.names) == len(self.mean) == len(self.scale) == len(self.coef):
            raise ValueError("pair model: names, mean, scale and coef must have one value per feature")
        if self.names != FEATURES:
            raise ValueError(f"pair model features {self.names} are not this version's {FEATURES}")

    def probability(self, values: Sequence[float]) -> float:
        """The probability that the pair belongs together."""
        z = self.intercept + math.fsum(
            w * (x - m) / s for w, x, m, s in zip(self.coef, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z)) if z > -500.0 else 0.0
