"""Score compare_event against the example corpus gold (examples/gold.json `facts`): conflicts and agreement.

Events are built from the gold membership (so clustering errors do not leak into this score); every
planted conflict must be found, and every conflict we report must be a planted one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsfuse.compare import compare_event
from newsfuse.compare.quantities import extract_quantities
from newsfuse.dedup import source_keys
from newsfuse.model import Article, DedupResult, Fact


def _numbers(text: str) -> set[float]:
    probe = Article(id="gold", path="gold", text=text)
    found = {m.number for m in extract_quantities(probe) if m.number is not None}
    return found or {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def _matches(fact: Fact, value: str, kind_hint: str) -> bool:
    """Whether a fact (or a conflict's shown value) states the gold value."""
    if fact.kind == "quote":
        return value.lower() in fact.text.lower() or fact.speaker == value
    if fact.kind == "quantity":
        nums = _numbers(value)
        return bool(nums) and any(abs((n or 0) - _fact_number(fact)) < 1e-6 for n in nums)
    return value.lower() in fact.text.lower() or value.lower() == fact.value.lower()


def _fact_number(fact: Fact) -> float:
    nums = _numbers(fact.text)
    return next(iter(nums)) if nums else float("nan")


def event_facts(members: Sequence[str], articles: Mapping[str, Article], dedup: DedupResult) -> list[Fact]:
    pile = [articles[m] for m in members if m in articles]
    return compare_event(pile, source_keys(pile, dedup))


def score_event(facts: Sequence[Fact], gold_event: Mapping[str, Any]) -> dict[str, Any]:
    """Planted conflicts found, reported conflicts that are planted, and agreed facts found."""
    by_id = {f.id: f for f in facts}
    planted = gold_event.get("conflicts", [])
    found, unmatched = [], []
    claimed: set[tuple[str, str]] = set()
    for conflict in planted:
        a, b = conflict["values"][0], conflict["values"][1]
        hit = None
        for fact in facts:
            for c in fact.conflicts:
                other = by_id.get(c.fact_id)
                if other is None:
                    continue
                if (
                    _matches(fact, a["value"], "")
                    and _matches(other, b["value"], "")
                    and set(fact.article_ids) & set(a["paths"])
                    and set(other.article_ids) & set(b["paths"])
                ):
                    hit = (fact.id, other.id)
        (found if hit else unmatched).append(conflict["slot"])
        if hit:
            claimed.update({hit, hit[::-1]})
    reported = {(f.id, c.fact_id) for f in facts for c in f.conflicts}
    false = sorted(
        f"{by_id[x].kind}:{by_id[x].value} vs {by_id[y].value}" if y in by_id else x
        for x, y in reported - claimed
        if x < y
    )
    agreed = gold_event.get("agreed", [])
    agreed_hits = [
        g["value"]
        for g in agreed
        if any(
            _matches(f, g["value"], g["kind"]) and set(g["paths"]) <= set(f.article_ids)
            for f in facts
            if f.kind == g["kind"]
        )
    ]
    return {
        "planted": len(planted),
        "found": found,
        "missed": unmatched,
        "reported_pairs": len(reported) // 2,
        "false": false,
        "agreed": len(agreed),
        "agreed_found": agreed_hits,
    }


def score_corpus(
    gold: Mapping[str, Any], articles: Mapping[str, Article], dedup: DedupResult
) -> dict[str, Any]:
    members = {e["slug"]: e["members"] for e in gold["events"]}
    per_event = {
        slug: score_event(event_facts(members[slug], articles, dedup), g) for slug, g in gold["facts"].items()
    }
    planted = sum(e["planted"] for e in per_event.values())
    found = sum(len(e["found"]) for e in per_event.values())
    reported = sum(e["reported_pairs"] for e in per_event.values())
    false = sum(len(e["false"]) for e in per_event.values())
    agreed = sum(e["agreed"] for e in per_event.values())
    agreed_found = sum(len(e["agreed_found"]) for e in per_event.values())
    return {
        "conflict_recall": found / planted if planted else 1.0,
        "conflict_precision": (reported - false) / reported if reported else 1.0,
        "agreed_recall": agreed_found / agreed if agreed else 1.0,
        "planted": planted,
        "found": found,
        "reported_pairs": reported,
        "false_pairs": false,
        "per_event": per_event,
    }
