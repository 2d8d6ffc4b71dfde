"""The pipeline: ingest → clean → dedup → cluster → summarize → compare, composed of pure stages.

The runner decides where the per-article and per-event work runs (in this process, or on Dask);
a journal (``runtime.checkpoint``) makes the run resumable. The same stage code runs in every case.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar, overload

from newsfuse.clean import clean_document
from newsfuse.clean.document import LinesSoFar
from newsfuse.clean.language import detect_language
from newsfuse.clean.recurring import LineStats
from newsfuse.cluster import cluster_articles, event_id
from newsfuse.cluster.headlines import rejected_member, split_members
from newsfuse.compare import compare_event
from newsfuse.config import ClusterConfig, Config
from newsfuse.dedup import DedupIndex, DedupIndexError, source_keys
from newsfuse.dedup.shingles import Sketch, warm_tables
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
from newsfuse.provenance.origins import count_spans, credited_copy_spans, origin_sources, recount_brief
from newsfuse.provenance.titles import event_title
from newsfuse.report.write import EventRecord, ReportWriter, event_record
from newsfuse.runtime import LocalRunner, Runner
from newsfuse.runtime.checkpoint import Journal, content_key
from newsfuse.runtime.closing import (
    Closed,
    DateOrdered,
    closed_clusters,
    copies_of,
    document_frequency,
    terms_of,
)
from newsfuse.runtime.held import Held, HeldArticles, RefOf, head_of
from newsfuse.runtime.spill import Ref, Spill
from newsfuse.runtime.windows import Seam, make_seam, merge_seam, partition_by_time
from newsfuse.summarize import summarize_event

T = TypeVar("T")


@dataclass(frozen=True)
class EventInput:
    """What building one event needs: its articles and the corpus-wide duplicate findings, and the
    headline-only members clustered with them (``cluster.headlines``)."""

    articles: tuple[Article, ...]
    dedup: DedupResult
    members: tuple[Article, ...] = ()


def _headline_only(members: Sequence[Article]) -> tuple[tuple[str, str | None, str], ...]:
    """``Event.headline_only`` of an event's headline-only members, earliest first (undated last)."""
    ordered = sorted(members, key=lambda m: (m.published is None, m.published or "", m.id))
    return tuple((m.id, m.outlet, m.title or m.text) for m in ordered)


def members_event(members: Sequence[Article]) -> Event:
    """The event of headline-only members alone: its earliest member's headline as title, no articles,
    brief, facts or independent sources."""
    only = _headline_only(members)
    dated = sorted(m.published for m in members if m.published)
    return Event(
        id=event_id([m.id for m in members]),
        title=only[0][2],
        article_ids=(),
        independent_sources=0,
        first_published=dated[0] if dated else None,
        headline_only=only,
    )


def build_event(item: EventInput, config: Config) -> Event:
    """Brief, facts and source counts for one group of articles; its headline-only members are named, and
    used for nothing else (an event of members alone: ``members_event``)."""
    articles = item.articles
    if not articles:
        return members_event(item.members)
    ids = {a.id for a in articles}
    shared = tuple(p for p in item.dedup.shared if p.article_id in ids and p.source_id in ids)
    trace = trace_event(articles, source_keys(articles, item.dedup), config.compare.quote_similarity, shared)
    source_of = trace.source_of  # dedup's keys, plus wire datelines crediting a pile outlet
    origin_of = trace.origin_of  # the counted sources: one per origin outlet (reader audit F-7)
    copied = trace.copied  # sentences copied from a credited outlet count for it (reader audit r22)
    duplicates = item.dedup.duplicate_of()
    groups = tuple(g for g in item.dedup.groups if g.canonical in ids)
    canonical = frozenset(a.id for a in articles if a.id not in duplicates)
    brief = recount_brief(
        summarize_event(articles, source_of, config.summarize, selectable=canonical), origin_of, copied
    )
    count = partial(count_spans, origin_of=origin_of, copied=copied) if copied else None
    facts = compare_event(articles, origin_of, config.compare, count)
    sources = origin_sources(articles, source_of, origin_of)
    dated = sorted(a.published for a in articles if a.published)
    languages = Counter(a.language for a in articles if a.language)
    main_language = languages.most_common(1)[0][0] if languages else None
    return Event(
        id=event_id([a.id for a in (*articles, *item.members)]),
        title=event_title(articles, canonical, brief, main_language),
        article_ids=tuple(sorted(ids)),
        independent_sources=len(set(origin_of.values())),
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
        sources=sources,
        headline_only=_headline_only(item.members),
        credited_copies=credited_copy_spans(copied, origin_of, sources),
    )


