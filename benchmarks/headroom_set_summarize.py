"""What two set-level levers could give if they were known: a bound per dev set (issue 6, dev sets only).

``.venv/bin/python benchmarks/headroom_set_summarize.py [--sets duc2003_task2,...] [--save FILE]``
On the bench's clusters and conventions (budget, fill, DUC 2006's first 12), beside our brief:
- *count*: selection held to K sentences (a greedy that reserves room for the sentences still to come, then
  steepest swaps that keep the count; the filler as before), K from the greedy R-1 oracle of
  ``budget_summarize.py`` over the same selectable pool: ``count`` its count, ``count-1`` its count less its
  last sentence when that one passes the budget (our filler is that sentence); ``count-own`` holds K to our
  own selection's count (a control: what the count-held search alone moves);
- *swap*: for each brief sentence in brief order, of the rivals that share a valued concept with it
  (selectable, not in the brief, the brief's words not above before), the one whose swap most raises the
  brief's R-1 (cut as scored) is swapped in if it raises it.
Both read the references, so both are bounds. Printed per set: ROUGE-1/2 (the bench's scorer) of each, the
sentence counts and swaps per brief.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for  # noqa: E402
from benchmarks.budget_summarize import oracle, r1  # noqa: E402
from benchmarks.headroom_summarize import Grams  # noqa: E402
from benchmarks.metrics import rouge  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, dev_names, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize import brief as brief_module  # noqa: E402
from newsfuse.summarize.select import Coverage, _shortlist, select_rows  # noqa: E402

KINDS = ("ours", "count-own", "count", "count-1", "swap")
Rows = Callable[..., list[int]]


def held_to(count: int) -> Rows:
    """``select_rows`` with the selection held to ``count`` sentences (fewer only when none fits)."""

    def rows(
        problem: Coverage, budget: int, *, max_candidates: int = 120, length_scale: float = 1.0
    ) -> list[int]:
        shortlist = _shortlist(problem, budget, max_candidates)
        if not shortlist:
            return []
        sub = problem.rows(shortlist)
        cover = sub.dense_rows(range(len(shortlist))) > 0
        chosen = _greedy_count(sub, cover, budget, count, length_scale)
        return [shortlist[i] for i in sorted(_swaps(sub, cover, budget, chosen))]

    return rows


def _blocked(problem: Coverage, rows: Sequence[int]) -> NDArray[np.bool_]:
    """Rows that may not join ``rows``: excluded ones, chosen ones, other versions of them, clashes."""
    out = np.asarray(problem.penalty >= 1e8)
    out[list(rows)] = True
    if problem.group is not None and rows:
        out |= np.isin(problem.group, problem.group[list(rows)])
    if problem.conflict is not None and rows:
        out |= np.asarray(problem.conflict[list(rows)]).any(axis=0)
    return out


def _greedy_count(
    problem: Coverage, cover: NDArray[np.bool_], budget: int, count: int, scale: float
) -> list[int]:
    """Cost-scaled greedy that adds ``count`` sentences, each leaving room for the shortest still to come."""
    length = problem.length
    open_worth = problem.worth.copy()
    chosen: list[int] = []
    while len(chosen) < count:
        free = ~_blocked(problem, chosen)
        reserve = int(np.sort(length[free])[: count - len(chosen) - 1].sum())
        used = int(length[chosen].sum())
        fits = free & (length <= budget - used - reserve)
        if not fits.any():
            fits = free & (length <= budget - used)
            if not fits.any():
                break
        gain = cover @ open_worth
        best = int(np.argmax(np.where(fits, (gain - problem.penalty) / length**scale, -np.inf)))
        chosen.append(best)
        open_worth[cover[best]] = 0.0
    return chosen


def _value(problem: Coverage, cover: NDArray[np.bool_], rows: Sequence[int]) -> float:
    held = cover[list(rows)].any(axis=0)
    return float(problem.worth[held].sum() - problem.penalty[list(rows)].sum())


def _swaps(problem: Coverage, cover: NDArray[np.bool_], budget: int, chosen: list[int]) -> list[int]:
    """Steepest ascent over (out, in) swaps only, so the count is kept."""
    value = _value(problem, cover, chosen)
    for _ in range(40):
        move: tuple[float, int, int] | None = None
        for out in chosen:
            others = [c for c in chosen if c != out]
            held = cover[others].any(axis=0)
            fits = ~_blocked(problem, others) & (problem.length <= budget - int(problem.length[others].sum()))
            fits[chosen] = False
            base = _value(problem, cover, others) if others else 0.0
            values = np.where(
                fits, base + cover @ np.where(held, 0.0, problem.worth) - problem.penalty, -np.inf
            )
            row = int(np.argmax(values))
            if values[row] > value + 1e-9 and (move is None or values[row] > move[0] + 1e-9):
                move = (float(values[row]), out, row)
        if move is None:
            break
        chosen = [*(c for c in chosen if c != move[1]), move[2]]
        value = _value(problem, cover, chosen)
    return chosen


def _swapped(
    texts: list[str],
    mine: list[int | None],
    pool_texts: Sequence[str],
    cover: NDArray[np.bool_],
    spec: EvalSet,
    refs: Sequence[Counter[str]],
    origin: Sequence[int] | None,
    grams: Grams,
) -> tuple[list[str], int]:
    """The swap bound's brief and its number of swaps (``mine``: each brief sentence's selectable row)."""
    cut = spec.limit or spec.words
    total = sum(len(t.split()) for t in texts)
    score = r1(" ".join(texts).split()[:cut], refs, grams)
    swaps = 0
    for j, row in enumerate(mine):
        if row is None:
            continue
        taken = {m for m in mine if m is not None}
        versions = {origin[m] for m in taken if m != row} if origin is not None else set()
        best, into = score, None
        for rival in np.flatnonzero((cover & cover[row]).any(axis=1)).tolist():
            if rival in taken or (origin is not None and origin[rival] in versions):
                continue
            new = [*texts[:j], pool_texts[rival], *texts[j + 1 :]]
            if sum(len(t.split()) for t in new) > max(spec.words, total):
                continue
            value = r1(" ".join(new).split()[:cut], refs, grams)
            if value > best + 1e-9:
                best, into = value, rival
        if into is not None:
            texts[j], mine[j], score, swaps = pool_texts[into], into, best, swaps + 1
    return texts, swaps


def _recording(counts: list[int]) -> Rows:
    """``select_rows`` that appends each selection's count to ``counts``."""

    def rows(problem: Coverage, budget: int, **kw: Any) -> list[int]:
        out = select_rows(problem, budget, **kw)
        counts.append(len(out))
        return out

    return rows


