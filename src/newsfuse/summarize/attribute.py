"""Attribution: every article sentence that says what a brief sentence says.

Two sentences say the same when their stemmed content words overlap with a Dice coefficient of at
least ``threshold`` and they agree (``agree``): their figures, digits or number words, do not conflict,
and both or neither deny and hedge. On the MRPC news paraphrase training pairs (a dev set, all pairs
already lexically close) 0.65 keeps 82 % precision at 67 % recall; see benchmarks/results/summarize.md
and, for the agreement tests, benchmarks/results/reader_audit_f1_f4.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from newsfuse.model import Span
from newsfuse.summarize.pool import Candidate

_UNITS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen"),
    *("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUE = {
    **{w: n for n, w in enumerate(_UNITS, start=2)},
    **{w: n for n, w in enumerate(_TEENS, start=10)},
    **{w: 10 * n for n, w in enumerate(_TENS, start=2)},
    "one": 1,
}
_TENS_UNIT = rf"\b({'|'.join(_TENS)})[- ](one|{'|'.join(_UNITS)})\b"
_WORD = rf"\b({'|'.join(w for w in _WORD_VALUE if w != 'one')})\b"
_NUMBER = re.compile(rf"\d(?:[\d,.]*\d)?|(?i:{_TENS_UNIT}|{_WORD})")
"""A figure: digits, or a number word from two to ninety-nine ("one" is left out: mostly a pronoun)."""
_NEGATION_WORDS = r"\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b"
_MAY_WORDS = r"\b(?:may|might)\b"
_HEDGE_WORDS = (
    r"\b(?:perhaps|possibly|probably|reportedly|allegedly|apparently|"
    r"seem(?:s|ed)?|appear(?:s|ed)? to|some (?:say|said|believe|think|argue|suggest))\b"
)
_NEGATION = re.compile(rf"(?i){_NEGATION_WORDS}")
_HEDGE = re.compile(rf"{_MAY_WORDS}|(?i:{_HEDGE_WORDS})")
"""A hedge: the sentence does not assert what it says ("may", "reportedly", "Some say …"); "May" the month is
capitalised, so "may" and "might" are matched in lower case only."""

# The same patterns for ASCII text (most sentences), read on its lower-cased copy where they ignore case: on
# ASCII text that matches alike, and a case-sensitive pattern that opens on a class of its words' first
# letters lets the scan skip to them (``numbers``/``stance``' first reads cost a half as much).
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")
"""``_NUMBER``'s digits alone: no match of them shares a character with a number word's."""
_NUMBER_WORD_LOWER = re.compile(rf"(?=[efnst])(?:{_TENS_UNIT}|{_WORD})")
_NEGATION_LOWER = re.compile(rf"(?=[cnw])(?:{_NEGATION_WORDS})")
_MAY = re.compile(_MAY_WORDS)
_HEDGE_LOWER = re.compile(rf"(?=[aprs]){_HEDGE_WORDS}")


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Dice overlap of content words (a symmetric, length-tolerant paraphrase signal)."""
    sa = a if isinstance(a, frozenset) else frozenset(a)
    sb = b if isinstance(b, frozenset) else frozenset(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


READ_TEXTS = 8192
"""Sentences whose figures and stance are kept once read (``numbers``, ``stance``): an event's copies of a
sentence share its text, and each chosen sentence's evidence reads every close one again."""


@lru_cache(maxsize=READ_TEXTS)
def numbers(text: str) -> frozenset[str]:
    """The figures a sentence states ("1,350" and "1350" alike, "nine" as "9", "twenty-five" as "25")."""
    if text.isascii():
        found = {figure.replace(",", "") for figure in _DIGITS.findall(text)}
        for tens, unit, word in _NUMBER_WORD_LOWER.findall(text.lower()):
            found.add(str(_WORD_VALUE[tens] + _WORD_VALUE[unit]) if tens else str(_WORD_VALUE[word]))
        return frozenset(found)
    found = set()
    for match in _NUMBER.finditer(text):
        tens, unit, word = match.groups()
        if tens is not None:
            found.add(str(_WORD_VALUE[tens.lower()] + _WORD_VALUE[unit.lower()]))
        elif word is not None:
            found.add(str(_WORD_VALUE[word.lower()]))
        else:
            found.add(match.group().replace(",", ""))
    return frozenset(found)


@lru_cache(maxsize=READ_TEXTS)
def stance(text: str) -> tuple[bool, bool]:
    """Whether a sentence denies (not, never, n't, …) and whether it hedges (may, reportedly, some say, …)."""
    if text.isascii():
        lowered = text.lower()
        hedges = _MAY.search(text) is not None or _HEDGE_LOWER.search(lowered) is not None
        return _NEGATION_LOWER.search(lowered) is not None, hedges
    return bool(_NEGATION.search(text)), bool(_HEDGE.search(text))


def figures_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences can say the same only if one's figures are all among the other's (213 vs 248 killed
    is a conflict, not corroboration; a date one of them adds is not)."""
    return a <= b or b <= a


def agree(figures: frozenset[str], own_stance: tuple[bool, bool], text: str) -> bool:
    """Whether ``text`` can be evidence for a sentence of these ``figures`` and ``stance``: no figure of
    either outside the other's (``figures_agree``), and the same denial and hedging: "nine cities" is no
    evidence for "11 cities", nor "Some say X" for "X" (each may be a disagreement, shown as such)."""
    return figures_agree(figures, numbers(text)) and stance(text) == own_stance


def evidence_for(chosen: Candidate, pool: Sequence[Candidate], threshold: float = 0.65) -> tuple[Span, ...]:
    """The chosen sentence's own span first, then every other sentence that says the same, best first."""
    words, size = chosen.words, len(chosen.words)
    scored = []
    for cand in pool:
        # ``similarity`` inline (it runs for every pool sentence; a candidate has content words)
        if cand is not chosen:
            score = 2 * len(words & cand.words) / (size + len(cand.words))
            if score >= threshold:
                scored.append((score, cand))
    if scored:  # the chosen sentence's figures and stance, read once something comes close
        figures, own_stance = numbers(chosen.text), stance(chosen.text)
        scored = [(score, cand) for score, cand in scored if agree(figures, own_stance, cand.text)]
    scored.sort(key=lambda pair: (-pair[0], pair[1].article_id, pair[1].start))
    own = Span(chosen.article_id, chosen.start, chosen.end)
    return (own, *(Span(c.article_id, c.start, c.end) for _, c in scored))


def count_sources(evidence: Sequence[Span], source_of: Mapping[str, str]) -> int:
    """Independent sources among the evidence (copies of one text count once)."""
    return len({source_of.get(s.article_id, s.article_id) for s in evidence})


VERSION_TOKENS = 3
"""Two sentences are versions of one (an edited or garbled copy: words swapped, one added or dropped) when
their word tokens, as multisets, differ by at most this many."""
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str) -> Counter[str]:
    return Counter(token.lower() for token in _TOKEN.findall(text))


