"""Independent sources as a reader counts them: the newsrooms an event's reporting comes from.

Dedup's keys (``source_of``) join copies of one text and reprints of a passage; an outlet's successive
versions of one story (a wire's write-throughs, an updated web story) are different texts and keep apart
there, and two stories by one newsroom are no more independent than its versions. The rule
(benchmarks/results/reader_audit_f7.md):

- an article's *origin* is the outlet of the article its dedup key names (the text it reprints or is a
  copy of; after wire-dateline credits), so a syndicated reprint counts for the outlet that wrote it;
- articles of one origin outlet are one independent source, however many versions or stories it filed;
- an article whose origin's outlet is unknown is a source of its own (with its copies): an unnamed page
  cannot be shown to share a newsroom with anything;
- an article that credits another origin of the event in a credit line or wire credit ("This story includes
  information from X", "X contributed to this report", "with reporting by X", "(X)") is not independent of X
  for the sentences it shares with X's articles (``credited_copies``): a brief sentence's or a fact's span
  in such a sentence counts for X (``span_origin``); the rest of the article is its own outlet's reporting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsfuse.model import Article, BriefSentence, Credit, SharedPassage, Span
from newsfuse.provenance.credits import LENDING_CUES, normalize_outlet
from newsfuse.text.sentences import split_sentences

Copied = Mapping[str, Sequence[tuple[int, int, str]]]
"""Per crediting article, the ``(start, end, origin)`` of each sentence it shares with a credited origin."""
_WORD = re.compile(r"\w+")


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


def credited_copies(
    articles: Sequence[Article],
    credits: Iterable[Credit],
    origin_of: Mapping[str, str],
    shared: Iterable[SharedPassage] = (),
) -> dict[str, tuple[tuple[int, int, str], ...]]:
    """For each article crediting another origin of the event (a credit line or wire credit,
    ``LENDING_CUES``), its sentences that origin's articles also hold, as ``(start, end, origin)``: a
    sentence of the same words (case and punctuation aside) in one of them, or a sentence inside a passage
    dedup found the two share (``shared``). Credits of outlets with no article in the event lend nothing."""
    by_origin: dict[str, list[Article]] = {}
    for article in articles:
        by_origin.setdefault(origin_of.get(article.id, article.id), []).append(article)
    lenders: dict[str, set[str]] = {}  # crediting article -> the origins it credits
    for credit in credits:
        origin = f"outlet:{normalize_outlet(credit.outlet)}"
        own = origin_of.get(credit.article_id, credit.article_id)
        if credit.cue in LENDING_CUES and origin in by_origin and origin != own:
            lenders.setdefault(credit.article_id, set()).add(origin)
    if not lenders:
        return {}
    passages: dict[tuple[str, str], list[Span]] = {}  # (article, other article) -> the article's shared spans
    for p in shared:
        passages.setdefault((p.article_id, p.source_id), []).extend(p.spans)
        passages.setdefault((p.source_id, p.article_id), []).extend(p.source_spans)
    copied: dict[str, tuple[tuple[int, int, str], ...]] = {}
    for article in articles:
        if article.id not in lenders:
            continue
        found: list[tuple[int, int, str]] = []
        sentences = split_sentences(article.text)
        for origin in sorted(lenders[article.id]):
            held = {_words(s.text) for a in by_origin[origin] for s in split_sentences(a.text)}
            spans = [s for a in by_origin[origin] for s in passages.get((article.id, a.id), ())]
            for s in sentences:
                middle = (s.start + s.end) // 2
                if any(start <= middle < end for start, end, _ in found):
                    continue  # credited to an origin already
                if _words(s.text) in held or any(p.start <= middle < p.end for p in spans):
                    found.append((s.start, s.end, origin))
        if found:
            copied[article.id] = tuple(sorted(found))
    return copied


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def span_origin(span: Span, origin_of: Mapping[str, str], copied: Copied) -> str:
    """The independent source a span counts for: the credited origin when it lies (by its middle) in a
    sentence its article shares with an origin it credits, else its article's origin."""
    middle = (span.start + span.end) // 2
    for start, end, origin in copied.get(span.article_id, ()):
        if start <= middle < end:
            return origin
    return origin_of.get(span.article_id, span.article_id)


def count_spans(spans: Iterable[Span], origin_of: Mapping[str, str], copied: Copied) -> int:
    """Independent sources among the spans' sentences (``span_origin``)."""
    return len({span_origin(s, origin_of, copied) for s in spans})


def recount_brief(
    brief: Iterable[BriefSentence], origin_of: Mapping[str, str], copied: Copied | None = None
) -> list[BriefSentence]:
    """The brief with each sentence's independent sources counted by origin (its evidence's articles, a
    sentence an article copies from an outlet it credits counting for that outlet: ``copied``)."""
    return [_recounted(s, origin_of, copied or {}) for s in brief]


def _recounted(sentence: BriefSentence, origin_of: Mapping[str, str], copied: Copied) -> BriefSentence:
    count = count_spans(sentence.evidence, origin_of, copied)  # without copies: its articles' origins
    return sentence if count == sentence.independent_sources else replace(sentence, independent_sources=count)


def credited_copy_spans(
    copied: Copied, origin_of: Mapping[str, str], sources: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[tuple[str, int, int, str], ...]:
    """``copied`` as the event records it: (article id, start, end, the credited origin's name as its
    ``sources`` entry gives it), by article and position."""
    name_of = {origin_of.get(ids[0], ids[0]): name for name, ids in sources if ids}
    return tuple(
        (aid, start, end, name_of.get(origin, ""))
        for aid in sorted(copied)
        for start, end, origin in copied[aid]
    )
