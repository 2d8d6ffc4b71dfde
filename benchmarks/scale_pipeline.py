"""Throughput and peak memory of the whole pipeline at growing sizes, local engine vs Dask.

Inputs come from benchmarks/warc_generator.py (perturbed copies of real ../shared/data articles; generator 2
by default, whose stories grow with the corpus): plain text in JSONL, and CC-NEWS-like WARC (HTML). Each
(input, size, engine) runs in a child process; the parent samples the PSS of the child and all its
descendants (pool or Dask workers included) and keeps the peak. The growth exponent is the slope of
log(seconds) against log(articles).

    # the key sizes (about 10 minutes on two free cores):
    python benchmarks/scale_pipeline.py --sizes 10000,100000 --engines local2 --no-write --limit 900
    python benchmarks/scale_pipeline.py      # plain text, 2,000 and 10,000 articles, local / local2 / dask2
    python benchmarks/scale_pipeline.py --formats warc --sizes 2000 --engines local
    python benchmarks/scale_pipeline.py --sizes ''   # only rewrite the tables from the saved runs

Engines: ``local`` (one process), ``localN`` (a pool of N worker processes), ``daskN`` (a LocalCluster of
N workers). CPU seconds are those of the whole process tree. Stages (wall seconds, and CPU seconds of the
main process): ``clean+`` cleaning and sketching on the pool while the main process verifies dedup,
``terms+`` the clustering terms on the pool (``terms`` before session 7), their document frequencies summed
here, ``events+`` clustering in the main process while the pool builds the events it has closed (with
embeddings and more leaders than ``runtime.partition_size``: ``cluster`` and ``merge``, partitions and seams on
the pool, first), ``rest`` everything else in the main process. ``--partition-size 80`` at 10,000 articles
makes partitions as dense as 8,000 at 1M (it changes nothing from session 7 on, without embeddings).

``--squeeze K`` divides each article's days after the generator's first day by K, so that 100,000 articles
with K = 10 have 1,000,000's articles per day (the clustering window as full as at 1M, in minutes). Each
run also reports, per stage, the CPU seconds of the pool (``stages_cpu_pool``), the main process's peak RSS
so far (``main_peak_rss_mb_after``) and the pool's ``InFlight`` figures (``pool_flights``: tasks, seconds
with fewer running tasks than workers, i.e. workers waiting for the main process, and seconds the main
process waited for a result), plus the number of leaders (the clustering stream's articles).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
TARGET_RATE = 500.0
TARGET_EXPONENT = 1.1


class _Timed:
    """Wraps a runner and adds up the seconds (wall, and CPU of this process) spent in each labelled map."""

    def __init__(self, runner: Any) -> None:
        self.runner = runner
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.pool_cpu: dict[str, float] = {}
        self.peak_rss_mb: dict[str, int] = {}
        """This process's peak RSS so far at the end of each stage (which stage sets the main's peak)."""
        """CPU seconds of this process's descendants (the pool or Dask workers) during each stage."""

    @property
    def forks_pool(self) -> bool:
        """The wrapped runner's (``streamed`` warms the stages' models before a pool forks)."""
        return bool(getattr(self.runner, "forks_pool", False))

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], label: str) -> list[Any]:
        start, cpu, pool = time.perf_counter(), time.process_time(), _pool_cpu()
        out: list[Any] = self.runner.map(fn, items, label)
        self._add(label, start, cpu, pool)
        return out

    def imap(self, fn: Callable[[Any], Any], items: Sequence[Any], label: str) -> Iterator[Any]:
        """The runner's ``imap``, timed from the call to the last result: the caller's work done between
        results (dedup verification, for ``clean``) is counted in that stage, shown as ``label+``."""
        start, cpu, pool = time.perf_counter(), time.process_time(), _pool_cpu()
        yield from self.runner.imap(fn, items, label)
        self._add(label + "+", start, cpu, pool)

    def _add(self, label: str, start: float, cpu: float, pool: dict[int, float]) -> None:
        self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start
        self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - cpu
        now = _pool_cpu()
        spent = sum(now.values()) - sum(pool.get(pid, 0.0) for pid in now)
        self.pool_cpu[label] = self.pool_cpu.get(label, 0.0) + spent
        self.peak_rss_mb[label] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        # on stderr, so that a run stopped by --limit still shows how far it got
        print(
            f"scale_pipeline: stage {label} done after {self.seconds[label]:.0f} s",
            file=sys.stderr,
            flush=True,
        )


