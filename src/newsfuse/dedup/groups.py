"""Turn verified pairs into duplicate groups (canonical + copies) and shared passages between groups."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from newsfuse.config import DedupConfig
from newsfuse.dedup.shingles import I32, U64, Sketch
from newsfuse.dedup.verify import Match, copy_relation
from newsfuse.model import DedupResult, DuplicateGroup, Relation, SharedPassage, Span


def _root(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def canonical_order(group: Sequence[Sketch]) -> list[Sketch]:
    """Most complete copy first: among copies within 5% of the longest, the earliest published."""
    longest = max(s.words for s in group)

    def key(sketch: Sketch) -> tuple[bool, str, int, str]:
        return (sketch.words < 0.95 * longest, sketch.published or "9999", -sketch.words, sketch.id)

    return sorted(group, key=key)


def _passage(a: Sketch, b: Sketch, pairs: tuple[tuple[int, int], ...]) -> SharedPassage:
    """Orient a passage: the source is the earlier published text, else the one it is a larger share of."""
    share_a = sum(int(a.spans[i, 2]) for i, _ in pairs) / max(1, a.words)
    share_b = sum(int(b.spans[j, 2]) for _, j in pairs) / max(1, b.words)
    dated = bool(a.published and b.published and a.published != b.published)
    if (a.published or "") < (b.published or "") if dated else (share_a, b.id) > (share_b, a.id):
        a, b, pairs = b, a, tuple((j, i) for i, j in pairs)
    return SharedPassage(
        article_id=a.id,
        source_id=b.id,
        spans=tuple(Span(a.id, int(a.spans[i, 0]), int(a.spans[i, 1])) for i, _ in pairs),
        source_spans=tuple(Span(b.id, int(b.spans[j, 0]), int(b.spans[j, 1])) for _, j in pairs),
    )


def build_result(
    sketches: Sequence[Sketch],
    matches: Mapping[tuple[int, int], Match],
    config: DedupConfig,
    holders: Callable[[U64], I32] | None = None,
) -> DedupResult:
    """Groups of copies (union of copy relations) and passages shared by articles of different groups.

    With ``holders`` (fingerprints -> positions of the articles holding each), a block held by articles
    of more than ``passage_max_groups`` groups is boilerplate, not a shared passage.
    """
    parent = list(range(len(sketches)))

    def union(i: int, j: int) -> None:
        ri, rj = _root(parent, i), _root(parent, j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    containers: dict[int, list[tuple[float, float, int]]] = {}
    for (i, j), match in matches.items():
        if match.relation is Relation.CONTAINED:
            short, full = (i, j) if sketches[i].words <= sketches[j].words else (j, i)
            share = sketches[short].words / max(1, sketches[full].words)
            containers.setdefault(short, []).append((match.score, share, -full))
        elif match.relation is not None:
            union(i, j)
    for short, options in containers.items():  # a contained copy joins one container, so that a
        union(short, -max(options)[2])  # truncated wire copy does not bridge two texts that both hold it
    members: dict[int, list[int]] = {}
    for n in range(len(sketches)):
        members.setdefault(_root(parent, n), []).append(n)
    groups: list[DuplicateGroup] = []
    for ids in members.values():
        if len(ids) < 2:
            continue
        group = [sketches[n] for n in ids]  # each read once (a spilled sketch is read from its file)
        canonical, *rest = canonical_order(group)
        pos = {s.id: n for n, s in zip(ids, group, strict=True)}
        copies = []
        for copy in rest:
            key = (min(pos[canonical.id], pos[copy.id]), max(pos[canonical.id], pos[copy.id]))
            known = matches.get(key)
            if known is not None and known.relation is not None:
                relation, score = known.relation, known.score
            else:
                relation, score = copy_relation(canonical, copy, config)
            copies.append((copy.id, relation, score))
        groups.append(DuplicateGroup(canonical.id, tuple(copies)))
    groups.sort(key=lambda g: g.canonical)
    roots: list[int] = []
    common: dict[tuple[int, int], bool] = {}

    def boilerplate(n: int, block: int) -> bool:
        if holders is None:
            return False
        if not roots:
            roots.extend(_root(parent, m) for m in range(len(sketches)))
        if (n, block) not in common:
            sketch = sketches[n]
            fps = sketch.fingerprints[sketch.paragraph == block]
            ids, counts = np.unique(holders(fps), return_counts=True)
            groups = {roots[i] for i in ids[2 * counts >= fps.size].tolist()}
            common[(n, block)] = len(groups) > config.passage_max_groups
        return common[(n, block)]

    shared = []
    for (i, j), match in sorted(matches.items()):
        if match.relation is None and _root(parent, i) != _root(parent, j):
            pairs = tuple((a, b) for a, b in match.passages if not boilerplate(i, a))
            if pairs:
                shared.append(_passage(sketches[i], sketches[j], pairs))
    shared.sort(key=lambda p: (p.article_id, p.source_id))
    return DedupResult(tuple(groups), tuple(shared))
