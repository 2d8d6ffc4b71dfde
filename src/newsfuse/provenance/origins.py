"""Independent sources as a reader counts them: the newsrooms an event's reporting comes from.

Dedup's keys (``source_of``) join copies of one text and reprints of a passage; an outlet's successive
versions of one story (a wire's write-throughs, an updated web story) are different texts and keep apart
there, and two stories by one newsroom are no more independent than its versions. The rule
(benchmarks/results/reader_audit_f7.md):

- an article's *origin* is the outlet of the article its dedup key names (the text it reprints or is a
  copy of; after wire-dateline credits), so a syndicated reprint counts for the outlet that wrote it;
- articles of one origin outlet are one independent source, however many versions or stories it filed;
- an article whose origin's outlet is unknown is a source of its own (with its copies): an unnamed page
  cannot be shown to share a newsroom with anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsfuse.model import Article, BriefSentence, Span
from newsfuse.provenance.credits import normalize_outlet


def origin_keys(articles: Sequence[Article], source_of: Mapping[str, str]) -> dict[str, str]:
    """Map each article to its independent source: ``outlet:<name>`` for the normalised outlet of the
    article its dedup key names (its own outlet when the key is an article outside ``articles``), else
    ``story:<key>``."""
    outlet_of = {a.id: a.outlet for a in articles}
    origin: dict[str, str] = {}
    for article in articles:
        key = source_of.get(article.id, article.id)
        outlet = outlet_of.get(key, article.outlet)
        name = normalize_outlet(outlet) if outlet else ""
        origin[article.id] = f"outlet:{name}" if name else f"story:{key}"
    return origin


def origin_sources(
    articles: Sequence[Article], source_of: Mapping[str, str], origin_of: Mapping[str, str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The event's independent sources as a reader sees them: each origin's name (the outlet of the
    article its first member's key names, as that article writes it; "" when unknown) and its articles,
    by name, then first article."""
    outlet_of = {a.id: a.outlet or "" for a in articles}
    members: dict[str, list[str]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        members.setdefault(origin_of.get(article.id, article.id), []).append(article.id)
    named = []
    for ids in members.values():
        key = source_of.get(ids[0], ids[0])
        named.append((outlet_of.get(key, outlet_of[ids[0]]), tuple(ids)))
    return tuple(sorted(named))


def count_origins(article_ids: Iterable[str], origin_of: Mapping[str, str]) -> int:
    """Independent sources among ``article_ids`` (an id without an origin counts as its own)."""
    return len({origin_of.get(a, a) for a in article_ids})


def recount_brief(brief: Iterable[BriefSentence], origin_of: Mapping[str, str]) -> list[BriefSentence]:
    """The brief with each sentence's independent sources counted by origin (its evidence's articles)."""
    return [_recounted(s, origin_of) for s in brief]


def _recounted(sentence: BriefSentence, origin_of: Mapping[str, str]) -> BriefSentence:
    count = count_origins(_articles(sentence.evidence), origin_of)
    return sentence if count == sentence.independent_sources else replace(sentence, independent_sources=count)


def _articles(spans: Iterable[Span]) -> set[str]:
    return {s.article_id for s in spans}