def _pool_cpu() -> dict[int, float]:
    """CPU seconds so far of each live descendant of this process (the pool's workers)."""
    out: dict[int, float] = {}
    for p in psutil.Process().children(recursive=True):
        try:
            times = p.cpu_times()
        except psutil.Error:
            continue
        out[p.pid] = times.user + times.system
    return out


def squeezed(docs: Iterable[Any], factor: int, days: int | None = None) -> Iterator[Any]:
    """``docs`` with each ISO publication date's distance from the generator's first day divided by
    ``factor`` (a corpus of N articles then has the articles per day of one of ``factor`` x N); with
    ``days``, only those dated (after squeezing) in the first ``days`` days and the undated."""
    from dataclasses import replace
    from datetime import date, timedelta

    from benchmarks.warc_generator import START

    for doc in docs:
        day = getattr(doc, "published", None)
        if day and len(day) >= 10 and day[4] == "-":
            offset = (date.fromisoformat(day[:10]) - START).days // factor
            if days is not None and offset >= days:
                continue
            doc = replace(doc, published=(START + timedelta(days=offset)).isoformat() + day[10:])
        yield doc


def code_folder(src: Path) -> Path:
    """The folder holding the ``newsfuse`` package to run: ``src`` itself, or its ``src`` folder (a
    snapshot's root). Anything else is an error: the child would import the checkout's code instead."""
    for folder in (src, src / "src"):
        if (folder / "newsfuse" / "__init__.py").is_file():
            return folder
    raise SystemExit(f"--src {src}: no newsfuse package there or in its src folder")


def _runner(engine: str) -> Any:
    """local (one process), local2 (a pool of 2 worker processes), dask1/dask2 (a LocalCluster)."""
    from newsfuse.runtime import LocalRunner
    from newsfuse.runtime.dask import DaskRunner

    if engine.startswith("local"):
        return LocalRunner(workers=int(engine[5:] or 1))
    return DaskRunner(workers=int(engine[-1]), processes=True)


def child(
    engine: str,
    paths: list[str],
    write: bool,
    partition_size: int | None = None,
    squeeze: int = 1,
    days: int | None = None,
) -> None:
    """Run the streamed pipeline once (writing its outputs, or handing each event to a sink that counts
    and drops it) and print its timings as JSON (the parent measures memory; CPU seconds here are this
    process's plus those of its finished children, i.e. the pool). Inputs are read as the pool cleans
    them, so reading is part of ``clean+``."""
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import build_event, streamed, write_run
    from newsfuse.runtime.worker import tune_gc

    tune_gc()  # as `newsfuse run` does
    config = Config()
    if partition_size is not None:
        config = config.with_values(runtime={"partition_size": partition_size})
    runner = _runner(engine)
    timed = _Timed(runner)
    start, cpu = time.perf_counter(), time.process_time()
    docs: Iterable[Any] = read_inputs(paths, config.ingest)
    if squeeze > 1 or days is not None:
        docs = squeezed(docs, squeeze, days)
    index_mb, leaders = None, None
    if write:
        with tempfile.TemporaryDirectory() as out:
            stats = write_run(docs, out, config, timed)
        inputs, kept, events = stats["inputs"], stats["kept"] + stats["duplicates"], stats["events"]
    else:
        count = _Count()
        with streamed(docs, count, build_event, config, timed, None, count.withdraw) as done:
            inputs, kept, events = len(done.held) + len(done.rejected), len(done.held), count.events
            index_mb = round(done.index_bytes / 2**20)
            leaders = len(done.held) - len(set(done.held.ids) & done.dedup.duplicate_of().keys())
    stages = dict(timed.seconds)
    stages["rest"] = time.perf_counter() - start - sum(stages.values())
    driver = dict(timed.cpu)  # CPU of this process: all of it for local, the rest is the driver's
    driver["rest"] = time.process_time() - cpu - sum(driver.values())
    runner.close()
    total = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "inputs": inputs,
                "kept": kept,
                "events": events,
                "seconds": total,
                "own_cpu_seconds": round(
                    time.process_time() - cpu + children.ru_utime + children.ru_stime, 1
                ),
                "main_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "dedup_index_mb": index_mb,
                "stages": {k: round(v, 2) for k, v in stages.items()},
                "stages_cpu_here": {k: round(v, 2) for k, v in driver.items()},
                "stages_cpu_pool": {k: round(v, 2) for k, v in timed.pool_cpu.items()},
                "leaders": leaders,
                "main_peak_rss_mb_after": timed.peak_rss_mb,
                "pool_flights": {
                    label: {k: round(v, 2) for k, v in figures.items()}
                    for label, figures in getattr(runner, "flights", {}).items()
                },
                "squeeze": squeeze,
                "days": days,
            }
        )
    )


