"""Evaluation metrics shared by the benchmarks and the quality-gate tests."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

_TOKEN = re.compile(r"\w+", re.UNICODE)


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 over the items of ``gold``."""
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        gold_members[label].add(item)
        pred_members[predicted.get(item, f"__missing__{item}")].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        p = pred_members[predicted.get(item, f"__missing__{item}")]
        g = gold_members[label]
        both = len(p & g)
        precision += both / len(p)
        recall += both / len(g)
    n = max(1, len(gold))
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of "same cluster" decisions."""

    def pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item in gold:
            groups[labels.get(item, f"__missing__{item}")].append(item)
        return {
            (a, b)
            for members in groups.values()
            for i, a in enumerate(sorted(members))
            for b in sorted(members)[i + 1 :]
        }

    p, g = pairs(predicted), pairs(gold)
    both = len(p & g)
    precision = both / len(p) if p else 1.0
    recall = both / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def token_prf(predicted: str, gold: str) -> dict[str, float]:
    """Bag-of-words token precision, recall and F1 (case-insensitive)."""
    pc, gc = (
        Counter(t.lower() for t in _TOKEN.findall(predicted)),
        Counter(t.lower() for t in _TOKEN.findall(gold)),
    )
    both = sum((pc & gc).values())
    p_total, g_total = sum(pc.values()), sum(gc.values())
    if p_total == 0 and g_total == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = both / p_total if p_total else 0.0
    recall = both / g_total if g_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def truncate_words(text: str, limit: int | None) -> str:
    if limit is None:
        return text
    return " ".join(text.split()[:limit])


def rouge(
    summaries: Mapping[str, str],
    references: Mapping[str, Sequence[str]],
    limit: int | None,
    measure: str = "recall",
) -> dict[str, float]:
    """ROUGE-1/2/L(sum) with Porter stemming, averaged over references then clusters (x100).

    DUC convention: ``limit`` words of summary and references, ``measure="recall"``.
    Multi-News convention: no limit, ``measure="fmeasure"``.
    """
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals: dict[str, float] = defaultdict(float)
    for cid, refs in references.items():
        summary = truncate_words(summaries.get(cid, ""), limit)
        per: dict[str, float] = defaultdict(float)
        for ref in refs:
            scores = scorer.score(
                truncate_words(ref, limit).replace(". ", ".\n"), summary.replace(". ", ".\n")
            )
            for name, score in scores.items():
                per[name] += getattr(score, measure)
        for name, value in per.items():
            totals[name] += value / len(refs)
    n = max(1, len(references))
    return {name: round(100 * value / n, 2) for name, value in totals.items()}
