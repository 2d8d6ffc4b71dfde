"""The pipeline: ingest → clean → dedup → cluster → summarize → compare, composed of pure stages.

The runner decides where the per-article and per-event work runs (in this process, or on Dask);
a journal (``runtime.checkpoint``) makes the run resumable. The same stage code runs in every case.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from pathlib import Path

from newsfuse.clean import clean_document
from newsfuse.cluster import cluster_articles, event_id
from newsfuse.cluster.batch import date_order
from newsfuse.compare import compare_event
from newsfuse.config import Config
from newsfuse.dedup import DedupIndex, DedupIndexError, source_keys
from newsfuse.dedup.shingles import Sketch
from newsfuse.ingest import read_inputs
from newsfuse.ingest.urls import PoliteFetcher
from newsfuse.model import (
    Article,
    DedupResult,
    DuplicateGroup,
    Event,
    RawDoc,
    Rejected,
    RunResult,
    SharedPassage,
)
from newsfuse.provenance import trace_event
from newsfuse.runtime import LocalRunner, Runner
from newsfuse.runtime.checkpoint import Journal, content_key
from newsfuse.runtime.closing import closed_clusters, copies_of, terms_of
from newsfuse.runtime.windows import make_seam, merge_seam, partition_by_time
from newsfuse.summarize import summarize_event


@dataclass(frozen=True)
class EventInput:
    """What building one event needs: its articles and the corpus-wide duplicate findings."""

    articles: tuple[Article, ...]
    dedup: DedupResult


def build_event(item: EventInput, config: Config) -> Event:
    """Brief, facts and source counts for one group of articles."""
    articles = item.articles
    ids = {a.id for a in articles}
    trace = trace_event(articles, source_keys(articles, item.dedup), config.compare.quote_similarity)
    source_of = trace.source_of  # dedup's keys, plus wire datelines crediting a pile outlet
    duplicates = item.dedup.duplicate_of()
    groups = tuple(g for g in item.dedup.groups if g.canonical in ids)
    shared = tuple(p for p in item.dedup.shared if p.article_id in ids and p.source_id in ids)
    canonical = frozenset(a.id for a in articles if a.id not in duplicates)
    brief = summarize_event(articles, source_of, config.summarize, selectable=canonical)
    facts = compare_event(articles, source_of, config.compare)
    dated = sorted(a.published for a in articles if a.published)
    languages = Counter(a.language for a in articles if a.language)
    main_language = languages.most_common(1)[0][0] if languages else None
    headline = min(
        (a for a in articles if a.title and a.id in canonical),
        key=lambda a: (a.language != main_language, a.published or "9999", a.id),
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
        credits=trace.credits,
        quote_drift=trace.quote_drift,
        timeline=trace.timeline,
        first_reports=trace.first_reports,
        quality_notes=trace.quality_notes,
    )


@dataclass(frozen=True)
class Grouped:
    """The pipeline up to clustering: every input's fate and the article groups."""

    items: tuple[RawDoc | Rejected, ...]
    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    dedup: DedupResult
    clusters: tuple[tuple[str, ...], ...]


CLEAN_BATCH = 50
"""Inputs cleaned per call in the pool; their articles are sketched together (numpy over the batch)."""

DEDUP_BATCH = 1000
"""Articles verified against the dedup index at a time, while the pool cleans the next ones. A fixed
size: the batches' bounds decide how rare a fingerprint counts when a pair is verified."""

Cleaned = tuple[Article | Rejected, Sketch | None]


def clean_batch(raws: Sequence[RawDoc], config: Config) -> list[Cleaned]:
    """Clean a batch of inputs and sketch its articles for dedup (one pool task's work)."""
    cleaned = [clean_document(raw, config.clean) for raw in raws]
    sketches = iter(DedupIndex(config.dedup).sketch(c for c in cleaned if isinstance(c, Article)))
    return [(c, next(sketches) if isinstance(c, Article) else None) for c in cleaned]


