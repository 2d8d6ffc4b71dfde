"""Dev-set harness for brief tuning: the dataset command's inputs prepared once, scored per config.

``.venv/bin/python benchmarks/tune_summarize.py --sets duc2003_task2,duc2006 [--set key=value ...]``
Only dev sets are accepted (the test sets are scored by bench_summarize.py, never tuned here).
Prepared clusters (cleaned articles, source keys) are cached under benchmarks/work/ (not committed).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for, read_set  # noqa: E402
from benchmarks.metrics import rouge  # noqa: E402
from newsfuse.config import Config, SummarizeConfig  # noqa: E402
from newsfuse.tasks import SummaryInput, summary_inputs  # noqa: E402

DEV = ("duc2003_task2", "duc2006", "duc2007_main", "duc2007_update", "multiling2011_en")
CACHE = ROOT / "benchmarks" / "work" / "summarize_prepared"


@dataclass(frozen=True)
class Cluster(SummaryInput):
    """One dev cluster as the dataset command sees it, with its reference summaries."""

    references: tuple[str, ...]


def prepare(spec: EvalSet) -> list[Cluster]:
    """The set's clusters, cleaned and deduplicated as by ``summarize_dataset`` (cached)."""
    cache = CACHE / f"{spec.name}.tuples.pkl"
    if cache.exists():  # our own cache, as plain tuples (independent of how this module was imported)
        return [Cluster(*item) for item in pickle.loads(cache.read_bytes())]
    records = read_set(spec)
    clusters = [
        Cluster(
            item.id,
            item.articles,
            item.source_of,
            item.selectable,
            item.query,
            item.previous,
            tuple(r["summaries"]),
        )
        for item, r in zip(summary_inputs(records, spec.name, Config(), spec.update), records, strict=True)
    ]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps([tuple(getattr(c, f.name) for f in fields(Cluster)) for c in clusters]))
    return clusters


def score(spec: EvalSet, clusters: Sequence[Cluster], settings: SummarizeConfig) -> dict[str, float]:
    """ROUGE of the set's briefs under ``settings`` (the set's own budget), mean length and CPU ms."""
    settings = replace(settings, words=spec.words)
    started = time.process_time()
    summaries = {c.id: " ".join(s.text for s in c.brief(settings)) for c in clusters}
    cpu = time.process_time() - started
    result = rouge(summaries, {c.id: c.references for c in clusters}, spec.limit, spec.measure)
    words = sum(len(s.split()) for s in summaries.values()) / max(1, len(summaries))
    return {
        **result,
        "words": round(words, 1),
        "cpu_ms_per_cluster": round(1000 * cpu / max(1, len(clusters)), 1),
    }


def _value(text: str, like: Any) -> Any:
    if isinstance(like, bool):
        return text.lower() in ("1", "true", "yes")
    if like is None:
        return text
    return type(like)(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--set", action="append", default=[], help="summarize config key=value")
    parser.add_argument("--words", type=int, help="budget instead of the set's own")
    parser.add_argument(
        "--f1", action="store_true", help="Multi-News convention: ROUGE F1, no truncation (length rule study)"
    )
    args = parser.parse_args(argv)
    defaults = SummarizeConfig()
    known = {f.name: getattr(defaults, f.name) for f in fields(SummarizeConfig)}
    changes = {}
    for item in args.set:
        key, _, text = item.partition("=")
        if key not in known:
            parser.error(f"unknown summarize key {key!r}")
        changes[key] = _value(text, known[key])
    settings = replace(defaults, **changes)
    for name in args.sets.split(","):
        if name not in DEV:
            parser.error(f"{name} is not a dev set ({', '.join(DEV)})")
        spec = next(s for s in SETS if s.name == name)
        clusters = prepare(spec)
        if args.words:
            spec = replace(spec, words=args.words)
        if args.f1:
            spec = replace(spec, limit=None, measure="fmeasure")
        # as bench_summarize: a set scored on summaries cut at the budget gets the filled brief
        fill = settings.fill if "fill" in changes else fill_for(spec)
        print(name, score(spec, clusters, replace(settings, fill=fill)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
