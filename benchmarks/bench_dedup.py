"""Dedup quality and speed on the labelled benchmark of benchmarks/dedup_generator.py, beside datasketch.

Quality: pair F1 of duplicate groups, recall per copy kind (truncated copies above all), shared-passage F1
on (rewrite, wire) group pairs, false merges of hard negatives (different articles of one event). Every
generated text is cleaned by newsfuse's cleaner first, as in the pipeline. The peer is datasketch MinHash
+ MinHashLSH (5-word shingles, 128 permutations) joining pairs whose estimated Jaccard passes 0.5 or 0.8.
Speed: sketches + index + verification per second on one core for ~600-word articles, and memory per
indexed article. Real data: the syndicated groups found on newscluster_giveme5w1h, for a hand check.

Run from the repo root: .venv/bin/python benchmarks/bench_dedup.py [--quick]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import dedup_generator as gen
from benchmarks.metrics import pairwise
from benchmarks.saved import save_results
from newsfuse.clean import clean_document
from newsfuse.dedup import DedupIndex, find_duplicates
from newsfuse.dedup.shingles import normalized_words
from newsfuse.model import Article, DedupResult, RawDoc

RESULTS = Path(__file__).resolve().parent / "results"
HAND_CHECK = "## Hand check (written by hand, kept across runs)"
TARGETS = {
    "pair_f1": 0.98,
    "truncated_recall": 0.97,
    "shared_passage_f1": 0.90,
    "hard_negative_false_merges": 0.005,
}


def clean(docs: list[gen.Doc]) -> tuple[list[Article], Counter[str]]:
    articles, dropped = [], Counter[str]()
    for doc in docs:
        out = clean_document(RawDoc(doc.id, f"{doc.id}.txt", text=doc.text, published=doc.published))
        if isinstance(out, Article):
            articles.append(out)
        else:
            dropped[doc.kind] += 1
    return articles, dropped


def labels_of(result: DedupResult, ids: list[str]) -> dict[str, str]:
    of = result.duplicate_of()
    return {i: of.get(i, i) for i in ids}


def score(
    bench: gen.Benchmark, articles: list[Article], predicted: dict[str, str], shared: set[frozenset[str]]
) -> dict[str, Any]:
    """Every quality figure of one system's labels and shared-passage group pairs."""
    docs = {d.id: d for d in bench.docs}
    kept = [a.id for a in articles]
    gold = {i: docs[i].group for i in kept}
    pair = pairwise(predicted, gold)
    recall: dict[str, list[bool]] = defaultdict(list)
    for i in kept:
        doc = docs[i]
        if doc.kind not in ("original", "rewrite") and doc.group in predicted:
            recall[doc.kind].append(predicted[i] == predicted[doc.group])
    hard = [(a, b) for a, b in bench.hard_negatives if a in predicted and b in predicted]
    merged = sum(predicted[a] == predicted[b] for a, b in hard)
    gold_shared = {p for p in bench.shared if all(i in predicted for i in p)}
    tp = len(shared & gold_shared)
    precision = tp / len(shared) if shared else 1.0
    srecall = tp / len(gold_shared) if gold_shared else 1.0
    return {
        "pair_precision": round(pair["precision"], 4),
        "pair_recall": round(pair["recall"], 4),
        "pair_f1": round(pair["f1"], 4),
        "recall_by_kind": {k: round(sum(v) / len(v), 4) for k, v in sorted(recall.items())},
        "truncated_recall": round(sum(recall["truncated"]) / max(1, len(recall["truncated"])), 4),
        "shared_passage_precision": round(precision, 4),
        "shared_passage_recall": round(srecall, 4),
        "shared_passage_f1": round(2 * precision * srecall / (precision + srecall) if tp else 0.0, 4),
        "hard_negative_pairs": len(hard),
        "hard_negative_false_merges": round(merged / max(1, len(hard)), 4),
    }


def shared_groups(bench: gen.Benchmark, result: DedupResult) -> set[frozenset[str]]:
    group = {d.id: d.group for d in bench.docs}
    return {
        frozenset((group[p.article_id], group[p.source_id]))
        for p in result.shared
        if group[p.article_id] != group[p.source_id]
    }


