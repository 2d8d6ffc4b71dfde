"""Summarize and provenance speed work (issue 6 / 9): same briefs and provenance before and after, and CPU
per pipeline article of ``summarize_event`` and ``trace_event``.

``.venv/bin/python benchmarks/bench_summarize_speed.py --against REV`` runs every case below in two
separate processes, one on a snapshot of the working tree and one on that snapshot with the speed-owned
files (``OWNED``: summarize's pool and concepts, text/, provenance/) taken from REV, and compares their
briefs (text, evidence spans, source count) case by case, the provenance (``trace_event``'s whole
result) of the pipeline and example events, and (when bench_events_speed has prepared its inputs) every
whole built event with its report record:

- the events the pipeline builds from benchmarks/work/jsonl-2000-s9-g2, with the default weighting and
  with ``weighting = "learned"``;
- the example corpus's events, generic and query-focused;
- every dev cluster (DUC 2003 task 2, DUC 2006, DUC 2007 main and update, MultiLing 2011 en) as the
  dataset command prepares it, with their benchmark budgets, and again with the learned weighting.

Inputs are prepared once (by the working tree) and kept in benchmarks/work/summarize_speed/. It then
times ``trace_event`` and ``summarize_event`` (as ``pipeline.build_event`` calls them) over the 2,000
articles' pipeline events, both trees in one process (the baseline imported as ``newsfuse_base``),
alternating blocks of 50 events so both meet the same load of the shared machine (CPU time, collector
tuned as in workers): a cold pass (empty caches), then the best of ``--repeats`` warm passes with the
article-keyed caches emptied (``ARTICLE_CACHES``; word caches kept, as in a long run's worker); best of
``--rounds`` processes. Writes benchmarks/results/summarize_speed.{json,md}.
"""

from __future__ import annotations

import argparse
import importlib
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
from benchmarks.bench_events_speed import _Renamed  # noqa: E402
from benchmarks.bench_events_speed import digests as event_digests  # noqa: E402
from benchmarks.revision import import_tree, run_child, tree_with_files_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402

WORK = ROOT / "benchmarks" / "work" / "summarize_speed"
RESULTS = ROOT / "benchmarks" / "results"
OWNED = (
    "src/newsfuse/summarize/pool.py",
    "src/newsfuse/summarize/concepts.py",
    "src/newsfuse/summarize/compress.py",
    "src/newsfuse/summarize/attribute.py",
    "src/newsfuse/summarize/brief.py",
    "src/newsfuse/summarize/select.py",
    "src/newsfuse/text/__init__.py",
    "src/newsfuse/text/sentences.py",
    "src/newsfuse/text/words.py",
    "src/newsfuse/provenance/__init__.py",
    "src/newsfuse/provenance/credits.py",
    "src/newsfuse/provenance/drift.py",
    "src/newsfuse/provenance/event.py",
    "src/newsfuse/provenance/timeline.py",
)
"""The speed-owned files (session 10; summarize's compress, attribute, brief and select since session 14,
whose quality work left them as they were)."""
ARTICLE_CACHES = (
    ("compare.quotes", "extract_quotes"),
    ("compare.dates", "_matches"),
    ("compare.dates", "dated_phrases"),
    ("provenance.drift", "text_notes"),
    ("provenance.credits", "_credit_phrases"),
    ("text.sentences", "_split"),
    ("summarize.pool", "_sentences"),
)
"""Caches keyed by an article or its text (module under the package, name), emptied before a warm pass."""
DEV_SETS = ("duc2003_task2", "duc2006", "duc2007_main", "duc2007_update", "multiling2011_en")


def _events(folder: Path) -> list[tuple[list[Any], dict[str, str], frozenset[str]]]:
    """The events the pipeline builds from ``folder`` as ``build_event`` receives them: articles, dedup's
    source keys (before provenance's wire credits) and the canonical (selectable) articles."""
    from newsfuse.config import Config
    from newsfuse.dedup import source_keys
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import event_inputs, group
    from newsfuse.runtime import LocalRunner

    config = Config()
    grouped = group(read_inputs(sorted(folder.iterdir()), config.ingest), config, LocalRunner(workers=1))
    out = []
    for item in event_inputs(grouped):
        copies = item.dedup.duplicate_of()
        canonical = frozenset(a.id for a in item.articles if a.id not in copies)
        out.append((list(item.articles), dict(source_keys(item.articles, item.dedup)), canonical))
    return out


