"""Concepts: the units of information a brief should cover, and how much each is worth.

As in ICSISumm (Gillick & Favre 2009), a concept is a Porter-stemmed word bigram that is not made of
two stop words; its worth is how many independent sources report it, so syndicated copies count once.
A concept earns more when sources carry it in their opening sentences (news puts the event first),
when it matches the query (query-focused mode), and less when earlier briefed articles already had
it (update mode).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from nltk.stem.porter import PorterStemmer

from newsfuse.text.words import STOP_WORDS

if TYPE_CHECKING:
    from newsfuse.summarize.pool import Candidate

_TOKEN = re.compile(r"[a-z0-9]+")
_PORTER = PorterStemmer()


@lru_cache(maxsize=200_000)
def _porter(word: str) -> str:
    return _PORTER.stem(word) if len(word) > 3 else word


def stems(text: str) -> list[tuple[str, bool]]:
    """(Porter stem, is a stop word) for every alphanumeric token, the way ROUGE tokenizes."""
    return [(_porter(w), w in STOP_WORDS) for w in _TOKEN.findall(text.lower())]


def concept_tokens(text: str) -> set[str]:
    """The concepts of a text: bigrams of adjacent stems (not both stop words) and content stems."""
    tokens = stems(text)
    bigrams = {f"{a} {b}" for (a, sa), (b, sb) in pairwise(tokens) if not (sa and sb)}
    return bigrams | {a for a, stop in tokens if not stop and len(a) > 1}


def query_terms(query: str) -> frozenset[str]:
    """Content stems of a query (question words and instructions such as "describe" removed)."""
    ignore = {"describ", "discuss", "includ", "explain", "identifi", "report", "specifi", "detail", "inform"}
    return frozenset(s for s, stop in stems(query) if not stop and s not in ignore and len(s) > 1)


def concept_weights(
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    *,
    lead_sentences: int = 3,
    lead_bonus: float = 0.5,
    query: frozenset[str] = frozenset(),
    query_boost: float = 0.0,
    seen: Iterable[str] = (),
    seen_discount: float = 1.0,
    unigram_weight: float = 0.0,
    min_sources: int = 2,
) -> dict[str, float]:
    """Worth of each concept: independent sources that report it (+ lead, query, update adjustments).

    Concepts only one source reports are dropped when there are three or more sources: one outlet's
    detail is not what the event is about.
    """
    sources: dict[str, set[str]] = {}
    leads: dict[str, set[str]] = {}
    relevance: dict[str, float] = {}
    for cand in pool:
        src = source_of.get(cand.article_id, cand.article_id)
        rel = _relevance(cand, query) if query else 0.0
        for concept in cand.concepts:
            sources.setdefault(concept, set()).add(src)
            if cand.position < lead_sentences:
                leads.setdefault(concept, set()).add(src)
            if rel > relevance.get(concept, 0.0):
                relevance[concept] = rel
    n_sources = len({source_of.get(c.article_id, c.article_id) for c in pool}) or 1
    floor = min_sources if n_sources >= 3 else 1
    old = set(seen)
    weights = {}
    for concept, srcs in sources.items():
        if len(srcs) < floor:
            continue
        unigram = " " not in concept
        if unigram and unigram_weight == 0:
            continue
        weight = len(srcs) + lead_bonus * len(leads.get(concept, ()))
        if unigram:
            weight *= unigram_weight
        weight *= 1.0 + query_boost * relevance.get(concept, 0.0)
        if concept in old:
            weight *= seen_discount
        weights[concept] = weight
    return weights


def _relevance(cand: Candidate, query: frozenset[str]) -> float:
    """Share of the query's terms a sentence contains (0..1)."""
    words = {s for s, stop in stems(cand.text) if not stop}
    return len(words & query) / len(query)
