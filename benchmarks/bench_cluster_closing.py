"""The main process's clustering stream (``runtime.closing.closed_clusters``): CPU per leader and events,
the working tree's code against an older commit's, on a generated corpus at its own density and squeezed.

Issue 5 / 9: at 1M articles the serial clustering stream of the main process paced event building
(``StreamClusterer._candidates`` and ``features.weigh`` on top). This cleans and deduplicates a generated
corpus once (``benchmarks/work/jsonl-<size>-s9-g2``, cached in benchmarks/work/cluster_prepared), makes
every leader's clustering terms once, then times ``closed_clusters`` alone over them (``time.process_time``,
one process, the lowest of ``--rounds`` alternated runs of the old and the new code) at the corpus's dates
and with the dates squeezed ``--squeeze`` fold (10,000 articles over two years squeezed 100-fold: about
the 1M corpus's articles per day). Events must be identical between the two codes (unless the defaults
changed, which is written), and the new code's events must equal ``cluster_articles`` over the same
leaders (what ``newsfuse cluster --dataset`` gives). ``--memory``: tracemalloc's peak of one new run.

    .venv/bin/python benchmarks/bench_cluster_closing.py                    # 10,000 articles (~3 min)
    .venv/bin/python benchmarks/bench_cluster_closing.py --size 2000 --base HEAD~3
    .venv/bin/python benchmarks/bench_cluster_closing.py --size 100000 --rss 90 90:730 --rounds 2  # peak RSS

``--rss TIE TIE:FAR``: only the peak resident memory of an untraced ``closed_clusters`` per setting, each in
a process of its own, alternated ``--rounds`` times (printed, not saved).
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.revision import import_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402
from benchmarks.warc_generator import WORK, folder_name  # noqa: E402
from newsfuse import pipeline  # noqa: E402
from newsfuse.cluster import cluster_articles  # noqa: E402
from newsfuse.cluster.batch import date_order  # noqa: E402
from newsfuse.config import Config  # noqa: E402
from newsfuse.ingest import read_inputs  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.runtime import LocalRunner  # noqa: E402
from newsfuse.runtime.closing import closed_clusters, copies_of, replaced, terms_of  # noqa: E402

CACHE = ROOT / "benchmarks" / "work" / "cluster_prepared"  # git-ignored
BASE = "e1c8fad"
"""The commit the new code is timed against (the start of the ninth session)."""

Corpus = tuple[list[Article], list[dict[str, int]], dict[str, list[str]]]
Closing = Callable[..., Iterable[Sequence[str]]]


def corpus(size: int) -> Corpus:
    """The leaders (whole articles, date order), their clustering terms and the copies of a generated
    corpus after the pipeline's cleaning and dedup (cached)."""
    path = CACHE / f"closing_{size}.pickle"
    if path.exists():
        cached: Corpus = pickle.loads(path.read_bytes())
        return cached
    folder = WORK / folder_name("jsonl", size, 9, 2)
    if not folder.exists():
        sys.exit(f"{folder} is missing: make it with benchmarks/scale_pipeline.py --sizes {size}")
    config = Config()
    with pipeline._spill_folder(None) as spill, LocalRunner(workers=2) as pool:
        done = pipeline._clean_and_dedup(
            read_inputs(sorted(folder.iterdir()), config.ingest), config, pool, spill
        )
        same_as = done.dedup.duplicate_of()
        whole = [
            replace(a, published=h.head.published) for h, a in zip(done.held, done.articles(), strict=True)
        ]
    leaders = date_order([a for a in whole if a.id not in same_as])
    terms = [dict(terms_of(a, config.cluster)) for a in leaders]
    made: Corpus = (leaders, terms, copies_of([a.id for a in whole], same_as))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(made))
    return made


def squeezed(made: Corpus, fold: int) -> Corpus:
    """The corpus with every date moved ``fold`` times closer to the first (leaders in date order again)."""
    leaders, terms, copies = made
    days = [date.fromisoformat(a.published[:10]).toordinal() for a in leaders if a.published]
    first = min(days)
    out = []
    for a in leaders:
        if a.published:
            day = first + (date.fromisoformat(a.published[:10]).toordinal() - first) // fold
            a = replace(a, published=date.fromordinal(day).isoformat())
        out.append(a)
    of = {a.id: counts for a, counts in zip(leaders, terms, strict=True)}
    ordered = date_order(out)
    return ordered, [of[a.id] for a in ordered], copies


