"""Concepts: the units of information a brief should cover, and how much each is worth.

As in ICSISumm (Gillick & Favre 2009), a concept is a Porter-stemmed word bigram that is not made of
two stop words; its worth is how many independent sources report it, so syndicated copies count once.
A concept earns more when sources carry it in their opening sentences (news puts the event first),
when it matches the query (query-focused mode), and less when earlier briefed articles already had
it (update mode). The counts are taken on a sparse sentence × concept matrix built once per event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, TypeAlias, cast

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_array

from newsfuse.text.stem import IRREGULAR, porter_stem_unkept
from newsfuse.text.words import STOP_WORDS, is_content_word, stem, word_tokens

if TYPE_CHECKING:
    from newsfuse.summarize.pool import Candidate

_TOKEN = re.compile(r"[a-z0-9]+|[^\W_\x00-\u024f]+")
"""An alphanumeric run: ASCII, or of a script past Latin (Greek, Cyrillic, Han, kana, ...), whose words had no
concept at all; Latin-1 and Latin-extended letters still part runs ("café": "caf")."""
_ASCII_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if not re.fullmatch("[a-z0-9]", chr(i))})


_OWN_STEM_ENDINGS = frozenset("abfhjkopqvwxz0123456789")
"""Last characters that no rule of the Porter stemmer (and none of its irregular forms) removes or
changes: a lower-case word ending in one is its own stem."""
_CHANGED_TAILS: dict[str, str | tuple[str, ...]] = {
    "c": "ic",
    "d": "ed",
    "g": "ing",
    "m": "ism",
    "n": "ion",
    "r": ("er", "or"),
    "t": "nt",
    "u": "ou",
}
"""For other last characters, the endings of every rule (and irregular form) that ends in that character
("ation", "ization" and "ion" all end in "ion"): a word ending in the character but not in one of these
is its own stem too. The rules that end otherwise ("at", "bl", "iz", a doubled consonant) apply only to
what is left once "ed" or "ing" is removed. Together, 6,614 of the 17,461 distinct words of more than
three letters in the pipeline sample skip the stemmer; the tests check the claim against it."""


def _own_stem(word: str) -> bool:
    """Whether the lower-case alphanumeric ``word`` is its own concept stem for certain: three characters or
    fewer (never stemmed), or an ending the Porter stemmer leaves as it is (a False may still be)."""
    if len(word) <= 3 or word[-1] in _OWN_STEM_ENDINGS:
        return True
    tails = _CHANGED_TAILS.get(word[-1])
    return tails is not None and not word.endswith(tails)


_IRREGULAR = frozenset(IRREGULAR)
"""The irregular forms the Porter stemmer looks up instead of stemming ("skies", "dying", "news")."""


@lru_cache(maxsize=200_000)
def _stem(word: str) -> tuple[str, bool]:
    """(Porter stem, is a stop word) of a lower-case alphanumeric run."""
    return _porter(word), word in STOP_WORDS


def _porter(word: str) -> str:
    """The Porter stem of ``word``, skipping the stemmer where the answer is known. A plural in plain "s"
    of a singular of four letters or more (shorter ones are kept whole, not stemmed) (not "-ss", "-sses", "-ies", nor an irregular form either way) has its
    singular's stem: step 1a removes the "s" and every later step reads only what is left, while step 1a
    leaves the singular (not ending in "s") as it is. The singular's stem is looked up (or made and kept)."""
    if _own_stem(word):
        return word
    if (
        word[-1] == "s"
        and len(word) > 4
        and not word.endswith(("ss", "ies", "sses"))
        and word not in _IRREGULAR
        and word[:-1] not in _IRREGULAR
    ):
        return _stem(word[:-1])[0]
    return porter_stem_unkept(word)


def stems(text: str) -> list[tuple[str, bool]]:
    """(Porter stem, is a stop word) for every alphanumeric token, the way ROUGE tokenizes."""
    lowered = text.lower()
    # ASCII text (most news): translating separators to spaces and splitting is faster than the regex
    tokens = lowered.translate(_ASCII_SEPARATORS).split() if lowered.isascii() else _TOKEN.findall(lowered)
    return list(map(_stem, tokens))


def _concepts_of(tokens: Sequence[tuple[str, bool]]) -> set[str]:
    """Bigrams of adjacent stems (not both stop words) and content stems."""
    concepts = {f"{a} {b}" for (a, sa), (b, sb) in pairwise(tokens) if not (sa and sb)}
    concepts.update(a for a, stop in tokens if not stop and len(a) > 1)
    return concepts


