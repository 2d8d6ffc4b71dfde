"""Block-level cleaning of text scraped without extraction (article plus page chrome).

Rules read the metadata lines (byline, date, copyright/source → outlet, title) and the explicit
"You may also like" sections; a fitted block scorer (``newsfuse.clean.blocks``) decides the rest.
Every removed block is kept with its reason.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from newsfuse.clean.blocks import MAX_THRESHOLD, BlockVerdict, judge_page
from newsfuse.clean.metadata import parse_byline, parse_date_line, parse_outlet
from newsfuse.clean.normalize import split_blocks
from newsfuse.clean.recurring import LineStats
from newsfuse.model import RemovedBlock

_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s+\d{4}|all rights reserved)", re.IGNORECASE)
_RELATED = re.compile(
    r"^(?:you may also like|you might also like|related (?:stories|articles|posts|news)|more stories|"
    r"recommended(?: for you)?|read next|also read|more from|trending now|most popular|"
    r"te puede interesar|das könnte sie auch interessieren|weitere artikel)\b.{0,30}$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:share (?:this|on)|sharing is caring|leave a (?:reply|comment)|comments? (?:are|is) closed|"
    r"click here|subscribe|sign up|advertisement|advertising|read more|related:|follow us|"
    r"skip to (?:main )?content|photo(?:graph)?s?:|image:|credit:|all rights reserved|"
    r"swipe to|next page|previous page|print this|email this|tags?:|filed under|"
    r"blog comments powered by|this entry was posted|posted in|log ?in|register)",
    re.IGNORECASE,
)
_MENU_SEPARATOR = re.compile(r"\s*[|•·/»]\s*")
_MENU_ITEM = re.compile(r"[\w&'’ ]{1,24}")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…\"'”»)]\s*$")


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


def threshold(aggressiveness: float) -> float:
    """Body-probability a block needs to be kept: 0.2 at aggressiveness 0, 0.5 at 0.5, 0.8 at 1."""
    return 0.2 + (MAX_THRESHOLD - 0.2) * min(1.0, max(0.0, aggressiveness))


def _is_menu(block: str) -> bool:
    """Three or more short items joined by separators ("Home | News | Sport"); linear time."""
    items = _MENU_SEPARATOR.split(block)
    return len(items) >= 3 and all(_MENU_ITEM.fullmatch(item) for item in items)


def _is_prose(block: str) -> bool:
    return len(block.split()) >= 8 and bool(_SENTENCE_END.search(block))


def _metadata(block: str, result: PlainTextResult) -> str | None:
    """Read a metadata line into ``result``; return the removal reason, or None for other blocks."""
    words = len(block.split())
    if _COPYRIGHT.search(block) and words < 25:
        result.outlet = result.outlet or parse_outlet(block)
        return "copyright"
    if result.byline is None and (byline := parse_byline(block)):
        result.byline = byline
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


def _title_index(blocks: list[str], verdicts: list[BlockVerdict], body_start: int, limit: float) -> int:
    """The headline: of the heading-like blocks at the body's start or up to ``TITLE_LOOKBACK`` blocks
    before it, the one whose longer words the body's first blocks repeat most (at least 30 %; -1 if none).
    Menus, chrome, bylines, dates and mostly-number lines never qualify."""
    best, best_share = -1, 0.3
    for i in range(min(body_start, len(blocks) - 1), max(-1, body_start - TITLE_LOOKBACK), -1):
        block, verdict = blocks[i], verdicts[i]
        if verdict.probability < limit and verdict.reason in ("chrome_phrase", "menu", "recurring_line"):
            continue
        if not 3 <= len(block.split()) <= 25 or _is_prose(block) or _COPYRIGHT.search(block):
            continue
        if _CHROME.match(block) or _is_menu(block) or parse_byline(block) or parse_date_line(block):
            continue
        tokens = _WORD.findall(block.lower())
        if sum(t.isdigit() for t in tokens) * 3 > len(tokens):
            continue
        words = [w for w in tokens if len(w) > 3]
        start = i + 1 if i == body_start else body_start
        body_words = {w for b in blocks[start : start + 6] for w in _WORD.findall(b.lower())}
        share = sum(w in body_words for w in words) / len(words) if words else 0.0
        if share > best_share:
            best, best_share = i, share
    return best


_METADATA_LINE = re.compile(
    r"^(?:by|written by|von|por|par)\s|^(?:source|quelle|fuente):|^(?=[^\n]{0,90}$)[^\n\d]*\d", re.MULTILINE
)
"""Lines that may be metadata (a byline, "Source:", a short line with a digit): only these are parsed."""
_COPYRIGHT_HINT = re.compile(r"©|\(c\)|copyright|all rights reserved")
_RELATED_LINE = re.compile(_RELATED.pattern, re.MULTILINE)
_CHROME_LINE = re.compile(_CHROME.pattern, re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Blocks a rule may apply to, found by scanning the whole lower-cased page once per rule (the patterns
    are written in lower case: no case-insensitive matching, which scans slowly)."""

    metadata: frozenset[int]
    related: frozenset[int]
    chrome: frozenset[int]
    menu: frozenset[int]

    @classmethod
    def scan(cls, blocks: list[str]) -> _Candidates:
        lowered = [b.lower() for b in blocks]
        page = "\n".join(lowered)
        starts = list(accumulate((len(b) + 1 for b in lowered[:-1]), initial=0))

        def owners(pattern: re.Pattern[str]) -> list[int]:
            return [bisect_right(starts, m.start()) - 1 for m in pattern.finditer(page)]

        return cls(
            frozenset((*owners(_METADATA_LINE), *owners(_COPYRIGHT_HINT))),
            frozenset(owners(_RELATED_LINE)),
            frozenset(owners(_CHROME_LINE)),
            frozenset(owners(_TWO_SEPARATORS)),
        )


