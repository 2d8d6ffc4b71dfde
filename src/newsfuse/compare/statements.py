"""What a speaker is reported to have said, compared across articles. One claim in other words (reported
speech in each outlet's own words, or a direct quote of it) is one statement; two statements of a speaker
contradict when their words are alike but one is negated ("would not be allowed" / "would be allowed") or
they give different numbers of the same kind ("six weeks" / "two months")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsfuse.compare.mentions import Mention
from newsfuse.model import Span, immutable_record
from newsfuse.text.words import is_content_word, kept_answers, stem, word_tokens

NEGATIONS = frozenset(
    {"not", "no", "never", "cannot", "nobody", "none", "nothing", "neither", "nor", "nowhere", "without"}
)
"""Words that negate a claim (and any word ending in "n't")."""
PREFIX = 5
"""Letters of a content word compared (a cheap stem that survives a paraphrase's change of word form)."""
_NAME_JOINS = frozenset({"of", "the", "and", "for", "de", "la", "du", "van", "von", "&"})
_DETERMINERS = frozenset(
    {"its", "his", "her", "their", "the", "two", "three", "some", "many", "other", "others"}
)


@immutable_record
class Claim:
    """One article's version of a statement: reported speech (``cue`` set) or a direct quote (no cue).
    Treated as immutable (compared and hashed by its fields): never assigned to; not declared frozen, whose
    ``__init__`` costs several times as much (several claims per article)."""

    mention: Mention
    cue: Span | None
    words: frozenset[str]
    """Content-word stems of the claim."""
    numbers: frozenset[tuple[str, float]]
    """(slot, number) of each quantity stated inside the claim's span."""
    negated: bool


def claim(mention: Mention, cue: Span | None, quantities: Iterable[Mention] | NumberIndex) -> Claim:
    """The claim of ``mention`` (its span's text is ``mention.text``); ``quantities``: its article's (or their
    :class:`NumberIndex`, built once per article)."""
    index = quantities if isinstance(quantities, NumberIndex) else NumberIndex.of(quantities)
    keys, negated, _ = _text_keys(mention.text)
    return Claim(mention, cue, keys, index.within(mention.span), negated)


def claim_words(text: str) -> str:
    """A claim text's word tokens joined by blanks (``quotes.normalize_quote(text)``, which a statement's
    fact key is made of), kept with the text's keys: a claim's text is tokenised once."""
    return _text_keys(text)[2]


@lru_cache(maxsize=8192)
def _text_keys(text: str) -> tuple[frozenset[str], bool, str]:
    """The content-word keys of a claim's text (:func:`words`), whether it is negated (an odd number of
    negations, :func:`_negation`) and its tokens joined (:func:`claim_words`): one reading per text (a
    copy's reports and a quote in several articles repeat it; a statement's fact key reads its text
    again). The negations are counted as the words of :data:`NEGATIONS`, plus the words ending in "n't"
    only where the text holds an apostrophe (no such word without one: lower-casing keeps it)."""
    tokens = word_tokens(text)
    negations = sum(map(NEGATIONS.__contains__, tokens))
    if "'" in text or "’" in text:
        negations += sum(1 for token in tokens if token.endswith(_NOT_ENDINGS))
    return _token_keys(tokens), negations % 2 == 1, " ".join(tokens)


@dataclass(frozen=True, slots=True)
class NumberIndex:
    """An article's quantities with a number, by start offset: the numbers inside a span are found by
    bisection, not by reading every quantity for every claim."""

    starts: tuple[int, ...]
    found: tuple[tuple[int, int, str, float], ...]
    """(start, end, slot, number) in start order."""

    @staticmethod
    def of(quantities: Iterable[Mention]) -> NumberIndex:
        found = sorted(
            (q.span.start, q.span.end, q.slot, q.number) for q in quantities if q.number is not None
        )
        return NumberIndex(tuple(f[0] for f in found), tuple(found))

    def within(self, span: Span) -> frozenset[tuple[str, float]]:
        """(slot, number) of each quantity lying inside ``span``."""
        if not self.starts:
            return _NO_NUMBERS
        i = bisect_left(self.starts, span.start)
        inside = []
        for start, end, slot, number in self.found[i:]:
            if start > span.end:
                break
            if end <= span.end:
                inside.append((slot, number))
        return frozenset(inside)


_NO_NUMBERS: frozenset[tuple[str, float]] = frozenset()


def clear_caches() -> None:
    """Forget the claims' texts read and the words' keys (to measure cold reads)."""
    _text_keys.cache_clear()
    _KEY_OF.clear()


def words(tokens: Iterable[str]) -> frozenset[str]:
    """Content words stemmed and cut to their first five letters, without a possessive ending: "charged"
    and "charging", "company's" and "company", "continued" and "continue" match (a paraphrase changes word
    forms)."""
    return _token_keys(list(tokens))


_NOT_ENDINGS = ("n't", "n’t")


def _negation(token: str) -> int:
    """1 for a word that negates a claim (:data:`NEGATIONS`, or ending in "n't"), else 0."""
    return int(token in NEGATIONS or token.endswith(_NOT_ENDINGS))


_KEY_OF: dict[str, str] = {}
"""Each token's :func:`_word_key` once worked out (:func:`~newsfuse.text.words.kept_answers`)."""
_KEPT_KEYS = 65536


def _token_keys(tokens: list[str]) -> frozenset[str]:
    """:func:`words` of a token list."""
    keys = frozenset(kept_answers(_KEY_OF, _word_key, tokens, _KEPT_KEYS))
    return keys - _NO_KEY if "" in keys else keys


_NO_KEY = frozenset({""})


def _word_key(token: str) -> str:
    """A token's key in :func:`words` ("" for no content word)."""
    if not is_content_word(token):
        return ""
    bare = token[:-2] if token.endswith(("'s", "’s")) else token.rstrip("'’")
    return bare if bare.isdigit() else stem(bare)[:PREFIX]


def _keys(c: Claim) -> frozenset[str]:
    """The claim's words and its numbers ("#duration=3628800.0"): a number both state counts as a word (most
    claims state none: their words themselves, not a copy)."""
    if not c.numbers:
        return c.words
    return c.words | {f"#{slot}={number}" for slot, number in c.numbers}


def overlap(a: frozenset[str], b: frozenset[str], min_shared: int) -> float:
    """Shared share of the smaller set, 0.0 when fewer than ``min_shared`` are shared."""
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= min_shared else 0.0


def likeness(a: frozenset[str], b: frozenset[str], min_shared: int) -> float:
    """Shared share of the larger set (a long content holding a short claim and more is not like it), 0.0
    when fewer than ``min_shared`` are shared."""
    shared = len(a & b)
    return shared / max(len(a), len(b)) if shared >= min_shared else 0.0


def numbers_clash(a: Claim, b: Claim) -> bool:
    """True when the claims state a number of the same kind and none of their numbers of that kind agree."""
    if not a.numbers or not b.numbers:
        return False
    slots_a = {slot for slot, _ in a.numbers}
    for slot in slots_a & {slot for slot, _ in b.numbers}:
        mine = {n for s, n in a.numbers if s == slot}
        theirs = {n for s, n in b.numbers if s == slot}
        if mine.isdisjoint(theirs):
            return True
    return False


def _compatible(a: Claim, b: Claim) -> bool:
    return a.negated == b.negated and not numbers_clash(a, b)


def group_claims(
    reported: Sequence[Claim], quoted: Sequence[Claim], threshold: float, min_shared: int
) -> list[list[Claim]]:
    """One speaker's claims grouped into statements. Reported claims (in text order) join every group
    holding a similar one (``overlap`` of words and numbers >= ``threshold``) whose claims all agree with it
    (same polarity, no clashing number), merging them; a direct quote joins the most similar such group,
    and is left out where no reported claim says it (it is a quote fact of its own) or where it lies inside
    a reported content of its group (a quotation mixed into reported speech)."""
    if len(reported) == 1 and not quoted:  # most speakers: one claim, one statement
        return [[reported[0]]]
    groups: list[_Group] = []
    for c in reported:
        keys = _keys(c)
        homes = [g for g in groups if g.similar(keys, threshold, min_shared) and g.compatible(c)]
        if not homes:
            groups.append(_Group([(c, keys)], set(keys)))
            continue
        home = homes[0]
        home.add(c, keys)
        for other in homes[1:]:  # the claim links two statements: one, if they agree with each other
            if all(home.compatible(m) for m, _ in other.members):
                for m, k in other.members:
                    home.add(m, k)
                groups.remove(other)
    for q in quoted:
        keys = _keys(q)
        best, best_score = None, threshold
        for g in groups:
            score = g.score(keys, min_shared)
            if score >= best_score and g.compatible(q):
                best, best_score = g, score
        if best is not None and not any(_inside(q.mention.span, m.mention.span) for m, _ in best.members):
            best.add(q, keys)
    return [[c for c, _ in g.members] for g in groups]


@dataclass(slots=True)
class _Group:
    """A statement being grouped: its claims with their keys, and every key any of them holds."""

    members: list[tuple[Claim, frozenset[str]]]
    union: set[str]

    def add(self, c: Claim, keys: frozenset[str]) -> None:
        self.members.append((c, keys))
        self.union |= keys

    def score(self, keys: frozenset[str], min_shared: int) -> float:
        """The highest :func:`overlap` of ``keys`` with a member's (0.0 when the whole group shares too few)."""
        if len(keys & self.union) < min_shared:
            return 0.0
        return max(overlap(keys, k, min_shared) for _, k in self.members)

    def similar(self, keys: frozenset[str], threshold: float, min_shared: int) -> bool:
        if len(keys & self.union) < min_shared:
            return False
        return any(overlap(keys, k, min_shared) >= threshold for _, k in self.members)

    def compatible(self, c: Claim) -> bool:
        return all(_compatible(c, m) for m, _ in self.members)


def _inside(inner: Span, outer: Span) -> bool:
    return inner.article_id == outer.article_id and outer.start <= inner.start and inner.end <= outer.end


def contradiction(a: Sequence[Claim], b: Sequence[Claim], threshold: float, min_shared: int) -> str | None:
    """How two statements of one speaker contradict: "negation" (alike words, one negated), "value" (alike
    words, clashing numbers), else None. Alike: :func:`likeness` of their words >= ``threshold``."""
    for x in a:
        for y in b:
            if likeness(x.words, y.words, min_shared) < threshold:
                continue
            if x.negated != y.negated:
                return "negation"
            if numbers_clash(x, y):
                return "value"
    return None


def named(speaker: str) -> bool:
    """Whether a speaker is a name of two words or more, every one capitalised but joining words ("Walter
    Brisk", "Calder County Health Department"), not a description ("Fire officials", "Its president"): only
    a named speaker's statements are compared for contradictions."""
    words = speaker.split()
    return (
        len(words) >= 2
        and words[0].lower() not in _DETERMINERS
        and all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in words)
    )
