"""Alignment: one fact per slot and value, with every supporting article; conflicts between values."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsfuse.compare.mentions import Mention
from newsfuse.compare.quantities import extract_quantities, numeric_key
from newsfuse.compare.quotes import extract_quotes
from newsfuse.config import CompareConfig
from newsfuse.model import Article, Conflict, Fact


def _fact_id(kind: str, slot: str, value: str) -> str:
    return "f-" + hashlib.blake2b(f"{kind}|{slot}|{value}".encode(), digest_size=5).hexdigest()


def _quote_key(slot: str, known: list[str]) -> str:
    """Map a quote to an already-seen quote that contains it or is contained in it (trimmed copies)."""
    for other in known:
        if slot in other or other in slot:
            return other
    known.append(slot)
    return slot


def _facts_for_slot(
    kind: str, slot: str, mentions: Sequence[Mention], source_of: Mapping[str, str]
) -> list[Fact]:
    by_value: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        value = (m.speaker or "unknown speaker") if kind == "quote" else numeric_key(m.value)
        by_value[value].append(m)
    facts = []
    for value, group in sorted(by_value.items()):
        article_ids = tuple(sorted({m.span.article_id for m in group}))
        fid = _fact_id(kind, slot, value)
        first = min(group, key=lambda m: (m.span.article_id, m.span.start))
        if kind == "quantity":  # show the plain number when any source states it plainly
            value = min((m.value for m in group), key=lambda v: (v.startswith("about"), v))
        facts.append(
            Fact(
                id=fid,
                kind=kind,
                text=first.text,
                value=first.value if kind == "quote" else value,
                evidence=tuple(sorted({m.span for m in group}, key=lambda s: (s.article_id, s.start))),
                article_ids=article_ids,
                independent_sources=len({source_of.get(a, a) for a in article_ids}),
                slot=slot if kind == "quantity" else "speaker",
                speaker=value if kind == "quote" else None,
                unit=first.unit,
            )
        )
    if len(facts) > 1:
        facts = [
            _with_conflicts(f, [o for o in facts if o.id != f.id and (kind != "quote" or _named(o, f))])
            for f in facts
        ]
    return facts


def _named(a: Fact, b: Fact) -> bool:
    return a.speaker not in (None, "unknown speaker") and b.speaker not in (None, "unknown speaker")


def _with_conflicts(fact: Fact, others: Sequence[Fact]) -> Fact:
    """Record as conflicts the other values that no article reporting this one also reports."""
    conflicts = tuple(
        Conflict(o.id, o.speaker if o.kind == "quote" and o.speaker else o.value, o.article_ids)
        for o in others
        if not set(o.article_ids) & set(fact.article_ids)
    )
    return replace(fact, conflicts=conflicts)


def compare_event(
    articles: Sequence[Article], source_of: Mapping[str, str], config: CompareConfig | None = None
) -> list[Fact]:
    """Facts of one event: quantities and quotes, aligned across its articles."""
    config = config or CompareConfig()
    slots: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    known_quotes: list[str] = []
    for article in articles:
        for m in extract_quantities(article):
            slots[("quantity", m.slot)].append(m)
        for m in extract_quotes(article):
            slots[("quote", _quote_key(m.slot, known_quotes))].append(m)
    facts: list[Fact] = []
    for (kind, slot), mentions in slots.items():
        facts.extend(_facts_for_slot(kind, slot, mentions, source_of))
    facts.sort(key=lambda f: (not f.conflicts, -f.independent_sources, f.kind, f.slot or "", f.value))
    return facts[: config.max_facts]
