"""Cleaning one RawDoc into an Article, or a Rejected with its reason."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from newsfuse.clean.html import clean_html
from newsfuse.clean.language import detect_language
from newsfuse.clean.metadata import dated, headline_text, person_authors, plain_outlet
from newsfuse.clean.normalize import join_blocks, normalize_text, split_blocks
from newsfuse.clean.notice import notice_of
from newsfuse.clean.plaintext import clean_plain_blocks
from newsfuse.clean.recurring import LineStats, PageLines, RunningLineStats
from newsfuse.config import CleanConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected, RemovedBlock
from newsfuse.text.scripts import count_words

MAX_INPUT_CHARS = 5_000_000
"""Inputs longer than this are rejected as too large: a 5 MB page is a dump, not an article."""


def _too_large(raw: RawDoc) -> Rejected | None:
    size = len(raw.html if raw.html is not None else raw.text or "")
    if size <= MAX_INPUT_CHARS:
        return None
    detail = (
        f"{size / 1e6:.1f} MB of input; the cleaner takes at most {MAX_INPUT_CHARS / 1e6:.0f} MB per document"
    )
    return Rejected(raw.id, raw.path, Drop.TOO_LARGE, detail, raw.url)


def _favor(aggressiveness: float) -> str:
    if aggressiveness >= 0.7:
        return "precision"
    if aggressiveness <= 0.3:
        return "recall"
    return "balanced"


def clean_document(
    raw: RawDoc,
    config: CleanConfig | None = None,
    stats: LineStats | None = None,
    blocks: list[str] | None = None,
) -> Article | Rejected:
    """Clean one document: body text with chrome removed, metadata, language.

    ``stats`` (lines that recur across the corpus, see ``clean_documents``) sharpens plain-text cleaning.
    ``blocks``: a plain-text document's ``source_blocks`` when they are made already (``LinesSoFar.read``);
    its ``text`` is not read then (``newsfuse run`` sends a pool worker the blocks instead of the text).
    """
    return _clean(raw, config or CleanConfig(), stats, blocks)


def source_blocks(raw: RawDoc) -> list[str]:
    """The blocks of a plain-text document, normalised (``normalize_text``, then ``split_blocks``), as a
    ``PageLines``: counting its lines and cleaning it make its line keys once."""
    return PageLines(split_blocks(normalize_text(raw.text or "")))


def _clean(
    raw: RawDoc, config: CleanConfig, stats: LineStats | None, blocks: list[str] | None
) -> Article | Rejected:
    """``clean_document``, given the plain-text document's ``source_blocks`` when they are at hand."""
    if too_large := _too_large(raw):
        return too_large
    title, byline, published, outlet, url = raw.title, None, raw.published, raw.outlet, raw.url
    language = raw.language
    removed: list[RemovedBlock] = []
    if raw.html is not None:
        post = config.aggressiveness if config.html_post_filter else None
        page = clean_html(
            raw.html,
            raw.url,
            _favor(config.aggressiveness),
            post,
            config.html_fallback,
            config.html_missed_lead,
            inside=config.html_missed_inside,
        )
        text, removed = page.text, page.removed
        title, byline = title or page.title, person_authors(page.byline)
        published, outlet, url = published or page.published, outlet or page.outlet, url or page.url
        language = language or page.language
        if not text:
            detail = "no article body found in the HTML page"
            return Rejected(raw.id, raw.path, Drop.NO_CONTENT, detail, raw.url, title, outlet, published)
    else:
        blocks = source_blocks(raw) if blocks is None else blocks
        if not blocks:
            return Rejected(raw.id, raw.path, Drop.EMPTY, "no text", raw.url)
        if raw.clean:
            text = join_blocks(blocks)
        else:
            plain = clean_plain_blocks(blocks, config.aggressiveness, stats)
            text, removed = join_blocks(plain.blocks), plain.removed
            title, byline = title or plain.title, plain.byline
            published = published or plain.published
            outlet = outlet or plain_outlet(blocks, plain.title, url, plain.outlet)
            language = language or plain.language
        if not text:
            detail = "every block was page chrome"
            return Rejected(raw.id, raw.path, Drop.NO_CONTENT, detail, raw.url, title, outlet, published)
    published, unread_date = dated(published, url)
    if _fewer_words(text, config.min_article_words):
        reason = (
            f"only {count_words(text)} words of body (clean.min_article_words={config.min_article_words})"
        )
        return Rejected(raw.id, raw.path, Drop.NO_CONTENT, reason, raw.url, title, outlet, published)
    if config.reject_notices and (
        notice := notice_of(text, config.notice_max_words, config.notice_min_share)
    ):
        return Rejected(raw.id, raw.path, Drop.NOTICE, notice.reason(), raw.url, title, outlet, published)
    return Article(
        id=raw.id,
        path=raw.path,
        text=text,
        url=url,
        outlet=outlet,
        title=headline_text(title),
        byline=byline,
        published=published,
        language=language or detect_language(text),
        removed=tuple(removed),
        unread_date=unread_date,
    )


