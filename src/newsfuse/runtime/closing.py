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
from collections import Counter, deque
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


AHEAD_ARTICLES = 100_000
"""Articles of closed events that ``ClosedStream.advance`` lets wait, at most (their ids only: ~10 bytes
each besides the strings the run holds anyway)."""


def closed_clusters(
    leaders: Sequence[Article],
    terms: Iterable[Mapping[str, int]],
    copies: Mapping[str, Sequence[str]],
    config: ClusterConfig,
    frequency: Mapping[str, int] | None = None,
) -> ClosedStream:
    """The sorted article ids of each event of the clustered ``leaders`` (their ``copies`` added), each
    yielded once it is closed; an event reopened by a far tie is yielded again, whole, when it closes
    again (``Closed.replaces``; ``replaced`` gives the events a reader keeps). ``leaders`` come in
    ``date_order``; ``terms``: each one's ``terms_of``, in the same order. ``frequency``: the
    ``document_frequency`` of all the ``terms``; when given, ``terms`` is read once, lazily (so it need not
    be held whole), else it is read twice. See ``ClosedStream`` for clustering ahead of the reader."""
    return ClosedStream(leaders, terms, copies, config, frequency)


class ClosedStream(Iterator[Closed]):
    """``closed_clusters``'s hand-overs, read one by one; each ``next`` clusters only as far as the next
    hand-over. ``advance`` clusters one leader further without handing anything over (a caller waiting for
    its pool calls it meanwhile): the events it closes wait, up to ``ahead`` articles of them, and one that
    a far tie reopens (or a follow-up absorbs) while it waits is never handed over: its articles come in
    the later hand-over, which names in ``replaces`` what it replaced instead of it. So the events a reader
    keeps are the same, and fewer are built only to be replaced."""

    def __init__(
        self,
        leaders: Sequence[Article],
        terms: Iterable[Mapping[str, int]],
        copies: Mapping[str, Sequence[str]],
        config: ClusterConfig,
        frequency: Mapping[str, int] | None = None,
        ahead: int = AHEAD_ARTICLES,
    ) -> None:
        if frequency is None:
            terms = list(terms)
            frequency = document_frequency(terms)
        self._clusterer = StreamClusterer(config, frequency, len(leaders))
        self._clusterer.keep_retired = True
        frequency = None  # the clusterer keeps its own copy; the caller's is dropped when it hands this over
        # (set to None, not deleted: a compiled build cannot ``del`` a parameter)
        self._pairs = zip(leaders, terms, strict=True)
        self._copies = copies
        self._members: dict[str, list[str]] = {}
        self._absorbed: dict[str, list[str]] = {}  # the ids of the events each open event has absorbed
        self._handed: dict[str, list[Closed]] = {}  # events handed over that may return (held far)
        self._waiting: deque[Closed] = deque()  # closed, not yet handed over (in hand-over order)
        self._live: set[int] = set()  # ``id`` of each waiting hand-over not dropped since
        self._waiting_articles = 0
        self._done = False
        self.ahead = ahead

    def __iter__(self) -> ClosedStream:
        return self

    def __next__(self) -> Closed:
        while True:
            while self._waiting:
                ids = self._waiting.popleft()
                if id(ids) in self._live:
                    self._live.discard(id(ids))
                    self._waiting_articles -= len(ids)
                    return ids
            if self._done:
                raise StopIteration
            self._step()

    def advance(self) -> bool:
        """Cluster one more leader (or close the last events) without handing over; False when there is
        nothing left to cluster or ``ahead`` articles already wait."""
        if self._done or self._waiting_articles >= self.ahead:
            return False
        self._step()
        return True

    def _step(self) -> None:
        clusterer = self._clusterer
        pair = next(self._pairs, None)
        if pair is None:
            self._done = True
            clusterer.consolidate()
            self._follow_merges()
            for eid in list(self._members):
                self._wait(self._close(eid, last=True))
            return
        article, counts = pair
        # when the article's day is past the newest, ``add`` first consolidates, then retires closed events
        eid = clusterer.add(article, None, counts)
        self._follow_merges()
        self._members.setdefault(eid, []).append(article.id)
        if clusterer.retired:
            for old in clusterer.retired:
                self._wait(self._close(old))
            clusterer.retired.clear()
        if clusterer.forgotten:  # never to return: their hand-overs stand
            for old in clusterer.forgotten:
                self._handed.pop(old, None)
            clusterer.forgotten.clear()

    def _wait(self, ids: Closed) -> None:
        self._waiting.append(ids)
        self._live.add(id(ids))
        self._waiting_articles += len(ids)

    def _follow_merges(self) -> None:
        clusterer, members, absorbed, handed = self._clusterer, self._members, self._absorbed, self._handed
        for merge in clusterer.merges:
            members.setdefault(merge.kept, []).extend(members.pop(merge.absorbed, []))
            absorbed.setdefault(merge.kept, []).extend([merge.absorbed, *absorbed.pop(merge.absorbed, [])])
            if merge.absorbed in handed:  # a follow-up absorbed: the kept event replaces its hand-overs
                handed.setdefault(merge.kept, []).extend(handed.pop(merge.absorbed))
        clusterer.merges.clear()  # followed: the clusterer only appends to it

    def _close(self, eid: str, last: bool = False) -> Closed:
        """A closed event (with its earlier hand-overs' articles, which it replaces), dropping what the
        clusterer keeps of it: it takes no article or merge again but by a far tie, which reopens it under
        its own id, so the aliases naming it are never resolved again. An earlier hand-over still waiting
        is dropped (never handed over, not named in ``replaces``; what it replaces, this one does)."""
        clusterer = self._clusterer
        for old in self._absorbed.pop(eid, ()):
            clusterer.aliases.pop(old, None)
        earlier = self._handed.pop(eid, [])
        ids = Closed(sorted(chain(_with_copies(self._members.pop(eid, []), self._copies), *earlier)))
        replaces: list[str] = []
        for before in earlier:
            if id(before) in self._live:  # dropped: this one replaces what it would have replaced
                self._live.discard(id(before))
                self._waiting_articles -= len(before)
                replaces.extend(before.replaces)
            else:
                replaces.append(event_id(before))
        ids.replaces = tuple(dict.fromkeys(replaces))
        if not last and clusterer.holds(eid):
            self._handed[eid] = [ids]
        return ids


def _with_copies(ids: list[str], copies: Mapping[str, Sequence[str]]) -> list[str]:
    return sorted([*ids, *(c for i in ids for c in copies.get(i, ()))])