@dataclass(frozen=True)
class Grouped:
    """The pipeline up to clustering: every input's fate and the article groups."""

    items: tuple[RawDoc | Rejected, ...]
    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    dedup: DedupResult
    clusters: tuple[tuple[str, ...], ...]
    members: tuple[Article, ...] = ()
    """The headline-only members of ``rejected`` (``cluster.headlines``), clustered with the articles: their
    ids are in ``clusters``."""


CLEAN_BATCH = 50
"""Inputs cleaned per call in the pool; their articles are sketched together (numpy over the batch)."""

DEDUP_BATCH = 1000
"""Articles verified against the dedup index at a time, while the pool cleans the next ones. A fixed
size: the batches' bounds decide how rare a fingerprint counts when a pair is verified."""

Cleaned = tuple[Held | Rejected, Sketch | None]


ToClean = tuple[RawDoc, LineStats | None, list[str] | None]
"""An input as a pool task carries it: with its recurring-line statistics, and for plain text its
``source_blocks`` (made in counting them, ``LinesSoFar.read``) in place of its ``text``, which is not sent."""


def _to_clean(raw: RawDoc, lines: LinesSoFar) -> ToClean:
    """``raw`` counted in ``lines`` and made ready for ``clean_batch``."""
    stats, blocks = lines.read(raw)
    return (raw, stats, None) if blocks is None else (replace(raw, text=None), stats, blocks)


def clean_batch(raws: Sequence[ToClean], config: Config, spill: Spill, keyed: bool = False) -> list[Cleaned]:
    """Clean a batch of inputs, each with its recurring-line statistics (``LinesSoFar``) and blocks, sketch its
    articles for dedup and spill them (one pool task's work); with ``keyed``, each article's content key is
    made here too (for the journal)."""
    cleaned = [clean_document(raw, config.clean, stats, blocks) for raw, stats, blocks in raws]
    articles = [c for c in cleaned if isinstance(c, Article)]
    sketches = iter(DedupIndex(config.dedup).sketch(articles))
    refs = iter(spill.write(articles, "articles"))
    return [
        (c, None)
        if isinstance(c, Rejected)
        else (Held(head_of(c), next(refs), content_key("article", c) if keyed else ""), next(sketches))
        for c in cleaned
    ]


def _cleaned(
    documents: Iterable[RawDoc | Rejected],
    config: Config,
    runner: Runner,
    spill: Spill,
    journal: Journal | None,
) -> Iterator[tuple[int, Held | Rejected, Sketch | None]]:
    """Every input's fate with its input position, in input order, as the pool cleans it; from the journal
    when cleaned before (then without a sketch). Inputs are read only as fast as the pool cleans them, and
    new results are journalled every ``checkpoint_every`` inputs."""
    ahead: deque[tuple[int, Held | Rejected | str]] = deque()  # read, not handed over; str: a fresh input

    def batches() -> Iterator[list[ToClean]]:
        batch: list[ToClean] = []
        lines = LinesSoFar()  # each input cleaned with the recurring lines of its site read up to it
        for n, doc in enumerate(documents):
            if isinstance(doc, Rejected):
                ahead.append((n, doc))
                continue
            task = _to_clean(doc, lines)
            key = content_key("clean", (doc, task[1])) if journal is not None else ""
            if journal is not None and key in journal:
                ahead.append((n, journal[key]))
                continue
            ahead.append((n, key))
            batch.append(task)
            if len(batch) == CLEAN_BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    clean = partial(clean_batch, config=config, spill=spill, keyed=journal is not None)
    fresh = (c for batch in runner.imap(clean, batches(), "clean") for c in batch)
    unsaved: list[tuple[str, Held | Rejected]] = []
    for done, sketch in fresh:
        while True:
            n, entry = ahead.popleft()
            if not isinstance(entry, str):
                yield n, entry, None
                continue
            if journal is not None:
                unsaved.append((entry, done))
                if len(unsaved) >= config.runtime.checkpoint_every:
                    journal.append(unsaved)
                    unsaved = []
            yield n, done, sketch
            break
    for n, entry in ahead:
        if isinstance(entry, str):
            raise AssertionError("the runner returned fewer results than inputs")
        yield n, entry, None
    if journal is not None and unsaved:
        journal.append(unsaved)


