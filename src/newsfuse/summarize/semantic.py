"""Sentence meaning for selection from a static sentence embedding (summarize/embedding.py).

Three signals, each off by default (``summarize.embed_centroid``, ``embed_lead``, ``embed_redundancy``):
a sentence's cosine to the event's centroid (the mean of every source sentence's unit vector) and to the
centroid of the articles' lead sentences, each z-scored over the selectable sentences and turned into an
objective bonus in units of the event's mean sentence worth; and a redundancy rule, two sentences whose
cosine exceeds a threshold never both chosen. The lead signal won held out on the dev sets but costs
~10 % of the pipeline's CPU, so all three are opt-ins (eighteenth round, summarize.notes.md). The embedder is the shipped model unless another is registered with ``use`` (the
dev harnesses register it with a per-text cache; tests register stand-ins).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

Embedder = Callable[[Sequence[str]], NDArray[np.float32]]
"""Texts -> one L2-normalised row each (a text with no known token: a zero row)."""

_EMBEDDER: list[Embedder] = []


def use(embedder: Embedder | None) -> None:
    """Register ``embedder`` for the embedding signals (None: none)."""
    _EMBEDDER.clear()
    if embedder is not None:
        _EMBEDDER.append(embedder)


def embed(texts: Sequence[str]) -> NDArray[np.float64]:
    """The registered embedder's (else the shipped model's) unit rows for ``texts``."""
    if not texts:
        return np.zeros((0, 1))
    if not _EMBEDDER:
        from newsfuse.summarize.embedding import shipped

        return np.asarray(shipped().encode(texts), dtype=np.float64)
    return np.asarray(_EMBEDDER[0](texts), dtype=np.float64)


def centroid(vectors: NDArray[np.float64]) -> NDArray[np.float64]:
    """The unit mean of ``vectors`` (zeros when there are none or they cancel)."""
    if not len(vectors):
        return np.zeros(vectors.shape[1] if vectors.ndim == 2 else 1)
    total = vectors.mean(axis=0)
    norm = float(np.linalg.norm(total))
    return np.asarray(total / norm if norm > 0 else total, dtype=np.float64)


def zscored(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """``values`` less their mean, over their standard deviation (zeros when it is 0)."""
    if len(values) < 2:
        return np.zeros(len(values))
    spread = float(values.std())
    if spread <= 0:
        return np.zeros(len(values))
    return np.asarray((values - values.mean()) / spread, dtype=np.float64)


def bonus(
    rows: NDArray[np.float64], target: NDArray[np.float64], weight: float, mean_worth: float
) -> NDArray[np.float64]:
    """Each row's objective bonus: ``weight`` × its z-scored cosine to ``target`` × ``mean_worth``."""
    if weight <= 0 or not len(rows):
        return np.zeros(len(rows))
    return np.asarray(weight * mean_worth * zscored(rows @ target), dtype=np.float64)


def conflicts(rows: NDArray[np.float64], threshold: float) -> NDArray[np.bool_] | None:
    """Row pairs whose cosine exceeds ``threshold`` (never a row with itself); None when ``threshold`` is 0
    or no pair does."""
    if threshold <= 0 or len(rows) < 2:
        return None
    close = (rows @ rows.T) > threshold
    np.fill_diagonal(close, False)
    return close if close.any() else None
