"""Summarize stage speed work (issue 6 / 9): same briefs before and after, and CPU per pipeline event.

``.venv/bin/python benchmarks/bench_summarize_speed.py --against REV`` runs every case below in two
separate processes, one on the working tree and one on the working tree with the speed-owned summarize
files (pool, concepts, select, attribute, text/) taken from REV, and compares their briefs (text,
evidence spans, source count) case by case:

- the events the pipeline builds from benchmarks/work/jsonl-2000-s9-g2, with the default weighting and
  with ``weighting = "learned"``;
- the example corpus's events, generic and query-focused;
- every dev cluster (DUC 2003 task 2, DUC 2006, DUC 2007 main and update, MultiLing 2011 en) as the
  dataset command prepares it, with their benchmark budgets, and again with the learned weighting.

Inputs are prepared once (by the working tree) and kept in benchmarks/work/summarize_speed/. It then
times ``summarize_event`` over the pipeline events in alternating processes of the two trees (CPU time,
collector tuned as in workers) and writes benchmarks/results/summarize_speed.{json,md}.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.revision import run_child, tree_with_files_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402

WORK = ROOT / "benchmarks" / "work" / "summarize_speed"
RESULTS = ROOT / "benchmarks" / "results"
OWNED = (
    "src/newsfuse/summarize/pool.py",
    "src/newsfuse/summarize/concepts.py",
    "src/newsfuse/summarize/select.py",
    "src/newsfuse/summarize/attribute.py",
    "src/newsfuse/text/__init__.py",
    "src/newsfuse/text/sentences.py",
    "src/newsfuse/text/words.py",
)
DEV_SETS = ("duc2003_task2", "duc2006", "duc2007_main", "duc2007_update", "multiling2011_en")


def prepare() -> Path:
    """Pickle the cases (pipeline events, example events, dev clusters) once; the path of the pickle."""
    path = WORK / "inputs.pickle"
    if path.exists():
        return path
    from benchmarks.bench_summarize import PIPELINE_G2, SETS, _pipeline_events, fill_for, read_set
    from newsfuse.config import Config
    from newsfuse.tasks import summary_inputs

    by_size = _pipeline_events(PIPELINE_G2)
    pipeline = [e for n in sorted(by_size) for e in by_size[n]]
    found = _pipeline_events(ROOT / "examples" / "corpus")
    examples = [e for n in sorted(found) for e in found[n]]
    dev = {}
    for spec in SETS:
        if spec.name in DEV_SETS:
            config = Config().with_values(summarize={"fill": fill_for(spec), "words": spec.words})
            records = read_set(spec)
            dev[spec.name] = (config.summarize, list(summary_inputs(records, spec.name, config, spec.update)))
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"pipeline": pipeline, "examples": examples, "dev": dev}))
    return path


def _digest(brief: list[Any]) -> tuple[tuple[str, tuple[tuple[str, int, int], ...], int], ...]:
    return tuple(
        (s.text, tuple((e.article_id, e.start, e.end) for e in s.evidence), s.independent_sources)
        for s in brief
    )


def briefs(inputs: Path) -> dict[str, list[Any]]:
    """Every case's briefs under the newsfuse found on the path (a child process)."""
    from newsfuse.config import Config
    from newsfuse.summarize import summarize_event

    cases = pickle.loads(inputs.read_bytes())
    base = Config().summarize
    learned = replace(base, weighting="learned")
    out: dict[str, list[Any]] = {}
    for name, settings in (("sources", base), ("learned", learned)):
        out[f"pipeline/{name}"] = [
            _digest(summarize_event(a, s, settings, selectable=sel)) for a, s, sel in cases["pipeline"]
        ]
    query = replace(base, query="What happened and who was affected?")
    for name, settings in (("sources", base), ("learned", learned), ("query", query)):
        out[f"examples/{name}"] = [
            _digest(summarize_event(a, s, settings, selectable=sel)) for a, s, sel in cases["examples"]
        ]
    for set_name, (settings, items) in cases["dev"].items():
        for name, chosen in (("sources", settings), ("learned", replace(settings, weighting="learned"))):
            out[f"{set_name}/{name}"] = [_digest(item.brief(chosen)) for item in items]
    return out


