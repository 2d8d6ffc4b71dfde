"""Batch clustering that hands over each event as soon as clustering can no longer change it.

``closed_clusters`` gives the events of ``cluster_articles`` (same clusterer, same date order, same
document frequencies, same final consolidation), but as a stream: when the newest day moves on, the
clusterer consolidates and then retires every event whose last day is more than ``time_window_days +
late_days`` before it (or, with ``tie_days``, an event that could still take a late article by a
long-range tie once that many days have passed: an article tied to it joins its old id before it is
handed over). So the pipeline can build those events on the pool while this process goes on clustering
the later articles. Events still open at the end (those whose articles are all undated, too) close then.

Far ties (``cluster.far_days``) come after the hand-over, as follow-ups: an event handed over is kept in
the clusterer's far index, and an article (or an event leaving the window) that far-ties to it reopens it
under its old id; when it closes again it is handed over again, whole (its earlier articles and the new
ones, ``Closed.replaces`` naming the ``event_id`` of each earlier hand-over it replaces), so the events a
reader keeps (each hand-over replacing those it names) are the batch clusterer's. What is kept for that
is bounded by the far index: the article ids of each handed-over event held far (dropped when the
clusterer forgets it).

Memory is bounded by the time window (and the far index), not by the corpus: the terms may come lazily
(``frequency`` given, e.g. summed from the pool's batches), and what the clusterer keeps of a closed event
(its merge records and the aliases of the events it absorbed) is dropped when the event is handed over. Only the
document frequencies (the corpus's vocabulary), the leaders' positions and the copies map grow with the
corpus.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import overload

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.batch import date_key
from newsfuse.cluster.features import article_terms
from newsfuse.cluster.ids import event_id
from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from newsfuse.runtime.handover import Closed as Closed  # its home until now: still importable from here
from newsfuse.runtime.held import HeldArticles


def terms_of(article: Article, config: ClusterConfig) -> Counter[str]:
    """An article's clustering terms (``article_terms``), made on the pool for ``closed_clusters``."""
    return article_terms(article, config.max_words, config.lead_words)


class DateOrdered(Sequence[Article]):
    """The heads of ``held`` whose ids are not in ``skip``, in ``date_order`` (by day, undated last, then
    id), kept as their positions in ``held`` (8 bytes each) and made again when read: a large corpus's
    leaders without a head object each for the whole run."""

    def __init__(self, held: HeldArticles, skip: Container[str]) -> None:
        self._held = held
        kept = (n for n, aid in enumerate(held.ids) if aid not in skip)
        self.positions = array("q", sorted(kept, key=lambda n: date_key(held[n].head)))

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, at: int) -> Article: ...

    @overload
    def __getitem__(self, at: slice) -> list[Article]: ...

    def __getitem__(self, at: int | slice) -> Article | list[Article]:
        if isinstance(at, slice):
            return [self._held[n].head for n in self.positions[at]]
        return self._held[self.positions[at]].head


def copies_of(ids: Iterable[str], same_as: Mapping[str, str]) -> dict[str, list[str]]:
    """Each clustered article's duplicate copies among the articles ``ids`` (chains of copies followed)."""
    known = set(ids)
    out: dict[str, list[str]] = {}
    for copy_id, target in same_as.items():
        if copy_id not in known:
            continue
        while target in same_as:
            target = same_as[target]
        out.setdefault(target, []).append(copy_id)
    return out


def document_frequency(terms: Iterable[Mapping[str, int]]) -> Counter[str]:
    """In how many of ``terms`` (each an article's ``terms_of``) each term occurs."""
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    return frequency


def replaced(events: Iterable[Sequence[str]]) -> list[list[str]]:
    """The events a reader keeps of ``closed_clusters``'s hand-overs: each one without those that a later
    one ``replaces`` (``Closed.replaces``), in hand-over order."""
    kept: dict[str, list[str]] = {}
    for ids in events:
        for old in getattr(ids, "replaces", ()):
            kept.pop(old, None)
        kept[event_id(ids)] = list(ids)
    return list(kept.values())


def closed_clusters(
    leaders: Sequence[Article],
    terms: Iterable[Mapping[str, int]],
    copies: Mapping[str, Sequence[str]],
    config: ClusterConfig,
    frequency: Mapping[str, int] | None = None,
) -> Iterator[Closed]:
    """The sorted article ids of each event of the clustered ``leaders`` (their ``copies`` added), each
    yielded once it is closed; an event reopened by a far tie is yielded again, whole, when it closes
    again (``Closed.replaces``; ``replaced`` gives the events a reader keeps). ``leaders`` come in
    ``date_order``; ``terms``: each one's ``terms_of``, in the same order. ``frequency``: the
    ``document_frequency`` of all the ``terms``; when given, ``terms`` is read once, lazily (so it need not
    be held whole), else it is read twice."""
    if frequency is None:
        terms = list(terms)
        frequency = document_frequency(terms)
    clusterer = StreamClusterer(config, frequency, len(leaders))
    clusterer.keep_retired = True
    frequency = None  # the clusterer keeps its own copy; the caller's is dropped when it hands this over
    # (set to None, not deleted: a compiled build cannot ``del`` a parameter)
    members: dict[str, list[str]] = {}
    absorbed: dict[str, list[str]] = {}  # the ids of the events each open event has absorbed
    handed: dict[str, list[Closed]] = {}  # events handed over that may return (held far): their hand-overs

    def follow_merges() -> None:
        for merge in clusterer.merges:
            members.setdefault(merge.kept, []).extend(members.pop(merge.absorbed, []))
            absorbed.setdefault(merge.kept, []).extend([merge.absorbed, *absorbed.pop(merge.absorbed, [])])
            if merge.absorbed in handed:  # a follow-up absorbed: the kept event replaces its hand-overs
                handed.setdefault(merge.kept, []).extend(handed.pop(merge.absorbed))
        clusterer.merges.clear()  # followed: the clusterer only appends to it

    def close(eid: str, last: bool = False) -> Closed:
        """Hand over a closed event (with its earlier hand-overs' articles, which it replaces), dropping
        what the clusterer keeps of it: it takes no article or merge again but by a far tie, which
        reopens it under its own id, so the aliases naming it are never resolved again."""
        for old in absorbed.pop(eid, ()):
            clusterer.aliases.pop(old, None)
        earlier = handed.pop(eid, [])
        ids = Closed(sorted(chain(_with_copies(members.pop(eid, []), copies), *earlier)))
        ids.replaces = tuple(event_id(e) for e in earlier)
        if not last and clusterer.holds(eid):
            handed[eid] = [ids]
        return ids

    for article, counts in zip(leaders, terms, strict=True):
        # when the article's day is past the newest, ``add`` first consolidates, then retires closed events
        eid = clusterer.add(article, None, counts)
        follow_merges()
        members.setdefault(eid, []).append(article.id)
        if clusterer.retired:
            for old in clusterer.retired:
                yield close(old)
            clusterer.retired.clear()
        if clusterer.forgotten:  # never to return: their hand-overs stand
            for old in clusterer.forgotten:
                handed.pop(old, None)
            clusterer.forgotten.clear()
    clusterer.consolidate()
    follow_merges()
    for eid in list(members):
        yield close(eid, last=True)


def _with_copies(ids: list[str], copies: Mapping[str, Sequence[str]]) -> list[str]:
    return sorted([*ids, *(c for i in ids for c in copies.get(i, ()))])
