"""Block-level cleaning of text scraped without extraction (article plus page chrome).

Rules read the metadata lines (byline, date, copyright/source → outlet, title) and the explicit
"You may also like" sections; a fitted block scorer (``newsfuse.clean.blocks``) decides the rest.
Every removed block is kept with its reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from newsfuse.clean.appeals import (
    PAGE_NOTE_TOKENS,
    TIP_WORDS,
    appeal_tail,
    is_opening_appeal,
    is_page_note,
    is_tip_line,
)
from newsfuse.clean.blocks import MAX_THRESHOLD, PageVerdict, judge_page
from newsfuse.clean.features import PageFeatures
from newsfuse.clean.metadata import date_candidate, parse_byline, parse_credit, parse_date_line, parse_outlet
from newsfuse.clean.normalize import split_blocks
from newsfuse.clean.pagenotes import (
    DISCLAIMER_TOKENS,
    PROMPT_FORM_TOKENS,
    SITE_CHROME_TOKENS,
    has_credit_form,
    is_author_bio,
    is_disclaimer,
    is_prompt_form,
    is_site_chrome,
)
from newsfuse.clean.recurring import MIN_DOCUMENTS, LineStats, is_short
from newsfuse.model import RemovedBlock

_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s+\d{4}|all rights reserved)", re.IGNORECASE)
_RELATED = re.compile(
    r"\n(?:you may also like|you might also like|related (?:stories|articles|posts|news)|more stories|"
    r"recommended(?: for you)?|read next|also read|more from|trending now|most popular|"
    r"te puede interesar|das könnte sie auch interessieren|weitere artikel"
    r"|(?:you (?:may|might) (?:also )?be interested in|more (?:news|articles|on this (?:story|topic))"
    r"|latest (?:news|stories|articles|headlines)|top stories|other top stories|editor'?s picks|don'?t miss"
    r"|what to read next|around the web|from the web|promoted (?:stories|content)"
    r"|sponsored (?:stories|content|links)|popular (?:stories|articles|now)|most (?:read|viewed|shared)"
    r"|related (?:content|coverage|links)|recommended (?:stories|reading|articles)|past coverage"
    r"|(?:das )?(?:thema )?könnte (?:sie|dich) (?:auch|ebenfalls) interessieren|mehr zum thema"
    r"|lesen sie auch|neueste artikel|weitere (?:themen|nachrichten|meldungen|beiträge)"
    r"|ähnliche (?:artikel|beiträge)|meistgelesen|auch interessant|à lire aussi|lire aussi"
    r"|sur le même sujet|les plus lus|vous aimerez aussi|le puede interesar|también te puede interesar"
    r"|noticias relacionadas|más noticias|lo más leído|potrebbe interessarti|leggi anche"
    r"|articoli correlati|zobacz (?:także|też)|czytaj (?:także|też)|leia também|veja também"
    r"|notícias relacionadas|lees ook|meer nieuws|gerelateerde artikelen)\b)[^\n]{0,30}(?![^\n])"
)
"""A "You may also like" heading, searched for in the lower-cased page (``PageFeatures.matching``)."""
_BRIEFS = re.compile(r"\n(?:quick hits|in brief|news in brief|in other news)\b[^\n]{0,30}(?![^\n])")
"""A newsletter's heading over other news items, opening a section like ``_RELATED`` when ``BRIEFS``."""
BRIEFS = True
"""Whether ``_BRIEFS`` headings open a ``related_block`` section, and the off-topic items under one are cut
(``_cut_briefs``; twentieth round: plain_dev batch 2 0.8946 -> 0.9083, batch 1 and the old sets unchanged within
0.0001)."""
BRIEF_ITEMS = 8
"""How many blocks under a ``_BRIEFS`` heading ``_cut_briefs`` looks at."""
_COMMENTS = re.compile(
    r"\n(?:\d+ ?(?:comments|responses|replies|kommentare)|comments|reader comments|leave a (?:reply|comment)|"
    r"post a comment|add a comment|kommentare|kommentar schreiben|responses to|discussion"
    r"|(?:\d+ ?(?:commentaires?|comentarios?|commenti|komentarz[ey]?)|keine kommentare|ihre meinung"
    r"|have your say|add your (?:comment|view)|join the (?:discussion|conversation)|commentaires?"
    r"|comentarios?|commenti|komentarze|schreibe einen kommentar|deja un comentario|laisser un commentaire"
    r"|lascia un commento)\b)[^\n]{0,30}(?![^\n])"
)
"""A heading that opens the readers' comments ("12 Comments", "Leave a Reply"), searched for like ``_RELATED``."""
_CHROME = re.compile(
    r"^(?:share (?:this|on)|sharing is caring|leave a (?:reply|comment)|comments? (?:are|is) closed|"
    r"click here|subscribe|sign up|advertisement|advertising|read more|related:|follow us|"
    r"skip to (?:main )?content|photo(?:graph)?s?:|image:|credit:|all rights reserved|"
    r"\(?(?:fotos?|bild(?:er)?|photos?|pictures?|images?|crédits?|credits?|quelle)\s?:|"
    r"swipe to|next page|previous page|print this|email this|tags?:|filed under|"
    r"blog comments powered by|this entry was posted|posted in|log ?in|register|"
    r"click to (?:share|email|print)|share this:|like this:|like loading|sign up for (?:our|the)|"
    r"get (?:the latest|our newsletter)|download (?:our|the) app|we use cookies|by continuing to (?:use|browse)|"
    r"view (?:larger )?image|enlarge this image|hide caption|toggle caption|image (?:source|caption)|"
    r"media caption|getty images|view comments|add your (?:comment|view)|"
    r"(?:see also|also read|read also|more|lesen sie (?:auch|hier|mehr)|mehr dazu|mehr zum thema|auch interessant|"
    r"zum thema|lea(?: también| más)?|vea(?: también)?|lee también|leia(?: também| mais)?|veja também|"
    r"(?:à )?lire (?:aussi|également)|leggi anche|czytaj (?:także|też|więcej)|zobacz (?:także|też))\s?:)",
    re.IGNORECASE,
)
_MENU_SEPARATOR = re.compile(r"\s*[|•·/»]\s*")
_MENU_ITEM = re.compile(r"[\w&'’ ]{1,24}")
_WORD = re.compile(r"\w+")
_SENTENCE_ENDS = ".!?…\"'”»)"
"""What a sentence's last character is (``_SENTENCE_END``, ``is_prose``)."""
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_ENDS)}]\\s*$")


@dataclass
class PlainTextResult:
    blocks: list[str]
    removed: list[RemovedBlock]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    """The page's language as its stop words tell (None when they do not tell it clearly)."""
    probabilities: list[float] = field(default_factory=list)
    """Each input block's body probability (the scorer's)."""
    reasons: list[str | None] = field(default_factory=list)
    """Each input block's removal reason, None for a kept block."""


def threshold(aggressiveness: float) -> float:
    """Body-probability a block needs to be kept: 0.2 at aggressiveness 0, 0.5 at 0.5, 0.8 at 1."""
    return 0.2 + (MAX_THRESHOLD - 0.2) * min(1.0, max(0.0, aggressiveness))


def _is_menu(block: str) -> bool:
    """Three or more short items joined by separators ("Home | News | Sport", also in brackets: "[ Post Reply |
    Private Reply | View Replies ]"); linear time."""
    if block[:1] in "[(" and block[-1:] in "])":
        block = block[1:-1].strip()
    items = _MENU_SEPARATOR.split(block)
    return len(items) >= 3 and all(_MENU_ITEM.fullmatch(item) for item in items)


PROSE_WORDS = 8
"""A prose block has at least this many words (``is_prose``)."""


def _ends_sentence(block: str) -> bool:
    """Whether the last character of ``block`` but white space is one of ``_SENTENCE_ENDS`` (``_SENTENCE_END``,
    without a scan of the block)."""
    return block.rstrip()[-1:] in _SENTENCE_ENDS


def is_prose(block: str) -> bool:
    """``PROSE_WORDS`` words or more ending a sentence (``_ends_sentence``, tested first; the words counted up to
    ``PROSE_WORDS`` only: split at most that many times, a block of k words gives min(k, 9) pieces)."""
    return _ends_sentence(block) and len(block.split(None, PROSE_WORDS)) >= PROSE_WORDS


def _metadata(
    block: str, result: PlainTextResult, copyright_hint: bool = True, cut: bool = True
) -> str | None:
    """Read a metadata line into ``result``; return the removal reason, or None for other blocks. Credit lines
    ("Words by", "Reporting by", "di"; ``parse_credit``) are read only from a block the page's verdict cuts
    (``cut``): one it keeps stays body."""
    if copyright_hint and _COPYRIGHT.search(block) and len(block.split(None, 25)) < 25:  # fewer than 25 words
        result.outlet = result.outlet or parse_outlet(block)
        return "copyright"
    if result.byline is None and (byline := parse_credit(block) if cut else parse_byline(block)):
        result.byline = byline
        if result.published is None:  # "By X | role | 3 June 2025": the date on the byline's line
            result.published = parse_date_line(block)
        return "byline"
    if result.published is None and (date := parse_date_line(block)):
        result.published = date
        return "date"
    if block.lower().startswith(("source:", "quelle:", "fuente:")) and (outlet := parse_outlet(block)):
        result.outlet = result.outlet or outlet
        return "source_line"
    return None


