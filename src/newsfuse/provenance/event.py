"""Provenance of one event: credits, source keys after wire credits, quote drift, timeline, quality notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.compare.article import article_quotes
from newsfuse.model import Article, Credit, DatedStatement, QuoteDrift, SharedPassage
from newsfuse.provenance.credits import credited_sources, extract_credits
from newsfuse.provenance.drift import quality_notes, quote_drift
from newsfuse.provenance.origins import credited_copies, origin_keys
from newsfuse.provenance.timeline import first_reports, timeline


@dataclass(frozen=True)
class Provenance:
    credits: tuple[Credit, ...]
    source_of: dict[str, str]
    """Dedup's keys after wire-dateline credits: copies and reprints of one text share a key."""
    origin_of: dict[str, str]
    """Each article's independent source (``origins.origin_keys``): one per origin outlet."""
    copied: dict[str, tuple[tuple[int, int, str], ...]]
    """The sentences an article shares with an origin it credits, counted for that origin
    (``origins.credited_copies``): article id -> (start, end, origin key)."""
    quote_drift: tuple[QuoteDrift, ...]
    timeline: tuple[DatedStatement, ...]
    first_reports: tuple[tuple[str, str], ...]
    quality_notes: tuple[tuple[str, str], ...]


def trace_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    quote_similarity: float = 0.55,
    shared: Sequence[SharedPassage] = (),
) -> Provenance:
    """Who credits whom, how shared quotes drifted, and what happened when, for one event's articles
    (``shared``: dedup's passages between them, which a crediting article's copied sentences may lie in)."""
    outlets = sorted({a.outlet for a in articles if a.outlet})
    credits = tuple(c for a in articles for c in extract_credits(a, outlets))
    outlet_of = {a.id: a.outlet for a in articles if a.outlet}
    published = {a.id: a.published or "" for a in articles}
    # drift compares versions across articles: with quotes in fewer than two articles there is none
    quotes = [q for a in articles for q in article_quotes(a)] if len(articles) > 1 else []
    quoting = {q.span.article_id for q in quotes}
    credited = credited_sources(credits, outlet_of, source_of)
    origin_of = origin_keys(articles, credited)
    return Provenance(
        credits=credits,
        source_of=credited,
        origin_of=origin_of,
        copied=credited_copies(articles, credits, origin_of, shared),
        quote_drift=tuple(quote_drift(quotes, published, quote_similarity)) if len(quoting) > 1 else (),
        timeline=tuple(timeline(articles)),
        first_reports=tuple(first_reports(articles, credits)),
        quality_notes=tuple(quality_notes(articles)),
    )