_ARTICLES = frozenset({"a", "an", "the"})
_NOT_AFTER_ARTICLE = _ARTICLES | frozenset(
    {"of", "in", "for", "to", "from", "with", "on", "at", "by", "into", "and", "or", "but"}
)


def _broken(text: str) -> int:
    """Word pairs no English sentence has: an article right before a preposition, a conjunction or another
    article ("responded to a for call")."""
    words = [token.lower() for token in _TOKEN.findall(text)]
    return sum(a in _ARTICLES and b in _NOT_AFTER_ARTICLE for a, b in pairwise(words))


def by_span(pool: Sequence[Candidate]) -> dict[Span, Candidate]:
    """The sentences of ``pool`` by their span (a later one of a span first held by another wins)."""
    return {Span(c.article_id, c.start, c.end): c for c in pool}


def cleanest(
    chosen: Candidate,
    pool: Sequence[Candidate],
    evidence: Sequence[Span],
    at: Mapping[Span, Candidate] | None = None,
) -> Candidate:
    """The version of ``chosen`` a brief shows: of it and the sentences of its ``evidence`` that are versions
    of it (``VERSION_TOKENS``), the text the most copies give; then the one with the fewest word pairs no
    other version has (a garbled copy's swapped words, "10 Street Winslow", make such pairs; with three
    versions or more the clean one has fewest); then the one with fewer broken pairs (``_broken``: "a for call"); then ``chosen`` itself (reader
    audit r22: a generated copy's garbled sentence was shown while its evidence held the clean one). ``at``:
    ``by_span(pool)``, when the caller has made it already."""
    if len(evidence) < 2:  # one span holds one text at most
        return chosen
    at = by_span(pool) if at is None else at
    copies = Counter(at[span].text for span in evidence if span in at)
    if len(copies) < 2:
        return chosen
    own = _tokens(chosen.text)
    found = {chosen.text: chosen}
    for span in evidence:
        cand = at.get(span)
        if cand is not None and cand.text not in found:
            other = _tokens(cand.text)
            if (own - other).total() + (other - own).total() <= VERSION_TOKENS:
                found[cand.text] = cand
    if len(found) < 2:
        return chosen
    pairs = {text: set(pairwise(token.lower() for token in _TOKEN.findall(text))) for text in found}
    held = Counter(pair for text in found for pair in pairs[text])
    score = {  # lonely: word pairs no other version has
        text: (
            copies[text],
            -sum(held[pair] == 1 for pair in pairs[text]),
            -_broken(text),
            text == chosen.text,
        )
        for text in found
    }
    return found[max(found, key=score.__getitem__)]
