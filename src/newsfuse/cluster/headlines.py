"""Headline-only members: an input the cleaner rejects for its body (a sign-in wall, an e-mail notice, a
page with no article text) often still carries the story's real headline, date and outlet. Such an input
is clustered by its headline alone, as a bare headline article, and then kept apart from the event's
articles: it tells the reader that one more outlet covered the event ("also covered by … (headline
only)"), and nothing else (no brief sentence, no fact, no independent-source count). Its rejection stays
recorded as it was.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from newsfuse.clean.metadata import headline_text, publication_date
from newsfuse.clean.normalize import normalize_text
from newsfuse.model import Article, Drop, RawDoc, Rejected
from newsfuse.provenance.titles import is_headline

HEADLINE_REASONS = frozenset({Drop.NO_CONTENT, Drop.NOTICE})
"""Rejections of a page's body, not of the input itself: its metadata is still the page's."""

MIN_HEADLINE_WORDS = 3
"""Fewer words name a site or a section ("Homicide Watch", "Sign in"), not a story."""


def usable_headline(title: str | None) -> str | None:
    """The headline a rejected page's title gives (typesetting codes out, whitespace normalised), or None
    when it is no headline (``provenance.titles.is_headline``) or shorter than ``MIN_HEADLINE_WORDS``."""
    text = headline_text(title)
    if not text:
        return None
    text = " ".join(normalize_text(text).split())
    if len(text.split()) < MIN_HEADLINE_WORDS or not is_headline(text):
        return None
    return text


def headline_member(doc: RawDoc, reason: Drop) -> Article | None:
    """The bare headline article of an input rejected for ``reason``, to be clustered with the kept
    articles (its id is the input's); None when the reason is not one of ``HEADLINE_REASONS`` or the
    input has no usable headline."""
    if reason not in HEADLINE_REASONS:
        return None
    headline = usable_headline(doc.title)
    if headline is None:
        return None
    published = publication_date(doc.published, doc.url)
    return Article(
        id=doc.id,
        path=doc.path,
        text=headline,
        url=doc.url,
        outlet=doc.outlet,
        title=headline,
        published=published,
        language=doc.language,
    )


def rejected_member(rejected: Rejected) -> Article | None:
    """``headline_member`` of a rejected input, from the headline, outlet and date the cleaner read on it."""
    doc = RawDoc(
        id=rejected.id,
        path=rejected.path,
        url=rejected.url,
        title=rejected.title,
        outlet=rejected.outlet,
        published=rejected.published,
    )
    return headline_member(doc, rejected.reason)


def split_members(
    events: Iterable[Sequence[str]], headline_ids: Container[str]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each clustered event as (its articles, its headline-only members), in the events' order; an event
    of headline-only members alone has no articles."""
    split = []
    for ids in events:
        articles = tuple(i for i in ids if i not in headline_ids)
        split.append((articles, tuple(i for i in ids if i in headline_ids)))
    return split
