"""The one vocabulary every stage speaks: immutable, typed records (frozen dataclasses, or
:func:`immutable_record` where a record is made by the hundred thousand).

Offsets are always character offsets into an article's cleaned ``Article.text``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_R = TypeVar("_R")
_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)
def immutable_record(cls: type[_T]) -> type[_T]:
    """A slotted dataclass compared and hashed by its fields, that mypy treats as frozen (an assignment to a
    field is a type error) but that is not frozen at run time: a frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__`` and costs about three times as much, which matters for records made
    by the hundred thousand (spans, facts, mentions)."""
    return dataclass(slots=True, unsafe_hash=True)(cls)


def _pickled_as_tuple(cls: type[_R]) -> type[_R]:
    """Pickles a record as its class and its fields' values in a tuple, unpickled by calling the class.

    A slotted dataclass otherwise pickles through ``dataclasses.fields`` on each object both ways; an event
    holds thousands of spans and facts, and the pool sends every built event back (~6x faster both ways)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if len(names) < 2:  # attrgetter of one name returns the value itself
        raise TypeError(f"{cls.__name__}: tuple pickling needs two fields or more")
    values = attrgetter(*names)

    def __reduce__(self: _R) -> tuple[Callable[..., _R], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_as_tuple
@immutable_record
class Span:
    """A half-open character range ``[start, end)`` of one article's cleaned text (an immutable record: about
    100,000 spans per 2,000 articles, each unpickled again in the parent)."""

    article_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end} in {self.article_id}")


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input document as read by an ingest adapter, before cleaning.

    Exactly one of ``text`` (plain text, possibly with page chrome) and ``html`` is set.
    Metadata fields hold what the container itself states (JSONL fields, HTTP headers).
    """

    id: str
    path: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    clean: bool = False
    """True when the record says (``"clean": true``) that its text is already the bare article body."""


class Drop(StrEnum):
    """Why an input did not become a kept article."""

    UNREADABLE = "unreadable"
    BINARY = "binary"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported_format"
    INVALID = "invalid_record"
    NO_CONTENT = "no_article_content"
    TOO_LARGE = "too_large"
    NOTICE = "service_notice"
    """A failed scrape: the page holds a platform's notice (login, paywall, archive, consent...), not news."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become an article, with the reason and a human detail."""

    id: str
    path: str
    reason: Drop
    detail: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    """The page's headline, outlet and date as the cleaner read them (a body rejected, the page's metadata
    still holds: ``cluster.headlines`` makes a headline-only member of it); None when not read."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A block the cleaner cut from the article, kept so a user can overrule it."""

    text: str
    reason: str


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: body text, metadata, and what cleaning removed."""

    id: str
    path: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    language: str | None = None
    removed: tuple[RemovedBlock, ...] = ()
    unread_date: str | None = None
    """A date the input stated that is no calendar date ("yesterday", "31/02/2026"), as written; ``published``
    is then the day the article's URL states, or None."""


