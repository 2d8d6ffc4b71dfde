"""Everything compare reads from one article, extracted once: an event rebuilt with new articles (streaming)
and the provenance stage reuse the mentions of the articles already read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsfuse.compare.dates import date_mentions
from newsfuse.compare.entities import entity_mentions, place_lists
from newsfuse.compare.mentions import Contexts, Mention, clause_ends
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quotes import extract_quotes
from newsfuse.model import Article

CACHED_ARTICLES = 2048
"""Articles whose mentions are kept (least recently used first out); the key is the frozen article itself,
so a changed text is a new key, never a stale hit."""
CACHED_CONTEXTS = 256
"""Articles whose sentence ends and lower-cased text are kept for contexts: those of the latest events."""


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    """The mentions of one article, by kind. The quantities' contexts are left empty: only a conflict test
    reads them, from :func:`article_contexts`."""

    dates: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    quotes: tuple[Mention, ...]
    entities: tuple[Mention, ...]
    place_lists: tuple[Mention, ...]


@lru_cache(maxsize=CACHED_ARTICLES)
def article_mentions(article: Article) -> ArticleMentions:
    """Dates (not deictic ones: "today" means another day in each article), quantities with the time they
    refer to, direct quotes, named entities and place lists of one article."""
    found_dates = date_mentions(article)
    lists = []
    for span, places in place_lists(article):
        value = ", ".join(places)
        lists.append(Mention("place_list", "place list", value, value, span))
    return ArticleMentions(
        dates=tuple(d for d in found_dates if d.slot != "deictic"),
        quantities=tuple(extract_quantities(article, found_dates, contexts=False)),
        quotes=extract_quotes(article),
        entities=tuple(entity_mentions(article)),
        place_lists=tuple(lists),
    )


@lru_cache(maxsize=CACHED_CONTEXTS)
def article_contexts(article: Article) -> Contexts:
    """The contexts of an article's mentions (see ``extract_quantities``), kept for the events being compared."""
    return Contexts(article.text, clause_ends(article.text))
