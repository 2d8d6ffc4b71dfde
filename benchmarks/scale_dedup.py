"""Cost curve of the dedup index for 10k, 100k and 1M generated articles (benchmarks/dedup_generator.py).

Articles are streamed into one DedupIndex in batches of 10,000 (the incremental path: each batch is
verified against everything indexed before it), so the cost per article at each size shows whether growth
is near-linear. Time is CPU time of ``DedupIndex.add`` only (generation excluded); memory is the bytes the
index holds per article (tracemalloc on the first sizes, numpy buffers beyond). A time budget stops the
run after the size that fits; the results say which sizes ran.

Run from the repo root: nice .venv/bin/python benchmarks/scale_dedup.py [--budget-minutes 40]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import dedup_generator as gen
from newsfuse.dedup import DedupIndex
from newsfuse.model import Article

RESULTS = Path(__file__).resolve().parent / "results"
SIZES = (10_000, 100_000, 1_000_000)
BATCH = 10_000


def run(budget_seconds: float) -> dict[str, Any]:
    curve = []
    started = time.monotonic()
    for size in SIZES:
        docs = gen.synthetic_corpus(size)
        index = DedupIndex()
        cpu = 0.0
        words = 0
        while len(index) < size:
            batch = [
                Article(d.id, d.id, d.text, published=d.published)
                for d in islice(docs, min(BATCH, size - len(index)))
            ]
            words += sum(len(a.text.split()) for a in batch)
            start = time.process_time()
            index.add(batch)
            cpu += time.process_time() - start
            if time.monotonic() - started > budget_seconds:
                break
        t0 = time.process_time()
        result = index.result()
        cpu += time.process_time() - t0
        point = {
            "articles": len(index),
            "mean_words": round(words / max(1, len(index)), 1),
            "cpu_seconds": round(cpu, 1),
            "articles_per_second": round(len(index) / cpu),
            "microseconds_per_article": round(1e6 * cpu / len(index), 1),
            "numpy_bytes_per_article": round(index.nbytes / len(index)),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "groups": len(result.groups),
            "complete": len(index) == size,
        }
        curve.append(point)
        print(json.dumps(point), flush=True)
        if not point["complete"] or time.monotonic() - started > budget_seconds:
            break
    return {
        "command": "benchmarks/scale_dedup.py",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seed": gen.SEED,
        "batch": BATCH,
        "budget_seconds": budget_seconds,
        "curve": curve,
    }


def write(figures: dict[str, Any]) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale_dedup.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Dedup cost curve",
        "",
        f"Command: `nice .venv/bin/python {figures['command']}` — {figures['date']}, seed {figures['seed']}, "
        f"batches of {figures['batch']} (incremental adds). Shared 2-core machine: CPU times, indicative.",
        "Target: near-linear growth (constant cost per article); >= 2,000 articles/s for ~600-word articles.",
        "",
        "| articles | mean words | CPU s | articles/s | µs/article | numpy bytes/article | peak RSS MB | groups | complete |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for p in figures["curve"]:
        lines.append(
            f"| {p['articles']} | {p['mean_words']} | {p['cpu_seconds']} | {p['articles_per_second']} | "
            f"{p['microseconds_per_article']} | {p['numpy_bytes_per_article']} | {p['peak_rss_mb']} | {p['groups']} | "
            f"{p['complete']} |"
        )
    ran = [p["articles"] for p in figures["curve"]]
    missing = [s for s in SIZES if s not in ran]
    if missing:
        lines += ["", f"Not run within the {figures['budget_seconds'] / 60:.0f}-minute budget: {missing}."]
    (RESULTS / "scale_dedup.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    minutes = (
        float(sys.argv[sys.argv.index("--budget-minutes") + 1]) if "--budget-minutes" in sys.argv else 40.0
    )
    write(run(minutes * 60))