TITLE_LOOKBACK = 12
"""How many blocks before the body's first block the headline is looked for."""


_NAME_LINE = re.compile(
    r"^((?:[A-Z][a-z'\-]+|[A-Z][A-Z'\-]+)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z][A-Z'\-]+)){1,2})"
    r"(?:\s*[·|,–]\s*|(?=[A-Z][a-z]))(.*)$"
)
_ROLE = re.compile(r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|staff)\b", re.IGNORECASE)


def _header_byline(blocks: list[str], reasons: list[str | None], title_at: int) -> str | None:
    """A byline without a cue in the page's header: a block cut already, within ``TITLE_HEADER`` blocks after
    the title, that opens with a name of two or three capitalised words followed by a separator or run into a
    role ("Nadia OrmeLocal democracy reporter", "Callum Strand · 2 April 2025 · 3 min read"), the rest naming a
    role or holding a date."""
    for i in range(title_at + 1, min(len(blocks), title_at + 1 + TITLE_HEADER)):
        if reasons[i] is None or len(blocks[i].split()) > 12:
            continue
        match = _NAME_LINE.match(blocks[i].strip())
        if match and (_ROLE.search(match.group(2)) or date_candidate(blocks[i])):
            name = match.group(1)
            return name.title() if name.isupper() else name
    return None


TITLE_HEADER = 3
"""A headline that recurs on other pages (``recurring_line``) is still this page's title when a byline or date
line follows it within this many blocks (a standfirst between them may be body)."""


def _header_follows(blocks: list[str], i: int) -> bool:
    """Whether a byline or date line follows block ``i`` within ``TITLE_HEADER`` blocks."""
    return any(parse_byline(block) or date_candidate(block) for block in blocks[i + 1 : i + 1 + TITLE_HEADER])


def _title_index(blocks: list[str], page: PageVerdict, body_start: int, limit: float) -> int:
    """The headline: of the heading-like blocks at the body's start (its first block of prose, see
    ``clean_plain_blocks``) or up to ``TITLE_LOOKBACK`` blocks before it, the one whose longer words the body's
    first blocks repeat most (at least 30 %; -1 if none). Menus, chrome, bylines, dates and mostly-number lines
    never qualify. A headline cut as ``recurring_line`` (it recurs as a teaser on other pages) is taken only when
    no other block qualifies and a byline or date line follows it (``_header_follows``): that block is cut
    either way, so the body does not change."""
    best, best_share = -1, 0.3
    recurring, recurring_share = -1, 0.3
    body: dict[int, set[str]] = {}  # the words of the six blocks from a start (two starts at most)
    for i in range(min(body_start, len(blocks) - 1), max(-1, body_start - TITLE_LOOKBACK), -1):
        block = blocks[i]
        cut = page.probabilities[i] < limit
        if cut and page.reasons[i] in ("chrome_phrase", "menu"):
            continue
        repeated = cut and page.reasons[i] == "recurring_line"
        if not 3 <= len(block.split()) <= 25 or is_prose(block) or _COPYRIGHT.search(block):
            continue
        if _CHROME.match(block) or _is_menu(block) or parse_byline(block) or date_candidate(block):
            continue
        if repeated and (best >= 0 or not _header_follows(blocks, i)):
            continue
        tokens = _WORD.findall(block.lower())
        if sum(t.isdigit() for t in tokens) * 3 > len(tokens):
            continue
        words = [w for w in tokens if len(w) > 3]
        start = i + 1 if i == body_start else body_start
        if start not in body:
            body[start] = set(_WORD.findall(" ".join(blocks[start : start + 6]).lower()))
        body_words = body[start]
        share = sum(w in body_words for w in words) / len(words) if words else 0.0
        if repeated and share > recurring_share:
            recurring, recurring_share = i, share
        elif not repeated and share > best_share:
            best, best_share = i, share
    return best if best >= 0 else recurring


_TEASER_END = re.compile(
    r"(?:…|\.\.\.)\s*(?:\[?\s*(?:read more|continue reading|read full (?:story|article)|weiterlesen|"
    r"mehr lesen|lire la suite|leer más)\W*)+$",
    re.IGNORECASE,
)
"""A truncated teaser for another page: text cut off by an ellipsis, then "Read more" (``teaser``)."""
_RIGHTS = re.compile(
    r"may not be (?:re)?published,? (?:or )?broadcast|rewritten,? or redistributed|"
    r"may not be (?:reproduced|redistributed|copied) (?:in whole or in part|without)",
    re.IGNORECASE,
)
"""A syndication notice ("This material may not be published, broadcast, rewritten or redistributed"), cut as
``copyright`` at any length."""
_TAIL_HINTS: tuple[str, ...] = (
    "read more",
    "continue reading",
    "read full",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer más",
    "may not be",
    "redistributed",
)

_METADATA_START = re.compile(
    r"\n(?:by|written by|words by|reporting by|von|por|par|di)\s|\n(?:source|quelle|fuente):"
)
_CHROME_LINE = re.compile("\n" + _CHROME.pattern[1:])


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Blocks a rule may apply to, found for the whole page at once: metadata lines (a byline or "Source:"
    start, a copyright mark, or a short line with a digit), "You may also like" headings, chrome phrases and
    lines with two menu separators or more."""

    metadata: frozenset[int]
    copyright: frozenset[int]
    related: frozenset[int]
    comments: frozenset[int]
    chrome: frozenset[int]
    menu: frozenset[int]
    notices: frozenset[int]
    """Blocks that may be a truncated teaser (``_TEASER_END``) or a syndication notice (``_RIGHTS``)."""

    @classmethod
    def scan(cls, page: PageFeatures) -> _Candidates:
        short_digits = np.flatnonzero((page.chars <= 90) & (page.digits > 0))
        copyright = page.copyright  # every block _COPYRIGHT can match holds a hint (COPYRIGHT_HINTS)
        metadata = (short_digits, page.matching(_METADATA_START), copyright)
        return cls(
            frozenset(np.concatenate(metadata).tolist()),
            frozenset(copyright.tolist()),
            frozenset(page.matching(_RELATED).tolist()),
            frozenset(page.matching(_COMMENTS).tolist()),
            frozenset(page.matching(_CHROME_LINE).tolist()),
            frozenset(np.flatnonzero(page.menu_marks >= 2).tolist()),
            frozenset(page.containing(_TAIL_HINTS).tolist()),
        )


def _cut_briefs(blocks: list[str], reasons: list[str | None], headings: list[int]) -> None:
    """Under each ``_BRIEFS`` heading the section cut, cut the kept blocks (up to ``BRIEF_ITEMS``) whose longer
    words the kept text above the heading mostly lacks (share below ``AFTER_END_FIT``): other news items, off
    the article's topic; the first on-topic block ends the section."""
    for h in headings:
        if reasons[h] != "related_block":
            continue
        above = " ".join(blocks[i] for i in range(h) if reasons[i] is None)
        article = set(_LONG_WORD.findall(above.lower()))
        if not article:
            continue
        for j in range(h + 1, min(len(blocks), h + 1 + BRIEF_ITEMS)):
            if reasons[j] is not None:
                if reasons[j] == "related_block":
                    continue
                break
            words = _LONG_WORD.findall(blocks[j].lower())
            if sum(w in article for w in words) >= AFTER_END_FIT * max(1, len(words)):
                break
            reasons[j] = "related_block"


def _tail_notice(block: str) -> str | None:
    """``teaser`` for a truncated teaser ending in "… Read more", ``copyright`` for a syndication notice."""
    if _TEASER_END.search(block):
        return "teaser"
    if _RIGHTS.search(block):
        return "copyright"
    return None


RELATED_ENDS = MAX_THRESHOLD
"""A "You may also like" section runs until a block the scorer is this sure is body (pages often go on with
the article after a related-links box); below it, every block of the section is cut as ``related_block``.
A readers' comments section (``_COMMENTS``) runs the same way, its blocks cut as ``comment_section``."""


_COMMENT_MARK = re.compile(
    r"^(?:reply|antworten|répondre|responder|report|melden|permalink|permanenter link|like|gefällt mir)\b"
    r"|\b(?:says|said|sagt|schrieb|wrote|écrit)\s*:?$"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|uhr)?\s*$"
    r"|\b(?:\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago"
    r"|vor \d+ (?:minuten|stunden|tagen|wochen|monaten|jahren))\b",
    re.IGNORECASE,
)
"""A line of a readers' comment's chrome: "Reply", "Anna says:", a time at the end, "3 hours ago"."""
THREAD_GAP = 2
"""Cut blocks that separate two runs of kept blocks (segments) for ``_cut_comment_thread``."""


THREAD_LOOKAHEAD = 12
"""A comment section goes on past a body-like block while comment chrome recurs within this many blocks."""
THREAD_MARKS = 2


