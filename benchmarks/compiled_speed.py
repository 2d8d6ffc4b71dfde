"""What compiling newsfuse's hot modules with mypyc (benchmarks/build_compiled.py) gives, measured (issue 9).

Three measurements, each saved in results/compiled_speed.json (the others' sections kept) and .md:

    # where a run's CPU is, by module (cProfile, one process, a counting sink): picks what to compile
    python benchmarks/compiled_speed.py --profile 2000 --src /tmp/snap/src
    # `newsfuse run` byte for byte with the compiled copy and with its source
    python benchmarks/compiled_speed.py --identity examples/corpus benchmarks/work/jsonl-2000-s9-g2 \
        --src /tmp/snap/src --compiled build/compiled
    # CPU seconds of scale_pipeline's 10k local2 --no-write run, pure and compiled alternated (A B A B ...)
    python benchmarks/compiled_speed.py --pairs 2 --src /tmp/snap/src --compiled build/compiled

``--src`` is the folder holding the pure ``newsfuse`` package (a ``git archive`` snapshot's src, or src/);
``--compiled`` the copy built from it (``build_compiled.py --src <that folder> --out <copy>``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NAME = "compiled_speed"


def _module_of(filename: str, package_roots: Sequence[str]) -> str:
    """``newsfuse.x.y`` for a file of the profiled package, else a coarse label (library, builtins)."""
    for root in package_roots:
        if filename.startswith(root):
            rel = filename[len(root) :].lstrip("/")
            return rel.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    if filename == "~":
        return "~builtins"
    if "site-packages/" in filename:
        return "lib:" + filename.split("site-packages/")[1].split("/")[0]
    return "lib:stdlib"


def profile_child(size: int, limit: int | None = None) -> None:
    """cProfile one streamed run over the ``size``-article corpus (its first ``limit``) on one process (counting sink);
    print, per newsfuse module, the Python functions' own seconds and the C functions' seconds it called
    directly (their time split by caller, as the profile records it)."""
    import cProfile
    import pstats

    from benchmarks.warc_generator import WORK, folder_name
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import build_event, streamed, warm_models
    from newsfuse.runtime import LocalRunner
    from newsfuse.runtime.worker import tune_gc

    tune_gc()
    config = Config()
    warm_models(config)  # first-use loads out of the profile, as a pool forked after them would see
    folder = WORK / folder_name("jsonl", size, 9, 2)
    events = [0]

    def count(_event: object) -> None:
        events[0] += 1

    profiler = cProfile.Profile()
    with LocalRunner(workers=1) as runner:
        profiler.enable()
        docs = islice(read_inputs(sorted(folder.iterdir()), config.ingest), limit)
        with streamed(docs, count, build_event, config, runner):
            pass
        profiler.disable()
    import newsfuse

    roots = [str(Path(newsfuse.__file__).resolve().parents[1])]
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    own: dict[str, float] = {}
    called_c: dict[str, float] = {}
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tt, _ct, callers) in stats.items():
        total += tt
        module = _module_of(filename, roots)
        if module != "~builtins":
            own[module] = own.get(module, 0.0) + tt
            continue
        for (caller_file, _l, _n), (_c, _n2, caller_tt, _ct2) in callers.items():
            caller = _module_of(caller_file, roots)
            called_c[caller] = called_c.get(caller, 0.0) + caller_tt
    print(
        json.dumps(
            {
                "size": size,
                "events": events[0],
                "profiled_seconds": round(total, 2),
                "own": {k: round(v, 3) for k, v in own.items()},
                "called_c": {k: round(v, 3) for k, v in called_c.items()},
            }
        )
    )


def _child_json(cmd: list[str], src: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{src}:{ROOT}"}
    done = subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    row: dict[str, Any] = json.loads(lines[-1])
    return row


def profile(size: int, src: Path, limit: int | None = None) -> dict[str, Any]:
    extra = ["--articles", str(limit)] if limit else []
    measured = _child_json([sys.executable, __file__, "--profile-child", str(size), *extra], src)
    rows = []
    for module in sorted(set(measured["own"]) | set(measured["called_c"])):
        own, c = measured["own"].get(module, 0.0), measured["called_c"].get(module, 0.0)
        rows.append({"module": module, "own_s": own, "called_c_s": c})
    rows.sort(key=lambda r: -r["own_s"])
    total = measured["profiled_seconds"]
    for r in rows:
        r["own_share"] = round(r["own_s"] / total, 4)
    return {
        "command": f"python benchmarks/compiled_speed.py --profile {size} --src {src}"
        + (f" --articles {limit}" if limit else ""),
        "date": _now(),
        "size": size,
        "events": measured["events"],
        "profiled_seconds": total,
        "modules": rows,
    }


def identity(inputs: Sequence[Path], src: Path, compiled: Path) -> dict[str, Any]:
    from benchmarks.build_compiled import INFO, run_outputs

    rows = []
    with tempfile.TemporaryDirectory(prefix="compiled_identity_") as scratch:
        for path in inputs:
            ours = run_outputs(compiled, [path], Path(scratch) / "compiled")
            theirs = run_outputs(src, [path], Path(scratch) / "pure")
            differ = sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))
            rows.append({"input": str(path), "files": len(theirs), "differ": differ})
    info = json.loads((compiled / INFO).read_text(encoding="utf-8"))
    return {
        "command": "python benchmarks/compiled_speed.py --identity "
        + " ".join(map(str, inputs))
        + f" --src {src} --compiled {compiled}",
        "date": _now(),
        "compiled_modules": info["modules"],
        "runs": rows,
    }


def pairs(rounds: int, src: Path, compiled: Path, size: int, engine: str) -> dict[str, Any]:
    """``rounds`` x (pure, compiled) runs of scale_pipeline.py's child, alternated; CPU-s of each."""
    runs = []
    for n in range(rounds):
        order = [("pure", src), ("compiled", compiled)]
        for code, tree in order if n % 2 == 0 else order[::-1]:
            cmd = [
                sys.executable,
                str(ROOT / "benchmarks" / "scale_pipeline.py"),
                "--sizes",
                str(size),
                "--engines",
                engine,
                "--no-write",
                "--no-save",
                "--limit",
                "1500",
                "--src",
                str(tree),
                "--code",
                code,
            ]
            row = _child_json(cmd, tree)
            load = os.getloadavg()[0]
            keep: dict[str, Any] = {
                k: row.get(k) for k in ("cpu_seconds", "seconds", "inputs", "kept", "events", "peak_rss_mb")
            }
            keep.update(
                code=code,
                round=n,
                load1=round(load, 1),
                date=_now(),
                pool_cpu=row.get("stages_cpu_pool"),
                main_cpu=row.get("stages_cpu_here"),
            )
            print(json.dumps(keep), flush=True)
            runs.append(keep)
    mean = {
        code: round(sum(r["cpu_seconds"] for r in runs if r["code"] == code) / rounds, 2)
        for code in ("pure", "compiled")
    }
    return {
        "command": f"python benchmarks/compiled_speed.py --pairs {rounds} --src {src} --compiled {compiled} "
        f"--size {size} --engine {engine}",
        "date": _now(),
        "size": size,
        "engine": engine,
        "runs": runs,
        "mean_cpu_s": mean,
        "change": round(mean["compiled"] / mean["pure"] - 1, 4),
    }


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def markdown(saved: dict[str, Any]) -> str:
    lines = ["# compiled_speed: newsfuse with its hot modules compiled by mypyc (opt-in, issue 9)", ""]
    lines += [
        "Built by `python benchmarks/build_compiled.py` (`make compiled`) into build/compiled/, never src/;",
        "run with `PYTHONPATH=build/compiled .venv/bin/newsfuse run ...`. Notes: scale_pipeline.notes.md.",
        "",
    ]
    for key in sorted(k for k in saved if k.startswith("pairs")):
        p = saved[key]
        lines += [
            f"## CPU of a {p['size']}-article {p['engine']} run, --no-write, pure and compiled alternated"
            + (f" ({p['note']})" if p.get("note") else ""),
            "",
            f"Command: `{p['command']}` · {p['date']}",
            "",
            "| round | code | CPU s | wall s | events | peak MB | load (1 min) | at |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in p["runs"]:
            lines.append(
                f"| {r['round']} | {r['code']} | {r['cpu_seconds']} | {r['seconds']:.1f} | {r['events']} "
                f"| {r['peak_rss_mb']} | {r['load1']} | {r['date']} |"
            )
        lines += [
            "",
            f"Mean CPU s: pure {p['mean_cpu_s']['pure']}, compiled {p['mean_cpu_s']['compiled']} "
            f"(**{p['change']:+.1%}**).",
            "",
        ]
    if "identity" in saved:
        i = saved["identity"]
        lines += [
            "## Identity: `newsfuse run` with the compiled copy vs its source",
            "",
            f"Command: `{i['command']}` · {i['date']}",
            "",
            "Compiled: " + ", ".join(f"`{m}`" for m in i["compiled_modules"]),
            "",
            "| input | output files | differing |",
            "|---|---|---|",
        ]
        for r in i["runs"]:
            lines.append(f"| {r['input']} | {r['files']} | {len(r['differ'])} {' '.join(r['differ'][:5])} |")
        lines.append("")
    if "profile" in saved:
        pr = saved["profile"]
        lines += [
            f"## Where a {pr['size']}-article run's CPU is, by module (cProfile, one process)",
            "",
            f"Command: `{pr['command']}` · {pr['date']} · {pr['events']} events, "
            f"{pr['profiled_seconds']} profiled s. `own`: the module's Python functions' own time (what mypyc "
            "can speed up); `C called`: C functions (regex, str methods, numpy) called directly from it.",
            "",
            "| module | own s | share | C called s |",
            "|---|---|---|---|",
        ]
        for r in pr["modules"][:40]:
            lines.append(f"| {r['module']} | {r['own_s']} | {r['own_share']:.1%} | {r['called_c_s']} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="folder holding the pure package")
    parser.add_argument("--compiled", type=Path, default=ROOT / "build" / "compiled")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile an N-article run by module")
    parser.add_argument("--articles", type=int, help="with --profile: only the corpus's first N articles")
    parser.add_argument("--identity", nargs="+", type=Path, metavar="INPUT")
    parser.add_argument("--pairs", type=int, metavar="K", help="K alternated (pure, compiled) rounds")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--engine", default="local2")
    parser.add_argument("--profile-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if args.profile_child:
        profile_child(args.profile_child, args.articles)
        return
    from benchmarks.saved import RESULTS, save_results

    path = RESULTS / f"{NAME}.json"
    saved: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    src, compiled = args.src.resolve(), args.compiled.resolve()
    if args.profile:
        saved["profile"] = profile(args.profile, src, args.articles)
    if args.identity:
        saved["identity"] = identity(args.identity, src, compiled)
    if args.pairs:
        saved["pairs"] = pairs(args.pairs, src, compiled, args.size, args.engine)
    if args.no_save:
        print(json.dumps(saved, indent=1))
        return
    save_results(NAME, saved, markdown(saved), indent=1)
    print(markdown(saved))


if __name__ == "__main__":
    main()
