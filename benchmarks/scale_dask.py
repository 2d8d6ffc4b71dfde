"""Where the Dask engine's CPU goes: the streamed pipeline on a generated corpus, per engine, with the CPU
seconds of every process of the run (main, Dask nannies and workers, pool workers) split by stage, the
main process's split by thread (the LocalCluster's scheduler and the client's comms run on an event-loop
thread of the main process), and a digest of the events, so that engines and code versions can be checked
to give the same output.

    python benchmarks/scale_dask.py                       # 2,000 and 10,000 articles: local2, dask1, dask2
    python benchmarks/scale_dask.py --sizes 2000 --engines local2,dask2 --no-save
    python benchmarks/scale_dask.py --startup 3 --src <code>   # a LocalCluster's start-up and close alone

Each run is a child process; CPU figures are process CPU time (user + system, psutil), not wall time,
because the machine is shared. Results: benchmarks/results/scale_dask.json (latest run per size and
engine) and a short table in scale_dask.md's "latest runs" section (the rest of that file is written by
hand).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
MARK = "<!-- latest runs (written by benchmarks/scale_dask.py) -->"


def _role(process: psutil.Process, main: int) -> str:
    """main, worker (a Dask worker or a pool worker) or other (multiprocessing's resource tracker)."""
    if process.pid == main:
        return "main"
    try:
        line = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    return "other" if "resource_tracker" in line else "worker"


class _Tree:
    """CPU seconds of every process of this run's tree, by role; dead processes keep their last figure."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.seen: dict[int, tuple[str, float]] = {}

    def sample(self) -> dict[str, float]:
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                times = p.cpu_times()
                role = self.seen[p.pid][0] if p.pid in self.seen else _role(p, self.me.pid)
                self.seen[p.pid] = (role, times.user + times.system)
            except psutil.Error:
                continue
        out: dict[str, float] = {}
        for role, cpu in self.seen.values():
            out[role] = out.get(role, 0.0) + cpu
        return out


class _Staged:
    """Wraps a runner and adds up, per labelled map, the CPU seconds of each role of the process tree."""

    def __init__(self, runner: Any, tree: _Tree) -> None:
        self.runner, self.tree = runner, tree
        self.cpu: dict[str, dict[str, float]] = {}
        self.wall: dict[str, float] = {}

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], label: str) -> list[Any]:
        before, start = self.tree.sample(), time.perf_counter()
        out: list[Any] = self.runner.map(fn, items, label)
        self._add(label, before, start)
        return out

    def imap(self, fn: Callable[[Any], Any], items: Any, label: str) -> Iterator[Any]:
        before, start = self.tree.sample(), time.perf_counter()
        yield from self.runner.imap(fn, items, label)
        self._add(label + "+", before, start)

    def _add(self, label: str, before: dict[str, float], start: float) -> None:
        after = self.tree.sample()
        row = self.cpu.setdefault(label, {})
        for role, cpu in after.items():
            row[role] = round(row.get(role, 0.0) + cpu - before.get(role, 0.0), 2)
        self.wall[label] = round(self.wall.get(label, 0.0) + time.perf_counter() - start, 2)


def _threads() -> dict[str, float]:
    """CPU seconds of this process's threads: the main thread, and the others (named where Python knows)."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    main = threading.main_thread().native_id
    out: dict[str, float] = {}
    for t in psutil.Process().threads():
        name = "main" if t.id == main else names.get(t.id, "other (not Python)")
        out[name] = round(out.get(name, 0.0) + t.user_time + t.system_time, 2)
    return out


def _worker_threads() -> dict[str, Any]:
    """In a Dask worker (``client.run``): CPU seconds of its threads by Python name (the task thread, the
    event loop's, the offload thread's), its collector's collections per generation and its thresholds."""
    import gc

    return {
        "threads_cpu": _threads(),
        "gc_collections": [s["collections"] for s in gc.get_stats()],
        "gc_threshold": list(gc.get_threshold()),
    }


def _pool_worker_threads(_: int) -> tuple[int, dict[str, Any]]:
    """``_worker_threads`` in a local pool worker (a task of its own), with the worker's id."""
    return os.getpid(), _worker_threads()


def child(engine: str, paths: list[str]) -> None:
    """One streamed run (events digested and dropped); prints its figures as JSON."""
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import build_event, streamed
    from newsfuse.runtime import LocalRunner
    from newsfuse.runtime.dask import DaskRunner
    from newsfuse.runtime.worker import tune_gc

    tune_gc()  # as `newsfuse run` does
    tree = _Tree()
    begin = tree.sample()
    start = time.perf_counter()
    if engine.startswith("local"):
        runner: Any = LocalRunner(workers=int(engine[5:] or 1))
    else:
        runner = DaskRunner(workers=int(engine[4:]), processes=True)
    staged = _Staged(runner, tree)
    config = Config()
    digests: list[str] = []

    def sink(event: Any) -> None:
        digests.append(hashlib.sha256(repr(event).encode()).hexdigest())

    after_start = tree.sample()
    with streamed(read_inputs(paths, config.ingest), sink, build_event, config, staged) as done:
        inputs, kept = len(done.held) + len(done.rejected), len(done.held)
    end = tree.sample()
    threads = _threads()
    if engine.startswith("dask"):
        workers = {str(k): v for k, v in runner.client.run(_worker_threads).items()}
    else:  # one task per worker, as far as the pool spreads 16 tiny tasks
        workers = {str(pid): f for pid, f in runner.map(_pool_worker_threads, list(range(16)), "threads")}
    runner.close()
    total = {k: round(v - begin.get(k, 0.0), 2) for k, v in end.items()}
    print(
        json.dumps(
            {
                "inputs": inputs,
                "kept": kept,
                "events": len(digests),
                "events_digest": hashlib.sha256("".join(sorted(digests)).encode()).hexdigest()[:16],
                "wall_s": round(time.perf_counter() - start, 1),
                "cpu_s": round(sum(total.values()), 1),
                "cpu_by_role": total,
                "start_cpu_by_role": {k: round(v - begin.get(k, 0.0), 2) for k, v in after_start.items()},
                "stages_cpu": staged.cpu,
                "stages_wall": staged.wall,
                "main_threads_cpu": threads,
                "worker_threads": workers,
            }
        )
    )


def _square(n: int) -> int:
    return n * n


def startup_child(workers: int) -> None:
    """CPU seconds of the process tree for a ``DaskRunner``'s start, one small map and its close, after the
    stages are imported here (as a run's main process has them): what a run pays before its first item."""
    import newsfuse.pipeline  # noqa: F401
    from newsfuse.runtime.dask import DaskRunner

    tree = _Tree()
    begin, start = tree.sample(), time.perf_counter()
    runner = DaskRunner(workers=workers, processes=True)
    assert runner.map(_square, list(range(64)), "squares") == [n * n for n in range(64)]
    up = tree.sample()
    processes = len(psutil.Process().children(recursive=True))
    runner.close()
    end = tree.sample()
    print(
        json.dumps(
            {
                "workers": workers,
                "processes": processes,
                "start_cpu_s": round(sum(up.values()) - sum(begin.values()), 2),
                "total_cpu_s": round(sum(end.values()) - sum(begin.values()), 2),
                "cpu_by_role": {k: round(v - begin.get(k, 0.0), 2) for k, v in end.items()},
                "wall_s": round(time.perf_counter() - start, 1),
            }
        )
    )


def startup(rounds: int, workers: int, src: Path) -> list[dict[str, Any]]:
    """``startup_child`` ``rounds`` times, each in a new process running the code in ``src``."""
    cmd = [sys.executable, __file__, "--startup-child", str(workers)]
    rows = []
    for _ in range(rounds):
        done = subprocess.run(
            cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(src)}
        )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    return rows