@dataclass
class Streamed:
    """A run so far: its kept articles (held, in input order), its rejected inputs (with their input
    positions) and dedup's findings; ``articles()`` reads the kept articles back from the spill."""

    held: HeldArticles
    rejected: list[tuple[int, Rejected]]
    dedup: DedupResult
    spill: Spill
    events: int = 0
    index_bytes: int = 0
    """Bytes of the dedup index's numpy buffers at the end of dedup (its sketches and postings: what the
    main process holds per article besides the heads)."""
    members: HeldArticles = field(default_factory=HeldArticles)
    """The headline-only members (``cluster.headlines``) of the rejected inputs, in input order: clustered
    with the kept articles, never sketched, briefed or counted."""

    @cached_property
    def clustered(self) -> HeldArticles:
        """What is clustered: the kept articles, then the headline-only members (``held`` when none)."""
        if not self.members:
            return self.held
        both = HeldArticles()
        for part in (self.held, self.members):
            for n in range(len(part)):
                both.append(part[n])
        return both

    @cached_property
    def ref_of(self) -> Mapping[str, Ref]:
        """Each clustered article's (kept article's or headline-only member's) place in the spill, by id."""
        return RefOf(self.clustered)

    def read(self, ids: Sequence[str]) -> list[Article]:
        """The kept articles ``ids``, whole, read back from the spill."""
        return self.spill.read([self.ref_of[i] for i in ids])

    def articles(self, batch: int = DEDUP_BATCH) -> Iterator[Article]:
        """Every kept article, whole, in input order (read back ``batch`` at a time)."""
        for i in range(0, len(self.held), batch):
            yield from self.spill.read([self.held.ref(n) for n in range(i, min(i + batch, len(self.held)))])

    def rejected_in_order(self) -> list[Rejected]:
        """The rejected inputs in input order."""
        return [r for _, r in sorted(self.rejected, key=lambda item: item[0])]


def _clean_and_dedup(
    documents: Iterable[RawDoc | Rejected],
    config: Config,
    runner: Runner,
    spill: Spill,
    journal: Journal | None = None,
) -> Streamed:
    """Clean inputs on the runner and verify their articles in one mergeable ``DedupIndex`` meanwhile.

    The pool cleans, sketches and spills batches of inputs; this process verifies each ``DEDUP_BATCH`` of
    sketches against the index while the pool goes on. With a journal, the index is saved in the work
    folder with the content key of every article it holds; a later run over the same inputs plus new
    ones loads it and adds only the new articles.
    """
    saved = _saved_index(journal, config) if journal is not None else None
    index, held_keys = saved or (DedupIndex(config.dedup, spill.dir), {})
    held = HeldArticles()
    rejected: list[tuple[int, Rejected]] = []
    members: list[Article] = []
    keys: dict[str, str] = {}
    pending: list[tuple[Held, Sketch | None]] = []
    stale = False  # an article of the saved index changed: the index is rebuilt at the end
    for n, result, sketch in _cleaned(documents, config, runner, spill, journal):
        if isinstance(result, Rejected):
            rejected.append((n, result))
            if (member := rejected_member(result)) is not None:
                members.append(member)
            continue
        held.append(result)
        if journal is not None:
            keys[result.head.id] = result.key
        if result.head.id in held_keys:
            stale = stale or held_keys[result.head.id] != result.key
            continue
        pending.append((result, sketch))
        if len(pending) >= DEDUP_BATCH and not stale:
            _index_batch(index, pending, spill)
            pending = []
    if stale or held_keys.keys() - keys.keys():  # the saved index is not this run's: index all anew
        index, pending = DedupIndex(config.dedup, spill.dir), [(h, None) for h in held]
        while len(pending) > DEDUP_BATCH:
            _index_batch(index, pending[:DEDUP_BATCH], spill)
            pending = pending[DEDUP_BATCH:]
    _index_batch(index, pending, spill)
    if journal is not None and len(index) > len(held_keys):
        # index first, keys second: a kill in between leaves keys that reject the index (a rebuild)
        index.save(journal.dir / "dedup.npz.part")
        (journal.dir / "dedup.keys.part").write_text(json.dumps(keys), encoding="utf-8")
        (journal.dir / "dedup.npz.part").replace(journal.dir / "dedup.npz")
        (journal.dir / "dedup.keys.part").replace(journal.dir / "dedup.keys.json")
    placed = HeldArticles()
    for member, ref in zip(members, spill.write(members, "members"), strict=True):
        placed.append(Held(head_of(member), ref))
    return Streamed(held, rejected, index.result(), spill, index_bytes=index.nbytes, members=placed)


