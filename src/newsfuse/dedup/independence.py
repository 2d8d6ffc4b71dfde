"""Which articles are independent reporting, given their copies and shared passages."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import Article, DedupResult


def source_keys(articles: Sequence[Article], dedup: DedupResult, own_share: float = 0.5) -> dict[str, str]:
    """Map each article to the key of its group of independent reporting.

    Copies of one text share a key. An article that reuses another's passages shares that
    article's key unless at least ``own_share`` of its text is its own reporting.
    """
    ids = {a.id for a in articles}
    key: dict[str, str] = {a.id: a.id for a in articles}
    for group in dedup.groups:
        for member in group.members:
            if member in ids:
                key[member] = group.canonical
    lengths = {a.id: max(1, len(a.text)) for a in articles}
    for passage in dedup.shared:
        if passage.article_id not in ids or passage.source_id not in ids:
            continue
        for borrower, spans, lender in (
            (passage.article_id, passage.spans, passage.source_id),
            (passage.source_id, passage.source_spans, passage.article_id),
        ):
            borrowed = sum(s.end - s.start for s in spans)
            if 1 - borrowed / lengths[borrower] < own_share:
                key[borrower] = key[lender]
    changed = True
    while changed:  # follow chains so that every key is a fixed point
        changed = False
        for aid, k in key.items():
            if key.get(k, k) != k:
                key[aid] = key[k]
                changed = True
    return key


def independent_sources(articles: Sequence[Article], dedup: DedupResult, own_share: float = 0.5) -> int:
    """Independent sources among ``articles`` as a report counts them: one per origin outlet (the outlet of
    the text an article's dedup key names; an outlet's versions and stories once; an unnamed article's
    story on its own; ``provenance.origins``), without the pipeline's wire-dateline credits."""
    # here, not at the top: the provenance package loads compare/, which dedup does not otherwise need
    from newsfuse.provenance.origins import origin_keys

    return len(set(origin_keys(articles, source_keys(articles, dedup, own_share)).values()))
