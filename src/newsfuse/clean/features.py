"""Per-block features of scraped text: form, position, context and recurrence.

Each block becomes a fixed-length vector (``FEATURES`` names its columns). The scorer in
``newsfuse.clean.blocks`` weighs these with coefficients fitted on the dev extraction sets.
Character-level counts are taken for the whole page at once (NumPy over its code points), and patterns are
searched for once over the lower-cased page, so there is no Python work per block.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

import justext
import numpy as np
import numpy.typing as npt

from newsfuse.clean.recurring import LineStats

_WORD = re.compile(r"\w+", re.UNICODE)
_CHROME = re.compile(
    r"\n(?:share(?: this| on| via|(?![^\n]))|sharing is caring|leave a (?:reply|comment)|comments?\b|"
    r"click here|subscribe|sign (?:up|in)|log ?in|register|advertisement|advertising|anzeige|werbung|"
    r"read more|related\b|follow us|skip to|photo(?:graph)?s?\b|image\b|credit\b|foto\b|all rights reserved|"
    r"swipe|next\b|previous\b|print\b|e-?mail\b|tags?\b|filed under|blog comments powered by|"
    r"this entry was posted|posted in|home\b|menu\b|search\b|suche\b|newsletter|cookie|privacy|"
    r"terms\b|copyright|©|mehr zum thema|lesen sie auch|weiterlesen|teilen|drucken|kommentar|"
    r"to (?:top|comments)|back to|more\b|see also|you (?:may|might) also like|recommended|trending|"
    r"most (?:popular|read|viewed)|loading|watch\b|video\b|listen\b)"
)
"""Chrome phrases at a block's start, matched on the lower-cased page (each block after a line break: a
pattern that starts with a literal line break is searched for with a fast scan, not tried at every
character)."""
_LINKISH = re.compile(r"https?://|www\.|@\w|\.com\b|\.html?\b")
_LINKISH_HEADS = ("http", "www.", "@", ".com", ".htm")
"""What every ``_LINKISH`` match starts with (``_match_starts``)."""
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


_CLASSES = ("upper", "space", "digit", "punct", "separator", "menu", "ends")


@cache
def _char_classes() -> npt.NDArray[np.uint8]:
    """A lookup table over the Basic Multilingual Plane: for each code point, one bit per class of
    ``_CLASSES`` (upper case, white space, decimal digit, sentence punctuation, menu separator, menu item
    mark (``MENU_MARKS``), sentence end)."""
    chars = [chr(i) for i in range(0x10000)]
    table = np.zeros(len(chars), np.uint8)
    tests = (str.isupper, str.isspace, str.isdecimal)
    for bit, test in enumerate(tests):
        table |= np.fromiter(map(test, chars), bool, len(chars)).astype(np.uint8) << bit
    for bit, members in enumerate((_PUNCT, _SEPARATORS, MENU_MARKS, _SENTENCE_END), start=len(tests)):
        table[[ord(c) for c in members]] |= np.uint8(1 << bit)
    return table


MENU_MARKS = "|•·/»"
"""Characters that separate the items of a one-line menu ("Home | News | Sport")."""


@dataclass(frozen=True, slots=True)
class _CharCounts:
    """Per block counts over its code points; ``ends_sentence``: its last non-space character ends one."""

    chars: npt.NDArray[np.float64]
    upper_initials: npt.NDArray[np.float64]
    initials: npt.NDArray[np.float64]
    digits: npt.NDArray[np.float64]
    punct: npt.NDArray[np.float64]
    separators: npt.NDArray[np.float64]
    menu_marks: npt.NDArray[np.float64]
    ends_sentence: npt.NDArray[np.float64]


_UPPER, _SPACE, _ENDS = np.uint8(1), np.uint8(2), np.uint8(64)
_COUNTED = np.uint8(0b111100)
"""The bits of ``_char_classes`` counted as they are: digit, punctuation, separator, menu mark."""


_PACKED_BITS = np.unpackbits(
    np.arange(64, dtype=np.uint8)[:, None], axis=1, count=6, bitorder="little"
).astype(float)
"""Row v: the six bits of the packed value v (``_char_counts`` counts each value per block, then its bits)."""


def _char_counts(blocks: Sequence[str]) -> _CharCounts:
    """Per block: characters, upper-case word initials, word initials, digits, punctuation marks, menu
    separators ("|", "»", " - " ...), menu item marks and a sentence end, over the page's code points at once:
    one table lookup per character gives its class bits, the bits to count are packed into one byte per
    character (a word initial: a non-space after a space); one ``bincount`` counts each packed value per block
    and a product with ``_PACKED_BITS`` turns those counts into per-bit sums."""
    n = len(blocks)
    lengths = np.fromiter(map(len, blocks), np.int64, n)
    # every block is followed by a space, so no block's range is empty
    codes = np.frombuffer((" ".join(blocks) + " ").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bits = _char_classes().take(codes, mode="clip")  # astral characters clipped to U+FFFF: no class
    space = (bits & _SPACE).astype(bool)
    initial = ~space
    initial[1:] &= space[:-1]
    starts = np.cumsum(lengths + 1) - (lengths + 1)
    dash = codes == ord("-")
    dash[1:-1] &= space[:-2] & space[2:]  # " - " inside a block or at its end ...
    dash[starts] = False  # ... not at a block's start, nor at the page's end
    dash[starts[-1] + lengths[-1] - 1 if n else 0] = False
    packed = (
        (bits & _COUNTED)
        | (bits & _UPPER & initial)
        | (initial.view(np.uint8) << 1)
        | (dash.view(np.uint8) << 4)
    )
    owner = np.repeat(np.arange(0, 64 * n, 64, dtype=np.int64), lengths + 1)
    totals = (np.bincount(owner + packed, minlength=64 * n).reshape(n, 64) @ _PACKED_BITS).T
    last = starts + lengths - 1  # each block's last character (the space before it for an empty block)
    ending = ((bits[last] & _ENDS) > 0).astype(float)
    ending[lengths == 0] = 0.0
    for i in np.flatnonzero(space[last] & (lengths > 0)).tolist():  # trailing space: rare
        ending[i] = blocks[i].rstrip()[-1:] in _SENTENCE_END
    upper_initials, initials, digits, puncts, separators, menus = totals
    return _CharCounts(
        lengths.astype(float), upper_initials, initials, digits, puncts, separators, menus, ending
    )


@lru_cache(maxsize=1024)
def windows(
    n: int, radius: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """For each of ``n`` positions, the first and the end of the window of ``radius`` positions either side
    (clipped to the page), and the positions (``np.arange(n)``); made once per page length (read only)."""
    index = np.arange(n)
    lo, hi = np.maximum(0, index - radius), np.minimum(n, index + radius + 1)
    for array in (index, lo, hi):
        array.flags.writeable = False
    return lo, hi, index


@lru_cache(maxsize=1024)
def _others(n: int, radius: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """How many other positions each window holds (a column, for 2-D values), and where that is above 0."""
    lo, hi, _ = windows(n, radius)
    count = (hi - lo - 1).reshape((n, 1))
    some = count > 0
    count.flags.writeable = some.flags.writeable = False
    return count, some


def _window_mean(values: npt.NDArray[np.float64], radius: int) -> npt.NDArray[np.float64]:
    """Mean of the ``radius`` values either side of each position, the position itself left out (of each
    column on its own; ``values`` is 2-D)."""
    n = len(values)
    sums = np.concatenate((np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)))
    lo, hi, _ = windows(n, radius)
    count, some = _others(n, radius)
    total = sums[hi] - sums[lo] - values
    mean: npt.NDArray[np.float64] = np.divide(total, count, out=np.zeros(values.shape), where=some)
    return mean


@dataclass(frozen=True, slots=True)
class PageFeatures:
    """A page's feature matrix (columns as in ``FEATURES``) and its word tokens, flat: each token's
    vocabulary id, block and whether it is a content word (no stop word, three letters or more); the stop
    list chosen and the share of the page's frequent words it covers. ``text`` is the page lower-cased with
    a line break before each block (at ``starts``); ``chars``, ``digits`` and ``menu_marks`` count each
    block's characters, decimal digits and ``MENU_MARKS``. Later rules scan ``text`` instead of each block."""

    rows: npt.NDArray[np.float64]
    token_ids: npt.NDArray[np.int64]
    token_block: npt.NDArray[np.int64]
    content: npt.NDArray[np.bool_]
    stops: StopList
    stop_coverage: float
    text: str
    starts: npt.NDArray[np.int64]
    chars: npt.NDArray[np.float64]
    digits: npt.NDArray[np.float64]
    menu_marks: npt.NDArray[np.float64]
    copyright: npt.NDArray[np.int64]
    """The blocks holding a ``COPYRIGHT_HINTS`` substring (a block once per hit), found once for the scorer
    and the rules."""
    first_tokens: dict[str, int]
    """Where each word (a ``\\w+`` token of ``text``) first occurs in ``token_ids``, counted from 1 (and the block
    break "\\n" at 0)."""
    words: npt.NDArray[np.float64]
    """Each block's words as ``str.split`` gives them (its word initials: a non-space after a space, the space test
    being ``str.isspace`` as ``split``'s is), counted with the page's characters; ``len(block.split())`` exactly."""

    def owners(self, offsets: Sequence[int]) -> npt.NDArray[np.int64]:
        """The blocks that hold these offsets of ``text`` (a block as often as it holds one)."""
        found: npt.NDArray[np.int64] = np.searchsorted(self.starts, offsets, side="right") - 1
        return found

    def matching(self, pattern: re.Pattern[str]) -> npt.NDArray[np.int64]:
        """Blocks where ``pattern`` matches (in lower case; start it with a line break to anchor it on a block's
        start: such a pattern is searched for quickly, where ``^`` would be tried at every character)."""
        return self.owners([m.start() for m in pattern.finditer(self.text)])

    def containing(self, needles: Sequence[str]) -> npt.NDArray[np.int64]:
        """Blocks that contain any of these lower-case substrings (plain substring search, no regex)."""
        return _containing(self.text, self.starts, needles)

    def word_marks(self, marks: Mapping[str, int]) -> list[int]:
        """Per block, the bitwise or of the ``marks`` of the words it holds (lower-case ``\\w+`` tokens; 0 for a
        block with none): with a bit per set of words, which sets each block holds a word of, for the whole page
        at once (a word test per block costs a scan of the block)."""
        marked = [(at, mark) for word, mark in marks.items() if (at := self.first_tokens.get(word))]
        out = [0] * len(self.rows)
        if not marked:
            return out
        by_id = np.zeros(len(self.first_tokens), np.int64)  # ids run from 1 to the number of words
        for at, mark in marked:
            by_id[self.token_ids[at - 1]] = mark
        per_token = by_id[self.token_ids]
        hit = np.flatnonzero(per_token)
        for block, mark in zip(self.token_block[hit].tolist(), per_token[hit].tolist(), strict=True):
            out[block] |= mark
        return out