def clean_and_dedup(
    raws: Sequence[RawDoc], config: Config, runner: Runner, journal: Journal | None = None
) -> tuple[list[Article], list[Rejected], DedupResult]:
    """``_clean_and_dedup`` with the kept articles read back whole (for callers that want them all)."""
    with _spill_folder(journal.dir if journal is not None else None) as spill:
        done = _clean_and_dedup(raws, config, runner, spill, journal)
        return list(done.articles()), [r for _, r in done.rejected], done.dedup


def _index_batch(index: DedupIndex, batch: Sequence[tuple[Held, Sketch | None]], spill: Spill) -> None:
    """Add a batch of articles to the index, sketching here (read from the spill) those without a sketch."""
    missing = iter(index.sketch(spill.read([h.ref for h, s in batch if s is None])))
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
    if set(index.ids) != held.keys():
        return None
    return index, held


@contextmanager
def _spill_folder(workdir: str | Path | None) -> Iterator[Spill]:
    """The run's spill: ``spill/`` of the work folder (durable, kept for a resume), or a temporary folder
    removed at the end."""
    if workdir is not None:
        yield Spill(Path(workdir) / "spill", durable=True)
        return
    with tempfile.TemporaryDirectory(prefix="newsfuse-spill-") as folder:
        yield Spill(folder)


def _cluster_spilled(refs: Sequence[Ref], config: ClusterConfig, spill: Spill) -> list[list[str]]:
    """``cluster_articles`` over spilled articles (a pool task reading its own partition)."""
    return cluster_articles(spill.read(refs), config)


def _merge_spilled(
    item: tuple[Seam, Sequence[Ref]], config: ClusterConfig, spill: Spill
) -> list[tuple[str, str]]:
    """``merge_seam`` over a seam of heads, its articles read whole from the spill."""
    seam, refs = item
    return merge_seam(replace(seam, articles=tuple(spill.read(refs))), config)


def cluster_all(
    articles: Sequence[Article],
    dedup: DedupResult,
    config: Config,
    runner: Runner,
    spilled: tuple[Spill, Mapping[str, Ref]] | None = None,
) -> list[list[str]]:
    """Cluster articles into events: all at once (``cluster_articles``, the events of the streamed path),
    or, with embeddings (``cluster.embedding_weight > 0``: embedding is pool work) and more leaders than
    ``runtime.partition_size``, in time-window partitions merged at the seams, whose events depend on
    where the partitions cut. With ``spilled`` (the spill and each article's ref), ``articles`` are heads
    and the whole articles are read from the spill where they are clustered."""
    same_as = dedup.duplicate_of()
    leaders = [a for a in articles if a.id not in same_as]
    if config.cluster.embedding_weight == 0 or len(leaders) <= config.runtime.partition_size:
        whole = spilled[0].read([spilled[1][a.id] for a in articles]) if spilled else articles
        return cluster_articles(whole, config.cluster, same_as=same_as)
    return partitioned_clusters(leaders, same_as, config, runner, spilled)


def partitioned_clusters(
    leaders: Sequence[Article],
    same_as: Mapping[str, str],
    config: Config,
    runner: Runner,
    spilled: tuple[Spill, Mapping[str, Ref]] | None = None,
) -> list[list[str]]:
    """``leaders`` clustered in time-window partitions of at most ``runtime.partition_size`` on the runner,
    merged at the seams (``runtime.windows``), with their copies (``same_as``) added (``spilled``: as for
    ``cluster_all``). Its events depend on where the partitions cut: a seam keeps apart some articles the
    whole corpus's clustering joins."""
    parts = partition_by_time(leaders, config.cluster.time_window_days, config.runtime.partition_size)
    by_id = {a.id: a for a in leaders}
    window = config.cluster.time_window_days
    if spilled is None:
        clustered = runner.map(partial(cluster_articles, config=config.cluster), parts, "cluster")
        seams = [make_seam(left, right, by_id, window) for left, right in pairwise(clustered)]
        merges = runner.map(partial(merge_seam, config=config.cluster), seams, "merge")
    else:
        spill, ref_of = spilled
        cluster = partial(_cluster_spilled, config=config.cluster, spill=spill)
        clustered = runner.map(cluster, [[ref_of[a.id] for a in p] for p in parts], "cluster")
        seams = [make_seam(left, right, by_id, window) for left, right in pairwise(clustered)]
        merge = partial(_merge_spilled, config=config.cluster, spill=spill)
        merges = runner.map(merge, [(s, [ref_of[a.id] for a in s.articles]) for s in seams], "merge")
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
    members = tuple(m for r in rejected if (m := rejected_member(r)) is not None)
    clusters = cluster_all([*articles, *members], dedup, config, runner)
    clustered = tuple(tuple(c) for c in clusters)
    return Grouped(items, tuple(articles), tuple(rejected), dedup, clustered, members)


