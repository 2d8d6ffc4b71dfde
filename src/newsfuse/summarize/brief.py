"""An event's brief: select, order and attribute sentences (generic, query-focused or update mode)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, BriefSentence
from newsfuse.summarize.attribute import count_sources, evidence_for
from newsfuse.summarize.concepts import concept_weights, query_terms
from newsfuse.summarize.pool import Candidate, candidates
from newsfuse.summarize.select import select


def _order(chosen: list[Candidate]) -> list[Candidate]:
    """Chronology of the sources, then position in the source; a dangling opener never leads."""
    ordered = sorted(chosen, key=lambda c: (c.published, c.article_id, c.position))
    lead = next((i for i, c in enumerate(ordered) if not c.dangling), None)
    return ordered if lead is None else [ordered[lead], *ordered[:lead], *ordered[lead + 1 :]]


def summarize_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    config: SummarizeConfig | None = None,
    selectable: frozenset[str] | None = None,
    previous: Sequence[Article] = (),
) -> list[BriefSentence]:
    """A brief of at most ``config.words`` words for one event.

    ``source_of`` maps each article to its group of independent reporting; ``selectable`` limits
    which articles sentences may be taken from (e.g. canonical copies), while every article's
    sentences still count as evidence. ``config.query`` focuses the brief on a question. ``previous``
    (update mode) are articles already briefed: what they said is worth less, so the brief tells
    what is new.
    """
    config = config or SummarizeConfig()
    pool = candidates(articles, config.min_sentence_words)
    if not pool:
        return []
    seen = {c for cand in candidates(previous) for c in cand.concepts}
    weights = concept_weights(
        pool,
        source_of,
        lead_sentences=config.lead_sentences,
        lead_bonus=config.lead_bonus,
        query=query_terms(config.query) if config.query else frozenset(),
        query_boost=config.query_boost,
        seen=seen,
        seen_discount=config.update_discount,
        unigram_weight=config.unigram_weight,
        min_sources=config.min_sources,
    )
    choosable = [c for c in pool if selectable is None or c.article_id in selectable]
    chosen = select(
        choosable,
        weights,
        config.words,
        dangling_penalty=config.dangling_penalty,
        length_scale=config.length_scale,
    )
    brief = []
    for cand in _order(chosen):
        evidence = evidence_for(cand, pool, config.evidence_threshold)
        brief.append(BriefSentence(cand.text, evidence, count_sources(evidence, source_of)))
    return brief


def summarize_update(
    articles: Sequence[Article],
    previous: Sequence[Article],
    source_of: Mapping[str, str] | None = None,
    config: SummarizeConfig | None = None,
) -> list[BriefSentence]:
    """What is new in ``articles`` given the already briefed ``previous`` ones (update mode)."""
    sources = dict(source_of) if source_of is not None else {a.id: a.id for a in articles}
    return summarize_event(articles, sources, config, previous=previous)


def summarize_texts(
    texts: Sequence[tuple[str, str]], words: int, query: str | None = None
) -> list[BriefSentence]:
    """Summarize plain (id, text) documents, each its own source."""
    articles = [Article(id=doc_id, path=doc_id, text=text) for doc_id, text in texts]
    return summarize_event(
        articles, {a.id: a.id for a in articles}, SummarizeConfig(words=words, query=query)
    )
