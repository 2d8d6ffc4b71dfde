"""Benchmark of compare/quotes.py alone (issue 7): direct-quote spans and speakers on PolNeAR (train/dev tuned,
test reported) and ggt_quotes_eval (test, reported), the error classes of PolNeAR dev, and the CPU time of
extract_quotes side by side with an earlier commit's quotes.py (imported from git under another name).

Run from the repo root: `.venv/bin/python benchmarks/bench_quotes.py` (a few minutes). Writes
benchmarks/results/compare_quotes.{json,md}. Options: `--speed` prints the speed figures alone;
`--same-as COMMIT` compares every quote and reported-speech mention of the texts measured (the example corpus,
jsonl-2000-s9-g2's cleaned articles, every PolNeAR and GGT text) with those of that commit's quotes.py, the check
that a speed change left the output identical; `--baseline COMMIT` picks the commit compared (default 7056415,
the start of session 5). The quality functions are bench_compare's.
"""

from __future__ import annotations

import gc
import gzip
import importlib.util
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_compare import (  # noqa: E402
    _IN_APOSTROPHES,
    RESULTS,
    _covered,
    _joined,
    _rows,
    quotes_ggt,
    quotes_polnear,
    speakers_polnear,
)
from newsfuse import run  # noqa: E402
from newsfuse.compare import quotes  # noqa: E402
from newsfuse.compare.entities import place_names  # noqa: E402
from newsfuse.model import Article  # noqa: E402

BASELINE = "7056415"
WORK = ROOT / "benchmarks" / "work"
PIPELINE_2000 = WORK / "jsonl-2000-s9-g2"


def _cleaned_2000() -> list[Article]:
    """The cleaned articles of jsonl-2000-s9-g2 (the lead's profile input; generated GVA copies, a dev set),
    cached in benchmarks/work after the first pipeline run."""
    cache = WORK / "quotes_cleaned_2000.jsonl.gz"
    if not cache.exists():
        result = run(sorted(PIPELINE_2000.iterdir()))
        with gzip.open(cache, "wt", encoding="utf-8") as fh:
            for a in result.articles:
                fh.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
    with gzip.open(cache, "rt", encoding="utf-8") as fh:
        return [Article(id=r["id"], path=r["id"], text=r["text"]) for r in map(json.loads, fh)]


def texts() -> dict[str, list[Article]]:
    """Every text the output check reads, by set."""
    corpus = run([ROOT / "examples" / "corpus"]).articles
    polnear = [
        Article(id=r["doc_id"], path=r["doc_id"], text=r["text"])
        for r in _rows("polnear", "polnear.jsonl.gz")
    ]
    ggt = [
        Article(id=r["doc_id"], path=r["doc_id"], text=r["text"])
        for r in _rows("ggt_quotes_eval", "ggt_quotes_eval.jsonl.gz")
    ]
    return {"corpus": list(corpus), "jsonl-2000-s9-g2": _cleaned_2000(), "polnear": polnear, "ggt": ggt}


def _outputs(module: ModuleType, sets: dict[str, list[Article]]) -> dict[str, list[Any]]:
    module.clear_caches()
    return {
        name: [(tuple(module.extract_quotes(a)), tuple(module.extract_reported(a))) for a in arts]
        for name, arts in sets.items()
    }