def _thread_goes_on(blocks: list[str], i: int, section: str) -> bool:
    """Whether a readers' comments section goes on at block ``i``, though the scorer finds it body-like:
    ``THREAD_MARKS`` comment-chrome lines ("Posted by: Anna on May 2, 2007 01:15 PM", "Reply") among the
    ``THREAD_LOOKAHEAD`` blocks from it."""
    if section != "comment_section" or THREAD_MARKS <= 0:
        return False
    marks = sum(_is_comment_chrome(blocks, j) for j in range(i, min(len(blocks), i + THREAD_LOOKAHEAD)))
    return marks >= THREAD_MARKS


THREAD_NAMES = True
"""Whether a commenter's name line ("Stephen B", "Frank @ Toronto"; ``_NAME_ONLY``) or a "Posted by" line counts
as comment chrome for ``_thread_goes_on`` (twenty-fifth round, see ``SIGNED_COMMENTS``)."""
_NAME_ONLY = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:@\s+)?[A-Z][\w'’.\-]*){0,2}\s*(?:\([A-Z][\w .'’\-]*\))?$")
"""A line that is only a name of one to three capitalised words, perhaps with "@ Place" or "(Place)"."""


def _is_comment_chrome(blocks: list[str], j: int) -> bool:
    """Whether block ``j`` is a line of a readers' comment's chrome (``_COMMENT_MARK``), or with ``THREAD_NAMES``
    a signature: a "Posted by" line, or a name line (``_NAME_ONLY``) between two prose blocks (the comments it
    closes and opens; an outline's "Methods" between other headings is none)."""
    block = blocks[j]
    if _COMMENT_MARK.search(block):
        return True
    if not THREAD_NAMES or len(block) > 40:
        return False
    if _SIGNED_BY.match(block):
        return True
    return (
        0 < j < len(blocks) - 1
        and bool(_NAME_ONLY.match(block))
        and is_prose(blocks[j - 1])
        and is_prose(blocks[j + 1])
    )


def _segments(reasons: list[str | None]) -> list[tuple[list[int], list[int]]]:
    """Runs of kept blocks split by ``THREAD_GAP`` or more cut blocks: each run's blocks, and the cut blocks
    just before it."""
    segments: list[tuple[list[int], list[int]]] = []
    gap: list[int] = []
    for i, reason in enumerate(reasons):
        if reason is not None:
            gap.append(i)
            continue
        if not segments or len(gap) >= THREAD_GAP:
            segments.append(([], gap))
        segments[-1][0].append(i)
        gap = []
    return segments


def _largest(
    blocks: list[str], segments: list[tuple[list[int], list[int]]], words: list[int] | None = None
) -> int:
    """The segment with the most words (``words``: each block's ``len(block.split())`` when known)."""
    if words is None:
        words = [len(block.split()) for block in blocks]
    totals = [sum(words[i] for i in kept) for kept, _ in segments]
    return max(range(len(segments)), key=totals.__getitem__)


def _cut_comment_thread(blocks: list[str], reasons: list[str | None], words: list[int] | None = None) -> None:
    """Cut (``comment_thread``) every kept block from the first segment after the page's largest segment
    (in words; ``words`` as ``_largest``'s) whose gap of ``THREAD_GAP`` or more cut blocks before it holds a
    comment-chrome line: readers' comments without a heading, each introduced by its author and time. Chosen on
    the dev sets."""
    segments = _segments(reasons)
    if len(segments) < 2:
        return
    for j in range(_largest(blocks, segments, words) + 1, len(segments)):
        if any(_COMMENT_MARK.search(blocks[i]) for i in segments[j][1]):
            for later, _ in segments[j:]:
                for i in later:
                    reasons[i] = "comment_thread"
            return


SIGNED_COMMENTS = True
"""Whether readers' comments signed line by line are cut (``comment_thread``; ``_signed_comments``): a run of
signature lines after the article, whatever the scorer thinks of the comments between them, on a page whose byline
was read (a news page: on blogs and forums without one, cleaneval's gold keeps the comments; alone: cleaneval -0.0087
on every page, -0.0008 with the byline; on a page without one, since family AA, a run signed by many after the
article, see ``_signed_comments``; twenty-fifth round, with ``TEASER_PAIRS``, ``THREAD_NAMES`` and ``SITE_CHROME``, the after-article chrome of news
pages: l3s_gn1 held out 0.95182 -> 0.95706, old LOSO mean 0.92124 -> 0.92226, trafilatura_eval 0.8844 -> 0.8848;
cleaneval -0.00115, whose gold keeps readers' comments; docs/cleaning.md)."""
_SIGNED_BY = re.compile(r"^(?:posted|submitted|written|added|sent|comment(?:ed)?) by\b", re.IGNORECASE)
"""A comment's signature opening with its poster: "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08"."""
AFTER_ARTICLE_WORDS = 150
"""The after-article chrome rules (``_comments_to_end``, a byline-less page's ``_signed_comments``,
``_teaser_boxes``, ``_doubled_comments``) act only after this many kept words of prose: the article, not its lead
(twenty-seventh round, family AA: the after-article chrome of news pages judged as one, see ``_comments_to_end``)."""
_COMMENT_WORDS = re.compile(
    r"comment|kommentar|comentario|commenti|komentarz|repl(?:y|ies)|respon|your (?:say|view)|conversation",
    re.IGNORECASE,
)
"""A comments heading's own word (a bare "Discussion" is a paper's section as often)."""


def _comments_to_end(
    blocks: list[str], reasons: list[str | None], headings: frozenset[int], sizes: list[int]
) -> list[int]:
    """Kept blocks after the page's first readers' comments heading (``_COMMENTS`` with a ``_COMMENT_WORDS`` word
    and no digit: "11 Comments" is often a link standing before or between articles) that follows
    ``AFTER_ARTICLE_WORDS`` kept words of prose: the comments and what the page has below (``comment_section``).
    The news convention: a reader's comment is not the article. Family AA (this, ``_signed_comments`` on pages
    without a byline, ``_teaser_boxes``, ``_doubled_comments``), old LOSO against 4820871: l3s_gn1 0.95706 ->
    0.96544, mean with cleaneval's non-comment pages 0.92429 -> 0.92677 (benchmarks/results/clean.md)."""
    prose = 0
    for i, reason in enumerate(reasons):
        if (
            i in headings
            and prose >= AFTER_ARTICLE_WORDS
            and _COMMENT_WORDS.search(blocks[i])
            and not any(c.isdigit() for c in blocks[i])
        ):
            return [j for j in range(i + 1, len(blocks)) if reasons[j] is None]
        if reason is None:
            prose += sizes[i]
    return []


SIGNATURE_WORDS = 15
"""A signature line has at most this many words."""
SIGNATURE_GAP = 8
"""Two signatures of one run are at most this many blocks apart ..."""
SIGNATURE_RUN = 3
"""... and a run holds at least this many."""


def _is_signature(block: str) -> bool:
    """A comment's signature line: short, opening with "Posted by" or holding comment chrome (``_COMMENT_MARK``:
    "Anna says:", a time at the end, "3 hours ago", "Reply")."""
    short = len(block.split(None, SIGNATURE_WORDS)) <= SIGNATURE_WORDS  # words counted up to the limit
    return short and bool(_SIGNED_BY.match(block) or _COMMENT_MARK.search(block))


SIGNATURE_TOKENS = frozenset(
    [
        "reply",
        "antworten",
        "répondre",
        "responder",
        "report",
        "melden",
        "permalink",
        "permanenter",
        "like",
        "gefällt",
        "says",
        "said",
        "sagt",
        "schrieb",
        "wrote",
        "écrit",
        "by",
    ]
)
"""Words (lower-case ``\\w+`` tokens) one of which every match of ``_SIGNED_BY`` ("by") and of ``_COMMENT_MARK``'s
first two forms holds; its other two forms need a decimal digit (``_signature_gate``)."""


def _signature_gate(blocks: list[str], words: list[int], marks: list[int], digits: list[float]) -> list[bool]:
    """Per block, whether ``_is_signature`` can hold (a necessary condition, from the page's record): at most
    ``SIGNATURE_WORDS`` words, and a non-ASCII block, or one holding a decimal digit or a ``SIGNATURE_TOKENS`` word
    (``marks``: the ``_SIGNATURE_MARK`` bit). In ASCII, ``re.IGNORECASE`` is ``str.lower``, so an ASCII block
    without either matches neither pattern."""
    return [
        n <= SIGNATURE_WORDS and bool(mark & _SIGNATURE_MARK or digit or not block.isascii())
        for block, n, mark, digit in zip(blocks, words, marks, digits, strict=True)
    ]


_SIGNATURE_NOISE = re.compile(
    r"\d+|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b"
    r"|\b[ap]m\b|\W+"
)
"""What a signature's form is without: digits, month and weekday names, am/pm, punctuation."""


