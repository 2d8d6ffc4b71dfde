"""report.json: the output contract other tools depend on (schema in report.schema.json)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from newsfuse.model import Article, DedupResult, Event, Fact, Rejected, RunResult, Span

VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


def _span(span: Span) -> dict[str, Any]:
    return {"article_id": span.article_id, "start": span.start, "end": span.end}


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def unread_date(stated: str) -> dict[str, str]:
    """A stated date that is no date (``Article.unread_date``) as report.json records it: as written, and why
    it is not the article's ``published``."""
    if _YEAR.search(stated):
        return {"stated": stated, "reason": "no calendar date (an impossible day, or a form not read)"}
    return {"stated": stated, "reason": "names no year (a relative day, or a day without its year)"}


def article_dict(article: Article, duplicate_of: dict[str, str]) -> dict[str, Any]:
    """One kept or duplicate article as the contract's JSON object (``unread_date`` only when it has one)."""
    dup = duplicate_of.get(article.id)
    entry: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "language": article.language,
        "status": "duplicate" if dup else "kept",
        "reason": None,
        "duplicate_of": dup,
        "text": article.text,
        "removed": [{"text": b.text, "reason": b.reason} for b in article.removed],
    }
    if article.unread_date is not None:
        entry["unread_date"] = unread_date(article.unread_date)
    return entry


def _rejected(item: Rejected) -> dict[str, Any]:
    return {
        "id": item.id,
        "path": item.path,
        "url": item.url,
        "outlet": None,
        "title": None,
        "byline": None,
        "published": None,
        "language": None,
        "status": "rejected",
        "reason": str(item.reason),
        "detail": item.detail,
        "duplicate_of": None,
        "text": "",
        "removed": [],
    }


def _fact(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "kind": fact.kind,
        "slot": fact.slot,
        "text": fact.text,
        "value": fact.value,
        "unit": fact.unit,
        "speaker": fact.speaker,
        "article_ids": list(fact.article_ids),
        "independent_sources": fact.independent_sources,
        "evidence": [_span(s) for s in fact.evidence],
        "conflicts": [
            {"fact_id": c.fact_id, "value": c.value, "article_ids": list(c.article_ids), "aspect": c.aspect}
            for c in fact.conflicts
        ],
        "role": fact.role,
        "time": fact.time,
        "cues": [_span(c) if c else None for c in fact.cues],
        "concept": fact.concept,
        **(
            {
                "revised": [
                    {"fact_id": c.fact_id, "value": c.value, "article_ids": list(c.article_ids)}
                    for c in fact.revised
                ]
            }
            if fact.revised
            else {}
        ),
    }


def _comparison(event: Event, outlet_of: dict[str, str]) -> dict[str, Any]:
    """The coverage matrix (outlets × facts), what each outlet alone adds, and the event's provenance."""
    outlets = sorted({outlet_of.get(a, a) for a in event.article_ids})
    members = {o: sorted(a for a in event.article_ids if outlet_of.get(a, a) == o) for o in outlets}
    rows = [
        {"fact_id": f.id, "outlets": sorted({outlet_of.get(a, a) for a in f.article_ids})}
        for f in event.facts
    ]
    origin = {a: (name or ids[0], ids) for name, ids in event.sources for a in ids}
    adds: dict[str, list[str]] = {}
    for fact in event.facts:
        # one origin: the outlet whose reporting it is (reprints too); a quote another source gives is none
        if fact.independent_sources == 1 and not _quoted_elsewhere(fact):
            own = _own_reporting(fact, event.credited_copies)
            if own is None:  # every span copied from the outlet the articles credit: filed under it
                name = next(
                    n
                    for a, start, end, n in event.credited_copies
                    if _inside(fact.evidence[0], a, start, end)
                )
            else:
                name = origin[own][0] if own in origin else outlet_of.get(own, own)
            adds.setdefault(name, []).append(fact.id)
    sources = {name: list(ids) for name, ids in origin.values()}
    return {
        "credits": [
            {
                "article_id": c.article_id,
                "outlet": c.outlet,
                "cue": c.cue,
                "in_corpus": c.in_corpus,
                "span": _span(c.span),
            }
            for c in event.credits
        ],
        "quote_drift": [
            {
                "change": d.change,
                "flagged": d.change in ("meaning_changed", "speaker_changed"),
                "original": {
                    "text": d.original_text,
                    "speaker": d.original_speaker,
                    "span": _span(d.original),
                },
                "drifted": {"text": d.drifted_text, "speaker": d.drifted_speaker, "span": _span(d.drifted)},
            }
            for d in event.quote_drift
        ],
        "timeline": [
            {"text": t.text, "resolved": t.resolved, "published": t.published, "span": _span(t.span)}
            for t in event.timeline
        ],
        "first_reports": [{"outlet": o, "published": p or None} for o, p in event.first_reports],
        "quality_notes": [{"article_id": a, "note": n} for a, n in event.quality_notes],
        "coverage": {"outlets": [{"outlet": o, "article_ids": members[o]} for o in outlets], "rows": rows},
        "adds": [
            {"outlet": o, "article_ids": sources.get(o) or members.get(o, []), "fact_ids": ids}
            for o, ids in sorted(adds.items())
        ],
    }