def concept_tokens(text: str) -> set[str]:
    """The concepts of a text: bigrams of adjacent stems (not both stop words) and content stems."""
    return _concepts_of(stems(text))


_Word: TypeAlias = tuple[
    str | None, str | None, bool, str, bool, str | None, tuple[tuple[str, ...], tuple[str, ...]] | None
]
"""What a lower-case word token contributes to its sentence's terms: its content stem as
``text.content_words`` gives it (None for a stop word); the Porter stem of its first alphanumeric run
(None if it has none) and whether that is a content word; its last run's stem followed by a space (the
first half of a bigram) and whether that is a content word; the unigram concept of a one-run token (None
if it has none); and only for a token of several runs ("u.s."), the bigrams and unigrams inside it."""


_WORDS: dict[str, _Word] = {}
"""``_word``'s answers by token: a plain dict (a hit costs a third of an ``lru_cache`` hit's, whose
recency list is relinked on every call), emptied when it reaches ``_WORDS_KEPT`` tokens."""
_WORDS_KEPT = 200_000


def _word(token: str) -> _Word:
    """A token's contribution (see ``_Word``), computed once per distinct token and kept in ``_WORDS``."""
    if len(_WORDS) >= _WORDS_KEPT:
        _WORDS.clear()
    found = _WORDS[token] = _word_of(token)
    return found


def _word_of(token: str) -> _Word:
    content = stem(token) if is_content_word(token) else None
    if token.isascii() and token.isalnum() and (token.islower() or token.isdigit()):
        # one run of [a-z0-9] (most tokens): its stem is the first and last run, and its own concept
        only, stop = _stem(token)
        return content, only, not stop, only + " ", not stop, None if stop or len(only) < 2 else only, None
    runs = list(
        map(_stem, token.translate(_ASCII_SEPARATORS).split() if token.isascii() else _TOKEN.findall(token))
    )
    if not runs:
        return content, None, False, "", False, None, None
    (first, first_stop), (last, last_stop) = runs[0], runs[-1]
    inside = _concepts_of(runs)
    if len(runs) == 1:
        return content, first, not first_stop, last + " ", not last_stop, next(iter(inside), None), None
    bigrams = tuple(sorted(c for c in inside if " " in c))
    alone = tuple(sorted(inside - set(bigrams)))
    return content, first, not first_stop, last + " ", not last_stop, None, (bigrams, alone)


def sentence_terms(text: str) -> tuple[list[str], set[str], set[str]]:
    """``text.content_words(text)`` and ``concept_tokens(text)`` (as bigrams, unigrams) from one tokenisation.

    Every alphanumeric run of the lower-cased text lies inside one word token (word tokens are separated
    by non-word characters, and no such character lower-cases to a letter or digit), so the concept stems
    are the runs of the word tokens in order: a token adds its own concepts, and the bigram of its first
    run with the previous token's last run.
    """
    content = []
    bigrams: set[str] = set()
    unigrams: set[str] = set()
    last = ""
    last_content = False
    known = _WORDS.get
    for token in word_tokens(text):
        stem_, first, first_content, tail, tail_content, unigram, inside = known(token) or _word(token)
        if stem_ is not None:
            content.append(stem_)
        if first is None:
            continue
        if last and (last_content or first_content):
            bigrams.add(last + first)
        if unigram is not None:
            unigrams.add(unigram)
        elif inside is not None:
            bigrams.update(inside[0])
            unigrams.update(inside[1])
        last, last_content = tail, tail_content
    return content, bigrams, unigrams


def query_terms(query: str) -> frozenset[str]:
    """Content stems of a query (question words and instructions such as "describe" removed)."""
    ignore = {"describ", "discuss", "includ", "explain", "identifi", "report", "specifi", "detail", "inform"}
    return frozenset(s for s, stop in stems(query) if not stop and s not in ignore and len(s) > 1)


Matrix: TypeAlias = "csr_array | NDArray[np.float64]"
"""A 0/1 sentence × concept matrix: dense for small events (NumPy's fixed costs are far below scipy's),
sparse CSR for large ones. The functions here and in ``select`` accept either."""

DENSE_CELLS = 250_000
"""Matrices with at most this many cells are dense (2 MB); most events are one to three articles."""