def datasketch_labels(articles: list[Article], threshold: float) -> tuple[dict[str, str], float]:
    """The peer: MinHash + LSH near-duplicates, joined by union-find; returns labels and seconds."""
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in articles:
        words = normalized_words(a.text)
        grams = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
        sig = MinHash(num_perm=128)
        sig.update_batch(list(grams))
        for other in lsh.query(sig):
            parent[root(a.id)] = root(other)
        lsh.insert(a.id, sig)
    return {a.id: root(a.id) for a in articles}, time.perf_counter() - start


def speed(articles: list[Article]) -> dict[str, Any]:
    """Articles per second (one process, one core) and bytes per indexed article."""
    words = [len(a.text.split()) for a in articles]
    start = time.process_time()
    index = DedupIndex()
    index.add(articles)
    index.result()
    seconds = time.process_time() - start
    tracemalloc.start()
    measured = DedupIndex()
    measured.add(articles)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "articles": len(articles),
        "mean_words": round(float(np.mean(words)), 1),
        "cpu_seconds": round(seconds, 3),
        "articles_per_second": round(len(articles) / seconds),
        "bytes_per_article": round(current / len(articles)),
    }


def newscluster_groups() -> dict[str, Any]:
    """Duplicate groups and shared passages among the newscluster_giveme5w1h articles (all 451)."""
    path = gen.DATA / "newscluster_giveme5w1h" / "newscluster_giveme5w1h.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    info: dict[str, Any] = {}
    for row in rows:  # a few articles are listed twice (news_cluster and google_news): keep the first
        info.setdefault(row["id"], row)
    rows = list(info.values())
    raws = [
        RawDoc(r["id"], r["id"], text=r["text"], title=r["title"], published=r["date"])
        for r in rows
        if r["text"]
    ]
    articles = [a for a in (clean_document(r) for r in raws) if isinstance(a, Article)]
    result = find_duplicates(articles)

    def describe(aid: str) -> str:  # ids and outlets only: no third-party text in committed results
        r = info[aid]
        return f"{r['source']} [{r['cluster']}, {r['quality']}] {aid[:12]}"

    groups = [
        {
            "canonical": describe(g.canonical),
            "copies": [f"{describe(c)} ({rel}, {s})" for c, rel, s in g.copies],
        }
        for g in result.groups
    ]
    passages = [
        {"article": describe(p.article_id), "source": describe(p.source_id), "paragraphs": len(p.spans)}
        for p in result.shared
    ]
    same_cluster = sum(len({info[m]["cluster"] for m in g.members}) == 1 for g in result.groups)
    return {
        "articles": len(articles),
        "groups": groups,
        "groups_within_one_event": same_cluster,
        "shared": passages,
    }


def main(quick: bool = False) -> dict[str, Any]:
    bench = gen.build(originals=400 if quick else 1500)
    articles, dropped = clean(bench.docs)
    start = time.perf_counter()
    result = find_duplicates(articles)
    ours_seconds = time.perf_counter() - start
    ids = [a.id for a in articles]
    ours = score(bench, articles, labels_of(result, ids), shared_groups(bench, result))
    by_dataset = {}
    for name, prefix in (
        ("gva (dev)", "gva-"),
        ("newscluster (test)", "nc-"),
        ("multinews longbench (test)", "mn-"),
    ):
        subset = [a for a in articles if a.id.startswith(prefix)]
        part = gen.Benchmark(
            [d for d in bench.docs if d.id.startswith(prefix)],
            {p for p in bench.shared if all(i.startswith(prefix) for i in p)},
            [(a, b) for a, b in bench.hard_negatives if a.startswith(prefix)],
        )
        sub = find_duplicates(subset)
        by_dataset[name] = score(
            part, subset, labels_of(sub, [a.id for a in subset]), shared_groups(part, sub)
        )
    peers = {}
    for threshold in (0.5, 0.8):
        labels, seconds = datasketch_labels(articles, threshold)
        peer = score(bench, articles, labels, set())
        peer["seconds"] = round(seconds, 2)
        peers[f"datasketch MinHashLSH t={threshold}"] = peer
    sized = [a for a in articles if 450 <= len(a.text.split()) <= 750]
    synthetic = [
        a
        for a in clean(
            [d for d in gen.synthetic_corpus(6000 if quick else 20000) if 450 <= len(d.text.split()) <= 750]
        )[0]
    ]
    figures = {
        "command": "benchmarks/bench_dedup.py" + (" --quick" if quick else ""),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seed": gen.SEED,
        "generator": bench.stats,
        "cleaner_dropped": dict(dropped),
        "targets": TARGETS,
        "newsfuse": ours | {"seconds": round(ours_seconds, 2)},
        "by_dataset": by_dataset,
        "peers": peers,
        "speed_benchmark_600w": speed(sized),
        "speed_synthetic_600w": speed(synthetic),
        "newscluster_giveme5w1h": newscluster_groups(),
    }
    return figures