def _prose_sizes(blocks: list[str], words: list[int] | None = None) -> list[int]:
    """Each block's words if it is prose (``is_prose``), else 0: counted once per page for the after-article rules
    (family AA), which each add up the kept prose before a block. ``words``: each block's ``len(block.split())``
    when known (``PageFeatures.words``): then no block is split."""
    if words is None:
        return [len(block.split()) if is_prose(block) else 0 for block in blocks]
    return [
        n if n >= PROSE_WORDS and _ends_sentence(block) else 0  # is_prose, the words known
        for block, n in zip(blocks, words, strict=True)
    ]


def _prose_words(sizes: list[int], reasons: list[str | None], end: int) -> int:
    """Words of the kept prose blocks before ``end`` (``sizes``: ``_prose_sizes``)."""
    return sum(sizes[i] for i in range(end) if reasons[i] is None)


def _one_signer(blocks: list[str], run: list[int]) -> bool:
    """Whether one signature form (``_SIGNATURE_NOISE`` aside: "posted by jon at : comments") signs half of the
    run or more: one author's posts, not readers' comments."""
    forms = Counter(" ".join(_SIGNATURE_NOISE.sub(" ", blocks[i].lower()).split()) for i in run)
    return 2 * forms.most_common(1)[0][1] >= len(run)


def _signed_comments(
    blocks: list[str],
    reasons: list[str | None],
    sizes: list[int],
    no_byline: bool = False,
    gate: list[bool] | None = None,
) -> list[int]:
    """Kept blocks of readers' comments signed line by line: from the first signature of a run of
    ``SIGNATURE_RUN`` or more (each within ``SIGNATURE_GAP`` blocks of the next) that follows a kept prose block,
    to the end of the kept blocks after the run's last signature (up to ``THREAD_GAP`` cut blocks in a row). On a
    page without a byline (``no_byline``; family AA) a run counts only when many sign it (``_one_signer``: not a
    blog's own posts) and ``AFTER_ARTICLE_WORDS`` kept words of prose stand before it (else its first signature is
    the post's own). ``gate``: the blocks that may be signatures (``_signature_gate``); None: every block."""
    signatures = [
        i
        for i, block in enumerate(blocks)
        if (gate is None or gate[i]) and reasons[i] != "title" and _is_signature(block)
    ]
    runs: list[list[int]] = []
    for i in signatures:
        if runs and i - runs[-1][-1] <= SIGNATURE_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[int] = []
    for run in runs:
        if len(run) < SIGNATURE_RUN:
            continue
        if not any(reasons[i] is None and is_prose(blocks[i]) for i in range(run[0])):
            continue  # no article before the run: a forum or a page of comments
        if no_byline and (
            _one_signer(blocks, run) or _prose_words(sizes, reasons, run[0]) < AFTER_ARTICLE_WORDS
        ):
            continue  # one author's posts, each signed, or a run opening the page's prose with the post's signature
        end, cut = run[-1], 0
        while end + 1 < len(blocks) and cut < THREAD_GAP:
            end += 1
            cut = cut + 1 if reasons[end] is not None else 0
        out += [i for i in range(run[0], end + 1) if reasons[i] is None]
    return out


_BARE_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", re.IGNORECASE)
"""A line that is only a time of day ("06:40", "9.15 am", "14h30", "14:30 Uhr"): a live blog's entry stamp."""
LIVE_ENTRIES = 4
"""A page is a live blog when it has this many entries (``_live_entries``). At 3, one readability page (an
article with a sidebar ticker of stamped items) lost 0.21 F1; at 4 no page of the old dev sets is a live blog."""
LIVE_HEAD_WORDS = 15
"""An entry's heading (and the writer's line before it) has at most this many words."""


def _heading_like(line: str) -> bool:
    """Two words or more, one of them starting in lower case ("Main road closed", "Good morning"): what a live
    entry's heading has and a commenter's name ("Lars", "Ed B. -Netherlands", "Anna Kerr") has not."""
    words = [w.strip("\"'“”‘’«»()[]-–—:,.") for w in line.split()]
    return len(words) >= 2 and any(w[:1].islower() for w in words)


_RESTORABLE = frozenset({"outside_body", "low_body_score", "short_fragment", "comment_thread", "title"})
"""Cuts a live blog's entry undoes: the scorer's own and the comment-thread cut, never a rule's (chrome,
menu, metadata, related)."""


LIVE_BLOGS = True
"""Whether live blogs' entries are found and kept (``_live_entries``; eighteenth round)."""


def _live_entries(blocks: list[str]) -> list[tuple[int, list[int]]]:
    """A live blog's entries: a bare time line, at most two short lines (writer, heading), then one or more
    prose blocks up to the next time line; each entry as (its heading's index, its prose blocks' indexes). Empty
    unless ``LIVE_ENTRIES`` such entries are on the page."""
    stamps = [i for i, block in enumerate(blocks) if len(block) <= 16 and _BARE_TIME.match(block)]
    if len(stamps) < LIVE_ENTRIES:
        return []
    entries: list[tuple[int, list[int]]] = []
    for k, at in enumerate(stamps):
        end = stamps[k + 1] if k + 1 < len(stamps) else len(blocks)
        first = next((j for j in range(at + 1, min(end, at + 4)) if is_prose(blocks[j])), None)
        if first is None or first == at + 1:
            continue
        if any(len(blocks[j].split()) > LIVE_HEAD_WORDS for j in range(at + 1, first)):
            continue
        if not _heading_like(blocks[first - 1]):  # a name ("Lars", "Ed B."): a comment's signature
            continue
        prose = [first]
        while prose[-1] + 1 < end and is_prose(blocks[prose[-1] + 1]):
            prose.append(prose[-1] + 1)
        entries.append((first - 1, prose))
    return entries if len(entries) >= LIVE_ENTRIES else []


def _keep_live_entries(entries: list[tuple[int, list[int]]], reasons: list[str | None]) -> None:
    """Put back each live-blog entry's heading and prose where the scorer or the comment-thread cut took them
    (``live_entry`` pages, see ``_live_entries``)."""
    for heading, prose in entries:
        for i in (heading, *prose):
            if reasons[i] in _RESTORABLE:
                reasons[i] = None


_CONSENT_TERMS = re.compile(
    r"\b(?:cookies?|consent(?:s|ing)?|personal data|(?:our|\d+) (?:advertising )?partners|vendors"
    r"|unique identifiers|legitimate interests?|privacy (?:settings|centre|center|preferences)"
    r"|(?:precise )?geolocation|personali[sz]ed (?:ads|advertising|content)"
    r"|(?:ad|advertising) and content measurement|audience (?:insights|research)|device characteristics"
    r"|store and(?:/or)? access information|manage (?:your )?(?:choices|preferences|options)"
    r"|datenschutz\w*|einwilligung\w*|zustimm\w*|données personnelles|consentement|traceurs|partenaires"
    r"|consenso|dati personali)\b"
)
"""Words of a cookie or consent dialog (the ad-industry consent frameworks' purposes), in lower case."""
_CONSENT_HINTS = (
    "cookie",
    "consent",
    "partner",
    "vendor",
    "personal data",
    "geolocation",
    "legitimate",
    "datenschutz",
    "einwillig",
    "zustimm",
    "consentement",
    "données personnelles",
    "traceurs",
    "consenso",
    "dati personali",
)
"""Substrings one of which every ``_CONSENT_TERMS`` match holds (the blocks the pattern is tried on)."""
_WE = re.compile(r"\b(?:we|our|nous|notre|nos|wir|unser\w*|noi|nostr[aeio])\b")
CONSENT_WORDS = 120
"""A consent dialog's paragraph has at most this many words."""
CONSENT_NOTICES = True
"""Whether kept blocks that read as a consent dialog are cut (``consent_notice``; eighteenth round)."""


def _is_consent(block: str) -> bool:
    """Two different consent-dialog terms and the site speaking as "we" ("We and our partners store and access
    information on your device, such as cookies ..."): a law text on personal data or an article about
    cookies rarely has both."""
    lower = block.lower()
    return len(set(_CONSENT_TERMS.findall(lower))) >= 2 and bool(_WE.search(lower))


_LONG_WORD = re.compile(r"\w{4,}")
_HEADLINE_END = re.compile(r"[.!?…\"'”»):]\s*$")
AFTER_END_FIT = 0.2
"""``_cut_after_end`` cuts a segment when fewer than this share of its longer words occur in the article's."""
TEASER_HEADLINES = 3
"""A teaser list holds at least this many headline-like blocks (12 words or fewer, no sentence end) ..."""
TEASER_SHARE = 0.3
"""... making up at least this share of its blocks."""


def _is_teaser_list(blocks: list[str], kept: list[int], words: list[int] | None = None) -> bool:
    """Headlines, each with or without a summary: ``TEASER_HEADLINES`` and ``TEASER_SHARE`` of the blocks
    (``words`` as ``_largest``'s)."""
    headlines = sum(
        (len(blocks[i].split()) if words is None else words[i]) <= 12 and not _HEADLINE_END.search(blocks[i])
        for i in kept
    )
    return headlines >= max(TEASER_HEADLINES, TEASER_SHARE * len(kept))


