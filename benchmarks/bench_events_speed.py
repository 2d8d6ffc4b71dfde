"""Event building speed (issue 9): the same events before and after, and CPU per article of ``build_event``.

``.venv/bin/python benchmarks/bench_events_speed.py [--against REV]`` builds every event of two inputs in
separate processes, one on the working tree and one on the working tree with the speed-owned files
(``OWNED``: session 10's compare_event files) taken from REV, and compares them (the whole ``Event`` and its
report record, event by event):

- the events the pipeline builds from benchmarks/work/jsonl-2000-s9-g2 (2,000 generated articles, the
  lead's end-to-end profile), as ``pipeline.event_inputs`` makes them;
- the example corpus's events.

Inputs are prepared once (by the working tree) and kept in benchmarks/work/events_speed/. It then times
``build_event`` over the 2,000-article events, both trees in one process (the baseline's package imported
as ``newsfuse_base``), alternating block by block so both meet the same load of the shared machine (CPU
time, collector tuned as in workers): the first pass ("cold": empty caches, as in the lead's profile), and
later passes with the article-keyed caches emptied ("warm": what a pool worker of a long run meets, its
word and name caches filled by earlier events, every article new); best of ``--rounds`` processes.
Both trees are made from one snapshot of the shared working tree, taken at the start (others' edits during
a run reach neither). ``--parts`` also times the parts of ``build_event`` (``PARTS``) on the snapshot, cold
and warm, in one process. Writes benchmarks/results/events_speed.{json,md}.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import pickle
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.revision import import_tree, run_child, tree_with_files_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402

WORK = ROOT / "benchmarks" / "work" / "events_speed"
RESULTS = ROOT / "benchmarks" / "results"
CORPUS = ROOT / "benchmarks" / "work" / "jsonl-2000-s9-g2"
OWNED = (
    "src/newsfuse/compare/reported.py",
    "src/newsfuse/compare/statements.py",
    "src/newsfuse/compare/article.py",
    "src/newsfuse/compare/align.py",
    "src/newsfuse/compare/entities.py",
    "src/newsfuse/compare/mentions.py",
    "src/newsfuse/compare/dates.py",
    "src/newsfuse/compare/versions.py",
)
"""Session 10's speed files (compare_event: reported speech, statements, alignment, entities); quotes.py and
quantities.py (others' this session) are the working tree's in both trees."""
ARTICLE_CACHES = (
    ("newsfuse.compare.article", "article_mentions"),
    ("newsfuse.compare.article", "article_contexts"),
    ("newsfuse.compare.article", "_readings"),
    ("newsfuse.compare.article", "_contexts"),
    ("newsfuse.compare.article", "article_reports"),
    ("newsfuse.compare.article", "_report_readings"),
    ("newsfuse.provenance.drift", "text_notes"),
    ("newsfuse.provenance.credits", "_credit_phrases"),
    ("newsfuse.compare.quotes", "extract_quotes"),
    ("newsfuse.compare.dates", "_matches"),
    ("newsfuse.compare.dates", "dated_phrases"),
    ("newsfuse.text.sentences", "_split"),
    ("newsfuse.summarize.pool", "_sentences"),
)
"""Caches keyed by an article or its text, emptied before a warm pass (a long run's worker meets new
articles); the word and name caches are kept."""


def prepare() -> Path:
    """Pickle the event inputs (2,000 generated articles, the example corpus) once; the pickle's path."""
    path = WORK / "inputs.pickle"
    if path.exists():
        return path
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import event_inputs, group
    from newsfuse.runtime import LocalRunner

    config = Config()
    cases = {}
    for name, folder in (("pipeline", CORPUS), ("examples", ROOT / "examples" / "corpus")):
        grouped = group(read_inputs(sorted(folder.iterdir()), config.ingest), config, LocalRunner(workers=1))
        cases[name] = event_inputs(grouped)
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(cases))
    return path