@dataclass(frozen=True)
class ConceptMatrix:
    """Which concepts each sentence of a pool carries."""

    vocab: tuple[str, ...]
    """Concepts in sorted order (columns)."""
    rows: Matrix
    """Pool sentences × concepts, 1.0 where the sentence carries the concept (sorted column indices)."""
    unigram: NDArray[np.bool_]
    """Which columns are single content stems rather than bigrams."""


def concept_matrix(
    pool: Sequence[Candidate], dense_cells: int | None = None, unigrams: bool = True
) -> ConceptMatrix:
    """The sentence × concept matrix of a pool (dense up to ``dense_cells`` cells, default ``DENSE_CELLS``).

    Without ``unigrams`` the columns are the bigram concepts only (what the default weighting values).
    """
    sets = [c.concepts if unigrams else c.bigrams for c in pool]
    vocab = tuple(sorted(set().union(*sets)))
    index = dict(zip(vocab, range(len(vocab)), strict=True))
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(pool))
    carried = chain.from_iterable(sets)
    cols = np.fromiter(map(index.__getitem__, carried), dtype=np.int64, count=int(sizes.sum()))
    unigram = (
        ~np.fromiter(map(str.__contains__, vocab, repeat(" ")), dtype=bool, count=len(vocab))
        if unigrams
        else np.zeros(len(vocab), dtype=bool)
    )
    if len(pool) * len(vocab) <= (DENSE_CELLS if dense_cells is None else dense_cells):
        dense = np.zeros((len(pool), len(vocab)))
        dense[np.repeat(np.arange(len(pool)), sizes), cols] = 1.0
        return ConceptMatrix(vocab, dense, unigram)
    indptr = np.zeros(len(pool) + 1, dtype=np.int64)
    np.cumsum(sizes, out=indptr[1:])
    rows = csr_array((np.ones(len(cols)), cols, indptr), shape=(len(pool), len(vocab)))
    rows.sort_indices()
    return ConceptMatrix(vocab, rows, unigram)


def column_sums(rows: Matrix) -> NDArray[np.float64]:
    """Per column, the sum over rows (how many sentences carry each concept)."""
    return np.asarray(rows.sum(axis=0), dtype=np.float64).ravel()


def _distinct(rows: Matrix, groups: NDArray[np.int64], n_groups: int) -> NDArray[np.float64]:
    """For each concept, how many distinct groups (sources) have a sentence carrying it."""
    if isinstance(rows, np.ndarray):
        if n_groups == 1:
            return np.asarray(rows.any(axis=0), dtype=np.float64)
        onehot = np.zeros((n_groups, len(groups)))
        onehot[groups, np.arange(len(groups))] = 1.0
        return np.asarray(np.count_nonzero(onehot @ rows, axis=0), dtype=np.float64)
    sparse = csr_array(
        (np.ones(len(groups)), (groups, np.arange(len(groups)))), shape=(n_groups, len(groups))
    )
    return column_sums(sparse @ rows > 0)


SourceCounts: TypeAlias = tuple[NDArray[np.float64], NDArray[np.float64], int]
"""Per concept, the independent sources carrying it and those carrying it in their opening; and the
event's number of sources (``source_counts``)."""


def source_counts(
    matrix: ConceptMatrix, pool: Sequence[Candidate], source_of: Mapping[str, str], lead_sentences: int
) -> SourceCounts:
    """Per concept: independent sources carrying it, those carrying it in their opening; and the sources.
    Each column's counts are its own: the counts of some columns are these counts at those columns."""
    return _source_counts(matrix, pool, source_of, lead_sentences)


def _source_counts(
    matrix: ConceptMatrix, pool: Sequence[Candidate], source_of: Mapping[str, str], lead_sentences: int
) -> SourceCounts:
    """Per concept: independent sources carrying it, those carrying it in their opening; and the sources."""
    keys = [source_of.get(c.article_id, c.article_id) for c in pool]
    names = {k: i for i, k in enumerate(sorted(set(keys)))}
    src = np.fromiter((names[k] for k in keys), dtype=np.int64, count=len(keys))
    sources = _distinct(matrix.rows, src, len(names))
    lead = np.fromiter((c.position < lead_sentences for c in pool), dtype=bool, count=len(pool))
    leads = (
        _distinct(matrix.rows[np.flatnonzero(lead)], src[lead], len(names))
        if lead.any()
        else np.zeros(len(matrix.vocab))
    )
    return sources, leads, len(names)