def _cut_after_end(blocks: list[str], reasons: list[str | None], counts: list[int] | None = None) -> None:
    """Cut each segment after the page's largest one whose longer words (4+ letters) the largest segment
    mostly lacks (share below ``AFTER_END_FIT``) when its gap holds a cut copyright line, the article's end
    (``after_article_end``), or when it is a list of headlines (``teaser_list``): teasers and site text below
    the article (``counts``: each block's words, as ``_largest``'s). Chosen on the dev sets."""
    segments = _segments(reasons)
    if len(segments) < 2:
        return
    largest = _largest(blocks, segments, counts)
    article: set[str] | None = None
    for kept, gap in segments[largest + 1 :]:
        if any(reasons[i] == "copyright" for i in gap):
            reason = "after_article_end"
        elif _is_teaser_list(blocks, kept, counts):
            reason = "teaser_list"
        else:
            continue
        if article is None:
            article = set(_LONG_WORD.findall(" ".join(blocks[i] for i in segments[largest][0]).lower()))
        words = _LONG_WORD.findall(" ".join(blocks[i] for i in kept).lower())
        if sum(w in article for w in words) < AFTER_END_FIT * max(1, len(words)):
            for i in kept:
                reasons[i] = reason


TEASER_PAIRS = 3
"""How many headline-and-summary pairs in a row, each off the article's topic, make a teaser box that
``_teaser_pairs`` cuts (``teaser_list``); 0: none (twenty-fifth round, see ``SIGNED_COMMENTS``)."""
TEASER_PAIR_WORDS = 60
"""A teaser's summary is one prose block of at most this many words."""


def _content_words(text: str, stops: frozenset[str]) -> set[str]:
    """The lower-cased words of three letters or more that are no stop word and no number."""
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in stops and not w.isdigit()}


def _teaser_pairs(
    blocks: list[str],
    reasons: list[str | None],
    title_at: int,
    stops: frozenset[str],
    words: list[int] | None = None,
    sizes: list[int] | None = None,
) -> list[int]:
    """Kept blocks of teasers for other stories after the article's first prose block: ``TEASER_PAIRS`` or more
    pairs in a row of a headline (2 to 14 words, no sentence end) and its one-block summary (prose of at most
    ``TEASER_PAIR_WORDS`` words), each pair sharing fewer than ``AFTER_END_FIT`` of its content words with the
    article's lead (the headline taken as title and the first three kept prose blocks). ``words``, ``sizes``: each
    block's ``len(block.split())`` and ``_prose_sizes`` when known (both or neither)."""
    if words is None or sizes is None:
        words, sizes = [len(block.split()) for block in blocks], _prose_sizes(blocks)
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    prose = [i for i in kept if sizes[i]]
    if TEASER_PAIRS <= 0 or len(prose) < 2:
        return []
    lead_text = " ".join(([blocks[title_at]] if title_at >= 0 else []) + [blocks[i] for i in prose[:3]])
    lead = _content_words(lead_text, stops)
    runs: list[list[int]] = [[]]
    n = 0
    while n + 1 < len(kept):
        h, s = kept[n], kept[n + 1]
        paired = (
            h > prose[0]
            and 2 <= words[h] <= 14
            and not _HEADLINE_END.search(blocks[h])
            and 0 < sizes[s] <= TEASER_PAIR_WORDS
        )
        content = _content_words(blocks[h] + " " + blocks[s], stops) if paired else set()
        if paired and content and len(content & lead) < AFTER_END_FIT * len(content):
            runs[-1] += [h, s]
            n += 2
            continue
        if runs[-1]:
            runs.append([])
        n += 1
    seen = list(reasons)  # a box cut makes the next box's gap
    out: list[int] = []
    for run in runs:
        if len(run) >= 2 * TEASER_PAIRS and _set_off(blocks, seen, run[0]):
            out += run
            for i in run:
                seen[i] = "teaser_list"
    return out


def _set_off(blocks: list[str], reasons: list[str | None], i: int) -> bool:
    """Whether ``THREAD_GAP`` or more cut blocks in a row come just before block ``i`` (a kept label of four
    words or fewer, "B.C. Headlines", may stand between): a box of its own on the page, not the article's next
    section."""
    j = i - 1
    if j >= 0 and reasons[j] is None and len(blocks[j].split()) <= 4:
        j -= 1
    return all(k >= 0 and reasons[k] is not None for k in range(j - THREAD_GAP + 1, j + 1))


_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
"""A year, a clock time or a day-first numeric date: what a dateline or a byline with its date holds."""
_BYLINE_START = re.compile(r"(?:by|words by|written by|von|par|por|di)\s", re.IGNORECASE)
STANDFIRSTS = True
"""Whether a standfirst (the summary under the headline, before the byline or date) is cut (``standfirst``;
nineteenth round). aeb's gold convention (and plain_dev's) leaves standfirsts out, trafilatura_eval's keeps them:
off through the twenty-second round (trafilatura_eval held out -0.00305 in round 19, past its bar of 0.003). On since
the twenty-third, with ``STANDFIRST_AFTER_TITLE``: plain_dev batches 1-3 mean 0.95983 -> 0.97056, old LOSO 0.92094
-> 0.92110, trafilatura_eval held out 0.8866 -> 0.8843 (docs/cleaning.md)."""
STANDFIRST_WORDS = 40
"""A standfirst has 6 to this many words and ends a sentence."""
STANDFIRST_REACH = 3
"""The byline or date line follows a standfirst within this many blocks."""
META_WORDS = 15
"""A byline or date line has at most this many words."""


def _is_meta_line(block: str, reason: str | None) -> bool:
    """A byline or date line: cut as one, or short with a date, a clock time or a "By" start, and not a sentence
    of the body that the page keeps ("A man was found shot on Carole Lane around 7:00 p.m.")."""
    if reason in ("byline", "date"):
        return True
    if reason is None and is_prose(block):
        return False
    return len(block.split()) <= META_WORDS and bool(_DATED.search(block) or _BYLINE_START.match(block))


STANDFIRST_AFTER_TITLE = True
"""Whether a standfirst must also follow the page's headline (the block taken as title) within
``STANDFIRST_REACH`` blocks (``_standfirst``; twenty-third round: trafilatura_eval's must-keep deks are cut less
often, in-sample 0.8829 -> 0.8838 against the standfirst rule alone)."""


def _standfirst(blocks: list[str], reasons: list[str | None], title_at: int = -1) -> int | None:
    """The page's standfirst: its first kept block, a sentence of 6 to ``STANDFIRST_WORDS`` words, when a byline or
    date line follows it within ``STANDFIRST_REACH`` blocks (no other kept block between) and the article goes on
    after that line (two kept blocks or more, with twice its words); None when there is none."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 3:
        return None
    first = kept[0]
    if STANDFIRST_AFTER_TITLE and not 0 <= title_at < first <= title_at + STANDFIRST_REACH:
        return None
    words = len(blocks[first].split())
    if not 6 <= words <= STANDFIRST_WORDS or not _SENTENCE_END.search(blocks[first]):
        return None
    for j in range(first + 1, min(len(blocks), first + 1 + STANDFIRST_REACH)):
        if _is_meta_line(blocks[j], reasons[j]):
            after = [i for i in kept if i > j]
            if len(after) >= 2 and sum(len(blocks[i].split()) for i in after) >= 2 * words:
                return first
            return None
        if reasons[j] is None:
            return None
    return None


_PROMPT_TERMS = re.compile(
    r"\b(?:newsletters?|unsubscribe|subscri(?:be|bers?|ptions?)|unlimited access|reader-supported"
    r"|support (?:our|my|independent|local) (?:work|journalism)|thanks for reading|(?:got|have) a (?:news )?(?:tip|story)"
    r"|tip-?offs?|get in touch|write to us|e-?mail us|contact us|notifications|download (?:our|the) app"
    r"|privacy (?:notice|policy)|sign (?:me )?up|become a (?:member|subscriber|supporter)"
    r"|newsletter abonnieren|abonnieren sie|abonnez-vous|inscrivez-vous|iscriviti)\b"
)
"""Words of a prompt to the reader: subscribe, sign up for the newsletter, send a tip, turn on notifications."""
_PROMPT_HINTS = (
    "newsletter",
    "subscri",
    "unlimited access",
    "reader-supported",
    "support ",
    "thanks for reading",
    "got a ",
    "have a ",
    "tip",
    "get in touch",
    "write to us",
    "mail us",
    "contact us",
    "notifications",
    "download ",
    "privacy ",
    "sign ",
    "become a ",
    "abonn",
    "inscrivez",
    "iscriviti",
)
"""Substrings one of which every ``_PROMPT_TERMS`` match holds (the pattern is tried only on blocks with one)."""
_PROMPT_TOKENS = frozenset(
    [
        "newsletter",
        "newsletters",
        "unsubscribe",
        "subscribe",
        "subscriber",
        "subscribers",
        "subscription",
        "subscriptions",
        "unlimited",
        "reader",
        "support",
        "thanks",
        "got",
        "have",
        "tip",
        "tipoff",
        "tipoffs",
        "get",
        "write",
        "email",
        "mail",
        "contact",
        "notifications",
        "download",
        "privacy",
        "sign",
        "become",
        "abonnieren",
        "abonnez",
        "inscrivez",
        "iscriviti",
    ]
)
"""Words (``\\w+`` tokens of the lower-cased block) one of which every ``_PROMPT_TERMS`` match holds, one per form
of it (as ``pagenotes.DISCLAIMER_TOKENS``)."""
_READER = re.compile(
    r"\b(?:you|your|we|our|us|my|sie|ihr|vous|votre|nous|notre)\b"
    r"|^(?:get|sign|subscribe|join|download|follow|support|become|click|refresh|turn|share|got|thanks|register)\b"
)
PROMPTS = True
"""Whether short kept blocks that prompt the reader (subscribe, newsletter, tips) are cut (``reader_prompt``;
nineteenth round)."""
PROMPT_WORDS = 40
"""A reader prompt has at most this many words (30 until the twentieth round: 40 takes a 33-word registration
wall; plain_dev batch 2 0.8946 -> 0.9078, the old sets within 0.0001)."""


_QUOTE_OPENS = "\"'“‘«„"
PULL_QUOTES = True
"""Whether a pull quote (a short quoted block repeating words of a longer kept block) is cut (``pull_quote``;
twentieth round, off at +0.0029 on the batch 1-2 mean). On since the twenty-second round, with ``CAPTIONS``: plain_dev
batches 1-3 mean 0.95409 -> 0.95983, old LOSO 0.92103 -> 0.92094, trafilatura_eval held out 0.8856 -> 0.8866."""
NOTE_WORDS = 40
"""A pull quote, caption or site note has at most this many words."""
PULL_QUOTE_MIN = 4
"""A pull quote has at least this many words."""


def _pull_quotes(blocks: list[str], reasons: list[str | None]) -> list[int]:
    """Kept blocks of ``PULL_QUOTE_MIN`` to ``NOTE_WORDS`` words opening with a quotation mark whose words occur,
    in order, inside another longer kept block: the page's second copy of a sentence."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    quotes = [i for i in kept if blocks[i][:1] in _QUOTE_OPENS and len(blocks[i].split()) <= NOTE_WORDS]
    if not quotes:
        return []
    words = {i: _spaced_words(blocks[i]) for i in quotes}
    lowers: dict[int, str] = {}
    out: list[int] = []
    for i in quotes:
        if words[i].count(" ") <= PULL_QUOTE_MIN:
            continue
        # a block holding the quote's words holds its longest word: only such blocks' words are made
        key = max(words[i].split(), key=len)
        for j in kept:
            if j == i or key not in (lowers.get(j) or lowers.setdefault(j, blocks[j].lower())):
                continue
            if j not in words:
                words[j] = _spaced_words(blocks[j])
            if len(words[j]) > len(words[i]) and words[i] in words[j]:
                out.append(i)
                break
    return out


