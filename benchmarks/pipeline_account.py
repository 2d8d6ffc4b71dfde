"""Where a streamed run's CPU goes, by process and by kind (issue 9: the pipeline's own CPU).

One run of ``streamed`` on a pool of two workers (as ``scale_pipeline.py``'s ``local2``), with the stage
functions, the spill, the dedup index, the clustering stream and the pool's tasks wrapped by timers of
their thread's CPU (``time.thread_time``; a timer's nested timers are taken out of it, so each second is
counted once). Each process reports its total CPU, what the timers saw, and the rest ("other": the
runner's and the queues' threads, generator glue, the collector). What crosses between processes is
measured on the side: each task's items and each result are pickled and unpickled once more in the
worker (bytes, and CPU of each way), a cost the real transfer pays once on each side; those measuring
seconds are reported apart and taken out of the worker's "other".

    python benchmarks/pipeline_account.py 10000                 # jsonl-10000-s9-g2, counting sink
    python benchmarks/pipeline_account.py 10000 --write         # the report writers as the sink
    python benchmarks/pipeline_account.py 100000 --squeeze 10 --src /tmp/snapshot/src
    python benchmarks/pipeline_account.py 0 --first-use 5       # first-use loads: warm_models vs not

Runs in a child process whose ``PYTHONPATH`` is ``--src`` (a snapshot's code, to compare two versions).
Prints one JSON object; ``--out`` also writes it to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class Tally:
    """CPU seconds of this thread by kind, each timer's nested timers taken out of it (exclusive time)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.bytes: dict[str, int] = {}
        self._stack: list[list[float]] = []  # per open timer: its start, its nested timers' seconds

    def start(self) -> None:
        self._stack.append([time.thread_time(), 0.0])

    def stop(self, kind: str) -> None:
        began, nested = self._stack.pop()
        spent = time.thread_time() - began
        self.cpu[kind] = self.cpu.get(kind, 0.0) + spent - nested
        self.calls[kind] = self.calls.get(kind, 0) + 1
        if self._stack:
            self._stack[-1][1] += spent

    def add(self, kind: str, seconds: float, size: int = 0) -> None:
        self.cpu[kind] = self.cpu.get(kind, 0.0) + seconds
        self.calls[kind] = self.calls.get(kind, 0) + 1
        self.bytes[kind] = self.bytes.get(kind, 0) + size

    def timed(self, kind: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.start()
            try:
                return fn(*args, **kwargs)
            finally:
                self.stop(kind)

        for name in ("__name__", "__qualname__", "__module__"):  # pickled by reference as ``fn`` was
            if hasattr(fn, name):
                setattr(wrapper, name, getattr(fn, name))
        return wrapper

    def timed_iter(self, kind: str, items: Iterable[Any]) -> Iterator[Any]:
        """``items`` with the time spent making each one (inside ``next``) counted as ``kind``."""
        source = iter(items)
        while True:
            self.start()
            try:
                item = next(source)
            except StopIteration:
                self.stop(kind)
                return
            self.stop(kind)
            yield item


TALLY = Tally()


def _side_costs(value: object) -> tuple[int, float, float]:
    """Bytes of ``value`` pickled as the pool pickles it, and the CPU of pickling and of unpickling it."""
    began = time.thread_time()
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    dumped = time.thread_time()
    pickle.loads(data)
    return len(data), dumped - began, time.thread_time() - dumped


def _instrument() -> None:
    """Wrap the functions the run calls (by their module attributes) with ``TALLY``'s timers; the pool's
    workers are forked after this, so they run the wrapped functions too."""
    import multiprocessing.util

    import newsfuse.pipeline as pipeline
    import newsfuse.runtime.local as local
    from newsfuse.dedup import DedupIndex
    from newsfuse.runtime.spill import Spill

    t = TALLY
    pipeline.clean_document = t.timed("stage: clean_document", pipeline.clean_document)  # type: ignore[attr-defined]
    pipeline.terms_of = t.timed("stage: terms_of", pipeline.terms_of)  # type: ignore[attr-defined]
    pipeline.document_frequency = t.timed("terms: document_frequency", pipeline.document_frequency)  # type: ignore[attr-defined]
    stream = pipeline.closed_clusters  # type: ignore[attr-defined]
    pipeline.closed_clusters = lambda *a, **k: t.timed_iter("main: clustering stream", stream(*a, **k))  # type: ignore[attr-defined]
    pipeline._findings = t.timed("main: findings index", pipeline._findings)  # type: ignore[attr-defined]
    DedupIndex.sketch = t.timed("stage: dedup sketch", DedupIndex.sketch)  # type: ignore[method-assign]
    DedupIndex.add_sketches = t.timed("main: dedup verify", DedupIndex.add_sketches)  # type: ignore[method-assign]
    DedupIndex.result = t.timed("main: dedup result", DedupIndex.result)  # type: ignore[method-assign]
    Spill.write = t.timed("spill: write (pickle + file)", Spill.write)  # type: ignore[method-assign]
    Spill.read = t.timed("spill: read (file + unpickle)", Spill.read)  # type: ignore[method-assign]
    apply = local.apply_chunk

    def apply_chunk(fn: Callable[[Any], Any], chunk: Any) -> Any:
        t.start()
        out = apply(fn, chunk)
        t.stop("pool: task loop")
        began = time.thread_time()
        label = _label(fn)
        size, dumps, loads = _side_costs((fn, chunk))
        t.add(f"ipc: {label} items pickled (main)", dumps, size)
        t.add(f"ipc: {label} items unpickled (worker)", loads)
        size, dumps, loads = _side_costs(out)
        t.add(f"ipc: {label} results pickled (worker)", dumps, size)
        t.add(f"ipc: {label} results unpickled (main)", loads)
        t.add("measuring (not part of the run)", time.thread_time() - began)
        return out

    apply_chunk.__qualname__ = apply_chunk.__name__ = "apply_chunk"
    apply_chunk.__module__ = local.__name__
    local.apply_chunk = apply_chunk  # type: ignore[assignment]
    start = local.start_worker

    def start_worker(parent: int) -> None:
        start(parent)
        TALLY.__init__()  # type: ignore[misc]  # the worker's own tally, from its start
        began = time.process_time()
        folder = os.environ["ACCOUNT_DIR"]

        def report() -> None:
            data = {"process_cpu": time.process_time() - began, **_tally_dict(TALLY)}
            Path(folder, f"worker-{os.getpid()}.json").write_text(json.dumps(data), encoding="utf-8")

        multiprocessing.util.Finalize(None, report, exitpriority=100)

    local.start_worker = start_worker  # type: ignore[assignment]


def _label(fn: Any) -> str:
    """The pool task's stage, from the function it maps (a ``partial``)."""
    name = getattr(getattr(fn, "func", fn), "__name__", "?")
    return {"clean_batch": "clean", "_bucketed_terms": "terms", "_built": "events", "_keyed": "events"}.get(
        name, name
    )


def _tally_dict(tally: Tally) -> dict[str, Any]:
    return {"cpu": tally.cpu, "calls": tally.calls, "bytes": tally.bytes}


def child(size: int, squeeze: int, write: bool) -> dict[str, Any]:
    """One accounted run (in this process and its pool); returns the figures."""
    from benchmarks.scale_pipeline import squeezed
    from benchmarks.warc_generator import WORK, folder_name

    _instrument()
    import newsfuse.pipeline as pipeline
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.runtime import LocalRunner
    from newsfuse.runtime.worker import tune_gc

    tune_gc()
    t = TALLY
    config = Config()
    folder = WORK / folder_name("jsonl", size, 9, 2)
    docs: Iterable[Any] = read_inputs(sorted(folder.iterdir()), config.ingest)
    if squeeze > 1:
        docs = squeezed(docs, squeeze)
    docs = t.timed_iter("main: ingest (read inputs)", docs)
    events = 0

    def count(_: object) -> None:
        nonlocal events
        events += 1

    wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
    with LocalRunner(workers=2) as runner:
        if write:
            from newsfuse.report.write import ReportWriter

            pipeline.build_event = t.timed("stage: build_event", pipeline.build_event)  # type: ignore[attr-defined]
            pipeline.built_record = t.timed("report: event record (pool)", pipeline.built_record)  # type: ignore[attr-defined]
            with tempfile.TemporaryDirectory() as out, ReportWriter(out) as writer:
                add = writer.add
                writer.add = t.timed("main: report writer (sink)", add)  # type: ignore[method-assign]
                with pipeline.streamed(docs, writer.add, pipeline.built_record, config, runner) as done:
                    t.start()
                    stats = writer.finish(
                        done.articles(), done.rejected_in_order(), done.dedup, config.to_dict()
                    )
                    t.stop("main: report finish")
                    kept, events = len(done.held), stats["events"]
        else:
            pipeline.build_event = t.timed("stage: build_event", pipeline.build_event)  # type: ignore[attr-defined]
            with pipeline.streamed(docs, count, pipeline.build_event, config, runner) as done:
                kept = len(done.held)
        main_thread = time.thread_time() - thread
        main_cpu = time.process_time() - cpu
    seconds = time.perf_counter() - wall
    return {
        "size": size,
        "squeeze": squeeze,
        "write": write,
        "kept": kept,
        "events": events,
        "wall_s": seconds,
        "main": {"process_cpu": main_cpu, "main_thread_cpu": main_thread, **_tally_dict(t)},
    }


def summary(run: dict[str, Any], workers: list[dict[str, Any]]) -> dict[str, Any]:
    """The table: CPU seconds by process and kind, ms per article, and the bytes between processes."""
    articles = run["size"]
    rows: dict[str, dict[str, float]] = {}
    main = run["main"]
    main_kinds = {k: v for k, v in main["cpu"].items() if not k.startswith(("ipc:", "measuring"))}
    for kind, sec in main_kinds.items():
        rows.setdefault(kind, {})["main"] = sec
    rows["main: other threads (queue feeder: task pickling; manager: result unpickling)"] = {
        "main": main["process_cpu"] - main["main_thread_cpu"]
    }
    rows["main: other (runner, generators, collector)"] = {
        "main": main["main_thread_cpu"] - sum(main_kinds.values())
    }
    ipc: dict[str, dict[str, float]] = {}
    pool_total = 0.0
    for n, w in enumerate(workers):
        pool_total += w["process_cpu"]
        kinds = {k: v for k, v in w["cpu"].items() if not k.startswith(("ipc:", "measuring"))}
        for kind, sec in kinds.items():
            rows.setdefault(kind, {})[f"worker {n}"] = sec
        for kind, sec in w["cpu"].items():
            if kind.startswith("ipc:"):
                row = ipc.setdefault(kind, {"cpu_s": 0.0, "bytes": 0})
                row["cpu_s"] += sec
                row["bytes"] += w["bytes"].get(kind, 0)
        measuring = w["cpu"].get("measuring (not part of the run)", 0.0)
        rows.setdefault("pool: other (queues, task receipt, idle loop)", {})[f"worker {n}"] = (
            w["process_cpu"] - measuring - sum(kinds.values())
        )
        rows.setdefault("measuring (not part of the run)", {})[f"worker {n}"] = measuring
    table = []
    for kind, by in sorted(rows.items()):
        total = sum(by.values())
        table.append(
            {
                "kind": kind,
                "main_s": round(by.get("main", 0.0), 2),
                "workers_s": round(total - by.get("main", 0.0), 2),
                "ms_per_article": round(1000 * total / articles, 3),
            }
        )
    measured = (
        main["process_cpu"]
        + pool_total
        - sum(w["cpu"].get("measuring (not part of the run)", 0.0) for w in workers)
    )
    return {
        **{k: v for k, v in run.items() if k != "main"},
        "cpu_s_main": round(main["process_cpu"], 2),
        "cpu_s_workers": round(pool_total, 2),
        "cpu_s_run": round(measured, 2),
        "ms_per_article": round(1000 * measured / articles, 3),
        "idle_core_s": round(2 * run["wall_s"] - measured, 1),
        "table": table,
        "ipc": {k: {"cpu_s": round(v["cpu_s"], 3), "bytes": int(v["bytes"])} for k, v in sorted(ipc.items())},
        "calls_main": main["calls"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="the jsonl-SIZE-s9-g2 corpus (benchmarks/work)")
    parser.add_argument("--squeeze", type=int, default=1)
    parser.add_argument("--write", action="store_true", help="write the report (ReportWriter) as the sink")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the newsfuse code to run")
    parser.add_argument("--out", type=Path, help="also write the figures (JSON) here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--first-use",
        type=int,
        metavar="ROUNDS",
        help="instead: the CPU of the stages' first-use loads in a pool of two, without and with "
        "pipeline.warm_models in the parent (alternated ROUNDS times; size is ignored)",
    )
    args = parser.parse_args()
    if args.first_use:
        print(json.dumps(first_use(args.first_use), indent=1))
        return
    if args.child:
        print(json.dumps(child(args.size, args.squeeze, args.write)))
        return
    with tempfile.TemporaryDirectory() as folder:
        cmd = [sys.executable, __file__, str(args.size), "--squeeze", str(args.squeeze), "--child"]
        env = {**os.environ, "PYTHONPATH": f"{args.src}:{ROOT}", "ACCOUNT_DIR": folder}
        done = subprocess.run(
            [*cmd, *(["--write"] if args.write else [])], env=env, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        run = json.loads(done.stdout.strip().splitlines()[-1])
        workers = [
            json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("worker-*.json"))
        ]
    figures = summary(run, workers)
    figures["src"] = str(args.src)
    figures["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = json.dumps(figures, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


def _first_use(_: int) -> tuple[int, float]:
    """In a pool worker: its id and the CPU seconds of cleaning the warm texts and building their event
    (with the stages' first-use loads unless the parent made them before forking)."""
    from newsfuse.config import Config
    from newsfuse.pipeline import warm_models

    began = time.process_time()
    warm_models(Config())
    return os.getpid(), time.process_time() - began


def _in_pool(warmed: bool) -> float:
    """CPU seconds of the first-use loads of a run with a pool of two: each worker's first warm-up event,
    plus the parent's warm-up when ``warmed``."""
    from newsfuse.config import Config
    from newsfuse.pipeline import warm_models
    from newsfuse.runtime import LocalRunner

    parent = 0.0
    if warmed:
        began = time.process_time()
        warm_models(Config())
        parent = time.process_time() - began
    with LocalRunner(workers=2) as runner:
        done = runner.map(_first_use, list(range(16)), "first-use")
    first: dict[int, float] = {}
    for pid, seconds in done:
        first.setdefault(pid, seconds)
    if len(first) != 2:
        raise RuntimeError(f"the 16 tasks ran on {len(first)} worker(s), not 2")
    return parent + sum(first.values())


def first_use(rounds: int) -> dict[str, Any]:
    """``_in_pool`` without and with ``warm_models`` in the parent, alternated ``rounds`` times, each in a
    fresh process."""
    figures: dict[str, list[float]] = {"cold": [], "warmed": []}
    for _ in range(rounds):
        for setting, values in figures.items():
            code = (
                f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
                f"from benchmarks.pipeline_account import _in_pool; print(_in_pool({setting == 'warmed'}))"
            )
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            values.append(float(done.stdout.strip().splitlines()[-1]))
    return {
        "rounds": rounds,
        "first_use_cpu_s": {k: [round(v, 3) for v in vs] for k, vs in figures.items()},
        "median_s": {k: round(sorted(vs)[len(vs) // 2], 3) for k, vs in figures.items()},
    }


if __name__ == "__main__":
    main()