def event_inputs(grouped: Grouped) -> list[EventInput]:
    """One EventInput per cluster, each with only the duplicate findings among its own articles (and its
    headline-only members)."""
    by_id = {a.id: a for a in (*grouped.articles, *grouped.members)}
    findings = _findings(grouped.dedup)
    split = split_members(grouped.clusters, {m.id for m in grouped.members})
    return [
        EventInput(tuple(by_id[i] for i in kept), findings(kept), tuple(by_id[i] for i in members))
        for kept, members in split
    ]


def _findings(dedup: DedupResult) -> Callable[[Sequence[str]], DedupResult]:
    """Makes the duplicate findings among a cluster's articles from the corpus-wide ones."""
    groups_of: dict[str, list[DuplicateGroup]] = {}
    for g in dedup.groups:
        groups_of.setdefault(g.canonical, []).append(g)
    shared_of: dict[str, list[SharedPassage]] = {}
    for p in dedup.shared:
        shared_of.setdefault(p.article_id, []).append(p)

    def findings(ids: Sequence[str]) -> DedupResult:
        members = set(ids)
        groups = tuple(g for i in ids for g in groups_of.get(i, ()))
        shared = tuple(p for i in ids for p in shared_of.get(i, ()) if p.source_id in members)
        return DedupResult(groups, shared)

    return findings


@dataclass(frozen=True, slots=True)
class SpilledEvent:
    """What building one event needs, its articles named by their place in the spill."""

    refs: tuple[Ref, ...]
    dedup: DedupResult
    members: tuple[Ref, ...] = ()
    """Its headline-only members' places."""

    def __reduce__(self) -> tuple[type[SpilledEvent], tuple[Any, ...]]:
        """Pickled as its class and fields (not a frozen dataclass's two Python functions per object);
        without members as before them (the journal's keys of such events unchanged)."""
        if self.members:
            return SpilledEvent, (self.refs, self.dedup, self.members)
        return SpilledEvent, (self.refs, self.dedup)


TERMS_BATCH = 1024
"""Leaders (consecutive in spill order) whose clustering terms one pool item makes; a pool task makes
``STREAM_CHUNK`` such items."""

TERMS_BUCKET = 4096
"""Leaders (consecutive in date order) whose terms this process reads back together: each item spills
its leaders' terms as one record per bucket they fall in, and the clustering stream holds one bucket."""


def _clusters(done: Streamed, config: Config, runner: Runner) -> Iterable[Sequence[str]]:
    """The events' article ids, each as soon as clustering closes it: the whole corpus, whatever its size,
    is one stream of leaders in date order (``closed_clusters``). The pool reads the leaders in spill order
    (each spill file front to back, whatever the page cache holds), makes their clustering terms, spills
    them (a scratch folder of the spill) grouped by ``TERMS_BUCKET`` of the date order and returns their
    document frequencies; this process sums those, then reads the terms back bucket by bucket as it
    clusters (each scratch file removed once read whole), so it holds the terms of one bucket and the
    events of one time window, never the whole corpus's. With embeddings, ``cluster_all``."""
    same_as = done.dedup.duplicate_of()
    if config.cluster.embedding_weight > 0:
        heads = [h.head for h in done.clustered]
        return _drained(cluster_all(heads, done.dedup, config, runner, (done.spill, done.ref_of)))
    held = done.clustered
    leaders = DateOrdered(held, same_as)
    rank = array("q", [-1]) * len(held)
    for r, n in enumerate(leaders.positions):
        rank[n] = r
    items = _SpillOrdered(held, rank)
    shutil.rmtree(done.spill.dir / "terms", ignore_errors=True)  # an interrupted run's
    scratch = Spill(done.spill.dir / "terms")  # not durable: made again by a resumed run
    make = partial(_bucketed_terms, config=config.cluster, read=done.spill, write=scratch)
    frequency: Counter[str] = Counter()
    buckets: dict[int, list[Ref]] = {}
    for records, counted in runner.imap(make, items, "terms"):
        frequency.update(counted)
        for bucket, ref in records:
            buckets.setdefault(bucket, []).append(ref)
    del rank, items
    copies = copies_of(held.ids, same_as)
    terms = _date_ordered_terms(scratch, buckets, len(leaders))
    return closed_clusters(leaders, terms, copies, config.cluster, frequency)


