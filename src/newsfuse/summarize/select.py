"""Sentence selection: cover the concepts many sources report, without redundancy, in a word budget."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from newsfuse.summarize.pool import Candidate


def concept_weights(pool: Sequence[Candidate], source_of: Mapping[str, str]) -> dict[str, float]:
    """Weight of each content word (and bigram): how many independent sources use it."""
    sources: dict[str, set[str]] = {}
    for cand in pool:
        src = source_of.get(cand.article_id, cand.article_id)
        for concept in _concepts(cand.words):
            sources.setdefault(concept, set()).add(src)
    n_sources = len({source_of.get(c.article_id, c.article_id) for c in pool}) or 1
    floor = 2 if n_sources >= 3 else 1
    return {c: float(len(s)) for c, s in sources.items() if len(s) >= floor}


def _concepts(words: Sequence[str]) -> set[str]:
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def select(
    pool: Sequence[Candidate],
    weights: Mapping[str, float],
    budget_words: int,
    query_words: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Greedy maximisation of covered concept weight per word, with a position prior.

    Concepts already covered count nothing, so redundancy is penalised by construction.
    """
    covered: set[str] = set()
    chosen: list[Candidate] = []
    used = 0
    remaining = list(pool)
    while remaining:
        best, best_score = None, 0.0
        for cand in remaining:
            length = len(cand.text.split())
            if used + length > budget_words * 1.1 and chosen:
                continue
            concepts = _concepts(cand.words)
            gain = sum(weights.get(c, 0.0) for c in concepts - covered)
            if query_words:
                gain *= 1.0 + len(query_words & set(cand.words)) / max(1, len(query_words)) * 4
            score = gain / math.sqrt(length) * (1.0 + 0.5 / (1 + cand.position))
            if cand.dangling:
                score *= 0.5
            if score > best_score:
                best, best_score = cand, score
        if best is None:
            break
        chosen.append(best)
        covered |= _concepts(best.words)
        used += len(best.text.split())
        remaining = [c for c in remaining if c is not best and not _redundant(c, chosen)]
        if used >= budget_words:
            break
    return chosen


def _redundant(cand: Candidate, chosen: Sequence[Candidate]) -> bool:
    words = set(cand.words)
    for other in chosen:
        overlap = len(words & set(other.words)) / max(1, min(len(words), len(other.words)))
        if overlap > 0.6:
            return True
    return False


def word_counts(pool: Sequence[Candidate]) -> Counter[str]:
    return Counter(w for c in pool for w in c.words)