COPYRIGHT_HINTS = ("©", "(c)", "copyright", "all rights reserved")
"""Substrings one of which every copyright line holds (``PageFeatures.copyright``)."""


def _containing(text: str, starts: npt.NDArray[np.int64], needles: Sequence[str]) -> npt.NDArray[np.int64]:
    """``PageFeatures.containing`` over a page's lower-cased text and its blocks' starts."""
    found = [at for needle in needles for at in _finds(text, needle)]
    owners: npt.NDArray[np.int64] = np.searchsorted(starts, found, side="right") - 1
    return owners


def _match_starts(text: str, pattern: re.Pattern[str], heads: Sequence[str]) -> list[int]:
    """Where ``pattern.finditer(text)``'s matches start, given substrings one of which each match starts with:
    ``pattern`` is tried only where one occurs (substring search is cheaper than the pattern's scan of every
    character), left to right, past each match's end as ``finditer`` goes on (no pattern that can match empty)."""
    at = sorted({i for head in heads for i in _finds(text, head)})
    starts: list[int] = []
    end = 0
    for i in at:
        if i >= end and (m := pattern.match(text, i)):
            starts.append(i)
            end = m.end()
    return starts


def _finds(text: str, needle: str) -> list[int]:
    """Every position of ``needle`` in ``text`` (overlaps included)."""
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A page's word tokens as vocabulary ids (id 0 is the block break), with each token's block."""

    vocabulary: list[str]
    ids: npt.NDArray[np.int64]
    block: npt.NDArray[np.int64]
    first: dict[str, int]
    """Where each word first occurs in ``ids``, counted from 1 (the break's entry: 0)."""


def _lower_page(blocks: Sequence[str]) -> tuple[str, npt.NDArray[np.int64]]:
    """The page lower-cased with a line break before each block, and where each block's line break is."""
    joined = "\n".join(blocks)
    if joined.count("\n") != len(blocks) - 1:  # blocks that hold line breaks (not split_blocks output)
        blocks = [b.replace("\n", " ") for b in blocks]
        joined = "\n".join(blocks)
    page = "\n" + joined.lower()
    if len(page) == len(joined) + 1:
        lengths = np.fromiter(map(len, blocks), np.int64, len(blocks))
    else:  # lower-casing changed some lengths ("İ" becomes two code points)
        lengths = np.fromiter((len(b.lower()) for b in blocks), np.int64, len(blocks))
    return page, np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.int64)


