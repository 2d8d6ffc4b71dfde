"""Which quantity mentions are facts to compare (reader audit F-8). The extractor reads every number as
CQE's convention asks (``extract_quantities``, scored on the dev sets and NewsQuant); some of those numbers
state nothing an outlet could agree or disagree on: "one of the best", "no one was hurt", the number 6 bus,
page 12, "voted 7 to 2", the 100,000 of "4 per 100,000", "3-D". They stay out of the comparison (facts,
conflicts, a statement's numbers), each for a named reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from newsfuse.compare.mentions import Mention

LABEL_WORDS = frozenset(
    {
        *("no.", "page", "pages", "p.", "pp.", "route", "routes", "bus", "chapter", "section", "article"),
        *("item", "grade", "grades", "platform", "gate", "channel", "highway", "interstate", "line"),
        *("paragraph", "clause", "rule", "verse", "volume", "vol.", "issue", "episode", "exhibit", "figure"),
        *("fig.", "table", "appendix", "question", "psalm", "amendment"),
    }
)
"""Words after which a number names or indexes something rather than counting it ("page 12", "Chapter 11",
"grades three through 12"; "number" only after a determiner: "the number 6 bus", not "who number 980
million")."""

_NOT_COUNTED = frozenset({"d", "dimensional", "headed", "faced", "sided", "way", "pronged"})
"""The second part of a number's hyphenated compound that counts nothing ("3-D", "one-dimensional",
"two-headed", "a one-way street")."""

NO_NOUN = frozenset(
    {
        *("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "one", "ones"),
        *("all", "both", "each", "either", "neither", "some", "any", "none", "however", "then", "later"),
        *("there", "here", "now", "also", "still", "just", "only", "not", "too", "when", "where", "while"),
        *("which", "who", "that", "this", "these", "those", "what"),
    }
)
"""Words that name nothing a number could count: a concept ending on one ("we", "however") is no concept."""
_JOINERS = frozenset({"through", "to", "and", "or"})
_SPAN_BEFORE = re.compile(
    r"([A-Za-z][A-Za-z.]*)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:through|to|and|or)\s+$",
    re.IGNORECASE,
)
_THE_NUMBER = re.compile(r"\b(?:the|a|its|their|his|her|our)\s+number\s*$", re.IGNORECASE)
_TALLY = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|ruled|decided|sided|approved|rejected|passed)\s+(?:\w+\s+)?"
    r"\d+\s*(?:to|-|–)\s*\d+",
    re.IGNORECASE,
)


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on the same line, lower-cased ("" when a line break or no space
    comes first): read from a slice, which costs less than a pattern searched backwards."""
    chunk = text[max(0, start - 24) : start]
    stripped = chunk.rstrip(" \t")
    if stripped == chunk or not stripped or stripped[-1] in "\n\r":
        return ""
    word = stripped.rsplit(None, 1)[-1]
    return word.lower() if word[0].isalpha() else ""


def not_a_fact(mention: Mention, text: str) -> str | None:
    """Why the quantity ``mention`` of ``text`` (the article's text its span points into) states no fact to
    compare, or None when it may: "partitive one" ("one of the steel girders", "One of Miele's deputies"),
    "no one" ("no one was hurt"), "label" (a number after a word that names or indexes: "the number 6
    bus", "page 12", "grades three through 12"), "tally" ("voted 7 to 2"), "denominator" (a bare number
    after "per": "4 per 100,000"), "not counted" ("3-D", "one-dimensional"). The extractor itself leaves
    out years read as ages ("Smith, 2019,"), list indices, "No. 4", "#6", "section 4" and "N-N" tallies."""
    start, end = mention.span.start, mention.span.end
    written = text[start:end]
    lowered = written.lower()
    if lowered.startswith("one of ") or (lowered == "one" and text[end : end + 4].lower() == " of "):
        return "partitive one"
    if lowered.startswith("one") and text[max(0, start - 3) : start].lower() == "no ":
        return "no one"
    before = _word_before(text, start)
    if before in LABEL_WORDS or (before == "number" and _THE_NUMBER.search(text, max(0, start - 16), start)):
        return "label"
    if before in _JOINERS:
        spanned = _SPAN_BEFORE.search(text, max(0, start - 40), start)
        if spanned and spanned.group(1).lower() in LABEL_WORDS:
            return "label"
    near = text[max(0, start - 6) : end + 6]
    if mention.unit is None and (" to " in near or "-" in near or "–" in near):
        for tally in _TALLY.finditer(text, max(0, start - 40), min(len(text), end + 20)):
            if tally.start() <= start < tally.end():
                return "tally"
    if before == "per" and mention.unit is None:
        return "denominator"
    parts = lowered.split()[0].split("-") if lowered else []
    if len(parts) > 1 and parts[1] in _NOT_COUNTED:
        return "not counted"
    return None


def fact_quantities(mentions: Iterable[Mention], text: str) -> tuple[Mention, ...]:
    """The mentions of ``text`` that state facts to compare (``not_a_fact`` gives none of its reasons), a
    concept whose head is no noun ("we", "however", "all", "there": the referent reader's misses) left out
    (None: what the number is about is not known, rather than a word that names nothing)."""
    kept = []
    for m in mentions:
        if not_a_fact(m, text) is None:
            if m.concept and m.concept.rsplit(None, 1)[-1] in NO_NOUN:
                m = replace(m, concept=None)
            kept.append(m)
    return tuple(kept)