def measure(spec: EvalSet, clusters: Sequence[Cluster], grams: Grams) -> dict[str, Any]:
    """Each kind's ROUGE on the set, and per cluster the counts and swaps."""
    config = replace(SummarizeConfig(), words=spec.words, fill=fill_for(spec))
    briefs: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    rows = []
    for c in clusters:
        counts: list[int] = []
        with mock.patch.object(brief_module, "select_rows", _recording(counts)):
            made = c.brief(config)
        briefs["ours"][c.id] = " ".join(s.text for s in made)
        event = brief_module.prepare_event(
            c.articles, c.source_of, replace(config, query=c.query or config.query), c.selectable, c.previous
        )
        if event is None:
            for kind in KINDS[1:]:
                briefs[kind][c.id] = briefs["ours"][c.id]
            continue
        refs = [Counter(grams(" ".join(r.split()[: spec.limit]) if spec.limit else r)) for r in c.references]
        pool = [event.pool[i] for i in event.rows]
        picked = oracle([p.text for p in pool], refs, spec.words, spec.limit, grams)
        over = sum(pool[i].length for i in picked) > spec.words
        own = counts[-1] if counts else None
        for kind, k in (("count-own", own), ("count", len(picked)), ("count-1", len(picked) - over)):
            if own is None or k is None or k < 1:  # the one-source path selects without select_rows
                briefs[kind][c.id] = briefs["ours"][c.id]
                continue
            with mock.patch.object(brief_module, "select_rows", held_to(k)):
                briefs[kind][c.id] = " ".join(s.text for s in c.brief(config))
        matrix = event.matrix.rows[event.rows] if len(event.rows) != len(event.pool) else event.matrix.rows
        dense = np.asarray(matrix.toarray() if hasattr(matrix, "toarray") else matrix)
        cover = dense[:, event.worth > 0] > 0
        at = {(p.article_id, p.start): n for n, p in enumerate(pool)}
        mine = [at.get((s.evidence[0].article_id, s.evidence[0].start)) for s in made]
        origin = None if event.origin is None else [event.origin[i] for i in event.rows]
        texts, swaps = _swapped(
            [s.text for s in made], mine, [p.text for p in pool], cover, spec, refs, origin, grams
        )
        briefs["swap"][c.id] = " ".join(texts)
        rows.append({"id": c.id, "own": own, "brief": len(made), "oracle": len(picked), "swaps": swaps})
    references = {c.id: c.references for c in clusters}
    return {
        "rouge": {kind: rouge(b, references, spec.limit, spec.measure) for kind, b in briefs.items()},
        "clusters": rows,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--save", type=Path, help="write the figures and per-cluster rows here (JSON)")
    args = parser.parse_args(argv)
    grams = Grams()
    results = {}
    print("| set | " + " | ".join(KINDS) + " | selected / brief / oracle sentences | swaps a brief |")
    print("|---|" + "---|" * (len(KINDS) + 2))
    for name in dev_names(parser, args.sets):
        spec = next(s for s in SETS if s.name == name)
        results[name] = out = measure(spec, prepare(spec)[: spec.max_records], grams)
        rows = out["clusters"]

        def mean(key: str, rows: list[dict[str, Any]] = rows) -> float:
            return float(np.mean([r[key] or 0 for r in rows]))

        cells = " | ".join(f"{out['rouge'][k]['rouge1']:.2f}/{out['rouge'][k]['rouge2']:.2f}" for k in KINDS)
        print(
            f"| {name} | {cells} | {mean('own'):.2f} / {mean('brief'):.2f} / {mean('oracle'):.2f} "
            f"| {mean('swaps'):.2f} |",
            flush=True,
        )
    if args.save:
        args.save.write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