_NOT_WORD_ASCII = bytes(
    b if b > 127 or b == ord("\n") or chr(b).isalnum() or chr(b) == "_" else ord(" ") for b in range(256)
)
"""A byte table: every ASCII character that ``\\w`` does not match, but the block break, as a space; the bytes of
UTF-8's longer sequences (128-255) as they are (``_tokens``)."""


def _tokens(page: str) -> _Tokens:
    """Tokens of a page that starts with a block break: its ASCII non-word characters made spaces (one table
    lookup per byte of its UTF-8 form), then each block split at white space when it is ASCII (98 % of the dev
    pages' blocks), else scanned for ``\\w+`` (the spaces made change no token): the same tokens as a ``\\w+``
    scan at a third of its cost. Ids follow first occurrence, after the break's 0."""
    spaced = page.encode("utf-8", "surrogatepass").translate(_NOT_WORD_ASCII).decode("utf-8", "surrogatepass")
    per_block = [line.split() if line.isascii() else _WORD.findall(line) for line in spaced.split("\n")[1:]]
    sizes = np.fromiter(map(len, per_block), np.int64, len(per_block))
    total = int(sizes.sum())
    index = {"\n": 0}
    # each word keyed by where it first occurs (1-based; no Python call per token), then ranked: the ids in order
    # of first occurrence
    first = np.fromiter(
        map(index.setdefault, chain.from_iterable(per_block), range(1, total + 1)), np.int64, total
    )
    opens = np.zeros(total + 1, np.int64)
    opens[first] = 1
    ids = np.cumsum(opens)[first]
    return _Tokens(list(index), ids, np.repeat(np.arange(len(per_block)), sizes), index)