def prepare() -> Path:
    """Pickle the cases (pipeline events, example events, dev clusters) once; the path of the pickle."""
    path = WORK / "inputs.pickle"
    if path.exists():
        return path
    from benchmarks.bench_summarize import PIPELINE_G2, SETS, fill_for, read_set
    from newsfuse.config import Config
    from newsfuse.tasks import summary_inputs

    dev = {}
    for spec in SETS:
        if spec.name in DEV_SETS:
            config = Config().with_values(summarize={"fill": fill_for(spec), "words": spec.words})
            records = read_set(spec)
            dev[spec.name] = (config.summarize, list(summary_inputs(records, spec.name, config, spec.update)))
    cases = {"pipeline": _events(PIPELINE_G2), "examples": _events(ROOT / "examples" / "corpus"), "dev": dev}
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(cases))
    return path


def _digest(brief: list[Any]) -> tuple[tuple[str, tuple[tuple[str, int, int], ...], int], ...]:
    return tuple(
        (s.text, tuple((e.article_id, e.start, e.end) for e in s.evidence), s.independent_sources)
        for s in brief
    )


def briefs(inputs: Path) -> dict[str, list[Any]]:
    """Every case's briefs, and the pipeline and example events' provenance, under the newsfuse found on
    the path (a child process)."""
    from newsfuse.config import Config
    from newsfuse.provenance import trace_event
    from newsfuse.summarize import summarize_event

    cases = pickle.loads(inputs.read_bytes())
    base = Config().summarize
    similarity = Config().compare.quote_similarity
    learned = replace(base, weighting="learned")
    query = replace(base, query="What happened and who was affected?")
    out: dict[str, list[Any]] = {}
    for case in ("pipeline", "examples"):
        traces = [trace_event(a, keys, similarity) for a, keys, _ in cases[case]]
        out[f"{case}/provenance"] = [repr(trace) for trace in traces]
        for name, settings in (("sources", base), ("learned", learned), ("query", query)):
            if case == "examples" or name != "query":
                out[f"{case}/{name}"] = [
                    _digest(summarize_event(a, trace.source_of, settings, selectable=sel))
                    for (a, _, sel), trace in zip(cases[case], traces, strict=True)
                ]
    for set_name, (settings, items) in cases["dev"].items():
        for name, chosen in (("sources", settings), ("learned", replace(settings, weighting="learned"))):
            out[f"{set_name}/{name}"] = [_digest(item.brief(chosen)) for item in items]
    if EVENT_INPUTS.exists():  # each whole built event and its report record, one digest per event
        out.update({f"{case}/events": found for case, found in event_digests(EVENT_INPUTS).items()})
    return out


EVENT_INPUTS = ROOT / "benchmarks" / "work" / "events_speed" / "inputs.pickle"
"""bench_events_speed's prepared ``EventInput`` lists (pipeline and examples), read when present."""


def _forget_articles(package: str) -> None:
    for module, name in ARTICLE_CACHES:
        cached = getattr(importlib.import_module(f"{package}.{module}"), name, None)
        if cached is not None and hasattr(cached, "cache_clear"):  # (a tree may not cache it)
            cached.cache_clear()


