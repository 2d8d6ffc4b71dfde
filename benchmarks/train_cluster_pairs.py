"""Train the clusterer's pair model (``newsfuse.cluster.pairs``) on the dev sets, leave one set out.

Run from the repo root: ``.venv/bin/python benchmarks/train_cluster_pairs.py [--write]``.

Pairs: each dev set (GVA, pooled Multi-News, UCI; never the test set) is streamed through the default
clusterer in date order with the pile's document frequencies, as ``cluster_articles`` does; before each
article joins, every candidate event the inverted index offers it is a pair, labelled 1 when at least
half of that event's articles share the article's gold event. A logistic regression (scikit-learn,
standardised features, each set weighted equally) is fitted on the pairs.

Leave one set out: for each dev set, a model fitted on the other two, its join threshold chosen on those
two (best mean batch B³ F1), then scored on the held-out set. The shipped model is fitted on all three
dev sets with the threshold chosen on all three; ``--write`` writes it to
src/newsfuse/cluster/pair_weights.py. Results: benchmarks/results/cluster_pairs.json and .md.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_cluster import RESULTS, Prepared, _labels, _scores, prepare, set_config, sources
from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.cluster.batch import date_order
from newsfuse.cluster.features import article_terms, published_day
from newsfuse.cluster.pairs import FEATURES, PairModel
from newsfuse.config import Config

DEV = ("gva_violent_corpus", "multinews_mnplus_3000", "uci_news_aggregator_subset")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
CACHE = Path(__file__).resolve().parent / "work" / "cluster_prepared"  # git-ignored
WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "newsfuse" / "cluster" / "pair_weights.py"


def prepared_set(name: str, config: Config) -> Prepared:
    """A dev set cleaned and deduplicated as ``bench_cluster`` does (cached in benchmarks/work)."""
    path = CACHE / f"{name}.pickle"
    if path.exists():
        cached: Prepared = pickle.loads(path.read_bytes())
        return cached
    role, pairs = sources()[name]
    prepared = prepare(name, role, pairs, set_config(name, config))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(prepared))
    return prepared


def _follow(clusterer: StreamClusterer, members: dict[str, Counter[str]], seen: int) -> int:
    """Move the gold labels of events merged since merge number ``seen``; returns the merges seen now."""
    for merge in clusterer.merges[seen:]:
        members.setdefault(merge.kept, Counter()).update(members.pop(merge.absorbed, Counter()))
    return len(clusterer.merges)


def pairs(prepared: Prepared, config: Config) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs of a set's stream (features, labels), as the module docstring says."""
    leaders = date_order([a for a in prepared.articles if a.id not in prepared.same_as])
    terms = [article_terms(a, config.cluster.max_words) for a in leaders]
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    clusterer = StreamClusterer(config.cluster, frequency, len(leaders))
    members: dict[str, Counter[str]] = {}
    seen, newest = 0, None
    rows: list[list[float]] = []
    labels: list[int] = []
    for article, counts in zip(leaders, terms, strict=True):
        day = published_day(article.published)
        if day is not None and (newest is None or day > newest):
            clusterer.consolidate()  # as ``add`` would before scoring this article
            newest = day
        seen = _follow(clusterer, members, seen)
        gold = prepared.gold[article.id]
        for eid, values in clusterer.pair_features(article, counts):
            held = members[eid]
            rows.append(values)
            labels.append(int(2 * held[gold] >= sum(held.values())))
        eid = clusterer.add(article, None, counts)
        seen = _follow(clusterer, members, seen)
        members.setdefault(eid, Counter())[gold] += 1
    return np.asarray(rows, dtype=float), np.asarray(labels, dtype=int)


def fit(sets: dict[str, tuple[np.ndarray, np.ndarray]], used: tuple[str, ...] = FEATURES) -> PairModel:
    """A logistic regression over standardised features (only those ``used``; the others get weight 0);
    each set weighs the same in total."""
    mask = np.array([name in used for name in FEATURES])
    x = np.vstack([f for f, _ in sets.values()])
    y = np.concatenate([labels for _, labels in sets.values()])
    weight = np.concatenate(
        [np.full(len(labels), len(y) / (len(sets) * len(labels))) for _, labels in sets.values()]
    )
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0.0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(((x - mean) / scale)[:, mask], y, sample_weight=weight)
    coef = np.zeros(len(FEATURES))
    coef[mask] = model.coef_[0]
    return PairModel(
        FEATURES,
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(float(v) for v in coef),
        float(model.intercept_[0]),
    )


def score(prepared: Prepared, config: Config, model: PairModel | None, threshold: float) -> dict[str, float]:
    """Batch B³ of a set with the pair model at ``threshold`` (``model`` None: the cosine clusterer)."""
    setting = config.with_values(cluster={"pair_model": model is not None, "pair_threshold": threshold})
    clusters = cluster_articles(prepared.articles, setting.cluster, prepared.same_as, pair_model=model)
    return _scores(_labels(clusters, prepared.gold), prepared.gold)