def choose_stoplist(tokens: _Tokens) -> tuple[StopList, float]:
    """The stop list that covers most of the page's 60 most frequent words (its language, in effect), and
    the share of those words' occurrences it covers (how sure the choice is)."""
    counts = np.bincount(tokens.ids, minlength=len(tokens.vocabulary))
    counts[0] = 0
    top = np.argsort(-counts, kind="stable")[:60]
    top = top[counts[top] > 0]
    if not len(top):  # a page without words ("<<< >>>")
        return NO_STOPLIST, 0.0
    rows, member_of = _stop_table()
    vocabulary = tokens.vocabulary
    member = member_of[[rows.get(vocabulary[i], 0) for i in top.tolist()]]
    hits = counts[top] @ member
    best = int(np.argmax(hits))
    if hits[best] <= 0:
        return NO_STOPLIST, 0.0
    return stoplists()[best], float(hits[best] / counts[top].sum())


@cache
def _stop_table() -> tuple[dict[str, int], npt.NDArray[np.int64]]:
    """Each stop word of any known language and its row of a 0/1 matrix over the languages whose list holds
    it (row 0: no language).

    jusText's lists other than English's hold English words ("the", "and", "of": they were counted on
    Wikipedia text); those count for English only, or English pages would be taken for Finnish."""
    rows: dict[str, int] = {}
    english = stoplists()[0].words
    for stops in stoplists():
        for word in stops.words:
            rows.setdefault(word, len(rows) + 1)
    matrix = np.zeros((len(rows) + 1, len(_STOPLIST_LANGUAGES)), np.int64)
    for column, stops in enumerate(stoplists()):
        matrix[[rows[word] for word in (stops.words if column == 0 else stops.words - english)], column] = 1
    return rows, matrix


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
    counts = _char_counts(blocks)
    log_words = np.log1p(words)
    position = np.arange(n) / max(1, n - 1)
    features = PageFeatures(
        np.empty((n, len(FEATURES))),
        tokens.ids,
        owner,
        ~is_stop & (token_len > 2),
        stops,
        coverage,
        page,
        starts,
        counts.chars,
        counts.digits,
        counts.menu_marks,
        _containing(page, starts, COPYRIGHT_HINTS),
        tokens.first,
        counts.initials,
    )
    rows = features.rows  # each column written in place (no per-column arrays stacked afterwards)
    rows[:, _COL_BIAS] = 1.0
    rows[:, _COL_LOG_WORDS] = log_words
    rows[:, _COL_STOP_DENSITY] = stop
    rows[:, _COL_ENDS_SENTENCE] = counts.ends_sentence
    np.minimum(counts.punct / safe_words, 2.0, out=rows[:, _COL_PUNCT_PER_WORD])
    np.divide(counts.upper_initials, np.maximum(counts.initials, 1.0), out=rows[:, _COL_CAPITAL_RATIO])
    np.divide(counts.digits, np.maximum(counts.chars, 1.0), out=rows[:, _COL_DIGIT_RATIO])
    np.minimum(counts.separators / safe_words, 2.0, out=rows[:, _COL_SEPARATORS_PER_WORD])
    rows[:, _COL_CHROME_PHRASE] = 0.0
    rows[features.matching(_CHROME), _COL_CHROME_PHRASE] = 1.0
    rows[:, _COL_CHROME_PHRASE] *= words <= 12
    rows[:, _COL_LINKISH] = 0.0
    rows[features.owners(_match_starts(page, _LINKISH, _LINKISH_HEADS)), _COL_LINKISH] = 1.0
    rows[:, _COL_POSITION] = position
    np.multiply(position, position, out=rows[:, _COL_POSITION_SQ])
    rows[:, _COL_CONTEXT] = _window_mean(rows[:, _COL_LOG_STOP], 2)
    rows[:, _COL_RECURRING] = stats.recurrences(blocks) if stats is not None else 0.0
    rows[:, _COL_LONG_PROSE] = (words >= 30) & (stop >= 0.2)
    rows[:, _COL_SHORT_NO_STOP] = (words <= 5) & (stop == 0)
    np.divide(np.minimum(15.0, letters / safe_words), 10, out=rows[:, _COL_MEAN_WORD_LEN])
    return features


