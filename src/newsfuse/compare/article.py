"""Everything compare reads from one article, extracted once: an event rebuilt with new articles (streaming)
and the provenance stage reuse the mentions of the articles already read. A copy of a text already read
(a syndicated copy in the same event, a sixth of the pipeline sample's articles) takes that reading with
its spans moved to the copy's id: its dates, quantities, entities, place lists, direct quotes and reported
speech."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newsfuse.compare.dates import date_mentions
from newsfuse.compare.entities import entity_mentions, place_lists
from newsfuse.compare.mentions import Contexts, Mention, clause_ends
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quantity_filter import fact_quantities
from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.reported import Report, find_reports
from newsfuse.model import Article, immutable_record

CACHED_ARTICLES = 2048
"""Articles whose mentions are kept (least recently used first out); the key is the frozen article itself,
so a changed text is a new key, never a stale hit."""
CACHED_CONTEXTS = 256
"""Texts whose sentence ends and lower-cased text are kept for contexts: those of the latest events."""
CACHED_TEXTS = 256
"""Texts whose first reading is kept for their copies (an event's copies are read one after the other)."""


@immutable_record
class ArticleMentions:
    """The mentions of one article, by kind. The quantities' contexts are left empty: only a conflict test
    reads them, from :func:`article_contexts`. Treated as immutable (shared by the cache): never assigned to;
    not declared frozen, whose ``__init__`` costs several times as much."""

    dates: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    quotes: tuple[Mention, ...]
    entities: tuple[Mention, ...]
    place_lists: tuple[Mention, ...]


@immutable_record
class _TextReading:
    """What compare's own readers find in a text, found for the article ``article_id``: every reader below
    depends on the text alone, and on the article's id only in the spans it gives. Treated as immutable, as
    :class:`ArticleMentions`."""

    article_id: str
    dates: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    entities: tuple[Mention, ...]
    place_lists: tuple[Mention, ...]


def _read(article: Article) -> _TextReading:
    found_dates = date_mentions(article)
    lists = []
    for span, places in place_lists(article):
        value = ", ".join(places)
        lists.append(Mention("place_list", "place list", value, value, span))
    return _TextReading(
        article.id,
        dates=tuple(d for d in found_dates if d.slot != "deictic"),
        quantities=fact_quantities(extract_quantities(article, found_dates, contexts=False), article.text),
        entities=tuple(entity_mentions(article)),
        place_lists=tuple(lists),
    )


def _moved(mentions: Iterable[Mention], article_id: str) -> tuple[Mention, ...]:
    """The mentions with their spans in the article ``article_id`` (the same offsets: the same text)."""
    return tuple(m.moved(article_id) for m in mentions)


@lru_cache(maxsize=CACHED_TEXTS)
def _readings(text: str) -> list[_TextReading]:
    """The first reading of ``text`` once one is made (an empty list until then)."""
    return []


@lru_cache(maxsize=CACHED_ARTICLES)
def article_mentions(article: Article) -> ArticleMentions:
    """Dates (not deictic ones: "today" means another day in each article), quantities with the time they
    refer to, direct quotes, named entities and place lists of one article."""
    held = _readings(article.text)
    if not held:
        held.append(_read(article))
    reading = held[0]
    if reading.article_id == article.id:
        dates, quantities, entities, lists = (
            reading.dates,
            reading.quantities,
            reading.entities,
            reading.place_lists,
        )
    else:
        dates, quantities, entities, lists = (
            _moved(found, article.id)
            for found in (reading.dates, reading.quantities, reading.entities, reading.place_lists)
        )
    return ArticleMentions(
        dates=dates,
        quantities=quantities,
        quotes=article_quotes(article),
        entities=entities,
        place_lists=lists,
    )


def forget_texts() -> None:
    """Forget the readings kept for copies of a text (with ``article_mentions.cache_clear``)."""
    _readings.cache_clear()
    _report_readings.cache_clear()
    _quote_readings.cache_clear()
    _contexts.cache_clear()


@lru_cache(maxsize=CACHED_TEXTS)
def _quote_readings(text: str) -> list[tuple[str, tuple[Mention, ...]]]:
    """The first reading of direct quotes in ``text`` and the article it was read for (empty until then)."""
    return []


def article_quotes(article: Article) -> tuple[Mention, ...]:
    """The direct quotes of one article (:func:`newsfuse.compare.quotes.extract_quotes`, which reads the text
    alone and the id only for the spans), read once per text: a copy takes the first reading with its spans
    moved to its id (provenance and compare both ask; the reading itself is kept per article by
    ``extract_quotes``)."""
    held = _quote_readings(article.text)
    if not held:
        held.append((article.id, extract_quotes(article)))
    read_for, quotes = held[0]
    return quotes if read_for == article.id else _moved(quotes, article.id)


@lru_cache(maxsize=CACHED_TEXTS)
def _report_readings(text: str) -> list[tuple[str, tuple[Report, ...]]]:
    """The first reading of reported speech in ``text`` and the article it was read for (empty until then)."""
    return []


@lru_cache(maxsize=CACHED_ARTICLES)
def article_reports(article: Article) -> tuple[Report, ...]:
    """The reported speech of one article (:func:`newsfuse.compare.reported.find_reports`), read once per
    text: a copy takes the first reading with its spans moved to its id."""
    held = _report_readings(article.text)
    if not held:
        held.append((article.id, find_reports(article)))
    read_for, reports = held[0]
    return reports if read_for == article.id else tuple(r.moved(article.id) for r in reports)


@lru_cache(maxsize=CACHED_CONTEXTS)
def _contexts(text: str) -> Contexts:
    return Contexts(text, clause_ends(text))


def article_contexts(article: Article) -> Contexts:
    """The contexts of an article's mentions (see ``extract_quantities``), kept for the events being compared
    (by text: a copy shares them)."""
    return _contexts(article.text)