def sweep(
    model: PairModel, names: tuple[str, ...], data: dict[str, Prepared], config: Config
) -> dict[str, dict[float, dict[str, float]]]:
    return {n: {t: score(data[n], config, model, t) for t in THRESHOLDS} for n in names}


def best_threshold(table: dict[str, dict[float, dict[str, float]]], names: tuple[str, ...]) -> float:
    return max(THRESHOLDS, key=lambda t: (sum(table[n][t]["b3_f1"] for n in names), -abs(t - 0.5)))


def write_weights(model: PairModel, threshold: float, date: str) -> None:
    """The shipped model as a Python module (the weights and where they came from)."""
    lines = [
        '"""The shipped pair model (``cluster.pairs``): written by benchmarks/train_cluster_pairs.py --write.',
        "",
        f"Fitted {date} on the candidate pairs of the dev sets (../shared/data, each weighted equally):",
        f"{', '.join(DEV)}; join threshold {threshold} chosen on their mean batch B³ F1",
        "(``ClusterConfig.pair_threshold`` has it as its default).",
        '"""',
        "",
        "from newsfuse.cluster.pairs import PairModel",
        "",
        "MODEL = PairModel(",
        f"    names={model.names!r},",
        f"    mean={tuple(round(v, 6) for v in model.mean)!r},",
        f"    scale={tuple(round(v, 6) for v in model.scale)!r},",
        f"    coef={tuple(round(v, 6) for v in model.coef)!r},",
        f"    intercept={round(model.intercept, 6)!r},",
        ")",
        f"THRESHOLD = {threshold}",
        "",
    ]
    WEIGHTS.write_text("\n".join(lines), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(WEIGHTS)], check=True)


def _markdown(results: dict[str, Any]) -> str:
    cosine, final = results["cosine"], results["final"]
    lines = [
        "# Event clustering: the learned pair score (leave one dev set out)",
        "",
        f"Command: `.venv/bin/python benchmarks/train_cluster_pairs.py` · {results['date']}. Dev sets only; the",
        "test set is never read here. Batch B³ F1; cosine = the plain decayed-cosine join (threshold 0.2).",
        "",
        "| held-out set | threshold chosen on the other two | held-out B³ F1 | cosine B³ F1 |",
        "|---|---|---|---|",
    ]
    for held, fold in results["folds"].items():
        lines.append(
            f"| {held} | {fold['threshold']} | {fold['held_out']['b3_f1']:.3f} | {cosine[held]['b3_f1']:.3f} |"
        )
    lines += [
        "",
        f"Model fitted on all three (in-sample), B³ F1 by join threshold (chosen: {final['threshold']}):",
        "",
        "| set | " + " | ".join(str(t) for t in THRESHOLDS) + " | cosine |",
        "|---|" + "---|" * (len(THRESHOLDS) + 1),
    ]
    for name, row in final["sweep"].items():
        cells = " | ".join(f"{row[t]['b3_f1']:.3f}" for t in THRESHOLDS)
        lines.append(f"| {name} | {cells} | {cosine[name]['b3_f1']:.3f} |")
    lines += ["", "Pairs (candidates offered by the inverted index, positives):", ""]
    lines += [f"- {n}: {p['pairs']} pairs, {p['positive']} positive" for n, p in results["pairs"].items()]
    coef = ", ".join(f"{k} {v:+.2f}" for k, v in final["coef"].items())
    lines += ["", f"Coefficients (standardised features): {coef}."]
    return "\n".join(lines) + "\n"


def main() -> None:
    config = Config()
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    data = {n: prepared_set(n, config) for n in DEV}
    start = time.process_time()
    pair_sets = {n: pairs(data[n], config) for n in DEV}
    print(
        {n: (len(y), int(y.sum())) for n, (_, y) in pair_sets.items()},
        time.process_time() - start,
        flush=True,
    )
    baseline = {n: score(data[n], config, None, 0.0) for n in DEV}
    print("cosine", json.dumps(baseline), flush=True)
    folds: dict[str, Any] = {}
    for held in DEV:
        train = tuple(n for n in DEV if n != held)
        model = fit({n: pair_sets[n] for n in train})
        table = sweep(model, DEV, data, config)
        chosen = best_threshold(table, train)
        folds[held] = {"threshold": chosen, "held_out": table[held][chosen], "sweep": table}
        print(held, chosen, json.dumps(table[held][chosen]), flush=True)
    final = fit(pair_sets)
    table = sweep(final, DEV, data, config)
    chosen = best_threshold(table, DEV)
    results = {
        "date": date,
        "pairs": {n: {"pairs": len(y), "positive": int(y.sum())} for n, (_, y) in pair_sets.items()},
        "cosine": baseline,
        "folds": folds,
        "final": {"threshold": chosen, "sweep": table, "coef": dict(zip(FEATURES, final.coef, strict=True))},
    }
    print("final", chosen, json.dumps({n: table[n][chosen] for n in DEV}), flush=True)
    (RESULTS / "cluster_pairs.json").write_text(
        json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8"
    )
    (RESULTS / "cluster_pairs.md").write_text(_markdown(results), encoding="utf-8")
    if "--write" in sys.argv:
        write_weights(final, chosen, date)


if __name__ == "__main__":
    main()