class _SpillOrdered(Sequence[list[tuple[int, Ref]]]):
    """The leaders with their date rank and spill place, in spill order, ``TERMS_BATCH`` per item (a
    sequence, so the runner cuts it into balanced tasks); ``rank`` is each kept article's place in the date
    order (-1: a copy)."""

    def __init__(self, held: HeldArticles, rank: array[int]) -> None:
        self._held, self._rank = held, rank
        self._order = array("q", (n for n, r in enumerate(rank) if r >= 0))

    def __len__(self) -> int:
        return -(-len(self._order) // TERMS_BATCH)

    @overload
    def __getitem__(self, at: int) -> list[tuple[int, Ref]]: ...

    @overload
    def __getitem__(self, at: slice) -> list[list[tuple[int, Ref]]]: ...

    def __getitem__(self, at: int | slice) -> list[tuple[int, Ref]] | list[list[tuple[int, Ref]]]:
        if isinstance(at, slice):
            return [self[n] for n in range(*at.indices(len(self)))]
        if not -len(self) <= at < len(self):
            raise IndexError(at)
        at %= len(self)
        part = self._order[at * TERMS_BATCH : (at + 1) * TERMS_BATCH]
        return [(self._rank[n], self._held.ref(n)) for n in part]


def _bucketed_terms(
    item: Sequence[tuple[int, Ref]], config: ClusterConfig, read: Spill, write: Spill
) -> tuple[list[tuple[int, Ref]], Counter[str]]:
    """The clustering terms (``terms_of``) of an item of leaders (date rank, spill place) read from
    ``read``, spilled in ``write`` as one file with a record per ``TERMS_BUCKET`` of ranks (the ranks and
    their terms), and their ``document_frequency`` (a pool task). Returns each record's bucket and place.
    Spilled as plain dicts: the main process unpickles them ~40 % faster than Counters."""
    grouped: dict[int, tuple[list[int], list[dict[str, int]]]] = {}
    for (r, _), article in zip(item, read.read([ref for _, ref in item]), strict=True):
        ranks, terms = grouped.setdefault(r // TERMS_BUCKET, ([], []))
        ranks.append(r)
        terms.append(dict(terms_of(article, config)))
    refs = write.write(grouped.values(), "terms")
    counted = document_frequency(t for _, terms in grouped.values() for t in terms)
    return list(zip(grouped, refs, strict=True)), counted


def _date_ordered_terms(
    spill: Spill, buckets: dict[int, list[Ref]], leaders: int
) -> Iterator[dict[str, int]]:
    """The terms of ``_bucketed_terms``'s records ``buckets``, in date order, read a bucket at a time;
    each scratch file is removed once its last record is read."""
    left = Counter(ref.file for refs in buckets.values() for ref in refs)
    for bucket in range(-(-leaders // TERMS_BUCKET)):
        first = bucket * TERMS_BUCKET
        slots: list[dict[str, int] | None] = [None] * min(TERMS_BUCKET, leaders - first)
        refs = buckets.pop(bucket, [])
        for ranks, terms in spill.read(refs):
            for r, counts in zip(ranks, terms, strict=True):
                slots[r - first] = counts
        for ref in refs:
            left[ref.file] -= 1
            if not left[ref.file]:
                (spill.dir / ref.file).unlink()
        ready = [counts for counts in slots if counts is not None]
        if len(ready) != len(slots):
            raise AssertionError("the pool returned no terms for some leaders")
        del refs, slots
        yield from _drained(ready)  # handed over one by one: not held while the stream clusters


def _drained(items: list[T]) -> Iterator[T]:
    """``items`` in order, each dropped from the list as it is handed over, so the whole list is not held
    while its consumer works (the events' ids of ``cluster_all``: ~60 bytes per article)."""
    items.reverse()
    while items:
        yield items.pop()


class Ahead(Iterator[T]):
    """``items`` with the ``advance`` of the source they are made from (``ClosedStream.advance``): a runner
    waiting for its pool calls it to do the source's own work meanwhile (``submitted_in_order``)."""

    def __init__(self, items: Iterator[T], advance: Callable[[], bool] | None) -> None:
        self._items = items
        self._advance = advance

    def __iter__(self) -> Ahead[T]:
        return self

    def __next__(self) -> T:
        return next(self._items)

    def advance(self) -> bool:
        """Whether the source did a step of its work (False: it has none to do ahead)."""
        return self._advance() if self._advance is not None else False


def _built(item: SpilledEvent, build: Callable[[EventInput, Config], T], config: Config, spill: Spill) -> T:
    """``build`` over one event whose articles are read from the spill (a pool task)."""
    members = tuple(spill.read(item.members)) if item.members else ()
    return build(EventInput(tuple(spill.read(item.refs)), item.dedup, members), config)


def _keyed(item: tuple[str, SpilledEvent], build: Callable[[SpilledEvent], T]) -> tuple[str, T]:
    return item[0], build(item[1])


def build_events(
    inputs: Iterable[SpilledEvent],
    build: Callable[[EventInput, Config], T],
    sink: Callable[[T], object],
    config: Config,
    runner: Runner,
    spill: Spill,
    journal: Journal | None = None,
) -> int:
    """``build`` each event on the runner as its input arrives (its articles read from ``spill`` there) and
    hand each result to ``sink`` as it comes back; with a journal, results built before are taken from it
    and new ones recorded every ``checkpoint_every`` events. Returns how many were handed over."""
    job = partial(_built, build=build, config=config, spill=spill)
    count = 0
    if journal is None:
        for built in runner.imap(job, inputs, "events"):
            sink(built)
            count += 1
        return count

    def todo() -> Iterator[tuple[str, SpilledEvent]]:
        nonlocal count
        for item in inputs:
            key = content_key("events", (build.__name__, item))
            if key in journal:
                sink(journal[key])
                count += 1
            else:
                yield key, item

    unsaved: list[tuple[str, T]] = []
    for key, built in runner.imap(partial(_keyed, build=job), todo(), "events"):
        sink(built)
        count += 1
        unsaved.append((key, built))
        if len(unsaved) >= config.runtime.checkpoint_every:
            journal.append(unsaved)
            unsaved = []
    journal.append(unsaved)
    return count


_WARM_TEXTS = (
    "Ferry crews in Lowmere returned to work on Tuesday, 4 March 2025, after a two-day stoppage over "
    'rosters, the Lowmere Harbour Authority said.\n\n"We have an agreement that keeps 12 boats running '
    'through the spring," said Ada Quill, a spokeswoman for the authority. About 3,400 passengers were '
    "affected in France and Germany, she said.",
    "The Lowmere ferry stoppage ended on Tuesday after two days, the harbour authority said. Ada Quill "
    "said the agreement keeps 12 boats running through the spring; some 3,400 passengers were stranded.",
)
"""Two short made-up reports of one story: ``warm_models`` runs them through the stages."""


def warm_models(config: Config) -> None:
    """Clean two made-up articles and build their event here, so that what the stages load on first use
    (the language model, pycountry's tables, cached lookups) is loaded in this process: pool workers
    forked after it share those pages instead of each loading its own copy (~1 CPU-s per worker). The
    stages' lazy loads are pure caches, so nothing after depends on this having run."""
    detect_language(_WARM_TEXTS[0])  # cleaning calls it only when stop words leave the language open
    warm_tables()  # dedup sketching's code-point and power tables (~0.13 CPU-s per worker made there)
    raws = [RawDoc(id=f"warm-{n}", path="", text=t) for n, t in enumerate(_WARM_TEXTS)]
    articles = [a for a in (clean_document(r, config.clean) for r in raws) if isinstance(a, Article)]
    if articles:
        build_event(EventInput(tuple(articles), DedupResult((), ())), config)


@contextmanager
def streamed(
    documents: Iterable[RawDoc | Rejected],
    sink: Callable[[T], object],
    build: Callable[[EventInput, Config], T],
    config: Config,
    runner: Runner,
    workdir: str | Path | None = None,
    withdraw: Callable[[str], object] | None = None,
) -> Iterator[Streamed]:
    """Run every stage after ingest, handing each event's ``build`` result to ``sink`` as soon as it is
    built, and yield what the run keeps besides its events (the kept articles stay readable from the
    spill until the block ends). An event reopened by a far tie after its hand-over (``closed_clusters``)
    reaches ``sink`` again, whole, under its id (``sink`` keeps the later one); ``withdraw`` is given the
    id of each earlier event it replaces under another id, before ``sink`` gets it.

    Documents are read as the pool cleans them; cleaned articles are spilled by the pool workers and the
    main process keeps only their heads and dedup sketches; clustering hands each event to the pool as
    soon as the time window has closed it, and the workers read the event's articles from the spill. So
    the main process holds no article text and no built event, and the workers hold one task's worth.
    With ``workdir``, finished work is journalled there (the spill too) and a later run with the same
    folder (after a crash, or with more inputs) continues from it instead of starting over.
    """
    journal = Journal(workdir, _fingerprint(config)) if workdir is not None else None
    if getattr(runner, "forks_pool", False):  # a LocalRunner about to fork its pool (or a wrapper of one)
        warm_models(config)
    with _spill_folder(workdir) as spill:
        done = _clean_and_dedup(documents, config, runner, spill, journal)
        findings = _findings(done.dedup)
        clusters = _clusters(done, config, runner)
        replacing: dict[str, list[str]] = {}  # a hand-over's event id -> the earlier ones it replaces

        def noted(ids: Sequence[str]) -> Sequence[str]:
            if isinstance(ids, Closed) and ids.replaces:
                replacing.setdefault(event_id(ids), []).extend(ids.replaces)
            return ids

        def sunk(built: T) -> None:
            eid = getattr(built, "id", None)
            for old in replacing.pop(eid, ()) if eid is not None else ():
                if old != eid and withdraw is not None:  # built after it: results come in item order
                    withdraw(old)
            sink(built)

        member_ids = frozenset(done.members.ids)

        def spilled(ids: Sequence[str]) -> SpilledEvent:
            if not member_ids:
                return SpilledEvent(tuple(done.ref_of[i] for i in ids), findings(ids))
            ((kept, members),) = split_members([ids], member_ids)
            refs = tuple(done.ref_of[i] for i in kept)
            return SpilledEvent(refs, findings(kept), tuple(done.ref_of[i] for i in members))

        inputs = Ahead((spilled(ids) for ids in map(noted, clusters)), getattr(clusters, "advance", None))
        done.events = build_events(inputs, build, sunk, config, runner, spill, journal)
        yield done


def process(
    documents: Iterable[RawDoc | Rejected],
    config: Config | None = None,
    runner: Runner | None = None,
    workdir: str | Path | None = None,
) -> RunResult:
    """Run every stage after ingest on documents already read, and return everything in memory (for
    small runs and tests; ``streamed`` with a report writer keeps memory bounded for large ones).

    Cleaning overlaps dedup verification, and clustering overlaps event building: events are built on
    the runner as soon as clustering has closed them. With ``workdir``, finished work is journalled there
    and a later call with the same folder (after a crash, or with more inputs) continues from it instead
    of starting over.
    """
    config = config or Config()
    runner = runner or LocalRunner()
    built: dict[str, Event] = {}  # by id: an event handed over again (a far tie's follow-up) replaces its own

    def withdraw(eid: str) -> None:
        built.pop(eid, None)

    with streamed(
        documents, lambda e: built.__setitem__(e.id, e), build_event, config, runner, workdir, withdraw
    ) as done:
        articles = tuple(done.articles())
    events = sorted(built.values(), key=lambda e: (e.first_published or "", e.id), reverse=True)
    return RunResult(
        articles=articles,
        rejected=tuple(done.rejected_in_order()),
        dedup=done.dedup,
        events=tuple(events),
        config=config.to_dict(),
    )


def built_record(item: EventInput, config: Config) -> EventRecord:
    """An event built and made ready for the report writers (on the pool, where its articles are)."""
    return event_record(build_event(item, config), item.articles, item.dedup)


def write_run(
    documents: Iterable[RawDoc | Rejected],
    out_dir: str | Path,
    config: Config | None = None,
    runner: Runner | None = None,
    workdir: str | Path | None = None,
) -> dict[str, Any]:
    """Run every stage after ingest and write the outputs of ``write_outputs`` into ``out_dir`` as the
    events are built, without holding the run in memory (see ``streamed``). Returns the report's stats."""
    config = config or Config()
    runner = runner or LocalRunner()
    with (
        ReportWriter(out_dir) as writer,
        streamed(documents, writer.add, built_record, config, runner, workdir, writer.withdraw) as done,
    ):
        return writer.finish(done.articles(), done.rejected_in_order(), done.dedup, config.to_dict())


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


def run_to(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    config: Config | None = None,
    runner: Runner | None = None,
    workdir: str | Path | None = None,
) -> dict[str, Any]:
    """Read every file under ``paths``, run the whole pipeline and write its outputs into ``out_dir`` as
    the run goes (``write_run``); returns the report's stats."""
    config = config or Config()
    return write_run(read_inputs(paths, config.ingest, fetcher_for(config)), out_dir, config, runner, workdir)


def fetcher_for(config: Config) -> PoliteFetcher | None:
    """The polite fetcher the ``[runtime]`` fetch settings ask for, or None when fetching is off."""
    rt = config.runtime
    if not rt.fetch:
        return None
    return PoliteFetcher(rt.fetch_policy())
