"""Dates and time spans as written ("early Thursday", "since October 2025", "from April through September")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" + (
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAY = rf"{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
_MONTH_YEAR = rf"{_MON}(?:\s+\d{{4}})?"
_POINT = rf"(?:{_DAY}|{_MONTH_YEAR}|(?:early|late)\s+{_WD}{_PART}|{_WD}{_PART}|(?:19|20)\d{{2}})"
_DATE = re.compile(
    r"(?=[fslntTyYLeobuaiJFMASONDW])"  # the first letters of the forms below: a quick test per position
    rf"\b(?:(?P<range>from\s+(?P<a>{_POINT})\s+(?:through|to|until|till)\s+(?P<b>{_POINT}))"
    rf"|(?P<since>since\s+(?P<s>{_POINT}))"
    rf"|(?P<rel>(?:last|next|this)\s+(?:{_WD}|week|month|year|weekend)(?:{_PART})?)"
    r"|(?P<deictic>(?i:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))"
    rf"|(?P<early>(?:early|late)\s+{_WD}{_PART})"
    rf"|(?P<on>(?:on|by|until|before|after)\s+(?:{_WD}{_PART}|{_DAY}))"
    rf"|(?P<in>in\s+(?:{_MONTH_YEAR}|(?:19|20)\d{{2}}))"
    rf"|(?P<day>{_DAY})"
    rf"|(?P<wd>{_WD}{_PART}))\b"
)
_DIGIT_OR_CAPITAL = re.compile(r"\d|[A-Z]")
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|[\"”]\s|''\s")
"""A sentence end or a closing quote: a quote's "will" does not set the tense of the words after it."""
_FUTURE = re.compile(
    r"\b(?:will|would|due to be|expected|plans?|planned|scheduled|starting|begins?|next|is to|are to|set to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or span as written, with the clause's tense cue for resolving weekdays."""

    text: str
    span: Span
    form: str
    """One of range, since, rel, deictic (today, yesterday …), early, on, in, day, wd."""
    future: bool = False


_DATE_START = re.compile(
    r"\W(?=[fslntTyYLeobuaiJFMASONDW])"
    r"(?=(?:from|since|last|next|this|early|late|on|by|until|before|after|in)\s"
    r"|Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|(?i:today|yesterday|tomorrow|tonight|this\s|last\s))"
)
"""The character before a place where ``_DATE`` can match: a non-word character, then the first words of its
forms (a necessary condition; ``_DATE`` decides). ``_DATE``'s own scan tries its alternatives at every word."""


@lru_cache(maxsize=1024)
def _matches(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each date expression of ``text`` as (form, start, end), as ``_DATE.finditer`` finds them, tried only where
    ``_DATE_START`` finds a place; kept for the latest texts, since provenance's timeline and compare scan the same
    articles of an event one after the other."""
    found = []
    end = 0
    match_at = _DATE.match
    padded = " " + text  # the text's start has a character before it
    for place in _DATE_START.finditer(padded):
        start = place.start()  # the padded text's non-word character is the text's next one
        if start < end:
            continue  # inside the last date: matches do not overlap
        match = match_at(text, start)
        if match is None:
            continue
        form = match.lastgroup or ""  # the outermost alternative: it closes last
        end = match.end()
        if form == "in" and not _DIGIT_OR_CAPITAL.search(text, start + 3, end):
            continue
        found.append((form, start, end))
    return tuple(found)


def extract_dates(article: Article) -> Iterator[DateMention]:
    """Every date expression in the article, with a future-tense cue from the words just before it."""
    for written, start, end, form, future in dated_phrases(article.text):
        yield DateMention(text=written, span=Span(article.id, start, end), form=form, future=future)


@lru_cache(maxsize=256)
def dated_phrases(text: str) -> tuple[tuple[str, int, int, str, bool], ...]:
    """(text, start, end, form, future) of each date expression of ``text`` (see :func:`extract_dates`);
    kept for the latest texts (an event's copies of one text are read one after the other)."""
    found = []
    for form, start, end in _matches(text):
        written = text[start:end]
        clause = _CLAUSE_BREAK.split(text[max(0, start - 60) : start])[-1]
        found.append(
            (written, start, end, form, bool(_FUTURE.search(clause)) or written.lower().startswith("next"))
        )
    return tuple(found)


def date_mentions(article: Article) -> list[Mention]:
    """The dates of :func:`extract_dates` as mentions (slot: the form), without the tense cue."""
    text = article.text
    found = []
    for form, start, end in _matches(text):
        written = text[start:end]
        found.append(Mention("date", form, written, written, Span(article.id, start, end)))
    return found


def clear_caches() -> None:
    """Forget the date scans kept per text (to measure cold reads)."""
    _matches.cache_clear()
    dated_phrases.cache_clear()
    date_value.cache_clear()


@lru_cache(maxsize=4096)
def date_value(text: str) -> str:
    """The comparable value of a date expression: lower-cased, leading preposition dropped (kept for the
    latest 4,096 phrases: an event's articles repeat theirs)."""
    words = text.lower().split()
    if words and words[0] in {"on", "in", "by"}:
        words = words[1:]
    return " ".join(words)
