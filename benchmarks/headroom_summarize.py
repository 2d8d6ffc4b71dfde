"""Where the briefs lose ROUGE on the dev sets: oracle selections, order and concept ranking (issue 6).

``.venv/bin/python benchmarks/headroom_summarize.py [--sets duc2003_task2,...]``
Dev sets only (the prepared clusters of tune_summarize.py). Per set, ROUGE-2 (the set's convention: recall
cut at its budget) of
- ``brief``: our briefs (default config, filled as in bench_summarize);
- ``brief_best_order``: the same sentences, ordered by their own ROUGE-2 per word (the cut at the budget
  then drops the least useful words): what ordering costs;
- ``ideal_worth``: our pool and selector, with every concept worth 1 if a reference carries it (0 if not):
  what perfect concept weights would give;
- ``precision_worth``: our own worth on the concepts a reference carries, 0 on the others: what taking
  worth from the concepts the sources repeat but no reference keeps would give (its gap to
  ``ideal_worth`` is what our magnitudes cost among the right concepts);
- ``oracle_pool``: a greedy oracle (adds the sentence that most raises the cut summary's ROUGE-2, reading
  the references) over our selectable pool (compressed as selection sees it);
- ``oracle_all``: the same oracle over every sentence of the selectable articles (no length, boilerplate or
  question filter, uncompressed): what the candidate pool loses.
and the concept ranking: ``ref_in_pool`` share of the references' bigram concepts that some pool sentence
carries; ``ref_worth`` share of those with positive worth; ``top_k`` share of the k best-worth concepts
that are reference concepts (k = reference concepts in the pool; the precision of our ranking at its own
recall). Figures go to benchmarks/results/summarize_headroom.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for  # noqa: E402
from benchmarks.metrics import rouge, truncate_words  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, dev_names, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize import brief as brief_module  # noqa: E402
from newsfuse.summarize.concepts import sentence_terms  # noqa: E402
from newsfuse.summarize.pool import candidates  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "summarize_headroom.json"


class Grams:
    """rouge-score's tokens (Porter stemming) of a text, cached."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._tokenize = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)._tokenizer.tokenize
        self._cache: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        if text not in self._cache:
            self._cache[text] = self._tokenize(text)
        return self._cache[text]


def _r2(tokens: Sequence[str], refs: Sequence[Counter[tuple[str, str]]]) -> float:
    """Mean ROUGE-2 recall of a token sequence against reference bigram counts."""
    mine = Counter(pairwise(tokens))
    return float(np.mean([sum((mine & r).values()) / max(1, sum(r.values())) for r in refs]))


def _tokens(words: Sequence[str], limit: int | None, grams: Grams) -> list[str]:
    """rouge-score's tokens of the first ``limit`` words (tokens never cross whitespace)."""
    return [t for w in (words[:limit] if limit else words) for t in grams(w)]


def oracle(
    texts: Sequence[str],
    refs: Sequence[Counter[tuple[str, str]]],
    budget: int,
    limit: int | None,
    grams: Grams,
) -> list[int]:
    """Greedy oracle: add the text that most raises the cut summary's ROUGE-2 until the budget is passed.

    Gains are counted incrementally: the bigrams a text adds (its words the cut keeps, and the one across
    the junction), each clipped by what the summary already matches of each reference."""
    chosen: list[int] = []
    words: list[str] = []
    tokens: list[str] = []
    have: Counter[tuple[str, str]] = Counter()
    totals = [max(1, sum(r.values())) for r in refs]
    split = [t.split() for t in texts]
    wanted = set().union(*refs) if refs else set()
    useful = [i for i, w in enumerate(split) if set(pairwise(_tokens(w, None, grams))) & wanted]
    while len(words) < budget:
        best, gain = None, 1e-12
        room = (limit - len(words)) if limit else None
        for i in useful:
            if i in chosen:
                continue
            added = _tokens(split[i], room, grams)
            delta = Counter(pairwise(tokens[-1:] + added))
            found = sum(
                sum(min(have[b] + n, r[b]) - min(have[b], r[b]) for b, n in delta.items() if b in r) / total
                for r, total in zip(refs, totals, strict=True)
            ) / len(refs)
            if found > gain:
                best, gain = i, found
        if best is None:
            break
        chosen.append(best)
        added = _tokens(split[best], (limit - len(words)) if limit else None, grams)
        have.update(pairwise(tokens[-1:] + added))
        tokens += added
        words += split[best]
    return chosen


def concept_ranking(event: brief_module.Event, references: Sequence[str]) -> tuple[float, float, float]:
    """(share of reference concepts in the pool, share of those with worth > 0, precision of the top k)."""
    wanted: set[str] = set()
    for ref in references:
        wanted |= sentence_terms(ref)[1]
    vocab = event.matrix.vocab
    hit = np.fromiter((c in wanted for c in vocab), dtype=bool, count=len(vocab))
    k = int(hit.sum())
    if not wanted or k == 0:
        return 0.0, 0.0, 0.0
    top = np.argsort(-event.worth, kind="stable")[:k]
    return k / len(wanted), float((event.worth[hit] > 0).mean()), float(hit[top].mean())


