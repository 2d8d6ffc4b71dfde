"""The latest quote grouping is reused (provenance's drift and compare's facts group one event's quotes in
turn): the same groups as a fresh grouping, and every call gets lists of its own."""

from __future__ import annotations

from newsfuse.compare.mentions import Mention
from newsfuse.compare.quotes import normalize_quote
from newsfuse.compare.versions import Version, _group, group_versions
from newsfuse.model import Span


def _quote(aid: str, start: int, words: str) -> Mention:
    return Mention("quote", normalize_quote(words), words, words, Span(aid, start, start + len(words)))


QUOTES = [
    _quote("a", 0, "we will rebuild the bridge before the winter comes"),
    _quote("b", 5, "we will rebuild the bridge before the winter"),
    _quote("c", 9, "the bridge will be rebuilt before winter comes, we promise you"),
    _quote("a", 80, "nobody was hurt in the collapse on Tuesday night"),
]


def _shape(grouped: list[list[Version]]) -> list[list[tuple[str, list[tuple[str, int]]]]]:
    return [[(v.key, [(m.span.article_id, m.span.start) for m in v.mentions]) for v in g] for g in grouped]


def test_a_repeated_grouping_equals_a_fresh_one_and_is_not_shared() -> None:
    first = group_versions(QUOTES, 0.55)
    again = group_versions(list(QUOTES), 0.55)  # another list, the same quotes: the kept grouping
    assert _shape(first) == _shape(again) == _shape(_fresh(QUOTES, 0.55))
    # the trimmed copy is the longer wording's version; the reworded one is its own utterance at 0.55
    assert [len(v.mentions) for g in first for v in g] == [1, 2, 1]
    first[0][0].mentions.clear()
    first[0].clear()
    assert _shape(group_versions(QUOTES, 0.55)) == _shape(again)


def test_another_threshold_or_other_quotes_are_grouped_afresh() -> None:
    group_versions(QUOTES, 0.55)
    assert _shape(group_versions(QUOTES, 0.0)) == _shape(_fresh(QUOTES, 0.0))
    assert len(group_versions(QUOTES, 0.0)) == 1  # threshold 0: every quote is one utterance
    assert _shape(group_versions(QUOTES[:1], 0.55)) == [[(QUOTES[0].slot, [("a", 0)])]]


def _fresh(quotes: list[Mention], threshold: float) -> list[list[Version]]:
    return [[Version(key, list(found)) for key, found in g] for g in _group(quotes, threshold)]