def _baseline_module(commit: str) -> ModuleType:
    """quotes.py as it was at ``commit``, imported as a separate module."""
    source = subprocess.run(
        ["git", "show", f"{commit}:src/newsfuse/compare/quotes.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = WORK / f"quotes_{commit}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"quotes_{commit}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cpu_pass(module: ModuleType, arts: Iterable[Article]) -> float:
    """CPU seconds of one cold pass of extract_quotes over ``arts`` (the module's caches cleared first)."""
    module.clear_caches()
    start = time.process_time()
    for a in arts:
        module.extract_quotes(a)
    return time.process_time() - start


def speed(commit: str = BASELINE, passes: int = 7) -> dict[str, Any]:
    """CPU ms per article of extract_quotes, this tree's and ``commit``'s, in alternating passes (the machine
    is shared: the minimum over passes drops other jobs' interference), the garbage collector on as in the
    pipeline, after one warm-up pass of each."""
    place_names()
    old = _baseline_module(commit)
    sets = {"jsonl-2000-s9-g2": _cleaned_2000(), "polnear": texts_of("polnear")}
    figures: dict[str, Any] = {"baseline_commit": commit, "passes": passes}
    for name, arts in sets.items():
        best = {"before": float("inf"), "after": float("inf")}
        for module in (old, quotes):
            _cpu_pass(module, arts)
        for _ in range(passes):
            for label, module in (("before", old), ("after", quotes)):
                gc.collect()
                best[label] = min(best[label], _cpu_pass(module, arts))
        figures[name] = {
            "articles": len(arts),
            "before_ms_per_article": round(best["before"] * 1000 / len(arts), 4),
            "after_ms_per_article": round(best["after"] * 1000 / len(arts), 4),
            "change": round(best["after"] / best["before"] - 1, 3),
        }
    return figures


def texts_of(name: str) -> list[Article]:
    if name == "polnear":
        return [
            Article(id=r["doc_id"], path=r["doc_id"], text=r["text"])
            for r in _rows("polnear", "polnear.jsonl.gz")
        ]
    raise ValueError(name)


def _classify_false(
    text: str, span: tuple[int, int], golds: list[dict[str, Any]], speaker: str | None
) -> str:
    """The class of a quote we found that no gold direct quote matches."""
    start, end = span
    quote = text[start:end]
    overlapping = [g for g in golds if min(g["end"], end) > max(g["start"], start)]
    direct = [g for g in overlapping if g["direct"]]
    if direct:
        return "boundary (overlaps a gold direct quote)"
    if any(g["kind_heuristic"] == "mixed" for g in overlapping):
        return "part of a mixed attribution in the gold"
    if any(g["kind_heuristic"] == "indirect" for g in overlapping):
        return "inside an indirect attribution in the gold"
    if "\n" in quote:
        return "multi-paragraph"
    if len(quote.split()) <= 4 or quote[-1:] not in ".?!,":
        return "scare quote or title (short, not a sentence)"
    if speaker is None:
        return "no attribution found, not annotated"
    return "attributed, not annotated"


def _classify_missed(
    text: str, gold: dict[str, Any], preds: list[tuple[int, int]], embedded: list[Any]
) -> str:
    """The class of a gold direct quote none of ours matches."""
    start, end = gold["start"], gold["end"]
    if any(min(p[1], end) > max(p[0], start) for p in preds):
        return "boundary (overlaps one of ours)"
    if any(min(m.span.end, end) > max(m.span.start, start) for m in embedded):
        return "flagged embedded (mixed) by us"
    inner = text[start:end].strip("\"“”' ")
    if "\n" in text[start:end]:
        return "multi-paragraph"
    if "''" in text[start : start + 3] or text[start] == "'":
        return "apostrophe marks"
    if any(ch in inner for ch in '"“”'):
        return "quote inside a quote"
    if len(inner.split()) < 2:
        return "one word"
    return "not found (no overlap)"


def error_classes(split: str) -> dict[str, Any]:
    """Every false and missed direct quote of a PolNeAR split under quotes_polnear's matching, by class."""
    false: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        text = row["text"]
        art = Article(id=row["doc_id"], path=row["doc_id"], text=text)
        found = list(quotes.extract_quotes(art))
        preds = _joined(found)
        speakers = {m.span.start: m.speaker for m in found}
        golds = [
            {
                **q,
                "direct": q["kind_heuristic"] == "direct"
                or bool(_IN_APOSTROPHES.fullmatch(q["quote"] or "")),
            }
            for q in row["quotes"]
            if q["quote"]
        ]
        direct = [g for g in golds if g["direct"]]
        used: set[int] = set()
        matched: set[int] = set()
        for k, g in enumerate(direct):
            hit = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used
                    and _covered((g["start"], g["end"]), p) >= 0.5
                    and _covered(p, (g["start"], g["end"])) >= 0.5
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                matched.add(k)
        embedded = [m for m in found if m.embedded]
        for i, p in enumerate(preds):
            if i not in used:
                false[_classify_false(text, p, golds, speakers.get(p[0]))] += 1
        for k, g in enumerate(direct):
            if k not in matched:
                missed[_classify_missed(text, g, preds, embedded)] += 1
    return {"false": dict(false.most_common()), "missed": dict(missed.most_common())}


def quality() -> dict[str, Any]:
    return {
        "polnear": {s: quotes_polnear(s) for s in ("train", "dev", "test")},
        "polnear_speakers": {s: speakers_polnear(s) for s in ("train", "dev", "test")},
        "polnear_dev_errors": error_classes("dev"),
        "ggt_quotes_eval": {
            "overlap_0.3": quotes_ggt(0.3),
            "overlap_0.3_with_reported_speech": quotes_ggt(0.3, reported=True),
        },
    }


def _option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def same_as(commit: str) -> dict[str, dict[str, int]]:
    """Every quote and reported-speech mention of every text measured, from this tree's quotes.py and from
    ``commit``'s: the texts whose mentions differ (the check that a speed change left the output alone)."""
    sets = texts()
    old, new = _outputs(_baseline_module(commit), sets), _outputs(quotes, sets)
    figures = {}
    for name, rows in new.items():
        diff = [i for i, (a, b) in enumerate(zip(old[name], rows, strict=True)) if repr(a) != repr(b)]
        figures[name] = {"texts": len(rows), "differ": len(diff)}
        print(f"{name}: {len(rows)} texts, {len(diff)} differ" + (f" (first: {diff[:5]})" if diff else ""))
    return figures


def main() -> None:
    commit = _option("--baseline") or BASELINE
    if (other := _option("--same-as")) is not None:
        same_as(other)
        return
    if "--speed" in sys.argv:
        print(json.dumps(speed(commit), indent=2))
        return
    results = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), **quality(), "speed": speed(commit)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compare_quotes.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