_TWO_SEPARATORS = re.compile(r"^(?=[^\n|•·/»]*[|•·/»][^\n|•·/»]*[|•·/»])", re.MULTILINE)
"""A line with two menu separators or more (negated classes: no backtracking, linear on any line)."""


RELATED_ENDS = MAX_THRESHOLD
"""A "You may also like" section runs until a block the scorer is this sure is body (pages often go on with
the article after a related-links box); below it, every block of the section is cut as ``related_block``."""


def clean_plain_text(
    text: str, aggressiveness: float = 0.5, stats: LineStats | None = None
) -> PlainTextResult:
    """Keep the article body; move bylines, dates and outlet to metadata; cut chrome with reasons."""
    blocks = split_blocks(text)
    page = judge_page(blocks, stats)
    verdicts = page.blocks
    body_start = next((i for i, v in enumerate(verdicts) if v.probability >= 0.5), len(blocks))
    body_end = max((i for i, v in enumerate(verdicts) if v.probability >= 0.5), default=-1)
    limit = threshold(aggressiveness)
    result = PlainTextResult(blocks=[], removed=[], language=page.language or None)
    title_at = _title_index(blocks, verdicts, body_start, limit)
    candidates = _Candidates.scan(blocks)
    in_related = False
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if i == title_at:
            result.title = block
            result.removed.append(RemovedBlock(block, "title"))
            continue
        reason = None
        if i in candidates.metadata and (i <= body_end + 2 or verdict.probability < limit):
            reason = _metadata(block, result)
        if reason is None:
            if in_related and verdict.probability >= RELATED_ENDS:
                in_related = False
            if in_related or (i >= body_start and i in candidates.related):
                reason, in_related = "related_block", True
            elif i in candidates.chrome and len(block.split()) < 40:
                reason = "chrome_phrase"
            elif i in candidates.menu and _is_menu(block):
                reason = "menu"
            elif verdict.probability < limit:
                reason = verdict.reason
        if reason is None:
            result.blocks.append(block)
        else:
            result.removed.append(RemovedBlock(block, reason))
    return result