def _spaced_words(block: str) -> str:
    """A block's lower-cased words, each between spaces (" a quoted line "): one block's words occur in order
    in another's when the one string is in the other."""
    return " " + " ".join(_WORD.findall(block.lower())) + " "


_CREDIT_END = re.compile(
    r"(?:[.!?)\]]|\s[|–—-])\s*[(\[]?\s*(?:photo(?:graph)?s?|fotos?|pictures?|images?|bild(?:er)?|credits?|crédits?"
    r"|illustration)\s*[:/]\s*[^.!?:]{1,60}[)\]]?\s*$"
    r"|\((?:[A-Z]{2,8} )?photo\s*/[^)]{1,60}\)\s*$",
    re.IGNORECASE,
)
"""A photo credit ending a caption after a sentence end or separator: "... on Tuesday. Foto: Archiv", "| Photo:
Reuters", "(AP Photo/Jane Roe)"."""
CAPTIONS = True
"""Whether a short kept block ending in a photo credit is cut (``caption``; twentieth round, off at +0.0029 on the
batch 1-2 mean). On since the twenty-second round, with ``PULL_QUOTES`` (figures there)."""
_SITE_NOTE = re.compile(
    r"\ba version of this (?:story|article|report|piece) (?:appears|appeared|was published|ran)\b"
    r"|\b(?:this|the following) (?:content|article|story|feature|piece) (?:was|is|has been) (?:produced|paid for"
    r"|sponsored|funded|supplied|provided|created) by\b"
    r"|\b(?:is|are) not responsible for (?:its|the|their) (?:accuracy|content)\b"
    r"|\b(?:is|are) (?:sponsored|brought to you) by\b"
    r"|\b(?:this|today'?s|today’s) (?:email|newsletter|issue|brief|edition|briefing) is (?:supported|sponsored) by\b"
    r"|\bhow do you feel about this (?:story|article)\b"
    r"|\b(?:funded|supported) by (?:its|our) readers\b"
)
"""Site-voice notes that need no reader address: print notes, sponsor and partner disclaimers, reaction bars,
reader-funding lines (lower case)."""
_SITE_NOTE_HINTS = (" by", "version of this", "responsible for", "how do you feel")
"""Substrings one of which every ``_SITE_NOTE`` match holds (the pattern is tried only on blocks with one)."""
_SITE_NOTE_TOKENS = frozenset(["by", "version", "responsible", "feel"])
"""Words one of which every ``_SITE_NOTE`` match holds (as ``_PROMPT_TOKENS``)."""
SITE_NOTES = True
"""Whether short kept blocks with a ``_SITE_NOTE`` phrase are cut (``site_note``; twentieth round: plain_dev batch
1 0.9363 -> 0.9416, batch 2 0.8946 -> 0.9105, the old sets within 0.0001)."""


PAGE_NOTES = True
"""Whether short kept blocks in which the site speaks about the page (an editor's note on the item's versions, a
station's "stay with us for updates" promotion; ``appeals.is_page_note``) are cut as ``site_note`` (twenty-third
round: 122 blocks of jsonl-2000-s9-g2; every dev figure within 0.0001)."""
AUTHOR_BIOS = True
"""Whether the author's bio after the body is cut (``author_bio``; ``pagenotes.is_author_bio``, ``_author_bios``).
The four flags of the twenty-fourth round (this, ``DISCLAIMERS``, ``CAPTION_FORMS``, ``PROMPT_FORMS``), chosen on
plain_dev batch 5's tune half (one page per site): 0.9546 -> 0.9817 together (alone +0.0058 / +0.0064 / +0.0082 /
+0.0060); batches 1-3 unchanged, old LOSO 0.92110 -> 0.92126, trafilatura_eval held out 0.8843 -> 0.8844."""
DISCLAIMERS = True
"""Whether short disclaimers and disclosures (``pagenotes.is_disclaimer``) are cut as ``site_note`` (twenty-fourth
round, see ``AUTHOR_BIOS``)."""
CAPTION_FORMS = True
"""Whether captions ending in a bracketed or "Photo by" credit (``pagenotes.has_credit_form``) are cut as
``caption`` too (twenty-fourth round, see ``AUTHOR_BIOS``)."""
PROMPT_FORMS = True
"""Whether donation, app and bare subscribe prompts (``pagenotes.is_prompt_form``) are cut as ``reader_prompt``
too (twenty-fourth round, see ``AUTHOR_BIOS``)."""
TIP_LINES = True
"""Whether tip-line appeals ("Anyone with information is asked to call Crime Stoppers at ..."; ``appeals.
is_tip_line``) are cut as ``tip_line`` (twenty-third round: 261 blocks of jsonl-2000-s9-g2; no block of the dev
sets)."""


SITE_CHROME = True
"""Whether kept blocks of site chrome no article carries (a comment policy, a comment form's or login wall's line, a
script requirement; ``pagenotes.is_site_chrome``) are cut as ``site_note`` (twenty-fifth round, see
``SIGNED_COMMENTS``)."""


APPEAL_TAILS = True
"""Whether the trailing sentences of a kept block that are an appeal to the reader or the public ("Anyone with
information is asked to call ...", "Callers can remain anonymous.", "Sign up ..."; ``appeals.appeal_tail``) are cut
from it as a removed piece (``tip_line`` or ``reader_prompt``; the block keeps its index and its news; round 24's
second plain shift)."""

APPEAL_BLOCKS = True
"""Whether a short kept block that is wholly a tip-line appeal with no telephone number (``appeals.
is_opening_appeal``: "Anyone with information is asked to call police.") is cut as ``tip_line`` (round 24's second
plain shift)."""


def _word_marks(*families: frozenset[str]) -> dict[str, int]:
    """Each word of these sets and its bits: bit k for the k-th set holding it (``PageFeatures.word_marks``)."""
    marks: dict[str, int] = {}
    for bit, family in enumerate(families):
        for word in family:
            marks[word] = marks.get(word, 0) | 1 << bit
    return marks


