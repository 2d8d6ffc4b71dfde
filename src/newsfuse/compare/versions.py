"""Versions of one quote across articles: the same words, trimmed copies, and reworded ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsfuse.compare.mentions import Mention

MIN_SHARED_WORDS = 4


@dataclass
class Version:
    """One wording of a quote (its longest form is ``key``) and every mention using it or a trimmed copy."""

    key: str
    mentions: list[Mention] = field(default_factory=list)


def contains(longer: str, shorter: str) -> bool:
    """True when ``shorter`` is ``longer`` with words trimmed from its ends (both normalised)."""
    return f" {shorter} " in f" {longer} "


def similarity(a: str, b: str) -> float:
    """1.0 for a trimmed copy, else the share of words two normalised quotes have in order."""
    if contains(a, b) or contains(b, a):
        return 1.0
    wa, wb = a.split(), b.split()
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return matcher.ratio() if shared >= MIN_SHARED_WORDS else 0.0


class _Words:
    """A normalised quote with its words, for a cheap upper bound of :func:`similarity`."""

    __slots__ = ("distinct", "mention", "padded", "repeats", "size", "slot")

    def __init__(self, mention: Mention) -> None:
        self.mention = mention
        self.slot = mention.slot
        self.padded = f" {mention.slot} "
        """The quote between blanks, as :func:`contains` reads it (made once, not once per pair)."""
        words = mention.slot.split()
        self.size = len(words)
        self.distinct = frozenset(words)
        self.repeats = self.size - len(self.distinct)


def _similar(a: _Words, b: _Words, threshold: float) -> bool:
    """``similarity(a, b) >= threshold``, with difflib run only when the words the two quotes share (in any
    order, an upper bound of the words they have in order) could reach the threshold. The shared words are at
    most the shared distinct words plus the fewer repeated words; the bound uses difflib's own ratio
    expression, so equal floats compare equally."""
    trimmed = b.padded in a.padded or a.padded in b.padded  # contains(a.slot, b.slot) or the reverse
    if trimmed:
        return threshold <= 1.0  # what similarity gives a trimmed copy
    if threshold > 0 and a.size + b.size:
        shared = len(a.distinct & b.distinct) + min(a.repeats, b.repeats)
        if shared < MIN_SHARED_WORDS or 2.0 * shared / (a.size + b.size) < threshold:
            return False
    return similarity(a.slot, b.slot) >= threshold


_Grouped = tuple[tuple[str, tuple[Mention, ...]], ...]
"""One utterance's wordings as (key, mentions) pairs."""
_LATEST: list[tuple[tuple[Mention, ...], float, tuple[_Grouped, ...]]] = []
"""The latest grouping made, with its quotes and threshold."""


def group_versions(quotes: Sequence[Mention], threshold: float) -> list[list[Version]]:
    """Quotes grouped into the same utterance (similar words), each group split into its wordings.

    The latest grouping is kept: provenance's quote drift and compare's quote facts group one event's quotes
    in turn (the same quotes and threshold). Each call gets its own lists and ``Version`` objects."""
    key = tuple(quotes)
    if _LATEST and _LATEST[0][1] == threshold and _LATEST[0][0] == key:
        grouped = _LATEST[0][2]
    else:
        grouped = _group(key, threshold)
        _LATEST[:] = [(key, threshold, grouped)]
    return [[Version(wording, list(mentions)) for wording, mentions in versions] for versions in grouped]


def _group(quotes: Sequence[Mention], threshold: float) -> tuple[_Grouped, ...]:
    clusters: list[list[_Words]] = []
    for quote in sorted(quotes, key=lambda m: (-len(m.slot), m.span.article_id, m.span.start)):
        words = _Words(quote)
        home = next((c for c in clusters if any(_similar(m, words, threshold) for m in c)), None)
        if home is None:
            clusters.append([words])
        else:
            home.append(words)
    out = []
    for cluster in clusters:
        versions: list[Version] = []
        for member in cluster:
            same = next((v for v in versions if contains(v.key, member.slot)), None)
            if same is None:
                versions.append(Version(member.slot, [member.mention]))
            else:
                same.mentions.append(member.mention)
        out.append(tuple((v.key, tuple(v.mentions)) for v in versions))
    return tuple(out)
