"""Streaming event clustering: each arriving article joins an event or opens one; ids never change.

Use it for incremental ingest (a store, a ``watch`` command)::

    clusterer = StreamClusterer(config.cluster)
    eid = clusterer.add(article)          # the event id, given once and never changed
    clusterer.resolve(eid)                # the id that event is known by now (after merges)
    clusterer.aliases                     # {absorbed event id: surviving event id}
    clusterer.merges                      # [Merge(kept, absorbed, article_id)], in order
    clusterer.ties                        # [Tie(event, article_id, days)]: long-range ties, in order
    clusterer.consolidate()               # average-linkage merges now (e.g. at the end of a feed)
    state = clusterer.to_state()          # JSON-serialisable; StreamClusterer.from_state(state) resumes

How it decides: an article is a unit TF-IDF vector of words, entity-like spans and numbers
(``features``); candidate events come from an inverted index over the article's top terms, so the
cost per article does not grow with the corpus; the article joins the best event when its mean cosine to
that event's articles (``mean_join``; else the cosine to the event's centroid), halved every
``decay_half_life_days`` of distance to the event's days, reaches ``threshold`` (``full_threshold`` for
an article described by a full vector, and between the two for one in between; the score is raised for
an event of one article, ``single_discount``, and for one sharing rare names with the article,
``name_bonus``, less for one such name, ``one_name_bonus``, and lowered for a larger event, ``size_penalty``) — otherwise it opens a new event whose id
is ``event_id([article.id])``. With
``embedding_weight > 0`` the cosine is blended with that of sentence embeddings (``embed``; optional). Events further
than ``time_window_days`` from an article never take it. When an article matches two events whose
centroids are alike (``merge_threshold``; for two events of several articles each, a threshold rising
with the article's fullness to ``merge_multi_threshold``, unless the two are one story's days: dated,
within ``story_days``, sharing rare names), the younger event is merged into the older one:
its id stays valid as an alias of the surviving id. ``consolidate`` (run whenever the newest day moves on,
and at the end of a batch) merges events by average linkage — the mean similarity over all pairs of their
articles reaches ``link_threshold``, ``link_multi_threshold`` for two events of several articles each
(unless one story's days, as for bridges); two events of headlines also when their centroids' cosine reaches
``headline_link`` (a headline's few words give a tiny mean over pairs even within one story) —
recording each merge the same way. An article that joins no
event within the window may still join an older event kept open for late articles (a long-range tie,
``tie_threshold``): only when they share rare names (people, places held by at most ``tie_max_df``
articles) and its undecayed mean cosine to the event's articles is high; the old id is kept and the tie
recorded in ``ties``.

Far ties (``far_days``): an event leaving the open window and the archive that holds ``far_names``
distinct rare names is kept until ``far_days`` after its newest article as its id, its ``far_keep``
heaviest rare names and a compact mean vector (``far_terms`` terms) only; an article that joins no event,
or an event leaving the window, that shares ``far_names`` distinct rare names with it and reaches
``far_threshold`` against its compact vector takes its id (a tie, or a merge). Dated news revisits a story
months later (a charge, a trial, a verdict, an anniversary) naming the same victim, suspect and street;
look-alike incidents do not share several such names (a far or date tie's score counts a country's, a
people's or an institution's name at ``tie_general_weight``: ``cluster.kinds``). At most ``far_events`` are kept (the oldest go
first), so this memory is bounded too. An event is handed over (``retired``) when it leaves the open window
and the archive, whether it is kept far or not: one kept far that takes a far tie is a follow-up, open again
under its old id, and is handed over again when it leaves again (``holds`` tells whether a handed-over event
may still return; ``forgotten`` lists those that left the far index for good).

Memory is bounded by the time window: events whose newest article is more than ``time_window_days +
late_days`` older than the newest article seen are dropped from the index, so articles fed out of date
order (files as they come) still find their event, while an article of a closed event that arrives
later than that opens a new one. Undated articles are never kept apart by time. Document frequencies are
learnt as articles arrive unless fixed ones are given (batch mode fits them on the whole pile first).
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import chain, compress, filterfalse, islice, repeat
from operator import add, itemgetter, methodcaller, mul
from typing import Any

from newsfuse.cluster.embed import Embedder, embedding_text, load_embedder
from newsfuse.cluster.features import ENTITY, TermFactors, article_terms, dates_of, published_day, weigh
from newsfuse.cluster.ids import event_id
from newsfuse.cluster.kinds import by_kind
from newsfuse.cluster.pairs import PairModel, Split, features, kind_dots, split
from newsfuse.config import ClusterConfig
from newsfuse.errors import NewsfuseError
from newsfuse.model import Article


class StateError(NewsfuseError):
    """A saved clusterer state that cannot be resumed (wrong version or shape)."""


_STATE_VERSION = 1
_IS_NAME = methodcaller("startswith", ENTITY)
_WEIGHT = itemgetter(1)
RARE_SHARE = 0.01
"""A name earns ``cluster.name_bonus`` only when at most this share of the articles seen hold it."""
DATE_NAMES_ANY_PILE = 3
"""A name held by at most this many of the articles seen may tie a follow-up to a dated event
(``date_tie``) whatever the number seen; a name held by more must also pass ``RARE_SHARE`` (early in a
stream, after a few hundred articles, a city or a police force is still held by five of them)."""
HEADLINE_NAMES_ANY_PILE = 3
"""A headline's name (a vector with ``_fullness`` 0) held by at most this many of the articles seen earns
``cluster.name_bonus`` whatever the number seen; a full article's must pass ``RARE_SHARE``. Early in a stream
``RARE_SHARE`` of the articles seen is below one or two, and a headline's few words leave its names the best
sign of its story (UCI's headline stream, session 24: cluster.md)."""
DATE_LEEWAY = 2
"""A date a follow-up names (``date_tie``) may be this many days before the event's first article (news of
a night's shooting comes out the next day or two)."""
HEADLINE_FULLNESS = 0.25
"""With ``cluster.headline_link``: an article is a headline, and an event one of headlines, when its (its
members' mean) ``_fullness`` is at most this (a vector of at most 35 of 80 terms)."""
RECURRING_EPISODES = 3
"""With learnt document frequencies (a stream): a name that came back in this many separate episodes (a
holder more than ``time_window_days + late_days`` after the name's newest holder before it) is not rare
(``_rare``), however few articles hold it so far. A stream has not seen a name's later holders: a town, a
hospital or a police force is held by five articles for months before the pile's count shows it is common
(GVA, session 20: stream rare-name tests with the whole set's frequencies close the stream-batch gap);
one story's names come back once or twice (a charge, a verdict), a place's in every incident there."""


@dataclass
class _Event:
    id: str
    centroid: dict[str, float]
    norm2: float
    size: int
    first_day: int | None
    last_day: int | None
    dense: list[float] | None = None  # sum of the members' sentence embeddings (embedding_weight > 0)
    fullness: float = 0.0  # sum of the members' ``_fullness`` (0 each for a headline)
    parts: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # norm2 per kind, with a pair model


@dataclass(frozen=True, slots=True)
class Merge:
    """Two events found to be one: ``absorbed`` is now an alias of ``kept``."""

    kept: str
    absorbed: str
    article_id: str


@dataclass
class _Index:
    """Active events and the inverted index from terms to the events whose centroid holds them."""

    events: dict[str, _Event] = field(default_factory=dict)
    postings: dict[str, set[str]] = field(default_factory=dict)
    expiry: list[tuple[int, str]] = field(default_factory=list)

    def add_terms(self, event: _Event, vector: Mapping[str, float]) -> None:
        centroid, postings, eid = event.centroid, self.postings, event.id
        if not centroid:  # a new event (most articles open one): every term is new, each weight its own
            for term in vector:
                holders = postings.get(term)
                if holders is None:
                    postings[term] = {eid}
                else:
                    holders.add(eid)
            centroid.update(vector)
            return
        for term in filterfalse(centroid.__contains__, vector):
            holders = postings.get(term)
            if holders is None:
                postings[term] = {eid}
            else:
                holders.add(eid)
        centroid.update(
            zip(vector, map(add, map(centroid.get, vector, repeat(0.0)), vector.values()), strict=True)
        )

    def drop(self, event: _Event) -> None:
        del self.events[event.id]
        for term in event.centroid:
            holders = self.postings.get(term)
            if holders is not None:
                holders.discard(event.id)
                if not holders:
                    del self.postings[term]

    def put(self, event: _Event) -> None:
        """Index an event (one resumed from a saved state)."""
        self.events[event.id] = event
        for term in event.centroid:
            self.postings.setdefault(term, set()).add(event.id)
        if event.last_day is not None:
            heapq.heappush(self.expiry, (event.last_day, event.id))

    def expire(self, before: int) -> list[_Event]:
        """Drop the events whose newest day is before ``before``; returns them."""
        dropped = []
        for event in _passed(self.expiry, self.events, before):
            self.drop(event)
            dropped.append(event)
        return dropped


def _passed(expiry: list[tuple[int, str]], events: Mapping[str, _Event], before: float) -> Iterator[_Event]:
    """The events whose newest day is before ``before``, popped from the heap ``expiry`` of (newest day,
    event id); an entry whose event is gone or has a newer day since is skipped (a newer entry stands)."""
    while expiry and expiry[0][0] < before:
        day, eid = heapq.heappop(expiry)
        event = events.get(eid)
        if event is not None and event.last_day == day:
            yield event


@dataclass
class _Archive:
    """Events past the open window kept for long-range ties only (``tie_days``), indexed by their rare
    names; ``expiry``: (newest day, event id)."""

    events: dict[str, _Event] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    postings: dict[str, set[str]] = field(default_factory=dict)
    expiry: list[tuple[int, str]] = field(default_factory=list)

    def keep(self, event: _Event, names: list[str]) -> None:
        self.events[event.id] = event
        self.names[event.id] = names
        for name in names:
            self.postings.setdefault(name, set()).add(event.id)
        heapq.heappush(self.expiry, (event.last_day or 0, event.id))

    def take(self, eid: str) -> _Event:
        """Remove an event from the archive (it takes an article again) and return it."""
        for name in self.names.pop(eid):
            holders = self.postings[name]
            holders.discard(eid)
            if not holders:
                del self.postings[name]
        return self.events.pop(eid)

    def expire(self, before: int) -> list[tuple[_Event, list[str]]]:
        """Forget the events whose newest day is before ``before``; returns them with their names."""
        gone = []
        for event in _passed(self.expiry, self.events, before):
            names = self.names[event.id]
            gone.append((self.take(event.id), names))
        return gone


@dataclass
class _Far:
    """Events past the open window and the archive kept for far ties only (``far_days``): each one's
    id, newest day, ``far_keep`` heaviest rare names (indexed) and a compact mean vector (those names
    first, then its ``far_terms`` heaviest other terms, each weight over the event's articles);
    ``expiry``: (newest day, event id), the oldest first. Kept lean (a term tuple and a float array per
    event, a list per name): at the ``far_events`` cap this is most of what far ties cost."""

    names: dict[str, int] = field(default_factory=dict)
    """Per event how many of its compact vector's terms (the first ones) are its names."""
    days: dict[str, int] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    """Per event its oldest day (``date_tie``)."""
    vectors: dict[str, tuple[tuple[str, ...], array[float]]] = field(default_factory=dict)
    postings: dict[str, list[str]] = field(default_factory=dict)
    expiry: list[tuple[int, str]] = field(default_factory=list)

    def keep(
        self, eid: str, day: int, names: int, vector: Mapping[str, float], first: int | None = None
    ) -> None:
        """Keep an event (newest day ``day``, oldest ``first``, default ``day``): its first ``names`` terms
        of ``vector`` are its names."""
        self.names[eid], self.days[eid] = names, day
        self.first[eid] = day if first is None else first
        terms = tuple(vector)
        self.vectors[eid] = (terms, array("d", vector.values()))
        postings = self.postings
        for name in terms[:names]:
            holders = postings.get(name)
            if holders is None:
                postings[name] = [eid]
            else:
                holders.append(eid)
        heapq.heappush(self.expiry, (day, eid))

    def names_of(self, eid: str) -> tuple[str, ...]:
        return self.vectors[eid][0][: self.names[eid]]

    def take(self, eid: str) -> int:
        """Remove an event (it takes an article or an event again); returns its newest day."""
        for name in self.names_of(eid):
            holders = self.postings[name]
            holders.remove(eid)
            if not holders:
                del self.postings[name]
        del self.vectors[eid], self.names[eid], self.first[eid]
        return self.days.pop(eid)

    def expire(self, before: float, most: int) -> list[str]:
        """Forget the events whose newest day is before ``before``, then the oldest ones past the first
        ``most``; returns their ids."""
        gone = []
        expiry, days = self.expiry, self.days
        while expiry and (expiry[0][0] < before or len(days) > most):
            day, eid = heapq.heappop(expiry)
            if days.get(eid) == day:
                self.take(eid)
                gone.append(eid)
        return gone


@dataclass(frozen=True, slots=True)
class Tie:
    """A long-range tie: ``article_id`` joined the older event ``event``, ``days`` after its newest day."""

    event: str
    article_id: str
    days: int


def _gap(day: int | None, event: _Event) -> int:
    if day is None or event.first_day is None or event.last_day is None:
        return 0
    return max(0, day - event.last_day, event.first_day - day)


def _headlines(event: _Event) -> bool:
    """Whether an event is one of headlines: its members' mean fullness is at most ``HEADLINE_FULLNESS``."""
    return event.fullness <= HEADLINE_FULLNESS * event.size


def _span_gap(a: _Event, b: _Event) -> int:
    """Days between the nearest articles of two events (0 when either is undated)."""
    if a.first_day is None or a.last_day is None or b.first_day is None or b.last_day is None:
        return 0
    return max(0, b.first_day - a.last_day, a.first_day - b.last_day)


def _named_apart(a: _Event, b: _Event, floor: float) -> bool:
    """Whether two events both name people or places but hardly the same ones: the cosine of their
    entity terms alone is below ``floor`` (look-alike incidents in different towns)."""
    if floor <= 0.0:
        return False
    names_a = {t: w for t, w in a.centroid.items() if t.startswith(ENTITY)}
    names_b = {t: w for t, w in b.centroid.items() if t.startswith(ENTITY)}
    norm = math.sqrt(math.fsum(map(mul, names_a.values(), names_a.values()))) * math.sqrt(
        math.fsum(map(mul, names_b.values(), names_b.values()))
    )
    return norm > 0.0 and _dot(names_a, names_b) < floor * norm


def _entities(names: Iterable[str]) -> int:
    """How many names are not part of a longer one among them: "e:terre", "e:haute", "e:terre haute" and
    "e:terre haute police" are one (a town and its police are one place, not four shared names)."""
    spans = [f" {name[len(ENTITY) :]} " for name in names]
    return sum(1 for span in spans if not any(span != other and span in other for other in spans))


def _top(hits: Counter[str], k: int) -> list[str]:
    """The ``k`` events with most hits; ties broken by id, so the choice never depends on set order."""
    if len(hits) <= k:
        return list(hits)
    cut = sorted(hits.values(), reverse=True)[k - 1]
    # the events above the cut and those at it picked in C (``compress``), not by a Python loop each
    above = list(compress(hits, map(cut.__lt__, hits.values())))
    return above + sorted(compress(hits, map(cut.__eq__, hits.values())))[: k - len(above)]


def _dot(vector: Mapping[str, float], centroid: Mapping[str, float]) -> float:
    return float(sum(map(mul, vector.values(), map(centroid.get, vector, repeat(0.0)))))


def _grow(event: _Event, dots: Sequence[float], norms2: Sequence[float]) -> None:
    """Update an event's squared norms for a vector (or centroid) with these per-kind dot products with
    the event's centroid and these per-kind squared norms being added to it."""
    for kind in range(3):
        event.parts[kind] += 2.0 * dots[kind] + norms2[kind]
    event.norm2 += 2.0 * sum(dots) + sum(norms2)


def _cosine(unit: Sequence[float], total: Sequence[float]) -> float:
    """Cosine between a unit vector and a sum of unit vectors (an event's embeddings)."""
    norm = math.sqrt(math.fsum(map(mul, total, total)))
    return math.fsum(map(mul, unit, total)) / norm if norm else 0.0


class StreamClusterer:
    """Assigns articles, one at a time, to events with stable ids (see the module docstring)."""

    def __init__(
        self,
        config: ClusterConfig | None = None,
        document_frequency: Mapping[str, int] | None = None,
        documents: int = 0,
        embedder: Embedder | None = None,
        pair_model: PairModel | None = None,
    ) -> None:
        """``document_frequency``/``documents`` fix the IDF statistics; without them they are learnt.
        ``embedder`` embeds articles when ``config.embedding_weight > 0`` (default: ``load_embedder()``,
        loaded on first use). ``pair_model`` scores article-event pairs when ``config.pair_model`` is on
        (default: the shipped ``pair_weights.MODEL``)."""
        self.config = config or ClusterConfig()
        self._model = pair_model
        if self._model is None and self.config.pair_model:
            from newsfuse.cluster.pair_weights import MODEL

            self._model = MODEL
        self._kinds = self._model is not None  # keep per-kind norms (``_Event.parts``) for the pair model
        self._join_at = self.config.pair_threshold if self._kinds else self.config.threshold
        self._embedder = embedder
        self._fixed = document_frequency is not None
        self._df: Counter[str] = Counter(document_frequency or {})
        self._documents = documents
        self._name_days: dict[str, int] = {}  # learnt frequencies: each name's newest holder's day
        self._episodes: dict[str, int] = {}  # learnt frequencies: episodes of the names seen in two or more
        self._dots: dict[str, float] = {}  # the last scored article's dot products with its candidates
        self._hits: Counter[str] = Counter()  # the last look-up's events (``_candidates``), by terms shared
        self._last_rare: tuple[Mapping[str, float], list[str]] | None = None  # ``_vector_rare``'s last
        # fixed frequencies: the rare names of each open event opened by an article (its centroid is that
        # article's vector while it holds one article), for ``_close``
        self._opened_rare: dict[str, tuple[_Event, list[str]]] = {}
        self._factors: TermFactors | None = None  # fixed frequencies' per-term factors, made on first use
        self._exact = TermFactors.exact(self.config)
        self._index = _Index()
        self._newest: int | None = None
        self.aliases: dict[str, str] = {}
        self.merges: list[Merge] = []
        self._links: dict[str, set[str]] = {}  # candidate pairs for the next ``consolidate``
        self._last = ""  # the article added last (the one named by consolidation merges)
        self.ties: list[Tie] = []
        self._archive = _Archive()
        self._far = _Far()
        self._stale: set[str] = set()  # open events past the window of the newest day (late articles only)
        self._aging: list[tuple[int, str]] = []  # (newest day, event id): when an event turns stale
        self.keep_retired = False
        """Whether to note in ``retired`` each event handed over, in ``forgotten`` each far event dropped."""
        self.retired: list[str] = []
        """With ``keep_retired``: the events handed over, in the order they left the open window and the
        archive (the owner drains it, as ``closed_clusters`` does). None takes an article or a merge again
        but by a far tie: one kept far (``far_days``; ``holds``) may return as a follow-up under its id, and
        is then handed over again when it leaves again."""
        self.forgotten: list[str] = []
        """With ``keep_retired``: the handed-over events dropped from the far index (past ``far_days`` or
        ``far_events``): they never return (the owner drains it too)."""

    def resolve(self, eid: str) -> str:
        """The id an event is known by now: itself, or the event it was merged into."""
        while eid in self.aliases:
            eid = self.aliases[eid]
        return eid

    @property
    def active_events(self) -> int:
        """How many events are open to new articles (the memory in use)."""
        return len(self._index.events)

    def embed(self, articles: Sequence[Article]) -> list[list[float]]:
        """Sentence embeddings of articles, as ``add`` uses them (batch callers embed many at once)."""
        if self._embedder is None:
            self._embedder = load_embedder()
        return [[float(x) for x in v] for v in self._embedder([embedding_text(a) for a in articles])]

    def add(
        self,
        article: Article,
        embedding: Sequence[float] | None = None,
        terms: Mapping[str, int] | None = None,
    ) -> str:
        """Place one article; returns the id of the event it joins or opens (never changed later).

        ``embedding`` (from ``embed``) is used only when ``config.embedding_weight > 0``; it is computed
        here when not given. ``terms``: the article's ``article_terms``, when the caller has them already."""
        dense: list[float] | None = None
        if self.config.embedding_weight > 0:
            dense = list(embedding) if embedding is not None else self.embed([article])[0]
        if terms is None:
            terms = article_terms(article, self.config.max_words, self.config.lead_words)
        day = published_day(article.published)
        if not self._fixed:
            self._documents += 1
            self._df.update(terms.keys())
            if day is not None:
                self._episode(terms, day)
        vector = self._weigh(terms)
        if day is not None and (self._newest is None or day > self._newest):
            self.consolidate()
            self._newest = day
            self._close(day)
        self._last = article.id
        cut = split(vector) if self._kinds else None
        ranked = self._score(vector, cut, day, dense)
        join_at = self._join_at if self._kinds else self._threshold(len(vector))
        if not ranked or ranked[0][0] < join_at:
            singles = self._single_links(vector, day, ranked) if self.config.single_link_floor > 0.0 else []
            # the article's rare names, looked up once for every kind of tie
            ties, dated = self.config.tie_threshold > 0.0, self.config.date_tie > 0.0
            rare = self._vector_rare(vector) if day is not None and (ties or dated or self._far.names) else []
            tied = self._tie(rare, vector, day) if ties else None
            if tied is not None:
                self.ties.append(Tie(tied.id, article.id, _gap(day, tied)))
            elif self._far.names and day is not None:
                tied = self._far_tie(rare, vector, day, article.id)
            if tied is None and dated and rare and day is not None:
                tied = self._date_tie(rare, vector, day, dates_of(terms), article.id)
            event = tied or _Event(event_id([article.id]), {}, 0.0, 0, None, None)
            if tied is None and self._fixed and self._last_rare is not None and self._last_rare[0] is vector:
                self._opened_rare[event.id] = (event, self._last_rare[1])
            self._index.events[event.id] = event
            self._join(event, vector, cut, day, dense)
            self._record_links(event, [*ranked, *singles], len(vector))
            return event.id
        event = ranked[0][2]
        self._join(event, vector, cut, day, dense, self._dots.get(event.id))
        fullness = self._fullness(len(vector))
        for score, _, other in ranked[1:]:
            if score >= join_at and self._alike(event, other, fullness):
                event = self._merge(event, other, article.id)
        self._record_links(event, ranked, len(vector))
        return event.id

    def _episode(self, terms: Iterable[str], day: int) -> None:
        """Learnt frequencies: count the episodes of the article's names (``RECURRING_EPISODES``): a name
        whose newest holder is more than ``time_window_days + late_days`` before ``day`` begins another.
        An article older than a name's newest holder (fed out of date order) begins none."""
        gap = math.floor(self.config.time_window_days + self.config.late_days)
        newest, episodes = self._name_days, self._episodes
        for name in filter(_IS_NAME, terms):
            last = newest.get(name)
            if last is None:
                newest[name] = day
            elif day > last:
                if day - last > gap:
                    episodes[name] = episodes.get(name, 1) + 1
                newest[name] = day

    def _weigh(self, terms: Mapping[str, int]) -> dict[str, float]:
        """The article's unit vector (``weigh``); with fixed document frequencies each term's IDF and kind
        weight are computed once (``TermFactors``: the same vectors)."""
        documents = max(self._documents, 1)
        if not self._fixed or not self._exact:
            return weigh(terms, self._df, documents, self.config)
        if self._factors is None:
            self._factors = TermFactors(self._df, documents, self.config)
        return weigh(terms, self._df, documents, self.config, self._factors)

    def pair_features(
        self, article: Article, terms: Mapping[str, int] | None = None
    ) -> list[tuple[str, list[float]]]:
        """The candidate events an article would be scored against now, each with the pair ``features``
        (to train a pair model). Changes nothing: learnt document frequencies are not updated."""
        terms = (
            terms
            if terms is not None
            else article_terms(article, self.config.max_words, self.config.lead_words)
        )
        vector = weigh(terms, self._df, max(self._documents, 1), self.config)
        day, cut = published_day(article.published), split(vector)
        half_life = self.config.decay_half_life_days
        return [
            (e.id, features(cut, e.centroid, self._parts(e), e.size, _gap(day, e), half_life))
            for e in self._candidates(vector, day)
        ]

    def _close(self, day: int) -> None:
        """The newest day moved on to ``day``: events past the window of ``day`` turn stale (candidates for
        late articles only); events past ``time_window_days + late_days`` leave the index, kept in the
        archive for long-range ties up to ``tie_days`` when they hold ``tie_names`` rare names; events
        leaving the index or the archive are handed over (``retired``), and kept for far ties up to
        ``far_days`` (``_Far``) when they hold ``far_names`` rare names; far events past ``far_days`` (or past
        ``far_events``, the oldest first) are forgotten. Ties naming an event that cannot return are
        cleared."""
        config = self.config
        for event in _passed(self._aging, self._index.events, day - config.time_window_days):
            self._stale.add(event.id)
        horizon = math.floor(config.time_window_days + config.late_days)
        archive = config.tie_threshold > 0.0 and config.tie_days > horizon
        far = self._far_on(horizon)
        leaving = []
        for event in self._index.expire(day - horizon):
            self._stale.discard(event.id)
            opened = self._opened_rare.pop(event.id, None)
            if not (archive or far):
                names = []
            elif opened is not None and opened[0] is event and event.size == 1:
                names = list(opened[1])  # its one article's vector's: the same names, found at ``add``
            else:
                names = self._rare(event.centroid)
            if archive and len(names) >= config.tie_names and config.tie_event_threshold > 0.0:
                event, names = self._tie_events(event, names)
            if far and len(names) >= config.far_names:
                event, names = self._far_events(event, names)
            if archive and len(names) >= config.tie_names:
                if config.tie_terms:
                    keep = {
                        *names,
                        *heapq.nlargest(config.tie_terms, event.centroid, key=event.centroid.__getitem__),
                    }
                    event.centroid = {t: w for t, w in event.centroid.items() if t in keep}
                self._archive.keep(event, names)
            else:
                leaving.append((event, names))
        leaving += self._archive.expire(day - math.floor(config.tie_days))
        retired = [event.id for event, _ in leaving]
        for event, names in leaving:
            if far and len(names) >= config.far_names and event.last_day is not None:
                heaviest = self._heaviest(names, event.centroid)
                compact = self._compact(event, heaviest)
                self._far.keep(event.id, event.last_day, len(heaviest), compact, event.first_day)
        forgotten = self._far.expire(day - math.floor(config.far_days), config.far_events) if far else []
        # a tie is cleared once its event cannot return: only a handed-over event not kept far, or one
        # forgotten, has just stopped being able to (the far index holds most of those handed over)
        kept_far = far and all(map(self._far.names.__contains__, retired))
        if self.ties and (forgotten or (retired and not kept_far)):
            self.ties = [t for t in self.ties if self.holds(self.resolve(t.event))]
        if self.keep_retired:
            self.retired += retired
            self.forgotten += forgotten

    def _far_on(self, horizon: int) -> bool:
        """Whether events are kept for far ties: ``far_days`` beyond the open window and the archive."""
        config = self.config
        reach = max(horizon, math.floor(config.tie_days) if config.tie_threshold > 0.0 else 0)
        return config.far_names > 0 and config.far_days > reach

    def _heaviest(self, names: Sequence[str], centroid: Mapping[str, float]) -> list[str]:
        """The ``far_keep`` of ``names`` heaviest in ``centroid`` (what an event or article is about; the
        rarest would be the names only an event's own articles hold), ties by name."""
        keep = self.config.far_keep
        if len(names) <= keep:  # all of them (the order does not matter: they are looked up as a set)
            return list(names)
        weight = centroid.get
        return sorted(names, key=lambda name: (-weight(name, 0.0), name))[:keep]

    def _compact(self, event: _Event, names: Sequence[str]) -> dict[str, float]:
        """An event's compact mean vector for far ties: ``names`` (terms of its centroid) first, then its
        ``far_terms`` heaviest other terms, each weight over the event's articles."""
        centroid, size = event.centroid, event.size
        # ``heapq.nlargest``'s own equivalent (a stable sort of the items, heaviest first), at a third of
        # its CPU: its heap runs in Python, comparing each term through a key call (session 18)
        keep = sorted(centroid.items(), key=_WEIGHT, reverse=True)[: self.config.far_terms]
        compact = {t: centroid[t] / size for t in names}
        compact.update((t, w / size) for t, w in keep if t not in compact)
        return compact

    def _far_hit(
        self, names: Iterable[str], vector: Mapping[str, float], size: int, general: float = 1.0
    ) -> str | None:
        """The far event sharing at least ``far_names`` distinct names (``_entities``) of ``names`` whose
        compact vector's dot product with ``vector`` over ``size`` (an article's unit vector, or an
        event's centroid and its size) is the highest, reaching ``far_threshold``; else None. ``general``:
        the weight of ``vector``'s general names in the score (``by_kind``; weighed only once an event
        shares the names)."""
        far, held = self._far, set(names)
        scored: Mapping[str, float] | None = None
        hits = Counter(chain.from_iterable(map(far.postings.get, held, repeat(()))))
        need = self.config.far_names
        best, best_score = None, self.config.far_threshold
        # only the events sharing ``need`` names sorted (most hits share one), in C
        for eid in sorted(compress(hits, map(need.__le__, hits.values()))):
            if _entities(held.intersection(far.names_of(eid))) >= need:
                scored = scored if scored is not None else by_kind(vector, general)
                terms, weights = far.vectors[eid]
                score = math.fsum(map(mul, weights, map(scored.get, terms, repeat(0.0)))) / size
                if score >= best_score:
                    best, best_score = eid, score
        return best

    def _far_tie(
        self, rare: list[str], vector: Mapping[str, float], day: int, article_id: str
    ) -> _Event | None:
        """The far event (``_Far``) an article that joins no event takes (``_far_hit``, over the
        article's ``far_keep`` heaviest rare names of ``rare``, its ``_rare``). It is open again, as a new
        event under its old id (its old articles are far outside the window); the tie is recorded in ``ties``."""
        if len(rare) < self.config.far_names:
            return None
        eid = self._far_hit(self._heaviest(rare, vector), vector, 1, self.config.tie_general_weight)
        if eid is None:
            return None
        last = self._far.take(eid)
        self.ties.append(Tie(eid, article_id, day - last))
        return _Event(eid, {}, 0.0, 0, None, None, parts=[0.0, 0.0, 0.0])

    def _date_tie(
        self,
        rare: list[str],
        vector: Mapping[str, float],
        day: int,
        dates: list[tuple[int, int]],
        article_id: str,
    ) -> _Event | None:
        """The event beyond the open window (late, archived or far) an article that joins no event takes
        because its text names a date of that event (``dates``: the ``#`` terms) and a rare name of it
        (``rare``: the article's ``_rare``; one held by more than ``DATE_NAMES_ANY_PILE`` articles must
        also be held by at most ``RARE_SHARE`` of those seen): one of the dates falls in the event's days (from
        ``DATE_LEEWAY`` days before its first day to its last), and the article's mean cosine to the
        event's articles (a far event's compact vector) is the highest, reaching ``date_tie``; else None.
        A follow-up names the day of what it follows ("the shooting on Aug. 16"), weeks later, with the
        victim's or the street's name; a look-alike incident of that day elsewhere shares no such name.
        The event chosen is open again (a far one under its old id, as ``_far_tie``); the tie is recorded.
        The score counts the article's general names (a country, a people, an institution: ``cluster.kinds``)
        at ``tie_general_weight``: a topic revisited months later shares those, a follow-up its victim's."""
        if not dates:
            return None
        most = max(DATE_NAMES_ANY_PILE, RARE_SHARE * self._documents)
        rare = [name for name in rare if self._df.get(name, 0) <= most]
        if not rare:
            return None
        index, archive, far = self._index, self._archive, self._far
        window = self.config.time_window_days
        weighed: list[Mapping[str, float]] = []

        def scored() -> Mapping[str, float]:
            """The article's vector with its general names weighed (``by_kind``), once a candidate holds."""
            if not weighed:
                weighed.append(by_kind(vector, self.config.tie_general_weight))
            return weighed[0]

        def holds(first: int | None, last: int | None) -> bool:
            return (
                first is not None
                and last is not None
                and any(first - DATE_LEEWAY <= until and since <= last for since, until in dates)
            )

        best, best_score, where = None, self.config.date_tie, ""
        for eid in sorted(set(chain.from_iterable(map(index.postings.get, rare, repeat(()))))):
            event = index.events[eid]
            if _gap(day, event) > window and holds(event.first_day, event.last_day):
                score = _dot(scored(), event.centroid) / event.size
                if score >= best_score:
                    best, best_score, where = eid, score, "index"
        for eid in sorted(set(chain.from_iterable(map(archive.postings.get, rare, repeat(()))))):
            event = archive.events[eid]
            if holds(event.first_day, event.last_day):
                score = _dot(scored(), event.centroid) / event.size
                if score >= best_score:
                    best, best_score, where = eid, score, "archive"
        for eid in sorted(set(chain.from_iterable(map(far.postings.get, rare, repeat(()))))):
            if holds(far.first[eid], far.days[eid]):
                terms, weights = far.vectors[eid]
                score = math.fsum(map(mul, weights, map(scored().get, terms, repeat(0.0))))
                if score >= best_score:
                    best, best_score, where = eid, score, "far"
        if best is None:
            return None
        if where == "far":
            last = far.take(best)
            self.ties.append(Tie(best, article_id, day - last))
            return _Event(best, {}, 0.0, 0, None, None, parts=[0.0, 0.0, 0.0])
        if where == "archive":
            index.put(archive.take(best))
        event = index.events[best]
        self._age(event)
        self.ties.append(Tie(best, article_id, _gap(day, event)))
        return event

    def _far_events(self, event: _Event, names: list[str]) -> tuple[_Event, list[str]]:
        """An event leaving the open window, merged into the far event (if any) sharing ``far_names`` of
        its rare names (``_far_hit``): recorded as a ``Merge`` that keeps the far event's id. Returns the
        event to keep on and its rare names."""
        eid = self._far_hit(names, event.centroid, event.size)
        if eid is None:
            return event, names
        self._far.take(eid)
        revived = _Event(eid, {}, 0.0, 0, None, None, parts=[0.0, 0.0, 0.0])
        self._index.put(revived)
        self._index.put(event)
        kept = self._merge(revived, event, self._last)
        self._index.drop(kept)
        self._stale.discard(kept.id)
        return kept, self._rare(kept.centroid)

    def _tie_events(self, event: _Event, names: list[str]) -> tuple[_Event, list[str]]:
        """An event leaving the open window, merged into the archived event (if any) it shares at least
        ``tie_names`` rare names with at the highest undecayed mean cosine over their articles' pairs,
        reaching ``tie_event_threshold``: a long-range tie of two events (a follow-up that opened an event of its
        own, or joined one of other follow-ups), recorded as a ``Merge``. Returns the event to archive and
        its rare names."""
        config, archive = self.config, self._archive
        hits = Counter(chain.from_iterable(map(archive.postings.get, names, repeat(()))))
        best, best_score = None, config.tie_event_threshold
        for eid, shared in sorted(hits.items()):
            if shared < config.tie_names:
                continue
            other = archive.events[eid]
            small, large = (event, other) if len(event.centroid) <= len(other.centroid) else (other, event)
            score = _dot(small.centroid, large.centroid) / (event.size * other.size)
            if score >= best_score:
                best, best_score = other, score
        if best is None:
            return event, names
        archived = archive.take(best.id)
        self._index.put(archived)  # merged as two open events, then both leave the index again
        self._index.put(event)
        kept = self._merge(archived, event, self._last)
        self._index.drop(kept)
        self._stale.discard(kept.id)
        return kept, self._rare(kept.centroid)

    def holds(self, eid: str) -> bool:
        """Whether an event can still take an article (open, archived for long-range ties, or far: a
        handed-over event held far may return as a follow-up)."""
        return eid in self._index.events or eid in self._archive.events or eid in self._far.names

    def _age(self, event: _Event) -> None:
        """Note that an event's newest day was set or moved (it is stale once that day is more than
        ``time_window_days`` before the newest day)."""
        if event.last_day is None:
            return
        heapq.heappush(self._aging, (event.last_day, event.id))
        if self._newest is not None and event.last_day < self._newest - self.config.time_window_days:
            self._stale.add(event.id)
        else:
            self._stale.discard(event.id)

    def _threshold(self, terms: int) -> float:
        """The cosine join threshold for an article of ``terms`` vector terms: ``threshold`` up to a quarter
        of ``vector_terms`` (a headline), rising linearly to ``full_threshold`` for a full vector."""
        config = self.config
        if config.full_threshold <= 0.0:
            return config.threshold
        return config.threshold + self._fullness(terms) * (config.full_threshold - config.threshold)

    def _fullness(self, terms: int) -> float:
        """How full a vector of ``terms`` terms is: 0 up to a quarter of ``vector_terms`` (a headline), rising
        linearly to 1 at ``vector_terms``."""
        vector_terms = self.config.vector_terms
        return min(1.0, max(0.0, (terms - vector_terms / 4) / (0.75 * vector_terms)))

    def _rare(self, terms: Iterable[str]) -> list[str]:
        """The rare names among ``terms``: entity-like spans held by at most ``tie_max_df`` articles (with
        learnt frequencies, and not back in ``RECURRING_EPISODES`` episodes)."""
        names = list(filter(_IS_NAME, terms))  # the loops in C: this runs for each expiring event
        rare = list(compress(names, map(self.config.tie_max_df.__ge__, map(self._df.get, names, repeat(0)))))
        if self._episodes:  # learnt frequencies: not a name that came back in several episodes
            rare = list(
                compress(rare, map(RECURRING_EPISODES.__gt__, map(self._episodes.get, rare, repeat(1))))
            )
        return rare

    def _vector_rare(self, vector: Mapping[str, float]) -> list[str]:
        """``_rare`` of the article's vector, found once per article: ``_score`` (``_rare_here``) and
        ``add``'s ties ask for it with the same frequencies (nothing learnt between the two)."""
        last = self._last_rare
        if last is not None and last[0] is vector:
            return last[1]
        rare = self._rare(vector)
        self._last_rare = (vector, rare)
        return rare

    def _rare_here(self, vector: Mapping[str, float], least: int) -> set[str]:
        """The article's names that earn an event sharing ``tie_names`` of them the ``name_bonus`` (one of
        them, ``one_name_bonus``): rare (``_rare``) and held by at most ``RARE_SHARE`` of the articles seen
        (in a small pile every name is held by few articles: a town and a street would tie look-alikes), a
        headline's by at most ``HEADLINE_NAMES_ANY_PILE`` whatever the number seen; empty when fewer than
        ``least``."""
        most = RARE_SHARE * self._documents
        if self._fullness(len(vector)) <= 0.0:
            most = max(HEADLINE_NAMES_ANY_PILE, most)
        names = {t for t in self._vector_rare(vector) if self._df.get(t, 0) <= most}
        return names if len(names) >= least else set()

    def _tie(self, rare: list[str], vector: Mapping[str, float], day: int | None) -> _Event | None:
        """The event beyond the time window (open for late articles, ``late_days``, or archived,
        ``tie_days``) an article joins by a long-range tie: it shares at least ``tie_names`` rare names with
        the article and the article's undecayed mean cosine to its articles is the highest, reaching
        ``tie_threshold``; else None. An archived event chosen is open again. ``rare``: the article's rare
        names (``_rare``)."""
        config, index, archive = self.config, self._index, self._archive
        if day is None or len(rare) < config.tie_names:
            return None
        hits = Counter(chain.from_iterable(map(index.postings.get, rare, repeat(()))))
        if archive.events:
            hits.update(chain.from_iterable(map(archive.postings.get, rare, repeat(()))))
        best, best_score = None, config.tie_threshold
        for eid, shared in sorted(hits.items()):
            event = index.events.get(eid) or archive.events[eid]
            if shared >= config.tie_names and _gap(day, event) > config.time_window_days:
                score = _dot(vector, event.centroid) / event.size
                if score >= best_score:
                    best, best_score = event, score
        if best is not None and best.id in archive.events:
            index.put(archive.take(best.id))
            self._age(best)
        return best

    def _record_links(self, event: _Event, ranked: Sequence[tuple[float, float, _Event]], terms: int) -> None:
        """Note the events the article (of ``terms`` vector terms) now in ``event`` had a (decayed) cosine of
        at least ``link_threshold`` to; with ``headline_link``, for a headline, also every other candidate
        event of headlines (``_push_links`` weighs them by their centroids)."""
        config = self.config
        limit = config.link_threshold
        if limit <= 0.0:
            return
        others = {other.id for _, cosine, other in ranked if cosine >= limit and other.id != event.id}
        if config.headline_link > 0.0 and self._fullness(terms) <= HEADLINE_FULLNESS:
            others.update(other.id for _, _, other in ranked if other.id != event.id and _headlines(other))
        if others:
            self._links.setdefault(event.id, set()).update(others)

    def consolidate(self) -> list[Merge]:
        """Average linkage over the candidate pairs recorded since the last call: the pair with the highest
        mean article-to-article similarity (within the time window, not named apart) is merged first, until
        no pair reaches ``link_threshold``. ``add`` calls it whenever the newest day moves on; call it at
        the end of a stream (batch mode does). Returns the new merges.

        A pair is recorded when an arriving article scores at least ``link_threshold`` against another
        event: if the mean over all pairs of articles reaches the threshold, some article's cosine to the
        other event's centroid does too, so the pairs worth checking are (nearly all) among these."""
        before, links, self._links = len(self.merges), self._links, {}
        events = self._index.events
        near: dict[str, set[str]] = {}
        for eid, others in sorted(links.items()):
            a = self.resolve(eid)
            for b in map(self.resolve, others):
                if a != b and a in events and b in events:
                    near.setdefault(a, set()).add(b)
                    near.setdefault(b, set()).add(a)
        heap: list[tuple[float, str, str, int, int]] = []
        for eid in sorted(near):
            self._push_links(events[eid], [o for o in near[eid] if o > eid], heap)
        while heap:
            _, a, b, size_a, size_b = heapq.heappop(heap)
            first, second = events.get(a), events.get(b)
            if first is None or second is None or (first.size, second.size) != (size_a, size_b):
                continue
            kept = self._merge(first, second, self._last)
            absorbed = b if kept.id == a else a
            around = (near.pop(a, set()) | near.pop(b, set())) - {a, b}
            for other in around:
                near[other].discard(absorbed)
                near[other].add(kept.id)
            near[kept.id] = around
            self._push_links(kept, sorted(around), heap)
        return self.merges[before:]

    def _push_links(
        self, event: _Event, others: Sequence[str], heap: list[tuple[float, str, str, int, int]]
    ) -> None:
        """Push onto ``heap`` each of the ``others`` events that ``event`` may be merged with: their mean
        similarity reaches ``link_threshold``, or ``link_multi_threshold`` when both hold several articles
        and are not one story's days (``_one_story``)."""
        config, events = self.config, self._index.events
        for eid in others:
            other = events[eid]
            if _span_gap(event, other) > config.time_window_days:
                continue
            small, large = (event, other) if len(event.centroid) <= len(other.centroid) else (other, event)
            mean = _dot(small.centroid, large.centroid) / (event.size * other.size)
            limit = config.link_threshold
            multi = event.size > 1 and other.size > 1 and mean < config.link_multi_threshold
            if multi and not self._one_story(small, large):
                limit = max(limit, config.link_multi_threshold)
            if mean < limit and not self._headline_link(event, other, mean):
                continue
            if not _named_apart(event, other, config.link_entity_floor):
                heapq.heappush(heap, (-mean, event.id, other.id, event.size, other.size))

    def _headline_link(self, a: _Event, b: _Event, mean: float) -> bool:
        """Whether two events of headlines (``_headlines``) are alike by their centroids' cosine (what their
        headlines, together, are about), reaching ``headline_link``: a headline's few words give a tiny
        mean over pairs even within one story (UCI's headline feed, session 18: cluster.md)."""
        limit = self.config.headline_link
        if limit <= 0.0 or not _headlines(a) or not _headlines(b):
            return False
        # the centroids' dot product is the mean times both sizes
        return mean * a.size * b.size >= limit * math.sqrt(a.norm2 * b.norm2)

    def _one_story(self, a: _Event, b: _Event) -> bool:
        """Whether two events of several articles each are the days of one story rather than two stories of
        one topic: both dated, their date ranges within ``story_days`` of each other, and they share
        ``tie_names`` rare names (``_rare_here``'s: held by at most ``tie_max_df`` articles and by at most
        ``RARE_SHARE`` of those seen: a person and a place, not topic words). Such a pair is merged at the
        plain ``merge_threshold`` / ``link_threshold``; undated or unnamed text (pooled Multi-News) never
        qualifies. ``a``: the event with the smaller centroid (its names are looked up in ``b``'s)."""
        days = self.config.story_days
        if days < 0.0 or a.first_day is None or a.last_day is None or b.first_day is None:
            return False
        if b.last_day is None or _span_gap(a, b) > days:
            return False
        most, need = RARE_SHARE * self._documents, self.config.tie_names
        names = [t for t in self._rare(a.centroid) if self._df.get(t, 0) <= most]
        return len(names) >= need and sum(map(b.centroid.__contains__, names)) >= need

    def _parts(self, event: _Event) -> Sequence[float]:
        """An event's squared norm per kind: kept up to date with a pair model, else computed now."""
        return event.parts if self._kinds else split(event.centroid).norms2

    def _single_links(
        self, vector: Mapping[str, float], day: int | None, ranked: Sequence[tuple[float, float, _Event]]
    ) -> list[tuple[float, float, _Event]]:
        """For an article opening an event: the one-article events among the last look-up's hits that
        share ``single_link_terms`` query terms and that ``max_candidates`` left out (not in ``ranked``),
        to which its decayed cosine reaches ``single_link_floor``, as ``_score`` ranks them. Only the
        links use them (``consolidate`` merges at ``link_threshold``); joining them would change which
        events articles join. Pooled Multi-News, fifteenth session: of the pairs of one-article events
        left apart at 0.20-0.25, 9 of 10 were right, and each shared a query term (cluster.md)."""
        config = self.config
        floor, half_life, need = (
            config.single_link_floor,
            config.decay_half_life_days,
            config.single_link_terms,
        )
        events, seen = self._index.events, {e.id for _, _, e in ranked}
        found = []
        for eid in compress(self._hits, map(need.__le__, self._hits.values())):
            event = events[eid]
            if event.size == 1 and event.norm2 > 0.0 and eid not in seen:
                decayed = _dot(vector, event.centroid) * 0.5 ** (_gap(day, event) / half_life)
                if decayed >= floor:
                    found.append((decayed, decayed, event))
        return found

    def _candidates(self, vector: Mapping[str, float], day: int | None) -> list[_Event]:
        """Events sharing the vector's top terms, within the time window of ``day``, most shared first."""
        index, config = self._index, self.config
        postings = index.postings
        hits = Counter(chain.from_iterable(map(postings.get, islice(vector, config.query_terms), repeat(()))))
        events = index.events
        if day is not None and day == self._newest:  # the usual case, in date order: drop the stale events
            deque(map(hits.pop, hits.keys() & self._stale), 0)  # dict.pop in C, not Counter's __delitem__
        elif day is not None:  # events kept open for late articles are not candidates for this one
            early, late = day - config.time_window_days, day + config.time_window_days
            hits = Counter(
                {
                    eid: n
                    for eid, n in hits.items()
                    if (e := events[eid]).first_day is None
                    or e.last_day is None
                    or (e.last_day >= early and e.first_day <= late)
                }
            )
        self._hits = hits  # for ``_single_links``
        return [events[eid] for eid in _top(hits, config.max_candidates) if events[eid].norm2 > 0.0]

    def _score(
        self,
        vector: Mapping[str, float],
        cut: Split | None,
        day: int | None,
        dense: Sequence[float] | None = None,
    ) -> list[tuple[float, float, _Event]]:
        """Candidate events as (join score, decayed cosine, event), best first. The join score is the
        decayed cosine, raised by ``single_discount`` for an event of one article and by ``name_bonus``
        for an event sharing ``tie_names`` rare names with the article (``one_name_bonus`` for one),
        lowered by ``size_penalty`` times
        the log of a larger event's size (in proportion to the vector's fullness); or the pair model's
        probability when one is in use."""
        config, model = self.config, self._model
        half_life, mean_join = config.decay_half_life_days, config.mean_join
        single, penalty = config.single_discount, config.size_penalty * self._fullness(len(vector))
        one_name = config.one_name_bonus
        least = 1 if one_name > 0.0 else config.tie_names
        names = self._rare_here(vector, least) if config.name_bonus > 0.0 or one_name > 0.0 else set()
        ranked = []
        self._dots = dots = {}
        for event in self._candidates(vector, day):
            gap = _gap(day, event)
            if model is not None and cut is not None:
                values = features(cut, event.centroid, event.parts, event.size, gap, half_life)
                ranked.append((model.probability(values), values[1], event))
                continue
            # the centroid is the sum of the members' unit vectors: over their number, the mean cosine;
            # the dot product kept for ``_join`` of the event chosen (its centroid unchanged till then)
            dot = dots[event.id] = _dot(vector, event.centroid)
            score = dot / (event.size if mean_join else math.sqrt(event.norm2))
            if dense is not None and event.dense is not None:
                blend = config.embedding_weight
                score = (1.0 - blend) * score + blend * _cosine(dense, event.dense)
            decayed = score * 0.5 ** (gap / half_life)
            join = decayed
            if event.size == 1:
                join += single
            elif penalty:
                join -= penalty * math.log(event.size)
            if names:
                shared = sum(map(event.centroid.__contains__, names))
                if shared >= config.tie_names:
                    join += config.name_bonus
                elif shared:
                    join += one_name
            ranked.append((join, decayed, event))
        ranked.sort(key=lambda se: (-se[0], se[2].id))
        return ranked

    def _alike(self, a: _Event, b: _Event, fullness: float) -> bool:
        """Whether the event ``a`` that an article of this ``fullness`` joined and another event ``b`` it
        matched are one (a bridge merge): their centroid cosine reaches ``merge_threshold``, or, when both
        held several articles before, a threshold rising with the article's fullness to
        ``merge_multi_threshold`` unless they are one story's days (``_one_story``)."""
        config = self.config
        limit = config.merge_threshold
        small, large = (a, b) if len(a.centroid) <= len(b.centroid) else (b, a)
        cosine = _dot(small.centroid, large.centroid) / math.sqrt(a.norm2 * b.norm2)
        if cosine < limit:
            return False
        if a.size > 2 and b.size > 1 and config.merge_multi_threshold > limit:
            limit += fullness * (config.merge_multi_threshold - limit)
            return cosine >= limit or self._one_story(small, large)
        return True

    def _join(
        self,
        event: _Event,
        vector: Mapping[str, float],
        cut: Split | None,
        day: int | None,
        dense: Sequence[float] | None = None,
        dot: float | None = None,
    ) -> None:
        """Add an article's vector to an event; ``dot``: the vector's dot product with the event's centroid
        when known (``_score``'s), else computed here."""
        if dense is not None:
            event.dense = list(dense) if event.dense is None else list(map(add, event.dense, dense))
        if cut is None:
            if dot is None:  # an empty centroid (a new event) adds 0.0, as ``_dot`` would give
                dot = _dot(vector, event.centroid) if event.centroid else 0.0
            event.norm2 += 2.0 * dot + math.fsum(map(mul, vector.values(), vector.values()))
        else:
            _grow(event, kind_dots(cut, event.centroid), cut.norms2)
        self._index.add_terms(event, vector)
        event.size += 1
        event.fullness += self._fullness(len(vector))
        if day is not None:
            event.first_day = day if event.first_day is None else min(event.first_day, day)
            if event.last_day is None or day > event.last_day:
                event.last_day = day
                heapq.heappush(self._index.expiry, (day, event.id))
                self._age(event)

    def _merge(self, a: _Event, b: _Event, article_id: str) -> _Event:
        kept, absorbed = (a, b) if (a.first_day or 0, a.id) <= (b.first_day or 0, b.id) else (b, a)
        if self._kinds:
            _grow(kept, kind_dots(split(absorbed.centroid), kept.centroid), absorbed.parts)
        else:
            kept.norm2 += 2.0 * _dot(absorbed.centroid, kept.centroid) + absorbed.norm2
        self._index.drop(absorbed)
        self._stale.discard(absorbed.id)
        self._opened_rare.pop(absorbed.id, None)
        self._index.add_terms(kept, absorbed.centroid)
        kept.size += absorbed.size
        kept.fullness += absorbed.fullness
        if absorbed.dense is not None:
            kept.dense = absorbed.dense if kept.dense is None else list(map(add, kept.dense, absorbed.dense))
        for day in (absorbed.first_day, absorbed.last_day):
            if day is not None:
                kept.first_day = day if kept.first_day is None else min(kept.first_day, day)
                if kept.last_day is None or day > kept.last_day:
                    kept.last_day = day
                    heapq.heappush(self._index.expiry, (day, kept.id))
                    self._age(kept)
        moved = self._links.pop(absorbed.id, set()) | self._links.pop(kept.id, set())
        if moved - {absorbed.id, kept.id}:
            self._links[kept.id] = moved - {absorbed.id, kept.id}
        self.aliases[absorbed.id] = kept.id
        self.merges.append(Merge(kept.id, absorbed.id, article_id))
        return kept

    def to_state(self) -> dict[str, Any]:
        """Everything needed to resume, as JSON-serialisable data: a snapshot that later ``add`` calls
        do not change. Containers are copied flat (no per-value deep copy, unlike ``asdict``), so a
        snapshot costs about as much as copying the dictionaries it holds."""
        return {
            "version": _STATE_VERSION,
            "config": asdict(self.config),
            "fixed": self._fixed,
            "documents": self._documents,
            "document_frequency": dict(self._df),
            "name_days": dict(self._name_days),
            "episodes": dict(self._episodes),
            "newest": self._newest,
            "events": [self._event_state(e) for e in self._index.events.values()],
            "archive": [
                {**self._event_state(e), "names": list(self._archive.names[e.id])}
                for e in self._archive.events.values()
            ],
            "far": [
                {
                    "id": eid,
                    "day": self._far.days[eid],
                    "first": self._far.first[eid],
                    "names": list(self._far.names_of(eid)),
                    "vector": dict(zip(*self._far.vectors[eid], strict=True)),
                }
                for eid in self._far.names
            ],
            "keep_retired": self.keep_retired,
            "retired": list(self.retired),
            "forgotten": list(self.forgotten),
            "ties": [{"event": t.event, "article_id": t.article_id, "days": t.days} for t in self.ties],
            "aliases": dict(self.aliases),
            "links": {eid: sorted(others) for eid, others in self._links.items()},
            "last_article": self._last,
            "merges": [
                {"kept": m.kept, "absorbed": m.absorbed, "article_id": m.article_id} for m in self.merges
            ],
        }

    def _event_state(self, e: _Event) -> dict[str, Any]:
        return {
            "id": e.id,
            "centroid": dict(e.centroid),
            "norm2": e.norm2,
            "size": e.size,
            "first_day": e.first_day,
            "last_day": e.last_day,
            "dense": None if e.dense is None else list(e.dense),
            "fullness": e.fullness,
            **({"parts": list(e.parts)} if self._kinds else {}),
        }

    @classmethod
    def from_state(
        cls, state: Mapping[str, Any], embedder: Embedder | None = None, pair_model: PairModel | None = None
    ) -> StreamClusterer:
        """Resume a clusterer saved with ``to_state`` (``embedder``, ``pair_model``: as for the constructor)."""
        if state.get("version") != _STATE_VERSION:
            raise StateError(f"cannot resume clusterer state version {state.get('version')!r}")
        try:
            clusterer = cls(ClusterConfig(**state["config"]), embedder=embedder, pair_model=pair_model)
            clusterer._fixed = bool(state["fixed"])
            clusterer._df = Counter(state["document_frequency"])
            clusterer._documents = int(state["documents"])
            # a state saved before names' episodes were counted: they are counted from here on
            clusterer._name_days = {k: int(v) for k, v in state.get("name_days", {}).items()}
            clusterer._episodes = {k: int(v) for k, v in state.get("episodes", {}).items()}
            clusterer._newest = state["newest"]
            for raw in state["events"]:
                event = clusterer._resumed(raw)
                clusterer._index.put(event)
                clusterer._age(event)
            for raw in state.get("archive", []):
                fields = {k: v for k, v in raw.items() if k != "names"}
                clusterer._archive.keep(clusterer._resumed(fields), list(raw["names"]))
            for raw in state.get("far", []):
                names, vector = list(raw["names"]), dict(raw["vector"])
                ordered = {**{t: vector[t] for t in names}, **vector}  # names first
                first = raw.get("first")  # a state saved before far events kept it: their newest day
                clusterer._far.keep(
                    str(raw["id"]),
                    int(raw["day"]),
                    len(names),
                    ordered,
                    None if first is None else int(first),
                )
            clusterer.keep_retired = bool(state.get("keep_retired", False))
            clusterer.retired = list(state.get("retired", []))
            clusterer.forgotten = list(state.get("forgotten", []))
            clusterer.ties = [Tie(**t) for t in state.get("ties", [])]
            clusterer.aliases = dict(state["aliases"])
            clusterer._links = {eid: set(others) for eid, others in state.get("links", {}).items()}
            clusterer._last = str(state.get("last_article", ""))
            clusterer.merges = [Merge(**m) for m in state["merges"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"malformed clusterer state: {exc}") from exc
        return clusterer

    def _resumed(self, raw: Mapping[str, Any]) -> _Event:
        event = _Event(**raw)
        if "fullness" not in raw:  # saved before events knew it: taken for full articles (no headline links)
            event.fullness = float(event.size)
        if self._kinds and "parts" not in raw:  # saved without a pair model
            event.parts = list(split(event.centroid).norms2)
        return event
