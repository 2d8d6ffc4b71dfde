"""Per-block features of scraped text: form, position, context and recurrence.

Each block becomes a fixed-length vector (``FEATURES`` names its columns). The scorer in
``newsfuse.clean.blocks`` weighs these with coefficients fitted on the dev extraction sets.
Character-level counts are taken for the whole page at once (NumPy over its code points), so the cost per
block is a handful of C calls: tokenising, stop-word lookup and an anchored chrome-phrase match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

import justext
import numpy as np
import numpy.typing as npt

from newsfuse.clean.recurring import LineStats

_WORD = re.compile(r"\w+", re.UNICODE)
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
_LINKISH = re.compile(r"https?://|www\.|@\w|\.com\b|\.html?\b")
_SENTENCE_END = frozenset(".!?…:\"'”»)")
_PUNCT = frozenset(".,;:!?")
_SEPARATORS = frozenset("|•·»«/>›")

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
COLUMN = {name: i for i, name in enumerate(FEATURES)}

_STOPLIST_LANGUAGES = {
    "English": "en",
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian_Bokmal": "no",
    "Polish": "pl",
    "Czech": "cs",
    "Russian": "ru",
    "Turkish": "tr",
    "Indonesian": "id",
    "Romanian": "ro",
    "Finnish": "fi",
    "Hungarian": "hu",
    "Greek": "el",
    "Ukrainian": "uk",
}


@dataclass(frozen=True, slots=True)
class StopList:
    """A language's stop words (jusText's list) and its ISO 639-1 code."""

    language: str
    words: frozenset[str]


NO_STOPLIST = StopList("", frozenset())


@cache
def stoplists() -> tuple[StopList, ...]:
    """Stop-word sets of the languages the cleaner knows (jusText's lists, loaded once)."""
    return tuple(
        StopList(code, frozenset(w.lower() for w in justext.get_stoplist(name)))
        for name, code in _STOPLIST_LANGUAGES.items()
    )


@cache
def _char_classes() -> tuple[npt.NDArray[np.bool_], ...]:
    """Lookup tables over the Basic Multilingual Plane: upper case, white space, decimal digit,
    sentence punctuation, menu separator."""
    chars = [chr(i) for i in range(0x10000)]
    upper = np.fromiter((c.isupper() for c in chars), bool, len(chars))
    space = np.fromiter((c.isspace() for c in chars), bool, len(chars))
    digit = np.fromiter((c.isdecimal() for c in chars), bool, len(chars))
    punct = np.zeros(len(chars), bool)
    punct[[ord(c) for c in _PUNCT]] = True
    separator = np.zeros(len(chars), bool)
    separator[[ord(c) for c in _SEPARATORS]] = True
    return upper, space, digit, punct, separator


def _char_counts(blocks: Sequence[str]) -> tuple[npt.NDArray[np.float64], ...]:
    """Per block: characters, upper-case word initials, word initials, digits, punctuation marks and menu
    separators ("|", "»", " - " ...), counted over the page's code points in one pass."""
    n = len(blocks)
    lengths = np.fromiter(map(len, blocks), np.int64, n)
    codes = np.frombuffer(" ".join(blocks).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = np.minimum(codes, 0xFFFF)  # astral characters count as no class at all (U+FFFF is none)
    owner = np.repeat(np.arange(n), lengths + 1)[: len(codes)]
    upper, space, digit, punct, separator = (table[codes] for table in _char_classes())
    initial = ~space
    initial[1:] &= space[:-1]
    dash = codes == ord("-")
    same_block = owner[1:] == owner[:-1]
    dash[1:-1] &= space[:-2] & space[2:] & same_block[:-1] & same_block[1:]
    dash[[0, -1]] = False

    def per_block(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
        return np.bincount(owner[mask], minlength=n).astype(float)

    return (
        lengths.astype(float),
        per_block(initial & upper),
        per_block(initial),
        per_block(digit),
        per_block(punct),
        per_block(separator | dash),
    )


def _window_mean(values: npt.NDArray[np.float64], radius: int) -> npt.NDArray[np.float64]:
    """Mean of the ``radius`` values either side of each position, the position itself left out."""
    n = len(values)
    sums = np.concatenate(([0.0], np.cumsum(values)))
    index = np.arange(n)
    lo, hi = np.maximum(0, index - radius), np.minimum(n, index + radius + 1)
    count = hi - lo - 1
    total = sums[hi] - sums[lo] - values
    mean: npt.NDArray[np.float64] = np.divide(total, count, out=np.zeros(n), where=count > 0)
    return mean


@dataclass(frozen=True, slots=True)
class PageFeatures:
    """A page's feature matrix (columns as in ``FEATURES``) and its word tokens, flat: each token's
    vocabulary id, block and whether it is a content word (no stop word, three letters or more); the stop
    list chosen and the share of the page's frequent words it covers."""

    rows: npt.NDArray[np.float64]
    token_ids: npt.NDArray[np.int64]
    token_block: npt.NDArray[np.int64]
    content: npt.NDArray[np.bool_]
    stops: StopList
    stop_coverage: float


_TOKEN = re.compile(r"\w+|\n")


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A page's word tokens as vocabulary ids (id 0 is the block break), with each token's block."""

    vocabulary: list[str]
    ids: npt.NDArray[np.int64]
    block: npt.NDArray[np.int64]


def _lower_page(blocks: Sequence[str]) -> tuple[str, npt.NDArray[np.int64]]:
    """The page lower-cased, one block per line, and where each block starts in it."""
    lowered = [b.lower() for b in blocks]
    page = "\n".join(lowered)
    if page.count("\n") != len(blocks) - 1:  # blocks that hold line breaks (not split_blocks output)
        lowered = [b.replace("\n", " ") for b in lowered]
        page = "\n".join(lowered)
    starts = np.cumsum(np.fromiter(map(len, lowered), np.int64, len(lowered)) + 1) - np.int64(1)
    return page, np.concatenate(([0], starts[:-1] + 1)).astype(np.int64)


def _tokens(page: str) -> _Tokens:
    flat = _TOKEN.findall(page)
    index = {word: i for i, word in enumerate(dict.fromkeys(chain(("\n",), flat)))}
    ids = np.fromiter(map(index.__getitem__, flat), np.int64, len(flat))
    breaks = ids == 0
    return _Tokens(list(index), ids[~breaks], np.cumsum(breaks)[~breaks])


def choose_stoplist(tokens: _Tokens) -> tuple[StopList, float]:
    """The stop list that covers most of the page's 60 most frequent words (its language, in effect), and
    the share of those words' occurrences it covers (how sure the choice is)."""
    counts = np.bincount(tokens.ids, minlength=len(tokens.vocabulary))
    counts[0] = 0
    top = np.argsort(-counts, kind="stable")[:60]
    top = top[counts[top] > 0]
    table = _stop_table()
    member = np.array([table.get(tokens.vocabulary[i], _NO_LANGUAGE) for i in top]).reshape(len(top), -1)
    hits = counts[top] @ member if len(top) else np.zeros(len(stoplists()))
    best = int(np.argmax(hits))
    if hits[best] <= 0:
        return NO_STOPLIST, 0.0
    return stoplists()[best], float(hits[best] / counts[top].sum())


_NO_LANGUAGE = np.zeros(len(_STOPLIST_LANGUAGES), dtype=np.int64)


@cache
def _stop_table() -> dict[str, npt.NDArray[np.int64]]:
    """For each stop word of any known language, a 0/1 row over the languages whose list holds it.

    jusText's lists other than English's hold English words ("the", "and", "of": they were counted on
    Wikipedia text); those count for English only, or English pages would be taken for Finnish."""
    table: dict[str, npt.NDArray[np.int64]] = {}
    english = stoplists()[0].words
    for column, stops in enumerate(stoplists()):
        for word in stops.words if column == 0 else stops.words - english:
            table.setdefault(word, _NO_LANGUAGE.copy())[column] = 1
    return table


def _linkish(page: str, starts: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """1 for blocks holding a URL, e-mail/handle or web address, found in one scan of the lower-cased page."""
    hits = [m.start() for m in _LINKISH.finditer(page)]
    out = np.zeros(len(starts))
    out[np.searchsorted(starts, hits, side="right") - 1] = 1.0
    return out


def document_features(blocks: Sequence[str], stats: LineStats | None = None) -> PageFeatures:
    """One feature vector per block, plus the tokens and stop words later passes reuse."""
    n = len(blocks)
    page, starts = _lower_page(blocks)
    tokens = _tokens(page)
    stops, coverage = choose_stoplist(tokens)
    vocab_stop = np.fromiter(map(stops.words.__contains__, tokens.vocabulary), bool, len(tokens.vocabulary))
    vocab_len = np.fromiter(map(len, tokens.vocabulary), float, len(tokens.vocabulary))
    is_stop, token_len, owner = vocab_stop[tokens.ids], vocab_len[tokens.ids], tokens.block
    words = np.bincount(owner, minlength=n).astype(float)
    safe_words = np.maximum(words, 1.0)
    stop = np.bincount(owner, weights=is_stop, minlength=n) / safe_words
    letters = np.bincount(owner, weights=token_len, minlength=n)
    chars, upper_initials, initials, digits, punct, separators = _char_counts(blocks)
    log_words = np.log1p(words)
    position = np.arange(n) / max(1, n - 1)
    columns = {
        "bias": np.ones(n),
        "log_words": log_words,
        "stop_density": stop,
        "ends_sentence": np.fromiter((b.rstrip()[-1:] in _SENTENCE_END for b in blocks), float, n),
        "punct_per_word": np.minimum(punct / safe_words, 2.0),
        "capital_ratio": upper_initials / np.maximum(initials, 1.0),
        "digit_ratio": digits / np.maximum(chars, 1.0),
        "separators_per_word": np.minimum(separators / safe_words, 2.0),
        "chrome_phrase": np.fromiter(
            (w <= 12 and _CHROME.match(b) is not None for b, w in zip(blocks, words, strict=True)), float, n
        ),
        "linkish": _linkish(page, starts),
        "position": position,
        "position_sq": position * position,
        "context_log_words": _window_mean(log_words, 2),
        "context_stop_density": _window_mean(stop, 2),
        "recurring": stats.recurrences(blocks) if stats is not None else np.zeros(n),
        "long_prose": ((words >= 30) & (stop >= 0.2)).astype(float),
        "short_no_stop": ((words <= 5) & (stop == 0)).astype(float),
        "mean_word_len": np.minimum(15.0, letters / safe_words) / 10,
    }
    rows = np.empty((n, len(FEATURES)))
    for name, values in columns.items():
        rows[:, COLUMN[name]] = values
    return PageFeatures(rows, tokens.ids, owner, ~is_stop & (token_len > 2), stops, coverage)
