"""Group articles into copies of one text, and find passages shared between different texts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from newsfuse.config import DedupConfig
from newsfuse.dedup.shingles import normalized_words, shingle_hashes, text_hash
from newsfuse.model import Article, DedupResult, DuplicateGroup, Relation, SharedPassage, Span

_ANCHOR_MOD = np.uint64(4)


class _UnionFind:
    def __init__(self, items: Sequence[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _canonical_order(group: Sequence[Article]) -> list[Article]:
    """Most complete copy first: among copies within 5% of the longest, the earliest published."""
    longest = max(len(normalized_words(a.text)) for a in group)

    def key(article: Article) -> tuple[bool, str, int, str]:
        words = len(normalized_words(article.text))
        return (words < 0.95 * longest, article.published or "9999", -words, article.id)

    return sorted(group, key=key)


def find_duplicates(articles: Sequence[Article], config: DedupConfig | None = None) -> DedupResult:
    """Find copies (exact, near, contained) and shared passages among cleaned articles."""
    config = config or DedupConfig()
    by_id = {a.id: a for a in articles}
    shingles = {a.id: shingle_hashes(a.text, config.shingle_size) for a in articles}
    exact = {a.id: text_hash(a.text) for a in articles}

    # Candidate pairs: articles that share sampled shingles ("anchors") in an inverted index.
    index: dict[int, list[str]] = defaultdict(list)
    for aid, hashes in shingles.items():
        for h in hashes[hashes % _ANCHOR_MOD == 0].tolist():
            index[h].append(aid)
    shared_counts: dict[tuple[str, str], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= 200:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared_counts[(a, b) if a < b else (b, a)] += 1

    uf = _UnionFind([a.id for a in articles])
    relation: dict[tuple[str, str], tuple[Relation, float]] = {}
    for (a, b), count in shared_counts.items():
        if count < 2 and exact[a] != exact[b]:
            continue
        sa, sb = shingles[a], shingles[b]
        inter = np.intersect1d(sa, sb, assume_unique=True).size
        if exact[a] == exact[b]:
            rel, score = Relation.EXACT, 1.0
        else:
            jaccard = inter / max(1, sa.size + sb.size - inter)
            containment = inter / max(1, min(sa.size, sb.size))
            if jaccard >= config.near_threshold:
                rel, score = Relation.NEAR, jaccard
            elif containment >= config.containment_threshold:
                rel, score = Relation.CONTAINED, containment
            else:
                continue
        uf.union(a, b)
        relation[(a, b)] = relation[(b, a)] = (rel, score)

    members: dict[str, list[str]] = defaultdict(list)
    for art in articles:
        members[uf.find(art.id)].append(art.id)
    groups: list[DuplicateGroup] = []
    group_of: dict[str, int] = {}
    for ids in members.values():
        if len(ids) < 2:
            continue
        ordered = [a.id for a in _canonical_order([by_id[i] for i in ids])]
        canonical = ordered[0]
        copies: list[tuple[str, Relation, float]] = []
        for cid in ordered[1:]:
            rel, score = relation.get(
                (canonical, cid), _relation_to(shingles[canonical], shingles[cid], config)
            )
            copies.append((cid, rel, round(score, 4)))
        for member in ordered:
            group_of[member] = len(groups)
        groups.append(DuplicateGroup(canonical, tuple(copies)))
    groups.sort(key=lambda g: g.canonical)
    shared = _shared_passages(articles, group_of, config)
    return DedupResult(tuple(groups), tuple(shared))


def _relation_to(a: np.ndarray, b: np.ndarray, config: DedupConfig) -> tuple[Relation, float]:
    inter = np.intersect1d(a, b, assume_unique=True).size
    jaccard = inter / max(1, a.size + b.size - inter)
    if jaccard >= config.near_threshold:
        return Relation.NEAR, jaccard
    return Relation.CONTAINED, inter / max(1, min(a.size, b.size))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _shared_passages(
    articles: Sequence[Article], group_of: dict[str, int], config: DedupConfig
) -> list[SharedPassage]:
    """Paragraphs (of at least ``passage_min_words`` words) that appear in articles of different groups."""
    where: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for article in articles:
        for start, end in _paragraphs(article.text):
            words = normalized_words(article.text[start:end])
            if len(words) >= config.passage_min_words:
                where[" ".join(words)].append((article.id, start, end))
    pairs: dict[tuple[str, str], list[tuple[Span, Span]]] = defaultdict(list)
    for places in where.values():
        for i, (a, sa, ea) in enumerate(places):
            for b, sb, eb in places[i + 1 :]:
                if a == b or (a in group_of and group_of.get(b) == group_of[a]):
                    continue
                pairs[(a, b)].append((Span(a, sa, ea), Span(b, sb, eb)))
    return [
        SharedPassage(a, b, tuple(p[0] for p in spans), tuple(p[1] for p in spans))
        for (a, b), spans in sorted(pairs.items())
    ]
