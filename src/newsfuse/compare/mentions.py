"""A fact as one article states it, before alignment across articles, and the words around it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeGuard

from newsfuse.model import Span, immutable_record
from newsfuse.text.words import WORD, is_content_word, stem

_CLAUSE_END = re.compile(r"[.!?;\n](?:(?<=\n)|(?<![A-Z][.!?;])(?<!\b[ap]\.m[.!?;])\s)")
r"""A line break, or a sentence end not after a capital or "a.m"; the pattern opens on one character class so
the scan skips to candidates (the same matches as ``[.!?;](?<![A-Z][.!?;])(?<!\b[ap]\.m[.!?;])\s|\n``)."""


@immutable_record
class Mention:
    """A fact as one article states it. Treated as immutable (compared and hashed by its fields, shared by
    the cached mentions of an article): never assigned to; not declared frozen because a frozen dataclass's
    ``__init__`` costs about seven times as much (1.7 against 0.24 µs CPU; tens of mentions per article)."""

    kind: str
    slot: str
    """What the value is of (e.g. "firefighter", or the normalised quote for quotes)."""
    value: str
    text: str
    span: Span
    speaker: str | None = None
    unit: str | None = None
    number: float | None = None
    """The value in its dimension's base unit, for quantities."""
    upper: float | None = None
    """For a range ("5-7%", "between 20 and 30 people"): its upper end (``number`` is the lower)."""
    qualifier: str = ""
    """"approx", "more" or "less" when the number is hedged or bounded."""
    role: str | None = None
    time: str | None = None
    context: frozenset[str] = frozenset()
    """Content-word stems of the clause around the mention (not the mention itself)."""
    continued: bool = False
    """For quotes: the quote continues the previous one after its attribution ("A," she said. "B.")."""
    embedded: bool = False
    """For quotes: the opening mark follows a word of the writer's sentence ("calls them "lone wolves""): a
    mixed quotation inside reported speech, not a direct quote standing on its own."""
    concept: str | None = None
    """For quantities: what the number is about, lower-cased words with the head last ("people" in "12
    people were killed", "harbor mills shares" in "Shares of Harbor Mills rose 12%"; ``quantity_concept``),
    None when none is read (clock times have none)."""

    def moved(self, article_id: str) -> Mention:
        """The same mention in the article ``article_id`` (a copy of its text): only the span's id differs
        (every field passed on, as ``dataclasses.replace`` would, at a third of its CPU)."""
        span = self.span
        return Mention(
            self.kind,
            self.slot,
            self.value,
            self.text,
            Span(article_id, span.start, span.end),
            self.speaker,
            self.unit,
            self.number,
            self.upper,
            self.qualifier,
            self.role,
            self.time,
            self.context,
            self.continued,
            self.embedded,
            self.concept,
        )


@lru_cache(maxsize=8)
def lower_keeping_offsets(text: str) -> str | None:
    """``text.lower()`` when every character lower-cases to one character on its own (so offsets and word
    edges are kept, and a slice of it is the slice lower-cased): always for ASCII; otherwise not when the
    length changes ("İ") or a capital sigma (lower-cased by its position) occurs. None when not. Kept for
    the latest texts: the quantity and the place-list readers of an article ask one after the other."""
    low = text.lower()
    if text.isascii() or (len(low) == len(text) and "Σ" not in text):
        return low
    return None


def lower_for_ascii_scan(low: str | None) -> TypeGuard[str]:
    """Whether a lower-case ASCII pattern scanning ``low`` (from :func:`lower_keeping_offsets`) finds what
    the same pattern with IGNORECASE finds in the original text: no "ı" or "ſ", which case-fold to "i" and
    "s" without lower-casing to them."""
    return low is not None and "ı" not in low and "ſ" not in low


def clause_ends(text: str) -> list[int]:
    """Offsets just after each sentence end of a text, for :func:`clause_bounds`."""
    return [m.end() for m in _CLAUSE_END.finditer(text)]


def clause_bounds(text: str, start: int, end: int, ends: Sequence[int] | None = None) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from the previous sentence end to the next one."""
    ends = clause_ends(text) if ends is None else ends
    lo = bisect_right(ends, start)
    hi = bisect_right(ends, end)
    return (ends[lo - 1] if lo else 0), (ends[hi] - 1 if hi < len(ends) else len(text))


_STEMS: dict[str, str] = {}
"""Lower-cased word → its context stem ("" for a word a context drops); bounded by ``_STEMS_KEPT``."""
_STEMS_KEPT = 200_000


def context_word(word: str) -> str | None:
    """The stem a mention's context keeps for a lower-cased word: none for a stop word, a lone character or
    a stem with a digit."""
    kept = _STEMS.get(word)
    if kept is None:
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        kept = _STEMS[word] = _stem_kept(word)
    return kept or None


def _stem_kept(word: str) -> str:
    if not is_content_word(word):
        return ""
    kept = stem(word)
    return "" if any(c.isdigit() for c in kept) else kept


def context_stems(words: list[str]) -> set[str]:
    """The context stems of lower-cased words (the words already seen are looked up in one pass)."""
    kept = set(map(_STEMS.get, words))
    if None in kept:
        kept = {context_word(w) or "" for w in words}
    kept.discard("")
    return kept  # type: ignore[return-value]


def clear_caches() -> None:
    """Forget the words' context stems (to measure cold reads)."""
    _STEMS.clear()


class Contexts:
    """The contexts of the mentions of one text: for ``(start, end)``, the content-word stems of the sentence
    around the mention, without the mention's own words or numbers. The text is lower-cased once and each
    word's stem looked up once; the text on either side of the mention is read on its own, so no word
    crosses the mention's edges."""

    def __init__(self, text: str, ends: Sequence[int] | None = None) -> None:
        self.text = text
        self.ends = clause_ends(text) if ends is None else ends
        self.lowered = lower_keeping_offsets(text)

    def __call__(self, start: int, end: int) -> frozenset[str]:
        """The context of the mention at ``[start, end)``."""
        lo, hi = clause_bounds(self.text, start, end, self.ends)
        if self.lowered is not None:
            words = WORD.findall(self.lowered, lo, start) + WORD.findall(self.lowered, end, hi)
        else:
            words = [w.lower() for w in WORD.findall(self.text, lo, start) + WORD.findall(self.text, end, hi)]
        return frozenset(context_stems(words))
