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


def group_versions(quotes: Sequence[Mention], threshold: float) -> list[list[Version]]:
    """Quotes grouped into the same utterance (similar words), each group split into its wordings."""
    clusters: list[list[Mention]] = []
    for quote in sorted(quotes, key=lambda m: (-len(m.slot), m.span.article_id, m.span.start)):
        home = next(
            (c for c in clusters if any(similarity(m.slot, quote.slot) >= threshold for m in c)),
            None,
        )
        if home is None:
            clusters.append([quote])
        else:
            home.append(quote)
    out = []
    for cluster in clusters:
        versions: list[Version] = []
        for quote in cluster:
            same = next((v for v in versions if contains(v.key, quote.slot)), None)
            if same is None:
                versions.append(Version(quote.slot, [quote]))
            else:
                same.mentions.append(quote)
        out.append(versions)
    return out