def timed(inputs: Path, base: Path, repeats: int, block: int = 50) -> dict[str, dict[str, Any]]:
    """CPU ms per article of ``trace_event`` and ``summarize_event`` over the pipeline events, the working
    tree and the tree at ``base`` (imported as ``newsfuse_base``) in one process, alternating block by
    block (the first of the two changing each block): a cold pass, then the best of ``repeats`` warm ones."""
    import_tree(base, "newsfuse_base")
    data = inputs.read_bytes()
    trees = {}
    for package in ("newsfuse", "newsfuse_base"):
        events = _Renamed(data, package).load()["pipeline"]
        trace = importlib.import_module(f"{package}.provenance").trace_event
        summarize = importlib.import_module(f"{package}.summarize").summarize_event
        trees[package] = (events, trace, summarize, importlib.import_module(f"{package}.config").Config())
    importlib.import_module("newsfuse.runtime.worker").tune_gc()
    size = len(trees["newsfuse"][0])
    articles = sum(len(a) for a, _, _ in trees["newsfuse"][0])
    passes: dict[str, list[tuple[float, float]]] = {package: [] for package in trees}
    for n in range(1 + repeats):
        spent = {package: [0.0, 0.0] for package in trees}
        for package in trees if n else ():
            _forget_articles(package)
        for k in range(0, size, block):
            for package in list(trees) if (k // block) % 2 == 0 else list(trees)[::-1]:
                events, trace, summarize, config = trees[package]
                sums = spent[package]
                for arts, keys, selectable in events[k : k + block]:
                    started = time.process_time()
                    source_of = trace(arts, keys, config.compare.quote_similarity).source_of
                    traced = time.process_time()
                    summarize(arts, source_of, config.summarize, selectable=selectable)
                    sums[1] += time.process_time() - traced
                    sums[0] += traced - started
        for package in trees:
            passes[package].append((spent[package][0], spent[package][1]))

    def per_article(seconds: float) -> float:
        return round(1000 * seconds / articles, 3)

    out: dict[str, dict[str, Any]] = {}
    for package, found in passes.items():
        warm = min(found[1:], key=sum)
        out[package] = {"events": size, "articles": articles}
        for kind, (provenance, summarize) in (("cold", found[0]), ("warm", warm)):
            parts = {"provenance": per_article(provenance), "summarize": per_article(summarize)}
            out[package][kind] = {**parts, "total": per_article(provenance + summarize)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--against", default="0483852", help="revision of the speed-owned files to compare with"
    )
    parser.add_argument("--rounds", type=int, default=3, help="timing processes (both trees in each)")
    parser.add_argument("--repeats", type=int, default=3, help="warm passes per timing process")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the tree to measure (default: src)")
    parser.add_argument(
        "--fresh", action="store_true", help="prepare the inputs again (after pipeline changes)"
    )
    parser.add_argument("--no-check", action="store_true", help="only time (do not compare the outputs)")
    parser.add_argument("--no-time", action="store_true", help="only compare the outputs")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--briefs", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--time", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.briefs:
        with tempfile.NamedTemporaryFile("wb", delete=False, dir=WORK, suffix=".briefs") as out:
            pickle.dump(briefs(args.briefs), out)
        print(json.dumps(out.name))
        return 0
    if args.time:
        print(json.dumps(timed(args.time, args.base, args.repeats)))
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
        # a snapshot of the shared working tree, so others' edits during the run reach neither tree
        snapshot = tree_with_files_at(args.against, Path(tmp) / "now", args.src, ())
        trees = {
            "working tree": snapshot,
            args.against: tree_with_files_at(args.against, Path(tmp) / "src", snapshot, OWNED),
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
            runs = [
                run_child(
                    __file__,
                    snapshot,
                    "--time",
                    str(inputs),
                    "--base",
                    str(trees[args.against]),
                    "--repeats",
                    str(args.repeats),
                )
                for _ in range(args.rounds)
            ]
            result["speed"] = {
                name: _best([r[package] for r in runs])
                for name, package in (("working tree", "newsfuse"), (args.against, "newsfuse_base"))
            }
    print(json.dumps(result, indent=1))
    if not args.no_write:
        save_results("summarize_speed", result, _markdown(result), indent=1)
    differ = sum(v["differ"] for v in result.get("identity", {}).values())
    return 1 if differ else 0


def _best(found: list[dict[str, Any]]) -> dict[str, Any]:
    """One tree's figures over the timing processes: the best total per kind (cold, warm) with its parts,
    and every process's total."""
    out = {"events": found[0]["events"], "articles": found[0]["articles"]}
    for kind in ("cold", "warm"):
        out[kind] = min((r[kind] for r in found), key=lambda parts: float(parts["total"]))
        out[f"{kind}_runs"] = [r[kind]["total"] for r in found]
    return out


def _markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Summarize and provenance: same outputs, CPU per pipeline article (issue 6 / 9 speed work)",
        "",
        f"Command: `{result['command']}`  ",
        f"Date: {result['date']}  ",
        f"Baseline: a snapshot of the working tree with the speed-owned files ({', '.join(OWNED)}) from "
        f"{result['against']}. Earlier rounds' figures: this file's history (git log -p).",
        "",
    ]
    if "identity" in result:
        lines += [
            "## Same outputs (briefs: text, evidence spans, source count; provenance: the whole result)",
            "",
            "| case | items | differ |",
            "|---|---|---|",
            *(f"| {case} | {v['cases']} | {v['differ']} |" for case, v in result["identity"].items()),
            "",
        ]
    if "speed" in result:
        lines += [
            "## CPU per article (`trace_event` + `summarize_event`, jsonl-2000-s9-g2 pipeline events)",
            "",
            "CPU time (`time.process_time`), both trees in one process alternating blocks of 50 events, best "
            "of the processes (collector tuned as in workers); a shared 2-core machine. Cold: a fresh "
            "process's first pass. Warm: later passes with the article-keyed caches emptied.",
            "",
            "| tree | articles | kind | provenance ms | summarize ms | total ms | total per process |",
            "|---|---|---|---|---|---|---|",
            *(
                f"| {name} | {t['articles']} | {kind} | {t[kind]['provenance']} | {t[kind]['summarize']} | "
                f"{t[kind]['total']} | {' / '.join(map(str, t[f'{kind}_runs']))} |"
                for name, t in result["speed"].items()
                for kind in ("cold", "warm")
            ),
            "",
        ]
        now, before = result["speed"]["working tree"], result["speed"][result["against"]]
        for kind in ("cold", "warm"):
            cut = 1 - now[kind]["total"] / before[kind]["total"]
            lines.append(
                f"{kind.capitalize()}: {100 * cut:.1f} % less CPU per article than {result['against']} "
                "(target: a third less).  "
            )
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