class _Count:
    """The benchmark's event sink without outputs: keeps each built event's id and drops the event.
    ``events`` is how many the run ends with, as the written report would hold them: an event handed over
    again under its id (a far tie's follow-up) counts once, and one withdrawn for a later id not at all.
    (How many builds that took depends on timing: a hand-over replaced before it was built is never built.)"""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def __call__(self, event: Any) -> None:
        self.ids.add(event.id)

    def withdraw(self, eid: str) -> None:
        self.ids.discard(eid)

    @property
    def events(self) -> int:
        return len(self.ids)


class _Builds:
    """A sink that only counts hand-overs (holds nothing, for the memory and traffic probes)."""

    def __init__(self) -> None:
        self.events = 0

    def __call__(self, event: Any) -> None:
        self.events += 1


def main_memory(size: int, folder: Path) -> dict[str, Any]:
    """What the main process still holds per kept article at the end of a streamed run (tracemalloc in
    this process only, snapshot after the last event, largest allocation sites) and tracemalloc's peak
    over the run (while the dedup index lives), with a pool of two and a counting sink."""
    import tracemalloc
    from itertools import islice

    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import build_event, streamed
    from newsfuse.runtime import LocalRunner

    config, count = Config(), _Builds()
    tracemalloc.start()
    cpu = time.process_time()
    with LocalRunner(workers=2) as runner:
        docs = islice(read_inputs(sorted(folder.iterdir()), config.ingest), size)
        with streamed(docs, count, build_event, config, runner) as done:
            snapshot = tracemalloc.take_snapshot()
            held, peak = tracemalloc.get_traced_memory()
            kept = len(done.held)
    tracemalloc.stop()
    sites = snapshot.statistics("lineno")[:12]
    return {
        "articles": size,
        "kept": kept,
        "events": count.events,
        "main_cpu_s": round(time.process_time() - cpu, 1),
        "held_mb_at_end": round(held / 2**20, 1),
        "bytes_per_kept_article": round(held / kept),
        "peak_mb": round(peak / 2**20, 1),
        "sites": [[str(s.traceback[0]).replace(str(ROOT) + "/", ""), round(s.size / kept)] for s in sites],
    }


