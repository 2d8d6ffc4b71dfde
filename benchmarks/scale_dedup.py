"""Cost curve of the dedup index for 10k, 100k and 1M generated articles (benchmarks/dedup_generator.py).

One stream of generated articles is added to one DedupIndex in batches of 10,000 (the incremental path:
each batch is verified against everything indexed before it); the figures at 10k, 100k and 1M are those of
the index when it holds that many articles, so the 10k point is the first 10k of the 1M stream. Time is
CPU time of ``DedupIndex.add`` and ``result`` (generation excluded); memory is the growth of the
process's resident memory (VmRSS) over the index's life per indexed article (sketches, postings, matches,
ids and Python objects) beside the index's own numpy buffers. Sizes 30k and 300k are extra points on the
way. A time budget stops the run after the batch that passes it, and that size is reported too. The growth exponent is the slope of log CPU against log articles.

Run from the repo root: nice .venv/bin/python benchmarks/scale_dedup.py [--budget-minutes 30] [--max N]
With ``--spill N`` (written to scale_dedup_spill.*): the index's traced memory growth per article over N
generated articles, sketches held in memory vs spilled to a folder (``SketchStore``), and the same result.
With ``--classify`` (a diagnostic, written to scale_dedup_classified.*), every verified candidate pair is
counted by what the generator made it (see ``Provenance``).
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import dedup_generator as gen
from newsfuse.config import DedupConfig
from newsfuse.dedup import DedupIndex
from newsfuse.dedup import index as index_module
from newsfuse.dedup import verify as verify_module
from newsfuse.dedup.shingles import Sketch
from newsfuse.dedup.verify import Match
from newsfuse.model import Article

RESULTS = Path(__file__).resolve().parent / "results"
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
BATCH = 10_000
READING = "## Reading (written by hand, kept across runs)"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    """Resident memory now (Linux /proc; peak RSS elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return _rss_mb()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")) / 1024


class Provenance:
    """Counts the candidate pairs verified by what the generator made them: copies of one original, two
    originals built on a common real paragraph (each half re-worded), or neither (chance overlap of real
    phrases). A diagnostic: it wraps ``compare`` in the index module, which costs a little CPU."""

    def __init__(self) -> None:
        self.of: dict[str, tuple[str, frozenset[int]]] = {}
        self.counts: Counter[str] = Counter()

    def note(self, docs: list[gen.Doc]) -> None:
        self.of.update((d.id, (d.group, frozenset(d.sources))) for d in docs)

    def install(self) -> None:
        verify = verify_module.compare

        def counting(a: Sketch, b: Sketch, config: DedupConfig) -> Match | None:
            (group_a, sources_a), (group_b, sources_b) = self.of[a.id], self.of[b.id]
            same = group_a == group_b
            self.counts[
                "same_original" if same else "common_paragraph" if sources_a & sources_b else "other"
            ] += 1
            return verify(a, b, config)

        vars(index_module)["compare"] = counting  # the name the index calls


def run(
    budget_seconds: float, largest: int = SIZES[-1], provenance: Provenance | None = None
) -> dict[str, Any]:
    """Stream up to ``largest`` articles into one index, recording each size of SIZES reached."""
    sizes = [s for s in SIZES if s <= largest]
    if provenance is not None:
        provenance.install()
    started = time.monotonic()
    stream = gen.synthetic_corpus(sizes[-1])
    docs = chain([next(stream)], stream)  # the generator's set-up is done before the memory baseline
    index = DedupIndex()
    base_rss = _current_rss_mb()
    cpu = words = 0.0
    batches: list[dict[str, Any]] = []
    curve: list[dict[str, Any]] = []
    stopped = ""
    while len(index) < sizes[-1]:
        chunk = list(islice(docs, BATCH))
        if not chunk:
            break
        batch = [Article(d.id, d.id, d.text, published=d.published) for d in chunk]
        before = Counter(provenance.counts) if provenance else Counter[str]()
        if provenance is not None:
            provenance.note(chunk)
        words += sum(len(a.text.split()) for a in batch)
        compared = index.compared
        start = time.process_time()
        index.add(batch)
        spent = time.process_time() - start
        cpu += spent
        batches.append(
            {
                "articles": len(index),
                "cpu_seconds": round(spent, 2),
                "microseconds_per_article": round(1e6 * spent / len(batch), 1),
                "compared_per_article": round((index.compared - compared) / len(batch), 2),
            }
        )
        if provenance is not None:
            batches[-1]["compared_by_kind_per_article"] = {
                k: round((provenance.counts[k] - before[k]) / len(batch), 2)
                for k in sorted(provenance.counts)
            }
        print(json.dumps(batches[-1]), flush=True)
        over = time.monotonic() - started > budget_seconds and len(index) < sizes[-1]
        if len(index) in sizes or over:
            start = time.process_time()
            result = index.result()
            spent = time.process_time() - start
            n = len(index)
            curve.append(
                {
                    "articles": n,
                    "mean_words": round(words / n, 1),
                    "cpu_seconds": round(cpu + spent, 1),
                    "result_cpu_seconds": round(spent, 1),
                    "articles_per_second": round(n / (cpu + spent)),
                    "microseconds_per_article": round(1e6 * (cpu + spent) / n, 1),
                    "compared_per_article": round(index.compared / n, 2),
                    "matches": len(index.matches),
                    "groups": len(result.groups),
                    "numpy_bytes_per_article": round(index.nbytes / n),
                    "peak_rss_mb": round(_rss_mb()),
                    "rss_bytes_per_article": round((_current_rss_mb() - base_rss) * 2**20 / n),
                    "wall_minutes": round((time.monotonic() - started) / 60, 1),
                    "planned_size": n in sizes,
                }
            )
            print(json.dumps(curve[-1]), flush=True)
        if over:
            stopped = f"time budget of {budget_seconds / 60:.0f} min reached at {len(index)} articles"
            break
    exponent = None
    if len(curve) >= 2:
        a, b = curve[0], curve[-1]
        exponent = round(
            math.log(b["cpu_seconds"] / a["cpu_seconds"]) / math.log(b["articles"] / a["articles"]), 3
        )
    return {
        "command": "benchmarks/scale_dedup.py",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seed": gen.SEED,
        "batch": BATCH,
        "budget_seconds": budget_seconds,
        "curve": curve,
        "growth_exponent": exponent,
        "stopped": stopped,
        "batches": batches,
    }


def write(figures: dict[str, Any], name: str = "scale_dedup") -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Dedup cost curve",
        "",
        f"Command: `nice .venv/bin/python {figures['command']}` — {figures['date']}, seed {figures['seed']}, "
        f"one stream in batches of {figures['batch']} (incremental adds). Shared 2-core machine: CPU "
        "times, indicative.",
        "Target: near-linear growth (constant cost per article); >= 2,000 articles/s for ~600-word articles.",
        "",
        "| articles | mean words | CPU s | articles/s | µs/article | compared/article | groups | "
        "numpy B/article | RSS B/article | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for p in figures["curve"]:
        lines.append(
            f"| {p['articles']} | {p['mean_words']} | {p['cpu_seconds']} | {p['articles_per_second']} | "
            f"{p['microseconds_per_article']} | {p['compared_per_article']} | {p['groups']} | "
            f"{p['numpy_bytes_per_article']} | {p['rss_bytes_per_article']} | {p['peak_rss_mb']} |"
        )
    lines += [
        "",
        f"Growth exponent (log CPU / log articles, first to last size): {figures['growth_exponent']}",
    ]
    if figures["stopped"]:
        lines += ["", f"Stopped: {figures['stopped']}."]
    marks = [b for b in figures["batches"] if b["articles"] in {10_000, 50_000, 100_000, 500_000, 1_000_000}]
    lines += [
        "",
        "Marginal cost of single batches of 10,000 (µs/article, candidate pairs verified/article):",
        "",
    ]
    lines += [
        f"- at {b['articles']}: {b['microseconds_per_article']} µs, {b['compared_per_article']} compared"
        + (f" {b['compared_by_kind_per_article']}" if "compared_by_kind_per_article" in b else "")
        for b in marks
    ]
    path = RESULTS / f"{name}.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = old[old.index(READING) :] if READING in old else READING + "\n\n(not yet written)\n"
    path.write_text("\n".join(lines) + "\n\n" + kept, encoding="utf-8")


def spill_memory(n: int, resident: int = 5000) -> dict[str, Any]:
    """Memory the index allocates per article (tracemalloc, sketches unpickled as they come from the pool)
    and ``add`` CPU, with every sketch in memory and with all but ``resident`` spilled; same result."""
    import pickle
    import tempfile
    import tracemalloc

    batch = [Article(d.id, d.id, d.text, published=d.published) for d in gen.synthetic_corpus(n)]
    sketches = DedupIndex().sketch(batch)
    del batch
    rows, results = [], []
    for spilled in (False, True):
        with tempfile.TemporaryDirectory() as folder:
            tracemalloc.start()
            index = DedupIndex(spill_folder=folder, resident=resident) if spilled else DedupIndex()
            cpu, marks = 0.0, []
            for i in range(0, len(sketches), 1000):
                arrived = [pickle.loads(pickle.dumps(s)) for s in sketches[i : i + 1000]]
                start = time.process_time()
                index.add_sketches(arrived)
                cpu += time.process_time() - start
                marks.append((len(index), tracemalloc.get_traced_memory()[0]))
            results.append(index.result())
            held, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            (n0, m0), (n1, m1) = marks[len(marks) // 4], marks[-1]
            rows.append(
                {
                    "sketches": f"all but {resident} spilled" if spilled else "all in memory",
                    "held_mb": round(held / 2**20, 1),
                    "peak_mb": round(peak / 2**20, 1),
                    "bytes_per_article_growth": round((m1 - m0) / (n1 - n0)),
                    "add_cpu_s": round(cpu, 2),
                    "groups": len(results[-1].groups),
                    "shared": len(results[-1].shared),
                }
            )
            del index
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "articles": n,
        "rows": rows,
        "same_result": results[0] == results[1],
    }


def write_spill(report: dict[str, Any]) -> None:
    (RESULTS / "scale_dedup_spill.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Dedup index memory: sketches in memory vs spilled (SketchStore)",
        "",
        f"Command: `nice .venv/bin/python benchmarks/scale_dedup.py --spill {report['articles']}` — "
        f"{report['date']}, shared 2-core machine (CPU indicative). Memory: tracemalloc over the index's life.",
        "",
        "| sketches | held MB | peak MB | bytes per article (growth) | add CPU s | groups | shared |",
        "|---|---|---|---|---|---|---|",
        *(
            f"| {r['sketches']} | {r['held_mb']} | {r['peak_mb']} | {r['bytes_per_article_growth']} | "
            f"{r['add_cpu_s']} | {r['groups']} | {r['shared']} |"
            for r in report["rows"]
        ),
        "",
        f"Same groups and passages: {report['same_result']}.",
    ]
    (RESULTS / "scale_dedup_spill.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--spill" in args:
        write_spill(spill_memory(int(args[args.index("--spill") + 1])))
        sys.exit()
    minutes = float(args[args.index("--budget-minutes") + 1]) if "--budget-minutes" in args else 30.0
    most = int(args[args.index("--max") + 1]) if "--max" in args else SIZES[-1]
    if "--classify" in args:
        write(run(minutes * 60, most, Provenance()), "scale_dedup_classified")
    else:
        write(run(minutes * 60, most))