def run(closing: Closing, made: Corpus, config: Any) -> tuple[float, list[list[str]]]:
    """CPU seconds of one ``closed_clusters`` over the pre-made terms, and its events (sorted; of an
    event handed over again after a far tie, the last hand-over: ``replaced``)."""
    leaders, terms, copies = made
    frequency: dict[str, int] = {}
    for counts in terms:
        for term in counts:
            frequency[term] = frequency.get(term, 0) + 1
    start = time.process_time()
    events = list(closing(leaders, iter(terms), copies, config, frequency))
    cpu = time.process_time() - start
    return cpu, sorted(sorted(ids) for ids in replaced(events))


def batch(leaders: Sequence[Article], copies: Mapping[str, Sequence[str]], config: Config) -> list[list[str]]:
    """``cluster_articles`` over the leaders and their copies (the copies as bare stand-ins)."""
    same_as = {c: leader for leader, cs in copies.items() for c in cs}
    stand_ins = [Article(id=c, path="copy", text="copy") for c in same_as]
    return sorted(cluster_articles([*leaders, *stand_ins], config.cluster, same_as))


def peak_mb(made: Corpus, config: Config) -> float:
    """tracemalloc's peak (MB) over one new ``closed_clusters``, events dropped as they come."""
    tracemalloc.start()
    run(closed_clusters, made, config.cluster)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def measure(
    name: str, made: Corpus, old: Any, rounds: int, memory: bool, tie_days: float = 0.0
) -> dict[str, Any]:
    """Old and new code alternated ``rounds`` times on these leaders (lowest CPU of each), their events
    compared with each other and with batch. ``tie_days`` 0 (no archive) is the reach of a base before
    the archive (e1c8fad); a later base can be timed at the default 90."""
    # event-level ties off: a base before them must give the same events (their cost: the tie_days tables)
    config = Config().with_values(cluster={"tie_days": tie_days, "tie_event_threshold": 0.0})
    old_config = old.config.ClusterConfig(
        **{
            k: v
            for k, v in vars(config.cluster).items()
            if k in old.config.ClusterConfig.__dataclass_fields__
        }
    )
    best = {"before": float("inf"), "now": float("inf")}
    events: dict[str, list[list[str]]] = {}
    for _ in range(rounds):
        for label, closing, cfg in (
            ("before", old.runtime.closing.closed_clusters, old_config),
            ("now", closed_clusters, config.cluster),
        ):
            cpu, events[label] = run(closing, made, cfg)
            best[label] = min(best[label], cpu)
    leaders = made[0]
    out: dict[str, Any] = {
        "leaders": len(leaders),
        "cpu_s_before": round(best["before"], 3),
        "cpu_s_now": round(best["now"], 3),
        "ms_per_leader_before": round(1000 * best["before"] / len(leaders), 4),
        "ms_per_leader_now": round(1000 * best["now"] / len(leaders), 4),
        "events_before": len(events["before"]),
        "events_now": len(events["now"]),
        "identical_to_before": events["before"] == events["now"],
        "same_as_batch": events["now"] == batch(leaders, made[2], config),
    }
    if memory:
        out["peak_mb_traced_now"] = peak_mb(made, config)
    print(name, json.dumps(out), flush=True)
    return out