def traffic(size: int, seed: int, generator: int) -> dict[str, Any]:
    """What crosses between processes, per stage: bytes pickled and the CPU seconds of pickling and
    unpickling them (one process, every item and result pickled once more to measure it), for the
    streamed pipeline (articles spilled by the workers, refs sent) and, on the same run, for what the
    pipeline before it sent (whole articles back from cleaning, to the pool for the clustering terms and
    inside each event's input). The spill's own writes and reads are counted apart."""
    import pickle

    from benchmarks.warc_generator import WORK, folder_name
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import EventInput, Held, build_event, streamed
    from newsfuse.runtime import LocalRunner
    from newsfuse.runtime.spill import Spill

    tally: dict[str, list[float]] = {}

    def cost(value: object) -> tuple[int, float]:
        """Bytes of ``value`` pickled, and the best of two CPU times of pickling and unpickling it."""
        best = math.inf
        for _ in range(2):
            began = time.process_time()
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)
            best = min(best, time.process_time() - began)
        return len(data), best

    def add(key: str, now: object, before: object) -> None:
        measured = cost(now)
        for when, (size, seconds) in (
            ("now", measured),
            ("before", measured if before is now else cost(before)),
        ):
            row = tally.setdefault(f"{key} {when}", [0, 0.0])
            row[0] += size
            row[1] += seconds

    spill_io = {"write": [0, 0.0], "read": [0, 0.0]}
    write, read = Spill.write, Spill.read

    def timed_write(self: Spill, values: Any, prefix: str) -> Any:
        began = time.process_time()
        refs = write(self, values, prefix)
        spill_io["write"][0] += sum(r.length for r in refs)
        spill_io["write"][1] += time.process_time() - began
        return refs

    def timed_read(self: Spill, refs: Any) -> Any:
        began = time.process_time()
        out = read(self, refs)
        spill_io["read"][0] += sum(r.length for r in refs)
        spill_io["read"][1] += time.process_time() - began
        return out

    Spill.write, Spill.read = timed_write, timed_read  # type: ignore[method-assign]

    class Traffic:
        def __init__(self) -> None:
            self.runner = LocalRunner()

        def map(self, fn: Callable[[Any], Any], items: Sequence[Any], label: str) -> list[Any]:
            return list(self.imap(fn, items, label))

        def imap(self, fn: Callable[[Any], Any], items: Any, label: str) -> Iterator[Any]:
            spill = fn.keywords.get("spill") if hasattr(fn, "keywords") else None

            def load(ref: Any) -> Any:
                return read(spill, [ref])[0]

            for item in items:
                if label == "terms":
                    add(f"{label} sent", item, load(item))
                elif label == "events":
                    add(f"{label} sent", item, EventInput(tuple(read(spill, item.refs)), item.dedup))
                else:
                    add(f"{label} sent", item, item)
                result = fn(item)
                if label == "clean":
                    before = [(load(c.ref), k) if isinstance(c, Held) else (c, k) for c, k in result]
                    add(f"{label} returned", result, before)
                else:
                    add(f"{label} returned", result, result)
                yield result

    config = Config()
    folder = WORK / folder_name("jsonl", size, seed, generator)
    start = time.process_time()
    gc.disable()  # no collection triggered by one measurement and paid by the next
    with streamed(
        read_inputs(sorted(folder.iterdir()), config.ingest), _Builds(), build_event, config, Traffic()
    ):
        pass
    gc.enable()
    total = time.process_time() - start
    Spill.write, Spill.read = write, read  # type: ignore[method-assign]
    rows: dict[str, dict[str, dict[str, float]]] = {}
    for key, (size_b, seconds) in sorted(tally.items()):
        label, way, when = key.split()
        rows.setdefault(label, {})[f"{way} {when}"] = {"bytes": int(size_b), "cpu_s": round(seconds, 2)}
    return {
        "size": size,
        "generator": generator,
        "run_cpu_s_with_measuring": round(total, 1),
        "stages": rows,
        "spill": {k: {"bytes": int(v[0]), "cpu_s": round(v[1], 2)} for k, v in spill_io.items()},
        "note": "the 'before' rows count what the previous pipeline pickled for the same run (whole "
        "articles back from cleaning, to the pool for terms and in every event input); 'now' excludes "
        "the spill, counted apart",
    }


