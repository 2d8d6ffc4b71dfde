"""Block-level cleaning of text scraped without extraction (article plus page chrome)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsfuse.clean.metadata import parse_byline, parse_date_line, parse_outlet
from newsfuse.clean.normalize import split_blocks
from newsfuse.model import RemovedBlock

_CHROME = re.compile(
    r"^(?:share (?:this|on)|sharing is caring|leave a (?:reply|comment)|comments? (?:are|is) closed|"
    r"click here|subscribe|sign up|advertisement|advertising|read more|related:|follow us|"
    r"skip to (?:main )?content|photo(?:graph)?s?:|image:|credit:|all rights reserved|"
    r"swipe to|next page|previous page|print this|email this|tags?:|filed under|"
    r"blog comments powered by|this entry was posted|posted in|log ?in|register)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s+\d{4}|all rights reserved)", re.IGNORECASE)
_MENU = re.compile(r"^(?:[\w&'’ ]{1,24}\s*[|•·/»]\s*){2,}[\w&'’ ]{1,24}$")
_RELATED = re.compile(
    r"^(?:you may also like|you might also like|related (?:stories|articles|posts|news)|more stories|"
    r"recommended(?: for you)?|read next|also read|more from|trending now|most popular|"
    r"te puede interesar|das könnte sie auch interessieren|weitere artikel)\b.{0,30}$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|way|drive|dr|"
    r"square|place|quay|straße|strasse|calle|avenida)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…\"'”»)]\s*$")


@dataclass
class PlainTextResult:
    blocks: list[str]
    removed: list[RemovedBlock]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    outlet: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _is_prose(block: str) -> bool:
    return len(block.split()) >= 8 and bool(_SENTENCE_END.search(block))


def clean_plain_text(text: str, aggressiveness: float = 0.5) -> PlainTextResult:
    """Keep the article body; move bylines, dates and outlet to metadata; cut chrome with reasons."""
    blocks = split_blocks(text)
    result = PlainTextResult(blocks=[], removed=[])
    short_limit = 4 + round(6 * aggressiveness)
    in_related = False
    for block in blocks:
        if _COPYRIGHT.search(block) and len(block.split()) < 25:
            result.outlet = result.outlet or parse_outlet(block)
            result.removed.append(RemovedBlock(block, "copyright"))
            continue
        if in_related:
            result.removed.append(RemovedBlock(block, "related_block"))
            continue
        if _RELATED.match(block):
            in_related = True
            result.removed.append(RemovedBlock(block, "related_block"))
            continue
        byline = parse_byline(block) if result.byline is None else None
        if byline:
            result.byline = byline
            result.removed.append(RemovedBlock(block, "byline"))
            continue
        date = parse_date_line(block) if result.published is None else None
        if date:
            result.published = date
            result.removed.append(RemovedBlock(block, "date"))
            continue
        outlet = parse_outlet(block) if block.lower().startswith(("source:", "quelle:", "fuente:")) else None
        if outlet:
            result.outlet = result.outlet or outlet
            result.removed.append(RemovedBlock(block, "source_line"))
            continue
        if _ADDRESS.search(block) and len(block.split()) < 16 and not _is_prose(block):
            result.removed.append(RemovedBlock(block, "address"))
            continue
        if _CHROME.match(block):
            result.removed.append(RemovedBlock(block, "chrome_phrase"))
            continue
        if _MENU.match(block):
            result.removed.append(RemovedBlock(block, "menu"))
            continue
        if (
            result.title is None
            and not result.blocks
            and 3 <= len(block.split()) <= 25
            and not _is_prose(block)
        ):
            result.title = block
            result.removed.append(RemovedBlock(block, "title"))
            continue
        if len(block.split()) < short_limit and not _SENTENCE_END.search(block):
            result.removed.append(RemovedBlock(block, "short_fragment"))
            continue
        result.blocks.append(block)
    return result
