"""Per-block features of scraped text: form, position, context, recurrence and topical fit.

Each block becomes a fixed-length vector (``FEATURES`` names its columns). The scorer in
``newsfuse.clean.blocks`` weighs these with coefficients fitted on the dev extraction sets.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import justext

from newsfuse.clean.recurring import LineStats, line_key

_WORD = re.compile(r"\w+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[.,;:!?]")
_INITIAL = re.compile(r"(?:^|(?<=\s))\S")
_SENTENCE_END = re.compile(r"[.!?…:\"'”»)]\s*$")
_SEPARATORS = re.compile(r"[|•·»«/>›]|\s-\s")
_CHROME = re.compile(
    r"^(?:share(?: this| on| via|$)|sharing is caring|leave a (?:reply|comment)|comments?\b|click here|"
    r"subscribe|sign (?:up|in)|log ?in|register|advertisement|advertising|anzeige|werbung|read more|"
    r"related\b|follow us|skip to|photo(?:graph)?s?\b|image\b|credit\b|foto\b|all rights reserved|swipe|"
    r"next\b|previous\b|print\b|e-?mail\b|tags?\b|filed under|blog comments powered by|"
    r"this entry was posted|posted in|home\b|menu\b|search\b|suche\b|newsletter|cookie|privacy|"
    r"terms\b|copyright|©|mehr zum thema|lesen sie auch|weiterlesen|teilen|drucken|kommentar|"
    r"to (?:top|comments)|back to|more\b|see also|you (?:may|might) also like|recommended|trending|"
    r"most (?:popular|read|viewed)|loading|watch\b|video\b|listen\b)",
    re.IGNORECASE,
)
_LINKISH = re.compile(r"https?://|www\.|@\w|\.com\b|\.html?\b", re.IGNORECASE)

FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",
    "stop_density",
    "ends_sentence",
    "punct_per_word",
    "capital_ratio",
    "digit_ratio",
    "separators_per_word",
    "chrome_phrase",
    "linkish",
    "position",
    "position_sq",
    "context_log_words",
    "context_stop_density",
    "recurring",
    "long_prose",
    "short_no_stop",
    "mean_word_len",
)

_STOPLIST_LANGUAGES = (
    "English",
    "German",
    "French",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Swedish",
    "Danish",
    "Norwegian_Bokmal",
    "Polish",
    "Czech",
    "Russian",
    "Turkish",
    "Indonesian",
    "Romanian",
    "Finnish",
    "Hungarian",
    "Greek",
    "Ukrainian",
)


@cache
def stoplists() -> tuple[frozenset[str], ...]:
    """Stop-word sets of the languages the cleaner knows (jusText's lists, loaded once)."""
    return tuple(frozenset(w.lower() for w in justext.get_stoplist(lang)) for lang in _STOPLIST_LANGUAGES)


def choose_stoplist(tokens: Sequence[str]) -> frozenset[str]:
    """The stop-word set that covers most of the document's frequent tokens (its language, in effect)."""
    frequent = Counter(tokens[:4000]).most_common(60)
    best: frozenset[str] = frozenset()
    best_hits = 0
    for stops in stoplists():
        hits = sum(n for word, n in frequent if word in stops)
        if hits > best_hits:
            best, best_hits = stops, hits
    return best


def block_tokens(block: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(block)]


def _form(block: str, tokens: list[str], stops: frozenset[str]) -> tuple[float, ...]:
    words = len(tokens)
    n = max(1, words)
    stop = sum(map(stops.__contains__, tokens)) / n
    ends = 1.0 if _SENTENCE_END.search(block) else 0.0
    punct = len(_PUNCT.findall(block)) / n
    initials = _INITIAL.findall(block)
    capital = sum(map(str.isupper, initials)) / max(1, len(initials))
    chars = max(1, len(block))
    digits = len(_DIGIT.findall(block)) / chars
    separators = len(_SEPARATORS.findall(block)) / n
    chrome = 1.0 if _CHROME.match(block) and words <= 12 else 0.0
    linkish = 1.0 if _LINKISH.search(block) else 0.0
    long_prose = 1.0 if words >= 30 and stop >= 0.2 else 0.0
    short_no_stop = 1.0 if words <= 5 and stop == 0 else 0.0
    mean_len = min(15.0, sum(map(len, tokens)) / n) / 10
    return (
        math.log1p(words),
        stop,
        ends,
        min(punct, 2.0),
        capital,
        digits,
        min(separators, 2.0),
        chrome,
        linkish,
        long_prose,
        short_no_stop,
        mean_len,
    )


@dataclass(frozen=True, slots=True)
class PageFeatures:
    """A page's feature rows (columns as in ``FEATURES``), its blocks' tokens and its stop-word set."""

    rows: list[list[float]]
    tokens: list[list[str]]
    stops: frozenset[str]


def document_features(blocks: Sequence[str], stats: LineStats | None = None) -> PageFeatures:
    """One feature vector per block, plus the tokens and stop words later passes reuse."""
    tokens = [block_tokens(b) for b in blocks]
    stops = choose_stoplist([t for toks in tokens for t in toks])
    forms = [_form(b, toks, stops) for b, toks in zip(blocks, tokens, strict=True)]
    n = len(blocks)
    rows = []
    for i, form in enumerate(forms):
        log_words, stop, ends, punct, capital, digits, seps, chrome, linkish, prose, no_stop, mlen = form
        window = [forms[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i]
        ctx_words = sum(f[0] for f in window) / len(window) if window else 0.0
        ctx_stop = sum(f[1] for f in window) / len(window) if window else 0.0
        position = i / max(1, n - 1)
        recurring = stats.recurrence(line_key(blocks[i])) if stats is not None else 0.0
        rows.append(
            [
                1.0,
                log_words,
                stop,
                ends,
                punct,
                capital,
                digits,
                seps,
                chrome,
                linkish,
                position,
                position * position,
                ctx_words,
                ctx_stop,
                recurring,
                prose,
                no_stop,
                mlen,
            ]
        )
    return PageFeatures(rows, tokens, stops)