def _run(engine: str, folder: Path, limit: float, src: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", engine, *map(str, sorted(folder.iterdir()))]
    env = {**os.environ, "PYTHONPATH": str(src)}
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=limit, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        return {"engine": engine, "timed_out_after_s": limit}
    if done.returncode != 0:
        return {"engine": engine, "failed": done.returncode, "stderr": done.stderr[-2000:]}
    row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    row["engine"] = engine
    row["articles_per_cpu_s"] = round(row["inputs"] / row["cpu_s"], 1)
    row["ms_cpu_per_article"] = round(1000 * row["cpu_s"] / row["inputs"], 2)
    return row


def _markdown(rows: list[dict[str, Any]], command: str) -> str:
    lines = [
        MARK,
        "",
        f"Command: `{command}` · {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} · load average "
        f"{os.getloadavg()[0]:.1f} at the end · {os.cpu_count()} cores shared with other engineers' jobs.",
        "",
        "| articles | engine | code | CPU s | articles/CPU-s | ms CPU/article | CPU by process | wall s "
        "| events (digest) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "cpu_s" not in r:
            lines.append(f"| {r['size']} | {r['engine']} | {r.get('code', '')} | not finished: {r} |||||")
            continue
        roles = ", ".join(f"{k} {v}" for k, v in sorted(r["cpu_by_role"].items()))
        lines.append(
            f"| {r['inputs']} | {r['engine']} | {r.get('code', '')} | {r['cpu_s']} | {r['articles_per_cpu_s']} "
            f"| {r['ms_cpu_per_article']} | {roles} | {r['wall_s']} | {r['events']} ({r['events_digest']}) |"
        )
    lines += [
        "",
        "CPU seconds per stage and process (stage `x+`: the main process's own work meanwhile):",
        "",
    ]
    for r in rows:
        if "stages_cpu" in r:
            stages = "; ".join(
                f"{k}: " + ", ".join(f"{role} {v}" for role, v in sorted(c.items()) if v)
                for k, c in r["stages_cpu"].items()
            )
            threads = ", ".join(f"{k} {v}" for k, v in r["main_threads_cpu"].items() if v >= 0.05)
            lines.append(f"- {r['inputs']} {r['engine']}: {stages}. Main process threads: {threads}.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--engines", default="local2,dask1,dask2")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--limit", type=float, default=600.0, help="seconds allowed per run")
    parser.add_argument("--save", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--src", type=Path, default=ROOT / "src", help="the newsfuse code to run (e.g. a frozen copy)"
    )
    parser.add_argument("--code", help="label of that code in the results (default: the checkout's commit)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument(
        "--startup", type=int, metavar="ROUNDS", help="only time a 2-worker LocalCluster's start and close"
    )
    parser.add_argument("--startup-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    if args.startup_child:
        startup_child(args.startup_child)
        return
    if args.startup:
        rows = startup(args.startup, 2, args.src)
        figures = {
            "command": "python " + " ".join(sys.argv),
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "best_total_cpu_s": min(r["total_cpu_s"] for r in rows),
            "rounds": rows,
        }
        print(json.dumps(figures))
        saved = RESULTS / "scale_dask.json"
        if args.save and saved.exists():  # kept beside the latest runs
            report = json.loads(saved.read_text(encoding="utf-8"))
            report.setdefault("startup", {})[args.code or str(args.src)] = figures
            saved.write_text(json.dumps(report, indent=1) + "\n")
        return
    from benchmarks.warc_generator import WORK, folder_name, write_jsonl

    code = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "src"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    rows = []
    for size in [int(n) for n in args.sizes.split(",") if n]:
        folder = WORK / folder_name("jsonl", size, args.seed, 2)
        if not folder.exists():
            write_jsonl(size, args.seed, folder, generator=2)
        for engine in args.engines.split(","):
            label = args.code or code + ("+dirty" if dirty else "")
            row = {"size": size, "code": label, **_run(engine, folder, args.limit, args.src)}
            print(json.dumps(row), flush=True)
            rows.append(row)
    if not args.save:
        return
    command = "python " + " ".join(sys.argv)
    saved = RESULTS / "scale_dask.json"
    kept = json.loads(saved.read_text(encoding="utf-8")).get("startup", {}) if saved.exists() else {}
    saved.write_text(json.dumps({"command": command, "runs": rows, "startup": kept}, indent=1) + "\n")
    md = RESULTS / "scale_dask.md"
    head = md.read_text(encoding="utf-8").split(MARK)[0] if md.exists() else "# scale_dask\n\n"
    md.write_text(head + _markdown(rows, command), encoding="utf-8")


if __name__ == "__main__":
    main()
