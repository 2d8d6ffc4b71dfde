"""Per-event stages' speed (issue 9): CPU per article of ``build_event``'s stages, this tree against a commit.

``.venv/bin/python benchmarks/bench_event_speed.py [--against REV] [--rounds N] [--corpus DIR]``

Two trees are made from one snapshot of the shared working tree (others' edits during a run reach neither):
"working tree", and the same with the speed-owned files (``OWNED``: compare's readers, provenance, text) as
they were at REV. Then:

- ``--check`` (default on): ``newsfuse run`` on examples/corpus and on the generated corpus in each tree
  (two workers, as a user runs it); every written file must be byte-identical (report.json above all).
- timing: the events of the generated corpus (``pipeline.event_inputs``, prepared once by the working tree
  and kept in benchmarks/work/event_speed/) built by ``pipeline.build_event`` in a fresh process per tree,
  the trees taking turns (A B, then B A, ...: both meet the same load of a shared machine). Each process
  makes a cold pass (empty caches) and ``--repeats`` warm passes (article-keyed caches emptied, word and
  name caches kept: a long run's worker meeting new articles), and times each stage of ``build_event``
  (provenance ``trace_event``, ``summarize_event``, ``compare_event``) with ``time.process_time`` (CPU).

Writes benchmarks/results/event_speed.{json,md}.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import os
import pickle
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.revision import run_child, tree_with_files_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402

WORK = ROOT / "benchmarks" / "work" / "event_speed"
CORPUS = ROOT / "benchmarks" / "work" / "jsonl-2000-s9-g2"
EXAMPLES = ROOT / "examples" / "corpus"
OWNED = tuple(
    [
        f"src/newsfuse/compare/{name}.py"
        for name in ("entities", "dates", "align", "statements", "article", "versions")
    ]
    + [f"src/newsfuse/provenance/{name}.py" for name in ("__init__", "credits", "drift", "event", "timeline")]
    + [f"src/newsfuse/text/{name}.py" for name in ("__init__", "sentences", "words")]
)
"""The files this round may change for speed (outputs unchanged); the baseline takes them from REV. (reported.py
left the list in the fifteenth round, when the quotes engineer took it: ``--also`` adds a file back.)"""
STAGES = (
    ("provenance (trace_event)", "trace_event"),
    ("summarize (summarize_event)", "summarize_event"),
    ("compare (compare_event)", "compare_event"),
)
"""``build_event``'s stages, as ``newsfuse.pipeline`` names them."""
ARTICLE_CACHES = (
    ("newsfuse.compare.article", "article_mentions"),
    ("newsfuse.compare.article", "article_contexts"),
    ("newsfuse.compare.article", "_readings"),
    ("newsfuse.compare.article", "_contexts"),
    ("newsfuse.compare.article", "article_reports"),
    ("newsfuse.compare.article", "_report_readings"),
    ("newsfuse.compare.article", "_quote_readings"),
    ("newsfuse.provenance.drift", "text_notes"),
    ("newsfuse.provenance.credits", "_credit_phrases"),
    ("newsfuse.compare.quotes", "extract_quotes"),
    ("newsfuse.compare.quotes", "text_quote_pairs"),
    ("newsfuse.compare.dates", "_matches"),
    ("newsfuse.compare.reported", "_sentence_attributions"),
    ("newsfuse.compare.statements", "_text_keys"),
    ("newsfuse.compare.dates", "dated_phrases"),
    ("newsfuse.text.sentences", "_split"),
    ("newsfuse.summarize.pool", "_sentences"),
)
"""Caches keyed by an article, its text or a piece of it (a sentence, a claim's words), emptied before a warm
pass (a name a tree lacks is skipped): a long run's worker meets new texts."""


def prepare(corpus: Path) -> Path:
    """The corpus's event inputs, pickled once (by the newsfuse on the path); the pickle's path."""
    path = WORK / f"inputs-{corpus.name}.pickle"
    if path.exists():
        return path
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import event_inputs, group
    from newsfuse.runtime import LocalRunner

    config = Config()
    grouped = group(read_inputs(sorted(corpus.iterdir()), config.ingest), config, LocalRunner(workers=1))
    WORK.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(f".{os.getpid()}")
    scratch.write_bytes(pickle.dumps(event_inputs(grouped)))
    scratch.replace(path)
    return path


