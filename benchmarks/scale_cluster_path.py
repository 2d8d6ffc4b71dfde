"""The clustering path of a streamed run: CPU per leader, events and main-process memory, old paths vs new.

Issue 9's 1M slowdown: above ``runtime.partition_size`` the pipeline clustered time-window partitions and
re-clustered every seam; at 1M articles a partition of 8,000 leaders spans ~6 days, less than the 7-day
window, so each seam re-clustered almost two partitions. The new path clusters every corpus as one
date-ordered stream (``pipeline._clusters``: terms made and spilled in batches on the pool, read back
lazily). This measures, on a generated corpus cleaned and deduplicated once (a pool of two):

- ``streamed (old)``: the old path below ``partition_size``: every leader's terms made one by one and held
  in a list for the whole corpus, then ``closed_clusters``;
- ``partitioned (old)``: the old path above ``partition_size``, with ``--partition-size`` (80 at 10,000
  articles gives partitions spanning ~6 days, as 8,000 at 1M);
- ``streamed (new)``: ``pipeline._clusters`` as the pipeline runs it now (any size);
- ``dense``: the new path on the same corpus with its dates squeezed 100-fold (the 1M corpus's articles
  per day), to see whether the serial clusterer's cost per leader grows with the density.

Each is run in one process (``LocalRunner(workers=1)``), so ``time.process_time`` is all its CPU (terms,
clustering, merges); events are drained, not built. Events are compared with the batch clusterer's
(``cluster_articles`` over the whole corpus). The main-process peak of each path's own allocations is
taken apart, under tracemalloc (``--memory``), as it slows everything down.

    python benchmarks/scale_cluster_path.py                 # 10,000 articles, partition_size 80 (~5 min)
    python benchmarks/scale_cluster_path.py --size 2000 --partition-size 16
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"

from benchmarks.warc_generator import WORK, folder_name  # noqa: E402
from newsfuse import pipeline  # noqa: E402
from newsfuse.cluster import cluster_articles  # noqa: E402
from newsfuse.cluster.batch import date_order  # noqa: E402
from newsfuse.config import Config  # noqa: E402
from newsfuse.ingest import read_inputs  # noqa: E402
from newsfuse.runtime import LocalRunner  # noqa: E402
from newsfuse.runtime.closing import closed_clusters, copies_of, terms_of  # noqa: E402
from newsfuse.runtime.held import Held, HeldArticles  # noqa: E402
from newsfuse.runtime.worker import tune_gc  # noqa: E402

SQUEEZE = 100
"""The dense variant's dates: days from the corpus's first one divided by this (10,000 articles over 730
days become ~1,370 a day, as 1M)."""

Path_ = Callable[[pipeline.Streamed, Config, LocalRunner], Iterable[Sequence[str]]]


def streamed_old(done: pipeline.Streamed, config: Config, runner: LocalRunner) -> Iterable[Sequence[str]]:
    """The path below ``partition_size`` before this change: every leader's terms made one by one (one
    spill read each), held in a list, then ``closed_clusters`` (which sums their frequencies)."""
    same_as = done.dedup.duplicate_of()
    heads = [h.head for h in done.held]
    leaders = date_order([a for a in heads if a.id not in same_as])
    terms = [terms_of(done.spill.read([done.ref_of[a.id]])[0], config.cluster) for a in leaders]
    return closed_clusters(leaders, terms, copies_of([a.id for a in heads], same_as), config.cluster)


def partitioned_old(done: pipeline.Streamed, config: Config, runner: LocalRunner) -> Iterable[Sequence[str]]:
    """The path above ``partition_size`` (unchanged code, now used only with embeddings)."""
    same_as = done.dedup.duplicate_of()
    leaders = [h.head for h in done.held if h.head.id not in same_as]
    return pipeline.partitioned_clusters(leaders, same_as, config, runner, (done.spill, done.ref_of))


def streamed_new(done: pipeline.Streamed, config: Config, runner: LocalRunner) -> Iterable[Sequence[str]]:
    return pipeline._clusters(done, config, runner)


def squeezed(done: pipeline.Streamed) -> pipeline.Streamed:
    """The run with every kept article's date moved closer to the first: ``SQUEEZE`` times as many a day."""
    days = [date.fromisoformat(h.head.published[:10]).toordinal() for h in done.held if h.head.published]
    first = min(days)
    held = HeldArticles()
    for h in done.held:
        published = h.head.published
        if published:
            day = first + (date.fromisoformat(published[:10]).toordinal() - first) // SQUEEZE
            published = date.fromordinal(day).isoformat()
        held.append(Held(replace(h.head, published=published), h.ref, h.key))
    return pipeline.Streamed(held, [], done.dedup, done.spill)