def digests(inputs: Path) -> dict[str, list[str]]:
    """Per case, a digest of each built event (its repr and its report record) under the newsfuse on the
    path (a child process)."""
    from newsfuse.config import Config
    from newsfuse.pipeline import build_event
    from newsfuse.report.write import event_record

    config = Config()
    out: dict[str, list[str]] = {}
    for case, items in pickle.loads(inputs.read_bytes()).items():
        out[case] = []
        for item in items:
            event = build_event(item, config)
            record = event_record(event, item.articles, item.dedup)
            text = "\n".join((repr(event), record.line, record.markdown, record.html, record.nav))
            out[case].append(hashlib.blake2b(text.encode(), digest_size=16).hexdigest())
    return out


def _forget_articles(package: str = "newsfuse") -> None:
    for module, name in ARTICLE_CACHES:
        cached = getattr(importlib.import_module(module.replace("newsfuse", package, 1)), name, None)
        if cached is not None and hasattr(cached, "cache_clear"):  # (a tree may not cache it)
            cached.cache_clear()


class _Renamed(pickle.Unpickler):
    """Unpickles newsfuse objects as the classes of the package renamed ``package``."""

    def __init__(self, data: bytes, package: str) -> None:
        super().__init__(io.BytesIO(data))
        self.package = package

    def find_class(self, module: str, name: str) -> Any:
        if module == "newsfuse" or module.startswith("newsfuse."):
            module = self.package + module[len("newsfuse") :]
        return super().find_class(module, name)