_NOTE_FAMILIES = (
    PAGE_NOTE_TOKENS,
    _PROMPT_TOKENS,
    PROMPT_FORM_TOKENS,
    _SITE_NOTE_TOKENS,
    DISCLAIMER_TOKENS,
    SITE_CHROME_TOKENS,
)
_NOTE_MARKS = _word_marks(*_NOTE_FAMILIES)
"""The word sets of ``_short_note``'s and the site chrome's phrase tests, a bit each (in this order)."""
_PAGE_NOTE_MARK, _PROMPT_MARK, _PROMPT_FORM_MARK, _SITE_NOTE_MARK, _DISCLAIMER_MARK, _SITE_CHROME_MARK = (
    1 << bit for bit in range(6)
)
_SIGNATURE_MARK, _LIST_NOUN_MARK = 1 << 6, 1 << 7
"""The after-article rules' bits (``_PAGE_MARKS``): a ``SIGNATURE_TOKENS`` word, a ``_LIST_NOUNS`` word."""


def _short_note(block: str, marks: int = -1, count: int = -1) -> str | None:
    """``tip_line``, ``site_note``, ``reader_prompt`` or ``caption`` for a short block that is one (as the flags
    allow). A tip line (``appeals.is_tip_line``) and a page note (``appeals.is_page_note``) are the appeals module's;
    a reader prompt (<= ``PROMPT_WORDS``) has a prompt term and addresses the reader ("Our free newsletter ...",
    "Get unlimited access ...", "Got a tip for the newsroom?"); a site note (<= ``NOTE_WORDS``) has a
    ``_SITE_NOTE`` phrase or is a page note; a caption (<= ``NOTE_WORDS``) ends in a photo credit (``_CREDIT_END``).
    ``marks``: the block's bits of ``_NOTE_MARKS`` (``PageFeatures.word_marks``); a phrase test whose words the
    block lacks is not made (-1: every test is made). ``count``: the block's ``len(block.split())`` when known."""
    most = max(NOTE_WORDS, PROMPT_WORDS, TIP_WORDS if TIP_LINES else 0)
    # exact up to ``most`` (a block of k words gives min(k, most + 1))
    words = len(block.split(None, most)) if count < 0 else count
    if words > most:
        return None
    lower = block.lower()
    if TIP_LINES and (is_tip_line(block) or (APPEAL_BLOCKS and is_opening_appeal(block))):
        return "tip_line"
    if PAGE_NOTES and words <= NOTE_WORDS and marks & _PAGE_NOTE_MARK and is_page_note(lower):
        return "site_note"
    if words > max(NOTE_WORDS, PROMPT_WORDS):
        return None
    if PROMPTS and words <= PROMPT_WORDS:
        if (
            marks & _PROMPT_MARK
            and any(hint in lower for hint in _PROMPT_HINTS)
            and _PROMPT_TERMS.search(lower)
            and _READER.search(lower)
        ):
            return "reader_prompt"
        if PROMPT_FORMS and marks & _PROMPT_FORM_MARK and is_prompt_form(lower):
            return "reader_prompt"
    if (
        SITE_NOTES
        and marks & _SITE_NOTE_MARK
        and any(hint in lower for hint in _SITE_NOTE_HINTS)
        and _SITE_NOTE.search(lower)
    ):
        return "site_note"
    if DISCLAIMERS and words <= NOTE_WORDS and marks & _DISCLAIMER_MARK and is_disclaimer(lower):
        return "site_note"
    if CAPTIONS and (
        # every _CREDIT_END form holds a ":" or "/": a quick test first
        ((":" in block or "/" in block) and _CREDIT_END.search(block))
        or (CAPTION_FORMS and words <= NOTE_WORDS and has_credit_form(block))
    ):
        return "caption"
    return None


def _author_bios(blocks: list[str], reasons: list[str | None], byline: str | None) -> list[int]:
    """Kept blocks after the page's first kept block that are its author's bio (``pagenotes.is_author_bio``)
    with no kept prose (``is_prose``) after them: the bio closes the article, it does not tell it."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    out: list[int] = []
    for n in range(len(kept) - 1, 0, -1):
        i = kept[n]
        if is_author_bio(blocks[i], byline):
            out.append(i)
        elif is_prose(blocks[i]):
            break
    return out


RECURRING_BLOCKS = "long"
"""Which kept blocks that recur across the corpus are cut (``recurring_block``; twenty-first round): "long" (more
than ``recurring.MAX_WORDS`` words), "all", or "" (none). See ``_recurring``. "long": plain_dev batches 1-3 mean
0.93587 -> 0.95409, old LOSO 0.92192 -> 0.92103, trafilatura_eval held out 0.8856 unchanged; "all" cuts recurring
short gold lines (year lists) on readability_testpages."""
RECURRING_DOCUMENTS = 3
"""A recurring block occurs in at least this many documents (its own and two others)."""


def _recurring(blocks: list[str], reasons: list[str | None], stats: LineStats | None) -> list[int]:
    """Kept blocks that occur in ``RECURRING_DOCUMENTS`` documents or more of the corpus (a site's boilerplate:
    an "About us" paragraph, a reporting note, an appeal, a repeated caption), when the page's own body does not
    recur: its kept blocks seen in no other document hold more words than its kept blocks seen in others
    (syndicated copies share their body; pages of one template share their chrome). None when the corpus is
    too small for recurrence to mean anything."""
    if not RECURRING_BLOCKS or stats is None or stats.documents < max(MIN_DOCUMENTS, RECURRING_DOCUMENTS):
        return []
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 2:
        return []
    seen = stats.block_documents(blocks)
    words = [(len(blocks[i].split()), seen[i] > 1) for i in kept]
    if sum(n for n, shared in words if not shared) <= sum(n for n, shared in words if shared):
        return []
    return [
        i
        for i in kept
        if seen[i] >= RECURRING_DOCUMENTS and (RECURRING_BLOCKS == "all" or not is_short(blocks[i]))
    ]


_LIST_NOUNS = frozenset(
    [
        "headlines",
        "news",
        "stories",
        "topics",
        "links",
        "articles",
        "community",
        "resources",
        "nachrichten",
        "schlagzeilen",
        "meldungen",
        "actualités",
        "noticias",
        "titulares",
        "notizie",
    ]
)
"""The words one of which a teaser box's heading holds: a noun naming a list of other stories."""
HEADING_WORDS = 5
"""A teaser box's heading (the text before its first colon) has at most this many words."""


def _is_box_heading(block: str) -> bool:
    """A short title-like line naming a list of stories: its head (the block, or the text before a colon whose tail
    is itself a list: "Related topics: Hacking, Viruses, Spyware") is 1 to ``HEADING_WORDS`` words, opens with a
    capital, ends with no sentence end and holds a ``_LIST_NOUNS`` word; never a wiki's section ("Community[edit]")
    nor a byline naming its outlet ("Mariko Oi BBC News, Singapore")."""
    if _EDIT_MARK.search(block):
        return False
    head, colon, tail = block.strip().partition(":")
    if colon and tail.strip() and len(_LIST_PIECES.split(tail)) < 3:
        return False
    words = head.split()
    lower = head.lower()
    return (
        0 < len(words) <= HEADING_WORDS
        and head[0].isupper()
        and not _HEADLINE_END.search(head)
        and any(w in _LIST_NOUNS for w in _WORD.findall(lower))
        and not any(w in _LIST_NOUNS for w in _WORD_COMMA.findall(lower))
    )


_EDIT_MARK = re.compile(r"\[\s*edit\s*\]", re.IGNORECASE)
"""A wiki's section edit mark: a heading carrying it is the page's own section."""
_WORD_COMMA = re.compile(r"(\w+),")
"""A word with a comma after it: a list noun so followed is an outlet's name before a dateline's place."""
_LIST_PIECES = re.compile(r"[,;|•·/»]")
"""What separates the pieces of a list after a heading's colon."""


def _teaser_boxes(
    blocks: list[str],
    reasons: list[str | None],
    title_at: int,
    stops: frozenset[str],
    sizes: list[int],
    marks: list[int] | None = None,
) -> list[int]:
    """The kept blocks of teaser boxes after the article (``teaser_list``; family AA): from a ``_is_box_heading`` block that follows
    ``AFTER_ARTICLE_WORDS`` kept words of prose, every kept block up to the next article-like prose (a prose block of
    more than ``TEASER_PAIR_WORDS`` words, or one sharing ``AFTER_END_FIT`` of its content words with the lead) or
    the page's end; a box with fewer than two kept blocks below its heading is left. ``marks``: each block's word
    marks (``_LIST_NOUN_MARK``: it holds a ``_LIST_NOUNS`` word, which a heading's head does); None: every block is
    tried as a heading."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    prose = [i for i in kept if sizes[i]]
    if not prose:
        return []
    lead_text = " ".join(([blocks[title_at]] if title_at >= 0 else []) + [blocks[i] for i in prose[:3]])
    lead = _content_words(lead_text, stops)
    out: list[int] = []
    words, i, n = 0, 0, len(blocks)
    while i < n:
        if (
            words >= AFTER_ARTICLE_WORDS
            and i != title_at
            and (marks is None or marks[i] & _LIST_NOUN_MARK)
            and _is_box_heading(blocks[i])
        ):
            box = [i] if reasons[i] is None else []
            below = 0
            j = i + 1
            while j < n:
                if reasons[j] is None:
                    if sizes[j]:
                        content = _content_words(blocks[j], stops)
                        if sizes[j] > TEASER_PAIR_WORDS or (
                            content and len(content & lead) >= AFTER_END_FIT * len(content)
                        ):
                            break
                    box.append(j)
                    below += 1
                j += 1
            if below >= 2:
                out += box
            i = j
            continue
        if reasons[i] is None:
            words += sizes[i]
        i += 1
    return out


DOUBLED_WORDS = 5
"""A comment's first sentences printed again alone have at least this many words."""