def _cleaned(
    raws: Sequence[RawDoc], config: Config, runner: Runner, journal: Journal | None
) -> Iterator[Cleaned]:
    """Every input cleaned, in input order, as the pool finishes it; from the journal when cleaned before
    (then without a sketch). New results are journalled every ``checkpoint_every`` inputs."""
    keys = [content_key("clean", raw) for raw in raws] if journal is not None else []
    todo = [raw for n, raw in enumerate(raws) if journal is None or keys[n] not in journal]
    batches = [todo[i : i + CLEAN_BATCH] for i in range(0, len(todo), CLEAN_BATCH)]
    fresh = (c for batch in runner.imap(partial(clean_batch, config=config), batches, "clean") for c in batch)
    unsaved: list[tuple[str, Article | Rejected]] = []
    for n, _ in enumerate(raws):
        if journal is not None and keys[n] in journal:
            yield journal[keys[n]], None
            continue
        done = next(fresh)
        if journal is not None:
            unsaved.append((keys[n], done[0]))
            if len(unsaved) >= config.runtime.checkpoint_every:
                journal.append(unsaved)
                unsaved = []
        yield done
    if next(fresh, None) is not None:  # also ends the runner's iterator (its pool tasks, its timing)
        raise AssertionError("the runner returned more results than inputs")
    if journal is not None and unsaved:
        journal.append(unsaved)


def clean_and_dedup(
    raws: Sequence[RawDoc], config: Config, runner: Runner, journal: Journal | None = None
) -> tuple[list[Article], list[Rejected], DedupResult]:
    """Clean inputs on the runner and verify their articles in one mergeable ``DedupIndex`` meanwhile.

    The pool cleans and sketches batches of inputs; this process verifies each ``DEDUP_BATCH`` of
    sketches against the index while the pool goes on. With a journal, the index is saved in the work
    folder with the content key of every article it holds; a later run over the same inputs plus new
    ones loads it and adds only the new articles.
    """
    saved = _saved_index(journal, config) if journal is not None else None
    index, held = saved or (DedupIndex(config.dedup), {})
    articles: list[Article] = []
    rejected: list[Rejected] = []
    keys: dict[str, str] = {}
    pending: list[tuple[Article, Sketch | None]] = []
    stale = False  # an article of the saved index changed: the index is rebuilt at the end
    for result, sketch in _cleaned(raws, config, runner, journal):
        if isinstance(result, Rejected):
            rejected.append(result)
            continue
        articles.append(result)
        if journal is not None:
            keys[result.id] = content_key("article", result)
        if result.id in held:
            stale = stale or held[result.id] != keys[result.id]
            continue
        pending.append((result, sketch))
        if len(pending) >= DEDUP_BATCH and not stale:
            _index_batch(index, pending)
            pending = []
    if stale or held.keys() - keys.keys():  # the saved index is not this run's: index every article anew
        index, pending = DedupIndex(config.dedup), [(a, None) for a in articles]
        while len(pending) > DEDUP_BATCH:
            _index_batch(index, pending[:DEDUP_BATCH])
            pending = pending[DEDUP_BATCH:]
    _index_batch(index, pending)
    if journal is not None and len(index) > len(held):
        # index first, keys second: a kill in between leaves keys that reject the index (a rebuild)
        index.save(journal.dir / "dedup.npz.part")
        (journal.dir / "dedup.keys.part").write_text(json.dumps(keys), encoding="utf-8")
        (journal.dir / "dedup.npz.part").replace(journal.dir / "dedup.npz")
        (journal.dir / "dedup.keys.part").replace(journal.dir / "dedup.keys.json")
    return articles, rejected, index.result()


def _index_batch(index: DedupIndex, batch: Sequence[tuple[Article, Sketch | None]]) -> None:
    """Add a batch of articles to the index, sketching here those that came without a sketch."""
    missing = iter(index.sketch(a for a, s in batch if s is None))
    index.add_sketches([s if s is not None else next(missing) for _, s in batch])


def _saved_index(journal: Journal, config: Config) -> tuple[DedupIndex, dict[str, str]] | None:
    """The work folder's dedup index and the content keys of the articles it holds, when readable."""
    path, saved_keys = journal.dir / "dedup.npz", journal.dir / "dedup.keys.json"
    if not (path.exists() and saved_keys.exists()):
        return None
    try:
        held: dict[str, str] = json.loads(saved_keys.read_text(encoding="utf-8"))
        index = DedupIndex.load(path, config.dedup)
    except (ValueError, DedupIndexError):
        return None
    if {s.id for s in index.sketches} != held.keys():
        return None
    return index, held


