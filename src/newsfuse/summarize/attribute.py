"""Attribution: every article sentence that says what a brief sentence says."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.model import Span
from newsfuse.summarize.pool import Candidate


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Dice overlap of content words (a symmetric, length-tolerant paraphrase signal)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


def evidence_for(chosen: Candidate, pool: Sequence[Candidate], threshold: float = 0.6) -> tuple[Span, ...]:
    """The chosen sentence's own span first, then every pool sentence that says the same."""
    spans = [Span(chosen.article_id, chosen.start, chosen.end)]
    seen = {chosen.article_id}
    matches = sorted(
        ((similarity(chosen.words, c.words), c) for c in pool if c.article_id not in seen),
        key=lambda pair: (-pair[0], pair[1].article_id, pair[1].start),
    )
    for score, cand in matches:
        if score >= threshold and cand.article_id not in seen:
            spans.append(Span(cand.article_id, cand.start, cand.end))
            seen.add(cand.article_id)
    return tuple(spans)


def count_sources(evidence: Sequence[Span], source_of: Mapping[str, str]) -> int:
    """Independent sources among the evidence (copies of one text count once)."""
    return len({source_of.get(s.article_id, s.article_id) for s in evidence})