def _measure(
    engine: str,
    paths: list[Path],
    limit: float,
    write: bool,
    src: Path,
    partition_size: int | None = None,
    squeeze: int = 1,
    days: int | None = None,
) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--write" if write else "--no-write",
        *(["--partition-size", str(partition_size)] if partition_size is not None else []),
        *(["--squeeze", str(squeeze)] if squeeze > 1 else []),
        *(["--days", str(days)] if days is not None else []),
        "--child",
        engine,
        *map(str, paths),
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(src)}
    )
    watched = psutil.Process(proc.pid)
    peak, main_peak, start = 0, 0, time.monotonic()
    cpu: dict[int, float] = {}  # CPU seconds last seen per process of the tree
    peaks: dict[int, int] = {}  # peak PSS of each process of the tree
    while proc.poll() is None:
        rss = 0
        try:
            for p in [watched, *watched.children(recursive=True)]:
                with p.oneshot():  # PSS: pages a forked pool shares with its parent count once
                    pss = p.memory_full_info().pss
                    rss += pss
                    peaks[p.pid] = max(peaks.get(p.pid, 0), pss)
                    if p.pid == proc.pid:
                        main_peak = max(main_peak, pss)
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
        except psutil.Error:
            pass
        peak = max(peak, rss)
        if time.monotonic() - start > limit:
            for p in [watched, *watched.children(recursive=True)]:  # the pool or the Dask workers too
                p.kill()
            cpu_s = round(sum(cpu.values()), 1)
            return {
                "engine": engine,
                "timed_out_after_s": limit,
                "cpu_seconds": cpu_s,
                "peak_rss_mb": round(peak / 2**20),
            }
        # reading every process's smaps costs CPU that the run's processes then lack: sample less often later
        time.sleep(0.2 if time.monotonic() - start < 30 else 1.0)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        return {"engine": engine, "failed": proc.returncode}
    row: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    row.update(engine=engine, peak_rss_mb=round(peak / 2**20), cpu_seconds=round(sum(cpu.values()), 1))
    row["main_peak_pss_mb"] = round(main_peak / 2**20)
    # each other process's own peak (the pool's or Dask's workers; not at the same moment as the total's)
    row["other_peak_pss_mb"] = sorted(
        (round(v / 2**20) for pid, v in peaks.items() if pid != proc.pid), reverse=True
    )
    row["memory_measure"] = "pss"  # rows without this key summed RSS
    row["articles_per_s"] = round(row["inputs"] / row["seconds"], 1)
    row["articles_per_cpu_s"] = round(row["inputs"] / max(row["cpu_seconds"], 1e-9), 1)
    return row


def _input(row: dict[str, Any]) -> str:
    """The input's format and, from generator 2 on, the generator (older rows: generator 1)."""
    generator = row.get("generator", 1)
    squeeze = row.get("squeeze", 1)
    return (
        row["format"]
        + (f"-g{generator}" if generator != 1 else "")
        + (f"-sq{squeeze}" if squeeze > 1 else "")
        + (f"-d{row['days']}" if row.get("days") is not None else "")
    )


def _run_key(row: dict[str, Any]) -> tuple[str, int, str, str]:
    """A new run replaces the saved one of the same input, size, engine and code."""
    return _input(row), row["size"], row["engine"], row.get("commit") or ""


def _variant(row: dict[str, Any]) -> tuple[str, str, str, bool]:
    """Runs comparable across sizes: input, engine, code, and whether outputs were written."""
    return _input(row), row["engine"], row.get("commit") or "", "write" in row.get("stages", {})