def write(figures: dict[str, Any]) -> None:
    save_results("dedup", figures, indent=1)
    ours, peers = figures["newsfuse"], figures["peers"]
    rows = [("newsfuse", ours), *peers.items()]
    lines = [
        "# Dedup benchmark",
        "",
        f"Command: `.venv/bin/python {figures['command']}` — {figures['date']}, seed {figures['seed']} "
        "(shared 2-core machine: speed figures are indicative).",
        f"Generator: {figures['generator']}; cleaner dropped {figures['cleaner_dropped']}.",
        "",
        "| system | pair P | pair R | pair F1 | truncated R | passage F1 | hard-neg false merges | s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, f in rows:
        lines.append(
            f"| {name} | {f['pair_precision']} | {f['pair_recall']} | {f['pair_f1']} | {f['truncated_recall']} | "
            f"{f['shared_passage_f1']} | {f['hard_negative_false_merges']} | {f.get('seconds', '')} |"
        )
    t = figures["targets"]
    lines += [
        f"| target | | | >= {t['pair_f1']} | >= {t['truncated_recall']} | >= {t['shared_passage_f1']} | "
        f"<= {t['hard_negative_false_merges']} | |",
        "",
        f"Recall by copy kind (newsfuse): {ours['recall_by_kind']}",
        f"Shared passages (newsfuse): P {ours['shared_passage_precision']}, R {ours['shared_passage_recall']}.",
        "",
        "## By dataset (thresholds were chosen on gva only)",
        "",
        "| set | pair F1 | truncated R | passage F1 | hard-neg false merges |",
        "|---|---|---|---|---|",
    ]
    for name, f in figures["by_dataset"].items():
        lines.append(
            f"| {name} | {f['pair_f1']} | {f['truncated_recall']} | {f['shared_passage_f1']} | "
            f"{f['hard_negative_false_merges']} |"
        )
    lines += ["", "## Speed and memory (one process; target >= 2,000 articles/s)", ""]
    for name in ("speed_benchmark_600w", "speed_synthetic_600w"):
        lines.append(f"- {name}: {figures[name]}")
    nc = figures["newscluster_giveme5w1h"]
    lines += [
        "",
        f"## newscluster_giveme5w1h: {len(nc['groups'])} duplicate groups among {nc['articles']} articles "
        f"({nc['groups_within_one_event']} within one gold event), {len(nc['shared'])} shared-passage pairs",
        "",
    ]
    for g in nc["groups"]:
        lines.append(f"- {g['canonical']}")
        lines += [f"  - {c}" for c in g["copies"]]
    lines += ["", f"Shared passages (first 40 of {len(nc['shared'])}; all in dedup.json):", ""]
    lines += [f"- {p['article']} <- {p['source']} ({p['paragraphs']} blocks)" for p in nc["shared"][:40]]
    old = (RESULTS / "dedup.md").read_text(encoding="utf-8") if (RESULTS / "dedup.md").exists() else ""
    kept = old[old.index(HAND_CHECK) :] if HAND_CHECK in old else HAND_CHECK + "\n\n(not yet done)\n"
    (RESULTS / "dedup.md").write_text("\n".join(lines) + "\n\n" + kept, encoding="utf-8")


if __name__ == "__main__":
    results = main(quick="--quick" in sys.argv)
    write(results)
    print(
        json.dumps(
            {k: results[k] for k in ("newsfuse", "peers", "speed_benchmark_600w", "speed_synthetic_600w")},
            indent=1,
        )
    )