def _fewer_words(text: str, least: int) -> bool:
    """Whether ``text`` holds fewer than ``least`` words (``text.scripts.count_words``: white-space words, and
    for Chinese, Japanese or Thai a word per few characters). The white-space test comes first, without
    splitting the whole text (at most ``least`` splits); ``count_words`` never counts fewer."""
    return least > 0 and len(text.split(maxsplit=least)) < least and count_words(text) < least


def _counted(raw: RawDoc) -> bool:
    """Whether a document's lines count toward recurring-line statistics (plain text, not too large)."""
    return bool(raw.text) and raw.html is None and len(raw.text or "") <= MAX_INPUT_CHARS


def corpus_line_stats(raws: Iterable[RawDoc]) -> LineStats:
    """Recurring-line statistics of the plain-text documents of a corpus (merge batches with ``merge``)."""
    return LineStats.from_documents(source_blocks(raw) for raw in raws if _counted(raw))


def clean_documents(raws: Iterable[RawDoc], config: CleanConfig | None = None) -> list[Article | Rejected]:
    """Clean many documents: first count the lines that recur across them, then clean each (each document
    is normalised and split once, for both steps)."""
    docs = list(raws)
    blocks = [source_blocks(raw) if _counted(raw) else None for raw in docs]
    stats = LineStats.from_documents(b for b in blocks if b is not None)
    config = config or CleanConfig()
    return [_clean(raw, config, stats, b) for raw, b in zip(docs, blocks, strict=True)]


def site_of(raw: RawDoc) -> str:
    """The site an input comes from, as far as its own metadata says: its outlet's name, else its URL's host
    (without ``www.``), else "" (one site for every input that names none)."""
    if raw.outlet and raw.outlet.strip():
        return raw.outlet.strip().lower()
    try:
        host = urlsplit(raw.url or "").hostname or ""
    except ValueError:  # a malformed address ('http://[x'): no host
        host = ""
    return host.removeprefix("www.")


class LinesSoFar:
    """Recurring-line statistics of a stream of inputs (``newsfuse run`` reads its inputs as a stream), counted
    per site (``site_of``): each document is cleaned with the counts of its site's documents read up to it,
    itself included.

    Per site, because a corpus of news holds syndicated copies: a wire story's paragraphs recur in the pages of
    every outlet that ran it, often with more of the outlet's own text than the guard in
    ``plaintext._recurring`` allows for, while chrome recurs on the pages of one site. A long block is cut as
    ``recurring_block`` from its site's third document holding it on (``plaintext.RECURRING_DOCUMENTS``): the
    two read before keep it (``clean_documents``, which counts the whole batch first, cuts it in all three);
    short lines weigh as recurring in the scorer once the site has 3 documents. The same inputs in the same
    order give the same results whatever the batch size, runner or number of workers."""

    def __init__(self) -> None:
        self._sites: dict[str, RunningLineStats] = {}

    def see(self, raw: RawDoc) -> LineStats | None:
        """Count ``raw``'s lines; the statistics to clean it with: the counts of its lines that recur in its site
        (``RunningLineStats.add_recurring``), None when none does or for an input that is not counted (HTML,
        empty or too large, as in ``clean_documents``)."""
        return self.read(raw)[0]

    def read(self, raw: RawDoc) -> tuple[LineStats | None, list[str] | None]:
        """``see``, with the ``source_blocks`` it made of ``raw`` (None for an input that is not counted), so
        that cleaning need not make them again (``clean_document``'s ``blocks``)."""
        if not _counted(raw):
            return None, None
        blocks = source_blocks(raw)
        return self._sites.setdefault(site_of(raw), RunningLineStats()).add_recurring(blocks), blocks