_ONE_QUOTE = frozenset({"speaker", "wording"})  # a conflict between two readings of one quote


def _quoted_elsewhere(fact: Fact) -> bool:
    """Whether a quote is one another independent source also gives, under another speaker or in other words
    (compare's quote key joined them; the disagreement shows both): no outlet's addition."""
    return fact.kind == "quote" and any(c.aspect in _ONE_QUOTE for c in fact.conflicts)


def _inside(span: Span, article_id: str, start: int, end: int) -> bool:
    """Whether a span lies, by its middle, in the given range of its article (``origins.span_origin``)."""
    return span.article_id == article_id and start <= (span.start + span.end) // 2 < end


def _own_reporting(fact: Fact, copied: Sequence[tuple[str, int, int, str]]) -> str | None:
    """The first article of a fact whose evidence there is not a sentence copied from a credited outlet
    (``Event.credited_copies``); None when every span is such a copy."""
    if not copied:
        return fact.article_ids[0]
    for span in sorted(fact.evidence, key=lambda s: s.article_id):
        if not any(_inside(span, *c[:3]) for c in copied):
            return span.article_id
    return None


def event_dict(event: Event) -> dict[str, Any]:
    """One event as the contract's JSON object (without the cross-outlet comparison block)."""
    return {
        "id": event.id,
        "title": event.title,
        "first_published": event.first_published,
        "article_ids": list(event.article_ids),
        "independent_sources": event.independent_sources,
        "sources": [{"outlet": name or None, "article_ids": list(ids)} for name, ids in event.sources],
        **(
            {
                "headline_only": [
                    {"id": i, "outlet": outlet, "title": title} for i, outlet, title in event.headline_only
                ]
            }
            if event.headline_only
            else {}
        ),
        **(
            {
                "credited_copies": [
                    {"article_id": a, "start": start, "end": end, "outlet": outlet or None}
                    for a, start, end, outlet in event.credited_copies
                ]
            }
            if event.credited_copies
            else {}
        ),
        "brief": [
            {
                "text": s.text,
                "independent_sources": s.independent_sources,
                "evidence": [_span(e) for e in s.evidence],
                **({"kept": [_span(k) for k in s.kept]} if s.kept else {}),
            }
            for s in event.brief
        ],
        "facts": [_fact(f) for f in event.facts],
        "duplicates": [
            {
                "canonical": g.canonical,
                "copies": [{"article_id": a, "relation": str(r), "score": s} for a, r, s in g.copies],
            }
            for g in event.duplicate_groups
        ],
        "shared_passages": [
            {
                "article_id": p.article_id,
                "source_id": p.source_id,
                "spans": [_span(s) for s in p.spans],
                "source_spans": [_span(s) for s in p.source_spans],
            }
            for p in event.shared_passages
        ],
        "syndication": [
            {"article_id": e.article_id, "source_id": e.source_id, "relation": e.relation, "score": e.score}
            for e in DedupResult(event.duplicate_groups, event.shared_passages).syndication()
        ],
    }


def report_event(event: Event, outlet_of: dict[str, str]) -> dict[str, Any]:
    """One event as the report's JSON object, comparison block included; ``outlet_of`` needs (at least)
    the outlet, or else the id, of each of the event's articles."""
    return {**event_dict(event), **_comparison(event, outlet_of)}


def rejected_dict(item: Rejected) -> dict[str, Any]:
    """A rejected input as the contract's JSON object (an entry of ``articles``)."""
    return _rejected(item)


def report_stats(articles: int, duplicates: int, rejected: Sequence[Rejected], events: int) -> dict[str, Any]:
    """The report's ``stats`` block from the run's counts."""
    reasons = Counter(str(r.reason) for r in rejected)
    return {
        "inputs": articles + len(rejected),
        "kept": articles - duplicates,
        "duplicates": duplicates,
        "rejected": len(rejected),
        "rejected_by_reason": dict(sorted(reasons.items())),
        "events": events,
    }


def report_dict(result: RunResult) -> dict[str, Any]:
    """The whole run as the JSON-ready report of the output contract."""
    duplicate_of = result.dedup.duplicate_of()
    outlet_of = {a.id: a.outlet or a.id for a in result.articles}
    articles = [article_dict(a, duplicate_of) for a in result.articles] + [
        _rejected(r) for r in result.rejected
    ]
    return {
        "version": VERSION,
        "articles": articles,
        "events": [report_event(e, outlet_of) for e in result.events],
        "stats": report_stats(len(result.articles), len(duplicate_of), result.rejected, len(result.events)),
        "config": result.config,
    }


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def validate_report(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError if the report breaks the contract."""
    jsonschema.validate(report, _schema())