_COL_BIAS = COLUMN["bias"]
_COL_LOG_WORDS = COLUMN["log_words"]
_COL_STOP_DENSITY = COLUMN["stop_density"]
_COL_ENDS_SENTENCE = COLUMN["ends_sentence"]
_COL_PUNCT_PER_WORD = COLUMN["punct_per_word"]
_COL_CAPITAL_RATIO = COLUMN["capital_ratio"]
_COL_DIGIT_RATIO = COLUMN["digit_ratio"]
_COL_SEPARATORS_PER_WORD = COLUMN["separators_per_word"]
_COL_CHROME_PHRASE = COLUMN["chrome_phrase"]
_COL_LINKISH = COLUMN["linkish"]
_COL_POSITION = COLUMN["position"]
_COL_POSITION_SQ = COLUMN["position_sq"]
_COL_CONTEXT_LOG_WORDS = COLUMN["context_log_words"]
_COL_CONTEXT_STOP_DENSITY = COLUMN["context_stop_density"]
_COL_RECURRING = COLUMN["recurring"]
_COL_LONG_PROSE = COLUMN["long_prose"]
_COL_SHORT_NO_STOP = COLUMN["short_no_stop"]
_COL_MEAN_WORD_LEN = COLUMN["mean_word_len"]
_COL_LOG_STOP = [_COL_LOG_WORDS, _COL_STOP_DENSITY]
_COL_CONTEXT = [_COL_CONTEXT_LOG_WORDS, _COL_CONTEXT_STOP_DENSITY]