def hand_over(made: Corpus, config: Config, traced: bool) -> dict[str, Any]:
    """One new ``closed_clusters``: its CPU (untraced) or tracemalloc's peak (``traced``), its events,
    and how late events are handed over: leaders clustered between an event's last leader and its hand-over
    (mean, and the share handed over only at the end of the stream; an event handed over again after a
    far tie counts once per hand-over, ``again``: those hand-overs)."""
    leaders, terms, copies = made
    position = {a.id: n for n, a in enumerate(leaders)}
    frequency: dict[str, int] = {}
    for counts in terms:
        for term in counts:
            frequency[term] = frequency.get(term, 0) + 1
    consumed = 0

    def counted() -> Iterable[dict[str, int]]:
        nonlocal consumed
        for counts in terms:
            consumed += 1
            yield counts

    delays, at_end, events, got = [], 0, 0, []
    if traced:
        tracemalloc.start()
    start = time.process_time()
    for ids in closed_clusters(leaders, counted(), copies, config.cluster, frequency):
        events += 1
        got.append(ids)
        at_end += consumed == len(leaders)
        delays.append(consumed - 1 - max(position[i] for i in ids if i in position))
    cpu = time.process_time() - start
    out: dict[str, Any] = {"events": events, "mean_delay_leaders": round(sum(delays) / max(events, 1), 1)}
    out["again"] = sum(1 for ids in got if getattr(ids, "replaces", ()))
    if not traced:
        kept = replaced(got)
        out["same_as_batch"] = sorted(sorted(ids) for ids in kept) == batch(leaders, copies, config)
    out["handed_over_at_end"] = round(at_end / max(events, 1), 4)
    if traced:
        out["peak_mb_traced"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    else:
        out["ms_per_leader"] = round(1000 * cpu / len(leaders), 4)
    return out


def _config_of(spec: str) -> Config:
    """The config of a ``TIE`` or ``TIE:FAR`` spec (``cluster.tie_days``, ``cluster.far_days``; else 0)."""
    tie, _, far = spec.partition(":")
    return Config().with_values(cluster={"tie_days": float(tie), "far_days": float(far or 0.0)})


def rss_cost(size: int, specs: Sequence[str], rounds: int) -> dict[str, Any]:
    """Peak resident memory of one untraced ``closed_clusters`` per spec (``TIE`` or ``TIE:FAR``), each in a
    process of its own (``--one-rss``), alternated ``rounds`` times: the process's peak RSS over the RSS
    it had once the corpus was loaded (what clustering itself held at its peak, hand-over included)."""
    out: dict[str, Any] = {}
    for _ in range(rounds):
        for spec in specs:
            cmd = [sys.executable, __file__, "--size", str(size), "--one-rss", spec]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"rss {spec}", json.dumps(row), flush=True)
            out.setdefault(spec, []).append(row)
    return out