def _forget_articles() -> None:
    for module, name in ARTICLE_CACHES:
        cached = getattr(importlib.import_module(module), name, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


def stage_times(inputs: Path, repeats: int) -> dict[str, Any]:
    """CPU ms per article of ``build_event`` and of each stage (``STAGES``) over the pickled events, in this
    process (the newsfuse on the path): the cold pass, then each warm pass."""
    pipeline = importlib.import_module("newsfuse.pipeline")
    config = importlib.import_module("newsfuse.config").Config()
    items = pickle.loads(inputs.read_bytes())
    importlib.import_module("newsfuse.compare.entities").place_names()  # loaded once per worker in a run
    spent: dict[str, float] = {}

    def timer(label: str, function: Any) -> Any:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

        return timed_call

    for label, name in STAGES:
        setattr(pipeline, name, timer(label, getattr(pipeline, name)))
    importlib.import_module("newsfuse.runtime.worker").tune_gc()
    articles = sum(len(item.articles) for item in items)
    passes = []
    for n in range(1 + repeats):
        if n:
            _forget_articles()
        spent.clear()
        started = time.process_time()
        for item in items:
            pipeline.build_event(item, config)
        whole = time.process_time() - started
        row = {"build_event": whole, **{label: spent.get(label, 0.0) for label, _ in STAGES}}
        row["rest of build_event"] = whole - sum(spent.get(label, 0.0) for label, _ in STAGES)
        passes.append({label: round(1000 * seconds / articles, 4) for label, seconds in row.items()})
    return {"events": len(items), "articles": articles, "cold": passes[0], "warm": passes[1:]}


def committed_src(rev: str, folder: Path) -> Path:
    """The src folder of the commit ``rev`` (``git archive``), unpacked under ``folder``."""
    archive = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def run_files(src: Path, corpus: Path, out: Path, workers: int) -> dict[str, str]:
    """``newsfuse run`` on ``corpus`` with the newsfuse of ``src`` (a child process); sha256 of each file
    written, by its path under ``out``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-c", "import sys; from newsfuse.cli import main; sys.exit(main())", "run"]
    command += [str(corpus), "--out", str(out), "--quiet", "--workers", str(workers)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(done.stderr)
    return {
        str(path.relative_to(out)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def check(trees: dict[str, Path], cases: dict[str, Path], scratch: Path, workers: int) -> dict[str, Any]:
    """Per case: files written by each tree, and which differ (report.json's digest shown)."""
    found: dict[str, Any] = {}
    for case, corpus in cases.items():
        files = {
            name: run_files(src, corpus, scratch / f"{case}-{n}", workers)
            for n, (name, src) in enumerate(trees.items())
        }
        now, before = files.values()
        differ = sorted(path for path in now.keys() | before.keys() if now.get(path) != before.get(path))
        found[case] = {
            "files": len(now),
            "differ": len(differ),
            "differing": differ[:20],
            "report_json": {name: got.get("report.json", "")[:16] for name, got in files.items()},
        }
    return found


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Best and median of the processes, cold and warm (a process's warm figure: its best warm pass)."""
    labels = list(runs[0]["cold"])
    out: dict[str, Any] = {"events": runs[0]["events"], "articles": runs[0]["articles"]}
    for kind in ("cold", "warm"):
        per_process = {
            label: [r["cold"][label] if kind == "cold" else min(p[label] for p in r["warm"]) for r in runs]
            for label in labels
        }
        out[kind] = {
            label: {"best": min(v), "median": round(statistics.median(v), 4), "runs": v}
            for label, v in per_process.items()
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--against", default="65b1fe4", help="revision of the speed-owned files")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="generated corpus (a folder)")
    parser.add_argument("--rounds", type=int, default=3, help="timing processes per tree (taking turns)")
    parser.add_argument("--repeats", type=int, default=2, help="warm passes per timing process")
    parser.add_argument("--workers", type=int, default=2, help="workers of the identity runs")
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="PATH",
        help="another file (repository path) the baseline takes from REV (e.g. src/newsfuse/model.py)",
    )
    parser.add_argument(
        "--tree",
        metavar="REV",
        help="time and check the committed tree REV instead of the working tree (others' edits in progress "
        "left out; the baseline is REV with the speed-owned files from --against)",
    )
    parser.add_argument("--no-check", action="store_true", help="only time (no identity runs)")
    parser.add_argument("--no-time", action="store_true", help="only compare the outputs")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--stages-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stages_of:
        print(json.dumps(stage_times(args.stages_of, args.repeats)))
        return 0
    if args.prepare:
        print(json.dumps(str(prepare(args.prepare))))
        return 0
    result: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join([".venv/bin/python benchmarks/bench_event_speed.py", *sys.argv[1:]]),
        "against": args.against,
        "corpus": str(args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus),
        "load_before": os.getloadavg()[0],
        "swapped": [*OWNED, *args.also],
        "tree": args.tree or "working tree",
    }
    with tempfile.TemporaryDirectory(prefix="event_speed_") as tmp:
        source = committed_src(args.tree, Path(tmp) / "committed") if args.tree else ROOT / "src"
        snapshot = tree_with_files_at(args.against, Path(tmp) / "now", source, ())
        trees = {
            "working tree": snapshot,
            args.against: tree_with_files_at(args.against, Path(tmp) / "base", snapshot, result["swapped"]),
        }
        if not args.no_check:
            cases = {"examples": EXAMPLES, args.corpus.name: args.corpus}
            result["identity"] = check(trees, cases, Path(tmp), args.workers)
        if not args.no_time:
            inputs = Path(run_child(__file__, snapshot, "--prepare", str(args.corpus)))
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
            for n in range(args.rounds):
                for name in list(trees) if n % 2 == 0 else list(trees)[::-1]:
                    found = run_child(
                        __file__, trees[name], "--stages-of", str(inputs), "--repeats", str(args.repeats)
                    )
                    runs[name].append(found)
            result["speed"] = {name: _summary(found) for name, found in runs.items()}
    result["load_after"] = os.getloadavg()[0]
    print(json.dumps(result, indent=1))
    if not args.no_write:
        save_results("event_speed", result, _markdown(result), indent=1)
    return 1 if sum(v["differ"] for v in result.get("identity", {}).values()) else 0


def _markdown(result: dict[str, Any]) -> str:
    against = result["against"]
    lines = [
        "# Per-event stages: same outputs, CPU per article (issue 9)",
        "",
        f"Command: `{result['command']}`  ",
        f"Date: {result['date']} (load average {result['load_before']:.1f} before, "
        f"{result['load_after']:.1f} after; a shared 2-core machine)  ",
        f'Tree: {result.get("tree", "working tree")} ("working tree" below); baseline: the same '
        f"with the speed-owned files "
        f"({', '.join(result.get('swapped', OWNED))}) from {against}.",
        "",
    ]
    if "identity" in result:
        lines += [
            "## Same outputs (`newsfuse run`, two workers: every file written, byte for byte)",
            "",
            "| case | files | differ | report.json sha256 (working tree / baseline) |",
            "|---|---|---|---|",
            *(
                f"| {case} | {v['files']} | {v['differ']} | {' / '.join(v['report_json'].values())} |"
                for case, v in result["identity"].items()
            ),
            "",
        ]
    if "speed" in result:
        now, before = result["speed"]["working tree"], result["speed"][against]
        lines += [
            f"## CPU per article of `pipeline.build_event` and its stages ({result['corpus']}: "
            f"{now['events']} events, {now['articles']} articles)",
            "",
            "CPU time (`time.process_time`), one fresh process per tree and round, the trees taking turns "
            "(A B, B A, ...). Cold: a process's first pass (empty caches). Warm: its best later pass with the "
            "article-keyed caches emptied (a long run's worker). Best and median of the processes; change: "
            "median against median.",
            "",
            "| stage | pass | working tree best | median | baseline best | median | change (median) | "
            "per process: working tree / baseline |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for kind in ("cold", "warm"):
            for label, a in now[kind].items():
                b = before[kind][label]
                change = 100 * (a["median"] / b["median"] - 1) if b["median"] else 0.0
                lines.append(
                    f"| {label} | {kind} | {a['best']} | {a['median']} | {b['best']} | {b['median']} | "
                    f"{change:+.1f} % | {' '.join(map(str, a['runs']))} / {' '.join(map(str, b['runs']))} |"
                )
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