def _exponent(rows: list[dict[str, Any]], key: str) -> float | None:
    points = [(math.log(r["inputs"]), math.log(r[key])) for r in rows if r.get(key)]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return round(sum((x - mx) * (y - my) for x, y in points) / den, 3) if den else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--engines", default="local,local2,dask2", help="also: dask1, localN, daskN")
    parser.add_argument("--formats", default="jsonl", help="jsonl (plain text) and/or warc (HTML)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument(
        "--generator", type=int, choices=[1, 2], default=2, help="corpus generator (see warc_generator.py)"
    )
    parser.add_argument("--limit", type=float, default=900.0, help="seconds allowed per run")
    parser.add_argument(
        "--merge",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep the saved runs of other sizes/engines/code (a run of the same size, engine and code replaces its row)",
    )
    parser.add_argument(
        "--write", action=argparse.BooleanOptionalAction, default=True, help="also write the run's outputs"
    )
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT / "src",
        help="the newsfuse code to run (e.g. a `git archive` snapshot)",
    )
    parser.add_argument("--code", help="label of that code in the results (default: the checkout's commit)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument(
        "--partition-size",
        type=int,
        metavar="N",
        help="runtime.partition_size of the runs (default: the config's); e.g. 80 at 10,000 articles "
        "gives partitions as dense as the default's at 1,000,000",
    )
    parser.add_argument(
        "--squeeze",
        type=int,
        default=1,
        metavar="K",
        help="divide each article's days after the generator's first day by K: 100,000 articles with K = 10 "
        "have the articles per day of 1,000,000 (1M's clustering density in minutes)",
    )
    parser.add_argument(
        "--days",
        type=int,
        metavar="D",
        help="keep only the articles dated (after --squeeze) in the first D days, and the undated: e.g. "
        "100,000 with --squeeze 10 --days 40 is ~55,000 articles at 1M's density; D must be well above "
        "cluster.time_window_days + late_days (21): no event closes before that many days of the stream",
    )
    parser.add_argument(
        "--save",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="write results/scale_pipeline.json and .md (--no-save: only print the runs)",
    )
    parser.add_argument(
        "--traffic", type=int, metavar="N", help="only measure the inter-process traffic of N articles"
    )
    parser.add_argument(
        "--main-memory",
        type=int,
        metavar="N",
        help="only measure what the main process holds per article after N articles (tracemalloc), "
        "read from the --sizes corpus (its first size)",
    )
    args = parser.parse_args()
    if args.main_memory:
        from benchmarks.warc_generator import WORK, folder_name

        corpus = WORK / folder_name("jsonl", int(args.sizes.split(",")[0]), args.seed, args.generator)
        measured = main_memory(args.main_memory, corpus)
        measured["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        out = RESULTS / "scale_pipeline_memory.json"
        runs = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
        out.write_text(json.dumps([*runs, measured], indent=1) + "\n", encoding="utf-8")
        print(json.dumps(measured, indent=1))
        return
    if args.traffic:
        measured = traffic(args.traffic, args.seed, args.generator)
        (RESULTS / "scale_pipeline_traffic.json").write_text(json.dumps(measured, indent=1), encoding="utf-8")
        print(json.dumps(measured, indent=1))
        return
    if args.child:
        child(args.child[0], args.child[1:], args.write, args.partition_size, args.squeeze, args.days)
        return
    args.src = code_folder(args.src)
    from benchmarks.warc_generator import WORK, folder_name, write_jsonl, write_warc

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "src"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    rows = []
    for fmt in args.formats.split(","):
        for size in [int(n) for n in args.sizes.split(",") if n]:  # --sizes '' only rewrites the summary
            folder = WORK / folder_name(fmt, size, args.seed, args.generator)
            if not folder.exists():  # made aside and renamed, so an interrupted generation is not reused
                part = folder.with_name(folder.name + ".part")
                shutil.rmtree(part, ignore_errors=True)
                (write_warc if fmt == "warc" else write_jsonl)(
                    size, args.seed, part, generator=args.generator
                )
                part.rename(folder)
            for engine in args.engines.split(","):
                row = {
                    "format": fmt,
                    "size": size,
                    "generator": args.generator,
                    **_measure(
                        engine,
                        sorted(folder.iterdir()),
                        args.limit,
                        args.write,
                        args.src,
                        args.partition_size,
                        args.squeeze,
                        args.days,
                    ),
                }
                if args.squeeze > 1:
                    row["squeeze"] = args.squeeze
                if args.days is not None:
                    row["days"] = args.days
                if args.partition_size is not None:
                    row["partition_size"] = args.partition_size
                row["commit"] = args.code or (
                    commit.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
                )
                print(json.dumps(row), flush=True)
                rows.append(row)
    if not args.save:
        return
    saved = RESULTS / "scale_pipeline.json"
    fresh_runs, last_command = bool(rows), ""
    if args.merge and saved.exists():
        fresh = {_run_key(r) for r in rows}
        before = json.loads(saved.read_text(encoding="utf-8"))
        old, last_command = before["runs"], before.get("command", "")
        rows = [r for r in old if _run_key(r) not in fresh] + rows
    groups: dict[str, dict[str, Any]] = {}
    for variant in sorted({_variant(r) for r in rows}):
        done = [r for r in rows if _variant(r) == variant and "seconds" in r]
        if len(done) > 1:  # the same code, engine and outputs at several sizes
            fmt, engine, code, wrote = variant
            groups[f"{fmt}/{engine}/{code or '75ac067+'}{'/write' if wrote else ''}"] = {
                "sizes": sorted(r["inputs"] for r in done),
                "time_exponent": _exponent(done, "seconds"),
                "cpu_exponent": _exponent(done, "cpu_seconds"),
                "memory_exponent": _exponent(done, "peak_rss_mb"),
            }
    report = {
        "command": ("python " + " ".join(sys.argv)) if fresh_runs else last_command,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{os.cpu_count()} cores, shared with ~6 other engineers' jobs: speed figures are noisy",
        "targets": {"articles_per_s_plain_text": TARGET_RATE, "growth_exponent_max": TARGET_EXPONENT},
        "runs": rows,
        "growth": groups,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps(report, indent=1), encoding="utf-8")
    (RESULTS / "scale_pipeline.md").write_text(_markdown(report), encoding="utf-8")
    print(json.dumps(groups, indent=1))


def _markdown(report: dict[str, Any]) -> str:
    """The short human-readable table beside scale_pipeline.json."""
    lines = [
        "# scale_pipeline: throughput and peak memory, local vs Dask",
        "",
        f"Command: `{report['command']}` · date {report['date']} · {report['machine']}.",
        f"Targets: >= {TARGET_RATE:.0f} articles/s end-to-end on plain text; growth exponent <= {TARGET_EXPONENT}.",
        "",
        "Notes on these figures (machine load, what did not run and why): scale_pipeline.notes.md.",
        "",
        "| input | articles | engine | wall s | articles/s | CPU s | articles/CPU-s | peak MB (PSS; older: RSS) "
        "| main process peak MB (PSS) | events "
        "| stages: wall s (CPU s of the main process) | code |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in report["runs"]:
        if "seconds" not in r:
            lines.append(f"| {_input(r)} | {r['size']} | {r['engine']} | not finished: {r} | | | | | |")
            continue
        here = r.get("stages_cpu_here", {})
        stages = ", ".join(
            f"{k} {v}" + (f" ({here[k]})" if k in here else "") for k, v in r["stages"].items()
        )
        lines.append(
            f"| {_input(r)} | {r['inputs']} | {r['engine']} | {r['seconds']:.1f} | {r['articles_per_s']} "
            f"| {r['cpu_seconds']} | {r['articles_per_cpu_s']} | {r['peak_rss_mb']} "
            f"| {r.get('main_peak_pss_mb', '')} | {r['events']} | {stages} "
            f"| {r.get('commit') or '75ac067+'} |"
        )
    lines += [
        "",
        "| input/engine/code | sizes | wall-time exponent | CPU-time exponent | memory exponent |",
        "|---|---|---|---|---|",
    ]
    for key, g in report["growth"].items():
        sizes = ", ".join(map(str, g["sizes"]))
        lines.append(
            f"| {key} | {sizes} | {g['time_exponent']} | {g['cpu_exponent']} | {g['memory_exponent']} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