def _carrier_max(matrix: ConceptMatrix, values: Sequence[float] | NDArray[np.float64]) -> NDArray[np.float64]:
    """Per concept, the largest value among the sentences carrying it (values are >= 0)."""
    column = np.asarray(values, dtype=np.float64)[:, None]
    if isinstance(matrix.rows, np.ndarray):
        return np.asarray((matrix.rows * column).max(axis=0, initial=0.0), dtype=np.float64)
    return np.asarray(csr_array(matrix.rows.multiply(column)).max(axis=0).toarray(), dtype=np.float64).ravel()


def weight_vector(
    matrix: ConceptMatrix,
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    *,
    lead_sentences: int = 3,
    lead_bonus: float = 0.5,
    query: frozenset[str] = frozenset(),
    query_boost: float = 0.0,
    seen: Iterable[str] = (),
    seen_discount: float = 1.0,
    unigram_weight: float = 0.0,
    min_sources: int = 2,
    counts: SourceCounts | None = None,
) -> NDArray[np.float64]:
    """Worth of each concept of ``matrix`` (0 = worthless); see ``concept_weights``. ``counts``: the
    ``source_counts`` of the same matrix, pool and ``lead_sentences``, when the caller has them."""
    if not pool:
        return np.zeros(0)
    sources, leads, n_sources = counts or _source_counts(matrix, pool, source_of, lead_sentences)
    weight = sources + lead_bonus * leads
    floor = min_sources if n_sources >= 3 else 1
    weight = np.where(sources < floor, 0.0, np.where(matrix.unigram, weight * unigram_weight, weight))
    if query:
        relevance = _carrier_max(matrix, [_relevance(c, query) for c in pool])
        weight *= 1.0 + query_boost * relevance
    old = set(seen)
    if old and seen_discount != 1.0:
        weight *= np.where(np.fromiter((c in old for c in matrix.vocab), dtype=bool), seen_discount, 1.0)
    return np.asarray(weight, dtype=np.float64)


FEATURES = (
    "source_share",
    "log_sources",
    "lead_share",
    "log_sentences",
    "first_position",
    "unigram",
    "has_stop_word",
    "has_digit",
    "query_relevance",
    "seen",
    "log_event_sources",
    "bias",
)
"""Per-concept features of the learned weighting (see ``concept_features``)."""


def concept_features(
    matrix: ConceptMatrix,
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    *,
    lead_sentences: int = 3,
    query: frozenset[str] = frozenset(),
    seen: Iterable[str] = (),
) -> NDArray[np.float64]:
    """Concepts × ``FEATURES``: how widely, how early and how often the event's sources report each."""
    n = len(matrix.vocab)
    if not pool:
        return np.zeros((0, len(FEATURES)))
    sources, leads, n_sources = _source_counts(matrix, pool, source_of, lead_sentences)
    sentences = column_sums(matrix.rows)
    # earliest position: max over carriers of 1 / (1 + position)
    first = _carrier_max(matrix, [1.0 / (1 + c.position) for c in pool])
    relevance = _carrier_max(matrix, [_relevance(c, query) for c in pool]) if query else np.zeros(n)
    old = set(seen)
    stop_words = frozenset(s for s, stop in (_stem(w) for w in STOP_WORDS) if stop)
    columns = {
        "source_share": sources / n_sources,
        "log_sources": np.log1p(sources),
        "lead_share": leads / n_sources,
        "log_sentences": np.log1p(sentences),
        "first_position": first,
        "unigram": matrix.unigram.astype(np.float64),
        "has_stop_word": np.fromiter(
            (any(part in stop_words for part in c.split(" ")) for c in matrix.vocab),
            dtype=np.float64,
            count=n,
        ),
        "has_digit": np.fromiter(
            (any(ch.isdigit() for ch in c) for c in matrix.vocab), dtype=np.float64, count=n
        ),
        "query_relevance": relevance,
        "seen": np.fromiter((c in old for c in matrix.vocab), dtype=np.float64, count=n),
        "log_event_sources": np.full(n, np.log(n_sources)),
        "bias": np.ones(n),
    }
    return np.column_stack([columns[name] for name in FEATURES])


