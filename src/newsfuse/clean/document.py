"""Cleaning one RawDoc into an Article, or a Rejected with its reason."""

from __future__ import annotations

from collections.abc import Iterable

from newsfuse.clean.html import clean_html
from newsfuse.clean.language import detect_language
from newsfuse.clean.metadata import parse_timestamp, person_authors
from newsfuse.clean.normalize import join_blocks, normalize_text, split_blocks
from newsfuse.clean.plaintext import clean_plain_text
from newsfuse.config import CleanConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected, RemovedBlock


def _favor(aggressiveness: float) -> str:
    if aggressiveness >= 0.7:
        return "precision"
    if aggressiveness <= 0.3:
        return "recall"
    return "balanced"


def clean_document(raw: RawDoc, config: CleanConfig | None = None) -> Article | Rejected:
    """Clean one document: body text with chrome removed, metadata, language."""
    config = config or CleanConfig()
    title, byline, published, outlet, url = raw.title, None, raw.published, raw.outlet, raw.url
    language = raw.language
    removed: list[RemovedBlock] = []
    if raw.html is not None:
        page = clean_html(raw.html, raw.url, _favor(config.aggressiveness))
        text, removed = page.text, page.removed
        title, byline = title or page.title, person_authors(page.byline)
        published, outlet, url = published or page.published, outlet or page.outlet, url or page.url
        language = language or page.language
        if not text:
            return Rejected(
                raw.id, raw.path, Drop.NO_CONTENT, "no article body found in the HTML page", raw.url
            )
    else:
        source = normalize_text(raw.text or "")
        if not source:
            return Rejected(raw.id, raw.path, Drop.EMPTY, "no text", raw.url)
        if raw.clean:
            text = join_blocks(split_blocks(source))
        else:
            plain = clean_plain_text(source, config.aggressiveness)
            text, removed = join_blocks(plain.blocks), plain.removed
            title, byline = title or plain.title, plain.byline
            published, outlet = published or plain.published, outlet or plain.outlet
        if not text:
            return Rejected(raw.id, raw.path, Drop.NO_CONTENT, "every block was page chrome", raw.url)
    if published:
        published = parse_timestamp(published) or published
    if len(text.split()) < config.min_article_words:
        reason = (
            f"only {len(text.split())} words of body (clean.min_article_words={config.min_article_words})"
        )
        return Rejected(raw.id, raw.path, Drop.NO_CONTENT, reason, raw.url)
    return Article(
        id=raw.id,
        path=raw.path,
        text=text,
        url=url,
        outlet=outlet,
        title=title,
        byline=byline,
        published=published,
        language=language or detect_language(text),
        removed=tuple(removed),
    )


def clean_documents(raws: Iterable[RawDoc], config: CleanConfig | None = None) -> list[Article | Rejected]:
    """Clean many documents (per-document; corpus-level signals may be added by later passes)."""
    return [clean_document(raw, config) for raw in raws]