def _oracle_worth(references: Sequence[str], keep: bool) -> Callable[..., brief_module.Event]:
    """``brief._prepared`` with each concept's worth replaced: 1 when a reference carries it, else 0; with
    ``keep``, its own worth when a reference carries it, else 0."""
    wanted: set[str] = set()
    for ref in references:
        wanted |= sentence_terms(ref)[1]
    original = brief_module._prepared

    def prepared(*args: Any, **kwargs: Any) -> brief_module.Event:
        event = original(*args, **kwargs)
        carried = np.fromiter((c in wanted for c in event.matrix.vocab), dtype=bool)
        return event._replace(worth=np.where(carried, event.worth if keep else 1.0, 0.0))

    return prepared


def _brief_with(worth: Callable[..., brief_module.Event], cluster: Cluster, settings: SummarizeConfig) -> str:
    """The cluster's brief when every event's worth is ``worth``'s: ``summarize_event`` reads it from
    ``brief._prepared``, which its one-source shortcut skips, so the shortcut is off meanwhile."""
    prepared, plain = brief_module._prepared, brief_module._plain
    brief_module._prepared = worth  # type: ignore[assignment]
    brief_module._plain = lambda config: False  # type: ignore[assignment]
    try:
        return " ".join(s.text for s in cluster.brief(settings))
    finally:
        brief_module._prepared, brief_module._plain = prepared, plain  # type: ignore[assignment]


def measure(spec: EvalSet, clusters: Sequence[Cluster], grams: Grams) -> dict[str, Any]:
    """The set's headroom figures (see the module docstring)."""
    config = replace(SummarizeConfig(), words=spec.words, fill=fill_for(spec))
    out: dict[str, dict[str, str]] = {
        k: {} for k in ("brief", "brief_best_order", "ideal_worth", "precision_worth")
    }
    out |= {"oracle_pool": {}, "oracle_all": {}}
    ranking = []
    original = brief_module.prepare_event
    for c in clusters:
        refs_cut = [truncate_words(r, spec.limit) for r in c.references]
        refs = [Counter(pairwise(grams(r))) for r in refs_cut]
        settings = replace(config, query=c.query)
        made = c.brief(settings)
        out["brief"][c.id] = " ".join(s.text for s in made)

        def density(text: str, refs: list[Counter[tuple[str, str]]] = refs) -> float:
            return _r2(_tokens(text.split(), None, grams), refs) / max(1, len(text.split()))

        out["brief_best_order"][c.id] = " ".join(sorted((s.text for s in made), key=density, reverse=True))
        out["ideal_worth"][c.id] = _brief_with(_oracle_worth(refs_cut, False), c, settings)
        out["precision_worth"][c.id] = _brief_with(_oracle_worth(refs_cut, True), c, settings)
        event = original(c.articles, c.source_of, settings, c.selectable, c.previous)
        if event is None:
            continue
        ranking.append(concept_ranking(event, refs_cut))
        pool = [event.pool[i].text for i in event.rows]
        picked = oracle(pool, refs, spec.words, spec.limit, grams)
        out["oracle_pool"][c.id] = " ".join(pool[i] for i in picked)
        chosen = [a for a in c.articles if c.selectable is None or a.id in c.selectable]
        every = list(dict.fromkeys(s.text for s in candidates(chosen, 1, 10_000)))
        picked = oracle(every, refs, spec.words, spec.limit, grams)
        out["oracle_all"][c.id] = " ".join(every[i] for i in picked)
    refs_of = {c.id: c.references for c in clusters}
    figures: dict[str, Any] = {
        name: {k: rouge(summaries, refs_of, spec.limit, spec.measure)[k] for k in ("rouge1", "rouge2")}
        for name, summaries in out.items()
    }
    shares = np.asarray(ranking).mean(axis=0)
    figures["concepts"] = dict(
        zip(("ref_in_pool", "ref_worth", "top_k"), map(float, shares.round(4)), strict=True)
    )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--clusters", type=int, help="only each set's first N clusters (DUC 2006 is slow)")
    args = parser.parse_args(argv)
    names = dev_names(parser, args.sets)
    grams = Grams()
    # a run of some sets keeps the other sets' last figures (each set says its own date and command)
    report: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for name in names:
        spec = next(s for s in SETS if s.name == name)
        clusters = prepare(spec)[: args.clusters]
        report[name] = {
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "command": " ".join(["benchmarks/headroom_summarize.py", *(argv or sys.argv[1:])]),
            "clusters": len(clusters),
            **measure(spec, clusters, grams),
        }
        print(name, json.dumps(report[name]), flush=True)
        RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