@dataclass(frozen=True)
class ConceptModel:
    """A linear model over ``FEATURES`` of how many reference summaries carry a concept."""

    coefficients: tuple[float, ...]
    floor: float
    """Concepts the model gives a lower probability are worth nothing."""
    unigrams: bool
    """Whether single content words count as concepts beside bigrams."""
    provenance: str
    link: str = "logit"
    """"logit": worth = probability (logistic regression); "log": worth = expected share of references
    carrying the concept (Poisson regression), which keeps the scale of a source count."""

    def __post_init__(self) -> None:
        if len(self.coefficients) != len(FEATURES):
            raise ValueError(
                f"concept model has {len(self.coefficients)} coefficients for {len(FEATURES)} features"
            )
        if self.link not in ("logit", "log"):
            raise ValueError(f"concept model link must be 'logit' or 'log', not {self.link!r}")

    def weights(self, matrix: ConceptMatrix, features: NDArray[np.float64]) -> NDArray[np.float64]:
        """Each concept's predicted worth (0 below the floor, and for unigrams unless the model uses them)."""
        score = features @ np.asarray(self.coefficients, dtype=np.float64)
        prob = np.exp(score) if self.link == "log" else 1.0 / (1.0 + np.exp(-score))
        keep = prob >= self.floor
        if not self.unigrams:
            keep &= ~matrix.unigram
        return np.where(keep, prob, 0.0)


def concept_weights(
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    *,
    lead_sentences: int = 3,
    lead_bonus: float = 0.5,
    query: frozenset[str] = frozenset(),
    query_boost: float = 0.0,
    seen: Iterable[str] = (),
    seen_discount: float = 1.0,
    unigram_weight: float = 0.0,
    min_sources: int = 2,
) -> dict[str, float]:
    """Worth of each concept: independent sources that report it (+ lead, query, update adjustments).

    Concepts only one source reports are dropped when there are three or more sources: one outlet's
    detail is not what the event is about.
    """
    matrix = concept_matrix(pool)
    weight = weight_vector(
        matrix,
        pool,
        source_of,
        lead_sentences=lead_sentences,
        lead_bonus=lead_bonus,
        query=query,
        query_boost=query_boost,
        seen=seen,
        seen_discount=seen_discount,
        unigram_weight=unigram_weight,
        min_sources=min_sources,
    )
    return {c: float(w) for c, w in zip(matrix.vocab, weight, strict=True) if w > 0}


def _relevance(cand: Candidate, query: frozenset[str]) -> float:
    """Share of the query's terms a sentence contains (0..1)."""
    words = {s for s, stop in stems(cand.text) if not stop}
    return len(words & query) / len(query)


PRIOR_FEATURES = (
    "source_share",
    "log_sources",
    "lead_share",
    "log_sentences",
    "first_position",
    "mean_position",
    "has_stop_word",
    "has_digit",
    "query_relevance",
    "seen",
    "log_event_sources",
    "single_source",
    "word_share_min",
    "word_share_max",
    "relative_position",
    "lead_fraction",
)
"""Per-concept features of the concept prior (see ``prior_features`` and ``ConceptPrior``)."""


