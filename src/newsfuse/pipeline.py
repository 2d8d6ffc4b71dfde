"""The pipeline: ingest → clean → dedup → cluster → summarize → compare, composed of pure stages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from newsfuse.clean import clean_document
from newsfuse.cluster import cluster_articles, event_id
from newsfuse.compare import compare_event
from newsfuse.config import Config
from newsfuse.dedup import find_duplicates, source_keys
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, DedupResult, Event, RawDoc, Rejected, RunResult
from newsfuse.runtime import LocalRunner, Runner
from newsfuse.summarize import summarize_event


def clean_all(raws: Sequence[RawDoc], config: Config, runner: Runner) -> tuple[list[Article], list[Rejected]]:
    cleaned = runner.map(partial(clean_document, config=config.clean), raws, "clean")
    articles = [c for c in cleaned if isinstance(c, Article)]
    rejected = [c for c in cleaned if isinstance(c, Rejected)]
    return articles, rejected


@dataclass(frozen=True)
class EventInput:
    """What building one event needs: its articles and the corpus-wide duplicate findings."""

    articles: tuple[Article, ...]
    dedup: DedupResult


def build_event(item: EventInput, config: Config) -> Event:
    """Brief, facts and source counts for one group of articles."""
    articles = item.articles
    ids = {a.id for a in articles}
    source_of = source_keys(articles, item.dedup)
    duplicates = item.dedup.duplicate_of()
    groups = tuple(g for g in item.dedup.groups if g.canonical in ids)
    shared = tuple(p for p in item.dedup.shared if p.article_id in ids and p.source_id in ids)
    canonical = frozenset(a.id for a in articles if a.id not in duplicates)
    brief = summarize_event(articles, source_of, config.summarize, selectable=canonical)
    facts = compare_event(articles, source_of, config.compare)
    dated = sorted(a.published for a in articles if a.published)
    headline = min(
        (a for a in articles if a.title and a.id in canonical),
        key=lambda a: (a.published or "9999", a.id),
        default=None,
    )
    return Event(
        id=event_id([a.id for a in articles]),
        title=headline.title if headline and headline.title else (brief[0].text if brief else articles[0].id),
        article_ids=tuple(sorted(ids)),
        independent_sources=len(set(source_of.values())),
        brief=tuple(brief),
        facts=tuple(facts),
        duplicate_groups=groups,
        shared_passages=shared,
        first_published=dated[0] if dated else None,
    )


@dataclass(frozen=True)
class Grouped:
    """The pipeline up to clustering: every input's fate and the article groups."""

    items: tuple[RawDoc | Rejected, ...]
    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    dedup: DedupResult
    clusters: tuple[tuple[str, ...], ...]


def group(documents: Iterable[RawDoc | Rejected], config: Config, runner: Runner) -> Grouped:
    """Clean, dedup and cluster documents already read."""
    items = tuple(documents)
    raws = [d for d in items if isinstance(d, RawDoc)]
    articles, dropped = clean_all(raws, config, runner)
    rejected = [d for d in items if isinstance(d, Rejected)] + dropped
    dedup = find_duplicates(articles, config.dedup)
    clusters = cluster_articles(articles, config.cluster, same_as=dedup.duplicate_of())
    return Grouped(items, tuple(articles), tuple(rejected), dedup, tuple(tuple(c) for c in clusters))


def process(
    documents: Iterable[RawDoc | Rejected], config: Config | None = None, runner: Runner | None = None
) -> RunResult:
    """Run every stage after ingest on documents already read."""
    config = config or Config()
    runner = runner or LocalRunner()
    grouped = group(documents, config, runner)
    items, articles, rejected, dedup, clusters = (
        grouped.items,
        grouped.articles,
        grouped.rejected,
        grouped.dedup,
        grouped.clusters,
    )
    by_id = {a.id: a for a in articles}
    inputs = [EventInput(tuple(by_id[i] for i in ids), dedup) for ids in clusters]
    events = runner.map(partial(build_event, config=config), inputs, "events")
    events.sort(key=lambda e: (e.first_published or "", e.id), reverse=True)
    order = {d.id: n for n, d in enumerate(items)}
    return RunResult(
        articles=tuple(sorted(articles, key=lambda a: order[a.id])),
        rejected=tuple(sorted(rejected, key=lambda r: order.get(r.id, len(order)))),
        dedup=dedup,
        events=tuple(events),
        config=config.to_dict(),
    )


def run(paths: Iterable[str | Path], config: Config | None = None, progress: bool = False) -> RunResult:
    """Read every file under ``paths`` and run the whole pipeline in this process."""
    config = config or Config()
    return process(read_inputs(paths, config.ingest), config, LocalRunner(progress=progress))