def timed(inputs: Path, base: Path, repeats: int, block: int = 50) -> dict[str, dict[str, float]]:
    """CPU ms per article of ``build_event`` over the pipeline events, the working tree and the tree at
    ``base`` (imported as ``newsfuse_base``) in one process, alternating block by block (``block`` events,
    the first of the two changing each block: both meet the same load on a shared machine): a cold pass
    (each tree's caches empty at first), then the best of ``repeats`` warm passes."""
    import_tree(base, "newsfuse_base")
    data = (inputs).read_bytes()
    runs = {}
    for package in ("newsfuse", "newsfuse_base"):
        items = _Renamed(data, package).load()["pipeline"]
        build = importlib.import_module(f"{package}.pipeline").build_event
        runs[package] = (items, build, importlib.import_module(f"{package}.config").Config())
    compared = dict.fromkeys(runs, 0.0)  # CPU seconds inside compare_event, per tree and pass
    for package in runs:  # pycountry's place names: loaded once per process (the first tree would pay)
        importlib.import_module(f"{package}.compare.entities").place_names()
        pipeline = importlib.import_module(f"{package}.pipeline")
        pipeline.compare_event = _timing(pipeline.compare_event, compared, package)  # type: ignore[attr-defined]
    importlib.import_module("newsfuse.runtime.worker").tune_gc()
    articles = sum(len(item.articles) for item in runs["newsfuse"][0])
    size = len(runs["newsfuse"][0])
    passes: dict[str, list[float]] = {package: [] for package in runs}
    compare_passes: dict[str, list[float]] = {package: [] for package in runs}
    for n in range(1 + repeats):
        spent = dict.fromkeys(runs, 0.0)
        compared.update(dict.fromkeys(runs, 0.0))
        for package in runs if n else ():
            _forget_articles(package)
        for k in range(0, size, block):
            order = list(runs) if (k // block) % 2 == 0 else list(runs)[::-1]
            for package in order:
                items, build, config = runs[package]
                started = time.process_time()
                for item in items[k : k + block]:
                    build(item, config)
                spent[package] += time.process_time() - started
        for package in runs:
            passes[package].append(spent[package])
            compare_passes[package].append(compared[package])
    return {
        package: {
            "events": size,
            "articles": articles,
            "cold_ms_per_article": round(1000 * found[0] / articles, 3),
            "warm_ms_per_article": round(1000 * min(found[1:]) / articles, 3),
            "compare_cold_ms_per_article": round(1000 * compare_passes[package][0] / articles, 3),
            "compare_warm_ms_per_article": round(1000 * min(compare_passes[package][1:]) / articles, 3),
        }
        for package, found in passes.items()
    }


def _timing(function: Any, spent: dict[str, float], key: str) -> Any:
    """``function`` adding its calls' CPU seconds to ``spent[key]``."""

    def timed_call(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started

    return timed_call


PARTS = (  # (label, module the caller looks the function up in, function): list- or tuple-returning ones
    ("build_event", "newsfuse.pipeline", "build_event"),
    ("provenance (trace_event)", "newsfuse.pipeline", "trace_event"),
    ("  timeline (date scan shared with compare)", "newsfuse.provenance.event", "timeline"),
    ("  extract_quotes (multi-article events)", "newsfuse.provenance.event", "extract_quotes"),
    ("summarize (summarize_event)", "newsfuse.pipeline", "summarize_event"),
    ("  candidates (pool.py)", "newsfuse.summarize.brief", "candidates"),
    ("    _sentences: split, datelines, markers", "newsfuse.summarize.pool", "_sentences"),
    ("    sentence_terms (concepts.py)", "newsfuse.summarize.pool", "sentence_terms"),
    ("  concept_matrix (concepts.py)", "newsfuse.summarize.brief", "concept_matrix"),
    ("  weight_vector (concepts.py)", "newsfuse.summarize.brief", "weight_vector"),
    ("  shorten (compress.py)", "newsfuse.summarize.brief", "shorten"),
    ("  select_rows (select.py)", "newsfuse.summarize.brief", "select_rows"),
    ("  evidence_for (attribute.py)", "newsfuse.summarize.brief", "evidence_for"),
    ("compare (compare_event)", "newsfuse.pipeline", "compare_event"),
    ("  article_mentions (article.py)", "newsfuse.compare.align", "article_mentions"),
    ("    extract_quotes (quotes.py)", "newsfuse.compare.article", "extract_quotes"),
    ("    entity_mentions (entities.py)", "newsfuse.compare.article", "entity_mentions"),
    ("    date_mentions (dates.py)", "newsfuse.compare.article", "date_mentions"),
    ("  reported facts (align.py: reported speech)", "newsfuse.compare.align", "_reported_facts"),
    ("    article_reports (article.py)", "newsfuse.compare.align", "article_reports"),
    ("  group_versions (versions.py)", "newsfuse.compare.align", "group_versions"),
)
"""Where ``--parts`` times event building; a part's callers find it under the name in the module named (the
working tree's; a part missing there is skipped). Quantities are what ``article_mentions`` spends beyond its
parts; generator parts (credits, notes) are left in their stage's rest."""


def parts(inputs: Path) -> dict[str, dict[str, float]]:
    """CPU ms per article of each part of ``build_event`` (``PARTS``) over the pipeline events: a cold pass,
    then a warm one (article-keyed caches emptied), each call timed with ``time.process_time``."""
    from newsfuse.config import Config

    items = pickle.loads(inputs.read_bytes())["pipeline"]
    importlib.import_module("newsfuse.compare.entities").place_names()
    importlib.import_module("newsfuse.runtime.worker").tune_gc()
    spent: dict[str, float] = {}

    def timer(label: str, function: Any) -> Any:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

        return timed_call

    for label, module, name in PARTS:
        owner = importlib.import_module(module)
        if hasattr(owner, name):
            setattr(owner, name, timer(label, getattr(owner, name)))
    build = importlib.import_module("newsfuse.pipeline").build_event
    config = Config()
    articles = sum(len(item.articles) for item in items)
    out = {}
    for kind in ("cold", "warm"):
        if kind == "warm":
            _forget_articles()
        spent.clear()
        for item in items:
            build(item, config)
        out[kind] = {label: round(1000 * spent.get(label, 0.0) / articles, 3) for label, _, _ in PARTS}
    return out


STREAM_FILES = ("src/newsfuse/cluster/stream.py", "src/newsfuse/cluster/features.py")
"""The clustering stream's files (``--stream REV``: the working tree against these files at REV)."""
STREAM_LEADERS = ROOT / "benchmarks" / "work" / "cluster_prepared" / "closing_10000.pickle"
"""jsonl-10000-s9-g2's leaders in date order and their terms (``bench_cluster_closing.corpus(10000)``)."""


def stream_cpu(leaders: Path, passes: int) -> dict[str, Any]:
    """CPU seconds of ``StreamClusterer.add`` (and the final ``consolidate``) over the leaders with the
    pile's fixed frequencies, as ``runtime.closing`` feeds it, for each of ``passes`` fresh clusterers in
    this process (the newsfuse on the path), and a digest of what it decided (every leader's resolved
    event, the merges, ties, retired and forgotten events)."""
    from newsfuse.cluster.stream import StreamClusterer
    from newsfuse.config import ClusterConfig

    articles, terms, _ = pickle.loads(leaders.read_bytes())
    seconds, digest = [], ""
    for _ in range(passes):
        frequency: dict[str, int] = {}
        for counts in terms:
            for term in counts:
                frequency[term] = frequency.get(term, 0) + 1
        clusterer = StreamClusterer(ClusterConfig(), frequency, len(articles))
        clusterer.keep_retired = True
        started = time.process_time()
        ids = [clusterer.add(article, None, counts) for article, counts in zip(articles, terms, strict=True)]
        clusterer.consolidate()
        seconds.append(time.process_time() - started)
        made = (
            [clusterer.resolve(eid) for eid in ids],
            clusterer.merges,
            clusterer.ties,
            clusterer.retired,
            clusterer.forgotten,
        )
        digest = hashlib.blake2b(repr(made).encode(), digest_size=16).hexdigest()
    return {"seconds": seconds, "digest": digest, "leaders": len(articles)}


def stream_against(rev: str, rounds: int, passes: int) -> dict[str, Any]:
    """``stream_cpu`` of the working tree (a snapshot) and of the snapshot with ``STREAM_FILES`` at ``rev``,
    in child processes alternated A B ``rounds`` times; the best pass of each process."""
    if not STREAM_LEADERS.exists():
        sys.exit(f"{STREAM_LEADERS} is missing: run benchmarks/bench_cluster_closing.py --size 10000 once")
    with tempfile.TemporaryDirectory() as tmp:
        now = tree_with_files_at(rev, Path(tmp) / "now", ROOT / "src", ())
        trees = {rev: tree_with_files_at(rev, Path(tmp) / "base", now, STREAM_FILES), "now": now}
        best: dict[str, list[float]] = {name: [] for name in trees}
        digests_seen: dict[str, set[str]] = {name: set() for name in trees}
        for _ in range(rounds):
            for name, src in trees.items():
                got = run_child(__file__, src, "--stream-of", str(STREAM_LEADERS), "--repeats", str(passes))
                best[name].append(round(min(got["seconds"]), 3))
                digests_seen[name].add(got["digest"])
    medians = {name: sorted(found)[len(found) // 2] for name, found in best.items()}
    return {
        "leaders": str(STREAM_LEADERS.relative_to(ROOT)),
        "against": rev,
        "seconds_per_process": best,
        "median": medians,
        "min": {name: min(found) for name, found in best.items()},
        "change_of_median": round(medians["now"] / medians[rev] - 1.0, 4),
        "pairs_lower": sum(b < a for a, b in zip(best[rev], best["now"], strict=True)),
        "identical": len(digests_seen["now"]) == 1 and digests_seen["now"] == digests_seen[rev],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--against", default="0483852", help="revision of the speed-owned files")
    parser.add_argument("--rounds", type=int, default=3, help="timing processes per tree (run in turns)")
    parser.add_argument("--repeats", type=int, default=2, help="warm passes per timing process")
    parser.add_argument("--fresh", action="store_true", help="prepare the inputs again (after stage changes)")
    parser.add_argument("--no-check", action="store_true", help="only time (do not compare the events)")
    parser.add_argument("--no-time", action="store_true", help="only compare the events")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument(
        "--parts", action="store_true", help="also time the parts of build_event (working tree, one process)"
    )
    parser.add_argument("--parts-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--digests", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--time", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--stream",
        metavar="REV",
        help="instead: StreamClusterer.add's CPU over jsonl-10000's leaders, the tree against cluster/ at REV",
    )
    parser.add_argument("--stream-of", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_of:
        print(json.dumps(stream_cpu(args.stream_of, args.repeats)))
        return 0
    if args.stream:
        found = stream_against(args.stream, args.rounds, args.repeats)
        found["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        found["command"] = " ".join([".venv/bin/python benchmarks/bench_events_speed.py", *sys.argv[1:]])
        print(json.dumps(found, indent=1))
        if not args.no_write:
            save_results("events_speed.stream", found, _stream_markdown(found), indent=1)
        return 0
    if args.digests:
        print(json.dumps(digests(args.digests)))
        return 0
    if args.time:
        print(json.dumps(timed(args.time, args.base, args.repeats)))
        return 0
    if args.parts_of:
        print(json.dumps(parts(args.parts_of)))
        return 0
    if args.fresh:
        (WORK / "inputs.pickle").unlink(missing_ok=True)
    inputs = prepare()
    result: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join([".venv/bin/python benchmarks/bench_events_speed.py", *sys.argv[1:]]),
        "against": args.against,
    }
    with tempfile.TemporaryDirectory() as tmp:
        trees = {
            # a snapshot of the shared working tree, so others' edits during the run reach neither tree
            "working tree": (
                snapshot := tree_with_files_at(args.against, Path(tmp) / "now", ROOT / "src", ())
            ),
            args.against: tree_with_files_at(args.against, Path(tmp) / "src", snapshot, OWNED),
        }
        if not args.no_check:
            now, before = (run_child(__file__, src, "--digests", str(inputs)) for src in trees.values())
            result["identity"] = {
                case: {
                    "events": len(before[case]),
                    "differ": sum(a != b for a, b in zip(now[case], before[case], strict=True)),
                }
                for case in before
            }
        if not args.no_time:
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                both = run_child(
                    __file__,
                    trees["working tree"],
                    "--time",
                    str(inputs),
                    "--base",
                    str(trees[args.against]),
                    "--repeats",
                    str(args.repeats),
                )
                runs["working tree"].append(both["newsfuse"])
                runs[args.against].append(both["newsfuse_base"])
            result["speed"] = {
                name: {
                    "events": found[0]["events"],
                    "articles": found[0]["articles"],
                    "cold_ms_per_article": min(r["cold_ms_per_article"] for r in found),
                    "warm_ms_per_article": min(r["warm_ms_per_article"] for r in found),
                    "cold_runs": [r["cold_ms_per_article"] for r in found],
                    "warm_runs": [r["warm_ms_per_article"] for r in found],
                    **{
                        f"compare_{kind}_{what}": (
                            min(r[f"compare_{kind}_ms_per_article"] for r in found)
                            if what == "ms_per_article"
                            else [r[f"compare_{kind}_ms_per_article"] for r in found]
                        )
                        for kind in ("cold", "warm")
                        for what in ("ms_per_article", "runs")
                    },
                }
                for name, found in runs.items()
            }
        if args.parts:
            result["parts"] = run_child(__file__, snapshot, "--parts-of", str(inputs))
    print(json.dumps(result, indent=1))
    if not args.no_write:
        save_results("events_speed", result, _markdown(result), indent=1)
    return 1 if sum(v["differ"] for v in result.get("identity", {}).values()) else 0


def _markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Event building: same events, CPU per article (issue 9 speed work)",
        "",
        f"Command: `{result['command']}`  ",
        f"Date: {result['date']}  ",
        f"Baseline: the working tree with the speed-owned files ({', '.join(OWNED)}) from {result['against']}.",
        "",
    ]
    if "identity" in result:
        lines += [
            "## Same events (the whole Event and its report record, JSON line, Markdown and HTML)",
            "",
            "| case | events | differ |",
            "|---|---|---|",
            *(f"| {case} | {v['events']} | {v['differ']} |" for case, v in result["identity"].items()),
            "",
        ]
    if "speed" in result:
        lines += [
            "## CPU per article (`pipeline.build_event`: provenance + summarize + compare, jsonl-2000-s9-g2)",
            "",
            "CPU time (`time.process_time`), both trees in one process alternating blocks of 50 events, "
            "best of the processes (collector tuned as in workers); a shared 2-core machine. Cold: a fresh "
            "process's first pass. Warm: later passes with the article-keyed caches emptied (word and name "
            "caches kept, as in a long run's worker).",
            "",
            "| tree | part | events | articles | cold ms/article | warm ms/article | cold per process | "
            "warm per process |",
            "|---|---|---|---|---|---|---|---|",
            *(
                f"| {name} | {part or 'build_event'} | {t['events']} | {t['articles']} | "
                f"{t[f'{prefix}cold_ms_per_article']} | {t[f'{prefix}warm_ms_per_article']} | "
                f"{' / '.join(map(str, t[f'{prefix}cold_runs']))} | "
                f"{' / '.join(map(str, t[f'{prefix}warm_runs']))} |"
                for prefix, part in (("", ""), ("compare_", "compare_event (inside build_event)"))
                for name, t in result["speed"].items()
                if f"{prefix}cold_runs" in t
            ),
            "",
        ]
        now, before = result["speed"]["working tree"], result["speed"][result["against"]]
        for prefix, part in (("", "build_event"), ("compare_", "compare_event")):
            for kind in ("cold", "warm"):
                if f"{prefix}{kind}_runs" not in now:
                    continue
                cut = 1 - now[f"{prefix}{kind}_ms_per_article"] / before[f"{prefix}{kind}_ms_per_article"]
                pairs = [
                    f"{100 * (1 - a / b):+.1f}"
                    for a, b in zip(now[f"{prefix}{kind}_runs"], before[f"{prefix}{kind}_runs"], strict=True)
                ]
                lines.append(
                    f"{part}, {kind}: {100 * abs(cut):.1f} % {'less' if cut >= 0 else 'more'} CPU per article "
                    f"than {result['against']} (best against best; per process, % less: {' / '.join(pairs)}).  "
                )
    if "parts" in result:
        cold, warm = result["parts"]["cold"], result["parts"]["warm"]
        lines += [
            "",
            "## Where event building's CPU goes (`--parts`, working tree, one process)",
            "",
            "CPU ms per article of each part (`time.process_time` around each call; nested parts are inside "
            "their parent's figure; the timing wrappers add a little to every figure).",
            "",
            "| part | cold ms/article | warm ms/article | warm share |",
            "|---|---|---|---|",
            *(
                f"| {'· ' * ((len(label) - len(label.lstrip())) // 2)}{label.strip()} | {cold[label]} | "
                f"{warm[label]} | "
                f"{100 * warm[label] / (warm['build_event'] or 1):.1f} % |"
                for label in cold
            ),
        ]
    return "\n".join(lines).rstrip() + "\n"


def _stream_markdown(found: dict[str, Any]) -> str:
    rev = found["against"]
    return "\n".join(
        [
            "# The clustering stream's CPU (issue 9): StreamClusterer.add over jsonl-10000's leaders",
            "",
            f"`{found['command']}` ({found['date']}): the working tree against its cluster/stream.py and",
            f"features.py at {rev}, child processes alternated A B, the best pass of each (CPU seconds).",
            "",
            "| tree | per process | median | min |",
            "|---|---|---|---|",
            *(
                f"| {name} | {' / '.join(map(str, found['seconds_per_process'][name]))} "
                f"| {found['median'][name]} | {found['min'][name]} |"
                for name in (rev, "now")
            ),
            "",
            f"Median change {100 * found['change_of_median']:+.1f} %, {found['pairs_lower']} of "
            f"{len(found['seconds_per_process']['now'])} pairs lower; the same decisions (digest): "
            f"{found['identical']}.",
            "",
        ]
    )


if __name__ == "__main__":
    raise SystemExit(main())