class Relation(StrEnum):
    """How a copy relates to its group's canonical article."""

    EXACT = "exact"
    NEAR = "near"
    CONTAINED = "contained"


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A passage one article reuses from another (syndication without full copying)."""

    article_id: str
    source_id: str
    spans: tuple[Span, ...]
    source_spans: tuple[Span, ...]


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Copies of one text: the canonical (most complete) article and its copies."""

    canonical: str
    copies: tuple[tuple[str, Relation, float], ...]
    """(article id, relation, similarity score) for each non-canonical member."""

    @property
    def members(self) -> tuple[str, ...]:
        return (self.canonical, *(c[0] for c in self.copies))


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class SyndicationEdge:
    """One edge of the syndication graph: ``article_id`` copies or reuses text of ``source_id``."""

    article_id: str
    source_id: str
    relation: str
    """``exact``, ``near`` or ``contained`` (a copy of the canonical source), or ``shared_passage``."""
    score: float
    """Copies: similarity to the canonical; passages: the number of shared paragraphs."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class DedupResult:
    groups: tuple[DuplicateGroup, ...]
    shared: tuple[SharedPassage, ...]

    def duplicate_of(self) -> dict[str, str]:
        """Map each non-canonical copy to its canonical article."""
        return {cid: g.canonical for g in self.groups for cid, _, _ in g.copies}

    def syndication(self) -> tuple[SyndicationEdge, ...]:
        """The syndication graph: copy → canonical edges, then borrower → source passage edges."""
        copies = [SyndicationEdge(c, g.canonical, str(r), s) for g in self.groups for c, r, s in g.copies]
        passages = [
            SyndicationEdge(p.article_id, p.source_id, "shared_passage", float(len(p.spans)))
            for p in self.shared
        ]
        return (*copies, *passages)


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence of an event brief with the spans of every source that supports it."""

    text: str
    evidence: tuple[Span, ...]
    independent_sources: int
    kept: tuple[Span, ...] = ()
    """For a compressed sentence, the pieces of the first evidence span that ``text`` is made of (in order;
    ``text`` is them joined, first letter upper-cased); empty when ``text`` is the whole sentence."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class Conflict:
    """Another value reported for the same slot as a fact."""

    fact_id: str
    value: str
    article_ids: tuple[str, ...]
    aspect: str = "value"
    """What differs: "value" (a number), "speaker" (who said a quote), "wording" (a quote's words) or
    "negation" (one outlet reports a speaker saying what another reports the speaker denying)."""


@_pickled_as_tuple
@immutable_record
class Fact:
    """A quantity, quote, entity or date, aligned across the articles that report it (an immutable record)."""

    id: str
    kind: str
    text: str
    value: str
    evidence: tuple[Span, ...]
    article_ids: tuple[str, ...]
    independent_sources: int
    slot: str | None = None
    speaker: str | None = None
    unit: str | None = None
    conflicts: tuple[Conflict, ...] = ()
    role: str | None = None
    """For quotes: the speaker's role or affiliation as the text gives it."""
    time: str | None = None
    """For quantities: the time the number refers to, as written in its sentence."""
    cues: tuple[Span | None, ...] = ()
    """For reported speech: one entry per evidence span, the cue that attributes it ("said", "according to"),
    or None where that span is a direct quote of the same claim; empty for other kinds."""
    concept: str | None = None
    """For quantities: what the number is about ("people" in "12 people were killed"), as its first mention
    reads it (``compare.quantities.quantity_concept``); None when none is read."""
    revised: tuple[Conflict, ...] = ()
    """For quantities: values of the same slot that would conflict with this one but that one independent
    source gives both ways, in different articles (an outlet's later version changing its figure, a reprint
    changing the original's): no disagreement between sources, shown as one source's two figures."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class Credit:
    """An article crediting another outlet ("first reported by …", "(Reuters) —", "told the AP")."""

    article_id: str
    outlet: str
    cue: str
    span: Span
    in_corpus: bool = False


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class QuoteDrift:
    """Two versions of one quote in different articles and how the later one changed."""

    original: Span
    drifted: Span
    change: str
    """trimmed, paraphrased, meaning_changed or speaker_changed."""
    original_text: str
    drifted_text: str
    original_speaker: str | None = None
    drifted_speaker: str | None = None


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class DatedStatement:
    """A date expression resolved against its article's publication date (ISO date, month or span)."""

    text: str
    span: Span
    resolved: str
    published: str | None = None


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class Event:
    """A group of articles about one real-world event, with its brief and facts."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    independent_sources: int
    brief: tuple[BriefSentence, ...] = ()
    facts: tuple[Fact, ...] = ()
    duplicate_groups: tuple[DuplicateGroup, ...] = ()
    shared_passages: tuple[SharedPassage, ...] = ()
    first_published: str | None = None
    credits: tuple[Credit, ...] = ()
    quote_drift: tuple[QuoteDrift, ...] = ()
    timeline: tuple[DatedStatement, ...] = ()
    first_reports: tuple[tuple[str, str], ...] = ()
    """(outlet, first publication time) per outlet, earliest first; credited outlets absent from the pile
    appear with an empty time."""
    quality_notes: tuple[tuple[str, str], ...] = ()
    """(article id, note) for machine-translation or content-farm signals."""
    sources: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The independent sources counted (``provenance.origins``): each origin outlet's name ("" unknown) and
    its articles; empty for an event built without them."""
    headline_only: tuple[tuple[str, str | None, str], ...] = ()
    """(input id, outlet, headline) of each rejected input clustered with the event by its headline alone
    (``cluster.headlines``): never in ``article_ids``, so no brief sentence, fact or source count uses it. An
    event of such members alone has no articles, no brief, no facts and 0 independent sources."""
    credited_copies: tuple[tuple[str, int, int, str], ...] = ()
    """(article id, start, end, origin outlet name as ``sources`` names it) of each sentence an article shares
    with an outlet it credits ("This story includes information from …"): counted for that outlet, not as
    the article's own reporting, in every brief sentence's and fact's independent sources."""


@_pickled_as_tuple
@dataclass(frozen=True, slots=True)
class RunResult:
    """Everything one run produced: every input's fate, and the events."""

    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    dedup: DedupResult
    events: tuple[Event, ...]
    config: dict[str, object] = field(default_factory=dict)
