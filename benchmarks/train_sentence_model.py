"""Train the supervised sentence scorer on the dev sets; write src/newsfuse/summarize/sentence_weights.py.

``.venv/bin/python benchmarks/train_sentence_model.py [--cv] [--grid 0.05,0.1,0.2,0.4] [--no-write]``
Every selectable candidate sentence of every dev cluster (DUC 2003 task 2, DUC 2006, DUC 2007 main and
update, MultiLing 2011 English; DUC 2004 and Multi-News are never read) is labelled with its ROUGE-2
recall (rouge-score's tokenizer with Porter stemming, references cut as the set's ROUGE cuts them, mean
over references) and described by ``sentence_model.SENTENCE_FEATURES``; a ridge regression on
standardised features is fitted. ``--cv`` scores the prior leave-one-set-out: for each held-out set the
model is trained on the other four, ``sentence_prior`` is chosen from ``--grid`` and 0 (off) on those four
(mean ROUGE-2), and the held-out set is scored once at that weight, beside the current default (prior off).
Figures go to benchmarks/results/summarize_sentence_model.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import Ridge

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for  # noqa: E402
from benchmarks.metrics import rouge, truncate_words  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize.brief import prepare_event, summarize_event  # noqa: E402
from newsfuse.summarize.sentence_model import SENTENCE_FEATURES, SentenceModel, sentence_features  # noqa: E402

OUT = ROOT / "src" / "newsfuse" / "summarize" / "sentence_weights.py"
RESULTS = ROOT / "benchmarks" / "results" / "summarize_sentence_model.json"
ALPHA = 10.0
LABEL = "recall"
"""What a sentence is labelled with (``--label``): ROUGE-2 "recall" or "density" (see ``_recall``)."""
KEY = "sentence_prior"
"""The config key the weight grid sets (``--key``): sentence_prior or sentence_reweight."""
Data = tuple[NDArray[np.float64], NDArray[np.float64]]


class _Grams:
    """ROUGE's tokens (rouge-score, Porter stemming) of texts, cached by text."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._tokenize = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)._tokenizer.tokenize
        self._cache: dict[str, tuple[Counter[str], Counter[tuple[str, str]]]] = {}

    def __call__(self, text: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
        if text not in self._cache:
            tokens = self._tokenize(text)
            self._cache[text] = Counter(tokens), Counter(pairwise(tokens))
        return self._cache[text]


def _recall(mine: Counter[Any], ref: Counter[Any]) -> float:
    """ROUGE-2 recall of ``mine`` against ``ref`` (``LABEL`` "recall"), or the share of its own bigrams the
    reference has (``LABEL`` "density": content per word)."""
    total = sum((mine if LABEL == "density" else ref).values())
    return sum((mine & ref).values()) / total if total else 0.0


def cluster_data(spec: EvalSet, cluster: Cluster, grams: _Grams) -> Data:
    """Features and mean ROUGE-2 recall (x100) of the cluster's selectable candidates."""
    config = replace(SummarizeConfig(), query=cluster.query, words=spec.words)
    event = prepare_event(cluster.articles, cluster.source_of, config, cluster.selectable, cluster.previous)
    if event is None or not event.rows:
        return np.zeros((0, len(SENTENCE_FEATURES))), np.zeros(0)
    features = sentence_features(
        event.pool,
        event.rows,
        event.matrix,
        event.worth,
        cluster.source_of,
        cluster.articles,
        event.query,
        event.seen,
    )
    refs = [grams(truncate_words(r, spec.limit))[1] for r in cluster.references]
    labels = np.fromiter(
        (100 * np.mean([_recall(grams(event.pool[i].text)[1], r) for r in refs]) for i in event.rows),
        dtype=np.float64,
        count=len(event.rows),
    )
    return features, labels


def fit(data: Sequence[Data], provenance: str) -> SentenceModel:
    """Ridge regression on standardised features of the given clusters' sentences."""
    x = np.vstack([f for f, _ in data])
    y = np.concatenate([label for _, label in data])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    ridge = Ridge(alpha=ALPHA).fit((x - mean) / scale, y)
    return SentenceModel(
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        coefficients=tuple(round(float(v), 6) for v in ridge.coef_),
        intercept=round(float(ridge.intercept_), 6),
        provenance=provenance,
    )


def score(
    spec: EvalSet, clusters: Sequence[Cluster], weight: float, model: SentenceModel | None
) -> dict[str, float]:
    """ROUGE of the set's briefs with the sentence prior at ``weight`` (the set's budget and fill rule)."""
    settings = replace(SummarizeConfig(words=spec.words, fill=fill_for(spec)), **{KEY: weight})
    summaries = {
        c.id: " ".join(
            s.text
            for s in summarize_event(
                c.articles,
                c.source_of,
                replace(settings, query=c.query),
                selectable=c.selectable,
                previous=c.previous,
                sentence_model=model,
            )
        )
        for c in clusters
    }
    result = rouge(summaries, {c.id: c.references for c in clusters}, spec.limit, spec.measure)
    return {"rouge1": result["rouge1"], "rouge2": result["rouge2"]}


def cross_validate(
    specs: dict[str, EvalSet],
    clusters: dict[str, list[Cluster]],
    data: dict[str, list[Data]],
    grid: Sequence[float],
) -> dict[str, Any]:
    """Leave-one-set-out: weight chosen on the four training sets, held-out set scored at it."""
    base = {name: score(specs[name], clusters[name], 0.0, None) for name in DEV}
    print("prior off", base, flush=True)
    folds: dict[str, Any] = {}
    for held in DEV:
        model = fit([d for name in DEV if name != held for d in data[name]], f"cv without {held}")
        runs = {
            w: base if w == 0 else {name: score(specs[name], clusters[name], w, model) for name in DEV}
            for w in grid
        }
        train_mean = {w: float(np.mean([runs[w][n]["rouge2"] for n in DEV if n != held])) for w in grid}
        chosen = max(grid, key=lambda w: (train_mean[w], -w))
        folds[held] = {
            "chosen_weight": chosen,
            "held_out": runs[chosen][held],
            "prior_off": base[held],
            "train_mean_rouge2": {str(w): round(v, 3) for w, v in train_mean.items()},
            "held_out_by_weight": {str(w): runs[w][held] for w in grid},
        }
        print(held, folds[held], flush=True)
    return {"prior_off": base, "folds": folds, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def scorer_cost(weight: float, repeats: int = 3) -> dict[str, Any]:
    """CPU ms per pipeline event of ``summarize_event`` with the scorer off and on (``KEY`` at ``weight``),
    on the events the pipeline builds from benchmarks/work/jsonl-2000-s9-g2; passes alternate, best kept."""
    from benchmarks.bench_summarize import PIPELINE_G2, _pipeline_events

    events = [e for events in _pipeline_events(PIPELINE_G2).values() for e in events]
    settings = {"off": SummarizeConfig(), "on": replace(SummarizeConfig(), **{KEY: weight})}
    best = dict.fromkeys(settings, float("inf"))
    for _ in range(repeats):
        for name, config in settings.items():
            started = time.process_time()
            for articles, source_of, selectable in events:
                summarize_event(articles, source_of, config, selectable=selectable)
            best[name] = min(best[name], time.process_time() - started)
    ms = {name: round(1000 * spent / len(events), 3) for name, spent in best.items()}
    return {"events": len(events), "ms_per_event": ms, "added_ms_per_event": round(ms["on"] - ms["off"], 3)}


def write_module(model: SentenceModel, weight: float) -> None:
    """Write the shipped weights as a Python module (reviewable numbers, no pickle)."""
    lines = [
        '"""The shipped sentence scorer, written by benchmarks/train_sentence_model.py (do not edit by hand).',
        "",
        "Ridge regression of a candidate's ROUGE-2 recall on ``sentence_model.SENTENCE_FEATURES``, trained only",
        "on dev sets (duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).",
        f"Prior weight chosen on all five dev sets with this model: {weight} (see benchmarks/results/summarize.md).",
        '"""',
        "",
        "from newsfuse.summarize.sentence_model import SentenceModel",
        "",
        "SENTENCE_MODEL = SentenceModel(",
        "    mean=(",
        *(f"        {v!r},  # {n}" for v, n in zip(model.mean, SENTENCE_FEATURES, strict=True)),
        "    ),",
        "    scale=(",
        *(f"        {v!r},  # {n}" for v, n in zip(model.scale, SENTENCE_FEATURES, strict=True)),
        "    ),",
        "    coefficients=(",
        *(f"        {v!r},  # {n}" for v, n in zip(model.coefficients, SENTENCE_FEATURES, strict=True)),
        "    ),",
        f"    intercept={model.intercept!r},",
        f"    provenance={model.provenance!r},",
        ")",
        "",
    ]
    OUT.write_text("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out ROUGE of the prior first")
    parser.add_argument("--grid", default="0.05,0.1,0.2,0.4", help="prior weights tried")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite sentence_weights.py")
    parser.add_argument("--key", default=KEY, choices=("sentence_prior", "sentence_reweight"))
    parser.add_argument("--cost", type=float, help="only time the scorer at this weight on pipeline events")
    parser.add_argument("--label", default=LABEL, choices=("recall", "density"))
    args = parser.parse_args(argv)
    globals()["KEY"] = args.key
    globals()["LABEL"] = args.label
    grid = sorted({0.0, *(float(w) for w in args.grid.split(","))})  # 0 = prior off is always a choice
    if args.cost is not None:
        cost = scorer_cost(args.cost)
        print(json.dumps(cost), flush=True)
        stored = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        stored["cost"] = {**cost, KEY: args.cost, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
        RESULTS.write_text(json.dumps(stored, indent=1) + "\n")
        return 0
    started = time.process_time()
    specs = {s.name: s for s in SETS if s.name in DEV}
    clusters = {name: prepare(specs[name]) for name in DEV}
    grams = _Grams()
    data = {name: [cluster_data(specs[name], c, grams) for c in clusters[name]] for name in DEV}
    sizes = {name: int(sum(len(y) for _, y in data[name])) for name in DEV}
    print("sentences", sizes, flush=True)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report: dict[str, Any] = {
        "date": when,
        "command": " ".join(["train_sentence_model.py", *(argv or sys.argv[1:])]),
    }
    report["sentences"] = sizes
    if args.cv:
        report["cv"] = cross_validate(specs, clusters, data, grid)
    elif RESULTS.exists():  # keep the last leave-one-set-out figures (they say their own date)
        last = json.loads(RESULTS.read_text())
        if "cv" in last:
            report["cv"] = {**last["cv"], "date": last["cv"].get("date", last.get("date"))}
    provenance = (
        f"benchmarks/train_sentence_model.py (ridge alpha={ALPHA}) on {when}; trained on dev sets only: "
        f"{', '.join(DEV)}; label = mean ROUGE-2 recall of the sentence against the references"
    )
    model = fit([d for name in DEV for d in data[name]], provenance)
    runs = {w: {name: score(specs[name], clusters[name], w, model) for name in DEV} for w in grid}
    means = {w: float(np.mean([runs[w][n]["rouge2"] for n in DEV])) for w in runs}
    best = max(runs, key=lambda w: (means[w], -w))
    report["all_sets"] = {"by_weight": {str(w): runs[w] for w in sorted(runs)}, "chosen_weight": best}
    report["coefficients"] = dict(zip(SENTENCE_FEATURES, model.coefficients, strict=True))
    report["cpu_s"] = round(time.process_time() - started, 1)
    print(json.dumps(report["all_sets"], indent=1), flush=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    if not args.no_write:
        write_module(model, best)
    return 0


if __name__ == "__main__":
    sys.exit(main())