def cluster_all(
    articles: Sequence[Article], dedup: DedupResult, config: Config, runner: Runner
) -> list[list[str]]:
    """Cluster articles into events: all at once, or in time-window partitions merged at the seams."""
    same_as = dedup.duplicate_of()
    leaders = [a for a in articles if a.id not in same_as]
    if len(leaders) <= config.runtime.partition_size:
        return cluster_articles(articles, config.cluster, same_as=same_as)
    parts = partition_by_time(leaders, config.cluster.time_window_days, config.runtime.partition_size)
    clustered = runner.map(partial(cluster_articles, config=config.cluster), parts, "cluster")
    by_id = {a.id: a for a in leaders}
    window = config.cluster.time_window_days
    seams = [make_seam(left, right, by_id, window) for left, right in pairwise(clustered)]
    merges = runner.map(partial(merge_seam, config=config.cluster), seams, "merge")
    root: dict[str, str] = {}

    def find(x: str) -> str:
        while root.get(x, x) != x:
            x = root[x]
        return x

    for a, b in (pair for found in merges for pair in found):
        ra, rb = find(a), find(b)
        if ra != rb:
            root[max(ra, rb)] = min(ra, rb)
    events: dict[str, list[str]] = {}
    for ids in (ids for part in clustered for ids in part):
        events.setdefault(find(ids[0]), []).extend(ids)
    leader_event = {aid: key for key, ids in events.items() for aid in ids}
    for copy_id, target in same_as.items():
        while target in same_as:
            target = same_as[target]
        if target in leader_event:
            events[leader_event[target]].append(copy_id)
    return sorted((sorted(ids) for ids in events.values()), key=lambda ids: ids[0])


def group(
    documents: Iterable[RawDoc | Rejected], config: Config, runner: Runner, journal: Journal | None = None
) -> Grouped:
    """Clean, dedup and cluster documents already read."""
    items = tuple(documents)
    raws = [d for d in items if isinstance(d, RawDoc)]
    articles, dropped, dedup = clean_and_dedup(raws, config, runner, journal)
    rejected = [d for d in items if isinstance(d, Rejected)] + dropped
    clusters = cluster_all(articles, dedup, config, runner)
    return Grouped(items, tuple(articles), tuple(rejected), dedup, tuple(tuple(c) for c in clusters))


def event_inputs(grouped: Grouped) -> list[EventInput]:
    """One EventInput per cluster, each with only the duplicate findings among its own articles."""
    make = _event_input(grouped.articles, grouped.dedup)
    return [make(ids) for ids in grouped.clusters]


def _event_input(articles: Sequence[Article], dedup: DedupResult) -> Callable[[Sequence[str]], EventInput]:
    """Makes the EventInput of a cluster's ids: its articles and the duplicate findings among them."""
    by_id = {a.id: a for a in articles}
    groups_of: dict[str, list[DuplicateGroup]] = {}
    for g in dedup.groups:
        groups_of.setdefault(g.canonical, []).append(g)
    shared_of: dict[str, list[SharedPassage]] = {}
    for p in dedup.shared:
        shared_of.setdefault(p.article_id, []).append(p)

    def make(ids: Sequence[str]) -> EventInput:
        members = set(ids)
        groups = tuple(g for i in ids for g in groups_of.get(i, ()))
        shared = tuple(p for i in ids for p in shared_of.get(i, ()) if p.source_id in members)
        return EventInput(tuple(by_id[i] for i in ids), DedupResult(groups, shared))

    return make


def _streamed_clusters(
    articles: Sequence[Article], dedup: DedupResult, config: Config, runner: Runner
) -> Iterable[Sequence[str]]:
    """The events' article ids: as each closes when the corpus is clustered at once (document frequencies
    counted on the runner), else (a corpus above ``partition_size``, or embeddings) from ``cluster_all``."""
    same_as = dedup.duplicate_of()
    leaders = [a for a in articles if a.id not in same_as]
    if len(leaders) > config.runtime.partition_size or config.cluster.embedding_weight > 0:
        return cluster_all(articles, dedup, config, runner)
    leaders = date_order(leaders)
    terms = runner.map(partial(terms_of, config=config.cluster), leaders, "terms")
    return closed_clusters(leaders, terms, copies_of(articles, same_as), config.cluster)