def prior_features(
    matrix: ConceptMatrix,
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    *,
    lead_sentences: int = 3,
    query: frozenset[str] = frozenset(),
    seen: Iterable[str] = (),
    counts: SourceCounts | None = None,
) -> NDArray[np.float64]:
    """Concepts × ``PRIOR_FEATURES``: how widely, how early and where the event's sources report each
    concept, and how widely its words are reported (a bigram of two widely reported words is more
    likely the event's than one whose words only one source uses). ``counts``: the ``source_counts`` of
    the same matrix, pool and ``lead_sentences``, when the caller has them."""
    n = len(matrix.vocab)
    if not pool or not n:
        return np.zeros((n, len(PRIOR_FEATURES)))
    rows = matrix.rows
    sources, leads, n_sources = counts or _source_counts(matrix, pool, source_of, lead_sentences)
    count = column_sums(rows)
    carriers = np.maximum(count, 1.0)
    inverse = np.fromiter((1.0 / (1 + c.position) for c in pool), dtype=np.float64, count=len(pool))
    last: dict[str, int] = {}
    for c in pool:
        if c.position > last.get(c.article_id, -1):
            last[c.article_id] = c.position
    late = np.fromiter(
        (1.0 - c.position / (1 + last[c.article_id]) for c in pool), dtype=np.float64, count=len(pool)
    )
    lead = np.fromiter((c.position < lead_sentences for c in pool), dtype=np.float64, count=len(pool))
    relevance = _carrier_max(matrix, [_relevance(c, query) for c in pool]) if query else np.zeros(n)
    old = set(seen)
    stop_words = _stop_stems()
    # per content word, how many sources have a sentence carrying it: one union of words per source,
    # then each word counted once per source's union
    words_of: dict[str, list[AbstractSet[str]]] = {}
    for cand in pool:
        words_of.setdefault(source_of.get(cand.article_id, cand.article_id), []).append(cand.unigrams)
    spread = Counter(chain.from_iterable(set().union(*sets) for sets in words_of.values())).get
    found = list(map(_CONCEPT_INFO.get, matrix.vocab))
    info = (
        cast("list[tuple[str, str, bool, bool]]", found)
        if None not in found
        else [i or _concept_info(c, stop_words) for c, i in zip(matrix.vocab, found, strict=True)]
    )
    first = np.fromiter(map(spread, map(_FIRST, info), repeat(0)), dtype=np.float64, count=n)
    second = np.fromiter(map(spread, map(_SECOND, info), repeat(0)), dtype=np.float64, count=n)
    # a stop word's part has no spread (0): the concept's spread is its other part's
    low = np.where(first == 0, second, np.where(second == 0, first, np.minimum(first, second)))
    high = np.maximum(first, second)
    stop = np.fromiter(map(_STOP_PART, info), dtype=np.float64, count=n)
    digit = np.fromiter(map(_DIGIT_PART, info), dtype=np.float64, count=n)
    columns = {
        "source_share": sources / n_sources,
        "log_sources": np.log1p(sources),
        "lead_share": leads / n_sources,
        "log_sentences": np.log1p(count),
        "first_position": _carrier_max(matrix, inverse),
        "mean_position": np.asarray(inverse @ rows, dtype=np.float64).ravel() / carriers,
        "has_stop_word": stop,
        "has_digit": digit,
        "query_relevance": relevance,
        "seen": np.fromiter(map(old.__contains__, matrix.vocab), dtype=np.float64, count=n)
        if old
        else np.zeros(n),
        "log_event_sources": np.full(n, np.log(n_sources)),
        "single_source": (sources <= 1).astype(np.float64),
        "word_share_min": low / n_sources,
        "word_share_max": high / n_sources,
        "relative_position": 1.0 - _carrier_max(matrix, late),
        "lead_fraction": np.asarray(lead @ rows, dtype=np.float64).ravel() / carriers,
    }
    return np.column_stack([columns[name] for name in PRIOR_FEATURES])


_DIGIT = re.compile(r"\d")
_FIRST, _SECOND, _STOP_PART, _DIGIT_PART = map(itemgetter, range(4))
"""The fields of a ``_concept_info`` tuple."""
_CONCEPT_INFO: dict[str, tuple[str, str, bool, bool]] = {}
"""``_concept_info``'s answers by concept, emptied when it reaches ``_WORDS_KEPT`` concepts."""


def _concept_info(concept: str, stop_words: frozenset[str]) -> tuple[str, str, bool, bool]:
    """A concept's first and last stem (the same for a unigram), whether one is a stop word, and whether
    it holds a digit; kept in ``_CONCEPT_INFO``."""
    if len(_CONCEPT_INFO) >= _WORDS_KEPT:
        _CONCEPT_INFO.clear()
    first, _, second = concept.partition(" ")
    second = second or first
    found = _CONCEPT_INFO[concept] = (
        first,
        second,
        first in stop_words or second in stop_words,
        _DIGIT.search(concept) is not None,
    )
    return found


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(s for s, stop in (_stem(w) for w in STOP_WORDS) if stop)


@dataclass(frozen=True)
class ConceptPrior:
    """A logistic model over ``PRIOR_FEATURES`` of whether a reference summary carries a concept; it
    rescales the source-count worth (``SummarizeConfig.concept_prior``)."""

    coefficients: tuple[float, ...]
    """On the raw features (the training script folds its standardisation in)."""
    intercept: float
    provenance: str

    def __post_init__(self) -> None:
        if len(self.coefficients) != len(PRIOR_FEATURES):
            raise ValueError(
                f"concept prior has {len(self.coefficients)} coefficients for {len(PRIOR_FEATURES)} features"
            )

    def probability(self, features: NDArray[np.float64]) -> NDArray[np.float64]:
        score = features @ np.asarray(self.coefficients, dtype=np.float64) + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-score)), dtype=np.float64)

    def rescaled(
        self, worth: NDArray[np.float64], features: NDArray[np.float64], power: float
    ) -> NDArray[np.float64]:
        """``worth`` × (probability / the mean probability of the concepts with worth) ** ``power``."""
        valued = worth > 0
        if not valued.any() or power <= 0:
            return worth
        prob = self.probability(features)
        return np.asarray(worth * (prob / prob[valued].mean()) ** power, dtype=np.float64)