def one_rss(size: int, spec: str) -> dict[str, Any]:
    made = corpus(size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row = hand_over(made, _config_of(spec), False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {**row, "rss_loaded_mb": round(before, 1), "peak_rss_mb": round(peak, 1)}


def ties_cost(made: Corpus, tie_days: Sequence[str]) -> dict[str, Any]:
    """Memory and hand-over delay of ``closed_clusters`` with each ``cluster.tie_days``, given as ``TIE``
    (``cluster.far_days`` 0) or ``TIE:FAR`` (with far ties up to ``FAR`` days)."""
    out = {}
    for spec in tie_days:
        tie, _, far = spec.partition(":")
        config = _config_of(spec)
        row = {**hand_over(made, config, False), **hand_over(made, config, True)}
        label = str(float(tie)) + (f", far_days {float(far)}" if far else "")
        print(f"tie_days {label}", json.dumps(row), flush=True)
        out[label] = row
    return out


def _markdown(results: dict[str, Any]) -> str:
    lines = [
        "# The main process's clustering stream (closed_clusters)",
        "",
        f"Command: `{results['command']}` · {results['date']}. Written by `benchmarks/bench_cluster_closing.py`",
        "(see its docstring). CPU seconds (`time.process_time`) of `closed_clusters` alone over pre-made terms,",
        f"one process, lowest of {results['rounds']} alternated runs, on a 2-core machine shared with other",
        f"engineers' jobs. Before = the code at {results['base']}; now = the working tree, both with",
        f"`cluster.tie_days` {results.get('speed_tie_days', 0.0)} (0: ties to open events only).",
        "",
        "| corpus | leaders | ms per leader before | now | change | events before / now | identical |"
        " same as batch | peak MB (traced, now) |",
        "|---|---:|---:|---:|---:|---|---|---|---:|",
    ]
    if results.get("runs_from"):
        lines[-2:-2] = [f"The timed table (not re-run with `--no-speed`): {results['runs_from']}.", ""]
    for name, r in results["runs"].items():
        change = 100 * (r["ms_per_leader_now"] / r["ms_per_leader_before"] - 1)
        lines.append(
            f"| {name} | {r['leaders']:,} | {r['ms_per_leader_before']:.4f} | {r['ms_per_leader_now']:.4f} | "
            f"{change:+.1f} % | {r['events_before']:,} / {r['events_now']:,} | "
            f"{'yes' if r['identical_to_before'] else 'no'} | {'yes' if r['same_as_batch'] else 'no'} | "
            f"{r.get('peak_mb_traced_now', '')} |"
        )
    for name, rows in results.get("ties", {}).items():
        lines += [
            "",
            f"Long-range ties beyond the open window (`cluster.tie_days`), {name}: CPU, tracemalloc's peak of",
            "`closed_clusters` alone, and how late events are handed over (leaders clustered between an event's",
            "last leader and its hand-over).",
            "",
            "| tie_days (far_days: far ties) | ms per leader | peak MB (traced) | hand-overs | of them again"
            " (follow-ups) | mean hand-over delay (leaders) | handed over at the end | same as batch |",
            "|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for days, r in rows.items():
            lines.append(
                f"| {days} | {r['ms_per_leader']:.4f} | {r['peak_mb_traced']} | {r['events']:,} | "
                f"{r.get('again', '')} | {r['mean_delay_leaders']:,} | {100 * r['handed_over_at_end']:.1f} % | "
                f"{'yes' if r['same_as_batch'] else 'no'} |"
            )
    return "\n".join(lines) + "\n" + results.get("notes", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--squeeze", type=int, nargs="*", default=[1, 100])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", default=BASE)
    parser.add_argument("--memory", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--save", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--tie-days", nargs="*", default=["0", "60", "90"], help="TIE or TIE:FAR (cluster.far_days; else 0)"
    )
    parser.add_argument("--speed", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--ties-squeeze", type=int, nargs="*", default=[1, 10])
    parser.add_argument(
        "--speed-tie-days", type=float, default=0.0, help="cluster.tie_days of the timed runs"
    )
    parser.add_argument("--rss", nargs="*", default=[], help="TIE or TIE:FAR: peak RSS runs, no other")
    parser.add_argument("--one-rss", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_rss:
        print(json.dumps(one_rss(args.size, args.one_rss)), flush=True)
        return
    if args.rss:
        rss_cost(args.size, args.rss, args.rounds)
        return
    made = corpus(args.size)
    old = import_at(args.base, "", "newsfuse_closing_before")
    runs = {}
    for fold in args.squeeze if args.speed else []:
        name = f"jsonl-{args.size}-s9-g2" + (f", dates squeezed x{fold}" if fold > 1 else "")
        runs[name] = measure(
            name,
            made if fold == 1 else squeezed(made, fold),
            old,
            args.rounds,
            args.memory,
            args.speed_tie_days,
        )
    if not args.speed:  # the timed table as last written
        saved = json.loads(
            (ROOT / "benchmarks" / "results" / "cluster_closing.json").read_text(encoding="utf-8")
        )
        runs, args.base, args.rounds = saved["runs"], saved["base"], saved["rounds"]
        args.speed_tie_days = saved.get("speed_tie_days", 0.0)
        runs_from = saved.get("runs_from") or f"`{saved['command']}` · {saved['date']}"
    results = {
        "command": ".venv/bin/python benchmarks/bench_cluster_closing.py " + " ".join(sys.argv[1:]),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "base": args.base,
        "rounds": args.rounds,
        "speed_tie_days": args.speed_tie_days,
        "runs": runs,
        **({} if args.speed else {"runs_from": runs_from}),
        "ties": {
            f"jsonl-{args.size}-s9-g2" + (f", dates squeezed x{fold}" if fold > 1 else ""): ties_cost(
                made if fold == 1 else squeezed(made, fold), args.tie_days
            )
            for fold in (args.ties_squeeze if args.tie_days else [])
        },
    }
    if args.save:
        notes = ROOT / "benchmarks" / "results" / "cluster_closing_notes.md"
        results["notes"] = notes.read_text(encoding="utf-8") if notes.exists() else ""
        save_results("cluster_closing", results, _markdown(results))


if __name__ == "__main__":
    main()