def _keyed_event(item: tuple[str, EventInput], config: Config) -> tuple[str, Event]:
    return item[0], build_event(item[1], config)


def build_events(
    inputs: Iterable[EventInput], config: Config, runner: Runner, journal: Journal | None = None
) -> list[Event]:
    """Build events on the runner as their inputs arrive; with a journal, events built before are taken
    from it and new ones recorded every ``checkpoint_every`` events."""
    if journal is None:
        return list(runner.imap(partial(build_event, config=config), inputs, "events"))
    events: list[Event] = []

    def todo() -> Iterator[tuple[str, EventInput]]:
        for item in inputs:
            key = content_key("events", item)
            if key in journal:
                events.append(journal[key])
            else:
                yield key, item

    unsaved: list[tuple[str, Event]] = []
    for key, event in runner.imap(partial(_keyed_event, config=config), todo(), "events"):
        events.append(event)
        unsaved.append((key, event))
        if len(unsaved) >= config.runtime.checkpoint_every:
            journal.append(unsaved)
            unsaved = []
    journal.append(unsaved)
    return events


def process(
    documents: Iterable[RawDoc | Rejected],
    config: Config | None = None,
    runner: Runner | None = None,
    workdir: str | Path | None = None,
) -> RunResult:
    """Run every stage after ingest on documents already read.

    Cleaning overlaps dedup verification, and clustering overlaps event building: events are built on
    the runner as soon as clustering has closed them. With ``workdir``, finished work is journalled there
    and a later call with the same folder (after a crash, or with more inputs) continues from it instead
    of starting over.
    """
    config = config or Config()
    runner = runner or LocalRunner()
    journal = Journal(workdir, _fingerprint(config)) if workdir is not None else None
    order: dict[str, int] = {}
    raws: list[RawDoc] = []
    rejected: list[Rejected] = []
    for n, doc in enumerate(documents):
        order[doc.id] = n
        if isinstance(doc, RawDoc):
            raws.append(doc)
        else:
            rejected.append(doc)
    articles, dropped, dedup = clean_and_dedup(raws, config, runner, journal)
    raws.clear()  # the inputs' texts are not needed past cleaning (the caller may still hold them)
    rejected += dropped
    make = _event_input(articles, dedup)
    clusters = _streamed_clusters(articles, dedup, config, runner)
    events = build_events((make(ids) for ids in clusters), config, runner, journal)
    events.sort(key=lambda e: (e.first_published or "", e.id), reverse=True)
    return RunResult(
        articles=tuple(sorted(articles, key=lambda a: order[a.id])),
        rejected=tuple(sorted(rejected, key=lambda r: order.get(r.id, len(order)))),
        dedup=dedup,
        events=tuple(events),
        config=config.to_dict(),
    )


def _fingerprint(config: Config) -> dict[str, object]:
    """The settings that change results (the journal's batch size does not)."""
    data = config.to_dict()
    data["runtime"] = {k: v for k, v in data["runtime"].items() if k != "checkpoint_every"}
    return data


def run(
    paths: Iterable[str | Path],
    config: Config | None = None,
    progress: bool = False,
    runner: Runner | None = None,
    workdir: str | Path | None = None,
) -> RunResult:
    """Read every file under ``paths`` and run the whole pipeline (in this process unless ``runner``)."""
    config = config or Config()
    runner = runner or LocalRunner(progress=progress)
    return process(read_inputs(paths, config.ingest, fetcher_for(config)), config, runner, workdir)


def fetcher_for(config: Config) -> PoliteFetcher | None:
    """The polite fetcher the ``[runtime]`` fetch settings ask for, or None when fetching is off."""
    rt = config.runtime
    if not rt.fetch:
        return None
    return PoliteFetcher(rt.fetch_policy())