def timed(inputs: Path, repeats: int) -> dict[str, Any]:
    """CPU ms per pipeline event of ``summarize_event``: the first (cold) pass and the best warm one."""
    from newsfuse.config import Config
    from newsfuse.summarize import summarize_event

    events = pickle.loads(inputs.read_bytes())["pipeline"]
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, *gc.get_threshold()[1:])
    settings = Config().summarize
    passes = []
    for _ in range(1 + repeats):
        started = time.process_time()
        for articles, source_of, selectable in events:
            summarize_event(articles, source_of, settings, selectable=selectable)
        passes.append(time.process_time() - started)
    return {
        "events": len(events),
        "cold_ms_per_event": round(1000 * passes[0] / len(events), 3),
        "warm_ms_per_event": round(1000 * min(passes[1:]) / len(events), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--against", default="3dc1e43", help="revision of the speed-owned files to compare with"
    )
    parser.add_argument("--rounds", type=int, default=3, help="timing processes per tree (run in turns)")
    parser.add_argument("--repeats", type=int, default=3, help="warm passes per timing process")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the tree to measure (default: src)")
    parser.add_argument(
        "--fresh", action="store_true", help="prepare the inputs again (after pipeline changes)"
    )
    parser.add_argument("--no-check", action="store_true", help="only time (do not compare the briefs)")
    parser.add_argument("--no-time", action="store_true", help="only compare the briefs")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--briefs", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--time", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.briefs:
        with tempfile.NamedTemporaryFile("wb", delete=False, dir=WORK, suffix=".briefs") as out:
            pickle.dump(briefs(args.briefs), out)
        print(json.dumps(out.name))
        return 0
    if args.time:
        print(json.dumps(timed(args.time, args.repeats)))
        return 0
    if args.fresh:
        (WORK / "inputs.pickle").unlink(missing_ok=True)
    inputs = prepare()
    result: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join([".venv/bin/python benchmarks/bench_summarize_speed.py", *sys.argv[1:]]),
        "against": args.against,
    }
    with tempfile.TemporaryDirectory() as tmp:
        trees = {
            "working tree": args.src,
            args.against: tree_with_files_at(args.against, Path(tmp) / "src", args.src, OWNED),
        }
        outputs = {}
        for name, src in trees.items() if not args.no_check else ():
            path = Path(run_child(__file__, src, "--briefs", str(inputs)))
            outputs[name] = pickle.loads(path.read_bytes())
            path.unlink()
        if outputs:
            now, before = outputs["working tree"], outputs[args.against]
            result["identity"] = {
                case: {
                    "cases": len(before[case]),
                    "differ": sum(a != b for a, b in zip(now[case], before[case], strict=True)),
                }
                for case in before
            }
        if not args.no_time:
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, src in trees.items():
                    runs[name].append(
                        run_child(__file__, src, "--time", str(inputs), "--repeats", str(args.repeats))
                    )
            result["speed"] = {
                name: {
                    "events": found[0]["events"],
                    "cold_ms_per_event": min(r["cold_ms_per_event"] for r in found),
                    "warm_ms_per_event": min(r["warm_ms_per_event"] for r in found),
                    "warm_runs": [r["warm_ms_per_event"] for r in found],
                }
                for name, found in runs.items()
            }
    print(json.dumps(result, indent=1))
    if not args.no_write:
        save_results("summarize_speed", result, _markdown(result), indent=1)
    differ = sum(v["differ"] for v in result.get("identity", {}).values())
    return 1 if differ else 0


def _markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Summarize stage: same briefs, CPU per pipeline event (issue 6 / 9 speed work)",
        "",
        f"Command: `{result['command']}`  ",
        f"Date: {result['date']}  ",
        f"Baseline: the working tree with the speed-owned files ({', '.join(OWNED)}) from {result['against']}.",
        "",
    ]
    if "identity" in result:
        lines += [
            "## Same briefs (text, evidence spans, source count)",
            "",
            "| case | briefs | differ |",
            "|---|---|---|",
            *(f"| {case} | {v['cases']} | {v['differ']} |" for case, v in result["identity"].items()),
            "",
        ]
    if "speed" in result:
        lines += [
            "## CPU per event (`summarize_event`, jsonl-2000-s9-g2 pipeline events, 120-word briefs)",
            "",
            "CPU time (`time.process_time`), best of the processes (run in turns); shared 2-core machine.",
            "",
            "| tree | events | cold ms/event | warm ms/event | warm per process |",
            "|---|---|---|---|---|",
            *(
                f"| {name} | {t['events']} | {t['cold_ms_per_event']} | {t['warm_ms_per_event']} | "
                f"{' / '.join(map(str, t['warm_runs']))} |"
                for name, t in result["speed"].items()
            ),
            "",
        ]
        now, before = result["speed"]["working tree"], result["speed"][result["against"]]
        for kind in ("cold", "warm"):
            cut = 1 - now[f"{kind}_ms_per_event"] / before[f"{kind}_ms_per_event"]
            lines.append(
                f"{kind.capitalize()}: {100 * cut:.1f} % less CPU per event than {result['against']}.  "
            )
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