def _doubled_comments(
    blocks: list[str], reasons: list[str | None], sizes: list[int], words: list[int] | None = None
) -> list[int]:
    """Every kept block from the first pair of kept neighbours that is a comment printed twice, standing after
    ``AFTER_ARTICLE_WORDS`` kept words of prose: a block, then a strictly shorter proper prefix of it
    (``DOUBLED_WORDS`` words or more, whitespace squashed) ending with a sentence end: the comment whole, then its
    first sentences again alone (``comment_thread``; family AA). ``words``: each block's ``len(block.split())``
    when known: a pair is squashed only when the second has ``DOUBLED_WORDS`` to as many words as the first and
    both open with one character (what a prefix of the first needs)."""
    prose = 0
    for i in range(len(blocks) - 1):
        if reasons[i] is not None:
            continue
        if (
            prose >= AFTER_ARTICLE_WORDS
            and reasons[i + 1] is None
            and (
                words is None
                or (
                    DOUBLED_WORDS <= words[i + 1] <= words[i]
                    and blocks[i].lstrip()[:1] == blocks[i + 1].lstrip()[:1]
                )
            )
        ):
            whole, again = " ".join(blocks[i].split()), " ".join(blocks[i + 1].split())
            if (
                len(again) < len(whole)
                and _SENTENCE_END.search(again)
                and len(again.split(None, DOUBLED_WORDS)) >= DOUBLED_WORDS
                and whole.startswith(again)
            ):
                return [j for j in range(i, len(blocks)) if reasons[j] is None]
        prose += sizes[i]
    return []


_PAGE_MARKS = _word_marks(*_NOTE_FAMILIES, SIGNATURE_TOKENS, _LIST_NOUNS)
"""``_NOTE_MARKS`` and the after-article rules' two sets, a bit each (``_SIGNATURE_MARK``, ``_LIST_NOUN_MARK``):
the page's word marks made once for both."""


def clean_plain_text(
    text: str, aggressiveness: float = 0.5, stats: LineStats | None = None
) -> PlainTextResult:
    """Keep the article body; move bylines, dates and outlet to metadata; cut chrome with reasons."""
    return clean_plain_blocks(split_blocks(text), aggressiveness, stats)


def clean_plain_blocks(
    blocks: list[str], aggressiveness: float = 0.5, stats: LineStats | None = None
) -> PlainTextResult:
    """``clean_plain_text`` of a text already split into blocks (``split_blocks``)."""
    if not blocks:
        return PlainTextResult(blocks=[], removed=[])
    page = judge_page(blocks, stats)
    assert page.features is not None  # judge_page gives features for any non-empty page
    probs = page.probabilities.tolist()
    body = np.flatnonzero(page.probabilities >= 0.5)
    body_start, body_end = (int(body[0]), int(body[-1])) if len(body) else (len(blocks), -1)
    limit = threshold(aggressiveness)
    result = PlainTextResult(blocks=[], removed=[], language=page.language or None)
    # one record of the page's blocks for the rules: words, prose sizes (below: word marks, digits; the scorer's)
    words = page.features.words.astype(np.int64).tolist()
    sizes = _prose_sizes(blocks, words)
    prose_start = next((i for i in body.tolist() if sizes[i]), body_start)
    title_at = _title_index(blocks, page, prose_start, limit)
    candidates = _Candidates.scan(page.features)
    reasons: list[str | None] = [r if p < limit else None for p, r in zip(probs, page.reasons, strict=True)]
    sections = {
        **dict.fromkeys(candidates.comments, "comment_section"),
        **dict.fromkeys(candidates.related, "related_block"),
    }
    briefs = page.features.matching(_BRIEFS).tolist() if BRIEFS else []
    sections.update(dict.fromkeys(briefs, "related_block"))
    special = sorted(candidates.metadata.union(sections, candidates.chrome, candidates.menu))
    if title_at >= 0:
        result.title, reasons[title_at] = blocks[title_at], "title"
    # the rules apply to candidate blocks only, and to every block of a "You may also like" section
    section: str | None = None  # the reason of the section under way ("related_block", "comment_section")
    at, n = 0, len(blocks)
    i = special[0] if special else n
    while i < n:
        if i != title_at:
            block, reason = blocks[i], None
            if i in candidates.metadata and (i <= body_end + 2 or probs[i] < limit):
                reason = _metadata(block, result, i in candidates.copyright, probs[i] < limit)
            if reason is None:
                if section and probs[i] >= RELATED_ENDS and not _thread_goes_on(blocks, i, section):
                    section = None
                if (
                    i >= body_start
                    and i in sections
                    and (i > prose_start or sections[i] != "comment_section")
                ):
                    section = sections[i]
                if section:
                    reason = section
                elif i in candidates.chrome and len(block.split()) < 40:
                    reason = "chrome_phrase"
                elif i in candidates.menu and _is_menu(block):
                    reason = "menu"
                elif probs[i] < limit:
                    reason = page.reasons[i]
            reasons[i] = reason
        while at < len(special) and special[at] <= i:
            at += 1
        i = i + 1 if section else (special[at] if at < len(special) else n)
    if result.byline is None and title_at >= 0:  # metadata only: the block is cut either way
        result.byline = _header_byline(blocks, reasons, title_at)
    _cut_comment_thread(blocks, reasons, words)
    marks = page.features.word_marks(_PAGE_MARKS)
    if SIGNED_COMMENTS:  # without a byline, only a run signed by many after the article (family AA)
        gate = _signature_gate(blocks, words, marks, page.features.digits.tolist())
        for i in _signed_comments(blocks, reasons, sizes, result.byline is None, gate):
            reasons[i] = "comment_thread"
    for i in _comments_to_end(blocks, reasons, candidates.comments, sizes):
        reasons[i] = "comment_section"
    _cut_after_end(blocks, reasons, words)
    for i in _teaser_pairs(blocks, reasons, title_at, page.features.stops.words, words, sizes):
        reasons[i] = "teaser_list"
    for i in _teaser_boxes(blocks, reasons, title_at, page.features.stops.words, sizes, marks):
        reasons[i] = "teaser_list"
    for i in _doubled_comments(blocks, reasons, sizes, words):
        reasons[i] = "comment_thread"
    if briefs:
        _cut_briefs(blocks, reasons, briefs)
    if LIVE_BLOGS:
        _keep_live_entries(_live_entries(blocks), reasons)
    if CONSENT_NOTICES:
        consent = [
            i
            for i in sorted(set(page.features.containing(_CONSENT_HINTS).tolist()))
            if reasons[i] is None and len(blocks[i].split()) <= CONSENT_WORDS and _is_consent(blocks[i])
        ]
        if sum(reason is None for reason in reasons) > len(consent):  # a page that is all consent wall stays
            for i in consent:  # whole, for the service-notice check to reject with its reason
                reasons[i] = "consent_notice"
    # the kept blocks are few: testing each beats a page scan per hint; the phrase tests' words are found for the
    # whole page at once (``marks``, above)
    if PROMPTS or SITE_NOTES or CAPTIONS or PAGE_NOTES or TIP_LINES:
        notes = [
            (i, note)
            for i, block in enumerate(blocks)
            if reasons[i] is None and (note := _short_note(block, marks[i], words[i]))
        ]
        if notes and sum(reason is None for reason in reasons) > len(
            notes
        ):  # a page that is all prompt stays whole,
            for i, note in notes:  # for the service-notice check to reject with its reason
                reasons[i] = note
    if SITE_CHROME:
        for i, block in enumerate(blocks):
            if reasons[i] is None and marks[i] & _SITE_CHROME_MARK and is_site_chrome(block):
                reasons[i] = "site_note"
    if AUTHOR_BIOS:
        for i in _author_bios(blocks, reasons, result.byline):
            reasons[i] = "author_bio"
    if PULL_QUOTES:
        for i in _pull_quotes(blocks, reasons):
            reasons[i] = "pull_quote"
    if STANDFIRSTS and (standfirst := _standfirst(blocks, reasons, title_at)) is not None:
        reasons[standfirst] = "standfirst"
    for i in _recurring(blocks, reasons, stats):
        reasons[i] = "recurring_block"
    for i in candidates.notices:  # after the segment cuts, which they would otherwise split
        if reasons[i] is None and (tail := _tail_notice(blocks[i])):
            reasons[i] = tail
    result.probabilities, result.reasons = probs, reasons
    for block, reason in zip(blocks, reasons, strict=True):
        if reason is not None:
            result.removed.append(RemovedBlock(block, reason))
        elif APPEAL_TAILS and (appeal := appeal_tail(block)):
            result.blocks.append(block[: appeal[0]].rstrip())
            result.removed.append(RemovedBlock(block[appeal[0] :], appeal[1]))
        else:
            result.blocks.append(block)
    return result