def batch_events(done: pipeline.Streamed, config: Config) -> list[list[str]]:
    """The batch clusterer's events over the whole corpus (articles read whole, dates as in the heads)."""
    whole = [replace(a, published=h.head.published) for h, a in zip(done.held, done.articles(), strict=True)]
    return cluster_articles(whole, config.cluster, same_as=done.dedup.duplicate_of())


def timed(path: Path_, done: pipeline.Streamed, config: Config) -> tuple[float, list[list[str]]]:
    with LocalRunner(workers=1) as runner:
        cpu = time.process_time()
        events = [sorted(ids) for ids in path(done, config, runner)]
        return time.process_time() - cpu, sorted(events)


def peak_mb(path: Path_, done: pipeline.Streamed, config: Config) -> float:
    """tracemalloc's peak (MB) over the path, with events handed over and dropped as they come."""
    with LocalRunner(workers=1) as runner:
        tracemalloc.start()
        for _ in path(done, config, runner):
            pass
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return round(peak / 2**20, 1)


NOTES = "\n## Notes (written by hand; kept when the tables above are rewritten)\n"


def _markdown(saved: dict[str, Any]) -> str:
    """The saved runs as tables, one per corpus size."""
    lines = [
        "# Clustering path of a streamed run (issue 9: the 1M slowdown)",
        "",
        "Written by `benchmarks/scale_cluster_path.py` (see its docstring). CPU seconds of one process",
        "(`time.process_time`: terms, clustering, seam merges; events drained, not built) on a machine shared",
        "with other engineers' jobs. `same as batch`: the events equal `cluster_articles` over the whole corpus.",
        "Target (issue 9): growth exponent <= 1.1, so the cost per leader must not grow with corpus size.",
    ]
    for _, report in sorted(saved.items(), key=lambda kv: int(kv[0])):
        lines += [
            "",
            f"## {report['corpus']}: {report['leaders']:,} leaders, batch clusterer {report['batch_events']:,} "
            f"events ({report['date']})",
            "",
            f"`{report['command']}`",
            "",
            "| path | CPU s | ms per leader | events | same as batch | main peak MB (tracemalloc) |",
            "|---|---:|---:|---:|---|---:|",
        ]
        for name, run in report["runs"].items():
            peak = run.get("main_peak_mb_traced", "")
            lines.append(
                f"| {name} | {run['cpu_s']} | {run['ms_per_leader']} | {run['events']:,} | "
                f"{'yes' if run['same_as_batch'] else 'no'} | {peak} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--partition-size", type=int, default=80)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--memory", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--save", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    tune_gc()
    folder = WORK / folder_name("jsonl", args.size, args.seed, 2)
    if not folder.exists():
        sys.exit(f"{folder} is missing: make it with benchmarks/scale_pipeline.py --sizes {args.size}")
    config = Config()
    small = config.with_values(runtime={"partition_size": args.partition_size})
    with pipeline._spill_folder(None) as spill, LocalRunner(workers=2) as pool:
        done = pipeline._clean_and_dedup(
            read_inputs(sorted(folder.iterdir()), config.ingest), config, pool, spill
        )
        pool.close()
        leaders = len(done.held) - len(done.dedup.duplicate_of())
        expected = batch_events(done, config)
        dense = squeezed(done)
        runs: dict[str, Any] = {}
        for name, path, cfg, run in (
            ("streamed (old)", streamed_old, config, done),
            (f"partitioned (old), partition_size {args.partition_size}", partitioned_old, small, done),
            ("streamed (new)", streamed_new, config, done),
            (f"streamed (new), partition_size {args.partition_size}", streamed_new, small, done),
            (f"dense x{SQUEEZE}: streamed (new)", streamed_new, config, dense),
        ):
            cpu, events = timed(path, run, cfg)
            same = events == (expected if run is done else batch_events(dense, config))
            runs[name] = {
                "cpu_s": round(cpu, 2),
                "ms_per_leader": round(1000 * cpu / leaders, 3),
                "events": len(events),
                "same_as_batch": same,
            }
            print(name, json.dumps(runs[name]), flush=True)
        if args.memory:
            for name, path in (("streamed (old)", streamed_old), ("streamed (new)", streamed_new)):
                runs[name]["main_peak_mb_traced"] = peak_mb(path, done, config)
                print(name, "peak", runs[name]["main_peak_mb_traced"], "MB", flush=True)
    report = {
        "command": "python " + " ".join(sys.argv),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": "2 cores shared with ~6 other engineers' jobs: CPU seconds (process_time), one process",
        "corpus": folder.name,
        "articles": args.size,
        "leaders": leaders,
        "batch_events": len(expected),
        "runs": runs,
    }
    if args.save:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / "scale_cluster_path.json"
        saved = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        saved[str(args.size)] = report  # the latest run of each size
        out.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
        md = out.with_suffix(".md")
        kept = md.read_text(encoding="utf-8").partition(NOTES)[2] if md.exists() else "\n"
        md.write_text(_markdown(saved) + NOTES + kept, encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
