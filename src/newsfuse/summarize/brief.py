"""An event's brief: select, order and attribute sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, BriefSentence
from newsfuse.summarize.attribute import count_sources, evidence_for
from newsfuse.summarize.pool import Candidate, candidates
from newsfuse.summarize.select import concept_weights, select
from newsfuse.text import content_words


def _order(chosen: list[Candidate]) -> list[Candidate]:
    """Chronology of the sources, then position in the source; a dangling opener never leads."""
    ordered = sorted(chosen, key=lambda c: (c.published, c.article_id, c.position))
    lead = next((i for i, c in enumerate(ordered) if not c.dangling), 0)
    return [ordered[lead], *ordered[:lead], *ordered[lead + 1 :]]


def summarize_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    config: SummarizeConfig | None = None,
    selectable: frozenset[str] | None = None,
) -> list[BriefSentence]:
    """A brief of at most about ``config.words`` words for one event.

    ``source_of`` maps each article to its group of independent reporting; ``selectable`` limits
    which articles sentences may be taken from (e.g. canonical copies), while every article's
    sentences still count as evidence.
    """
    config = config or SummarizeConfig()
    pool = candidates(articles)
    if not pool:
        return []
    choosable = [c for c in pool if selectable is None or c.article_id in selectable]
    weights = concept_weights(pool, source_of)
    query = frozenset(content_words(config.query)) if config.query else frozenset()
    chosen = select(choosable, weights, config.words, query)
    brief = []
    for cand in _order(chosen):
        evidence = evidence_for(cand, pool)
        brief.append(BriefSentence(cand.text, evidence, count_sources(evidence, source_of)))
    return brief


def summarize_texts(
    texts: Sequence[tuple[str, str]], words: int, query: str | None = None
) -> list[BriefSentence]:
    """Summarize plain (id, text) documents, each its own source (the dataset command's path)."""
    articles = [Article(id=doc_id, path=doc_id, text=text) for doc_id, text in texts]
    return summarize_event(
        articles, {a.id: a.id for a in articles}, SummarizeConfig(words=words, query=query)
    )
