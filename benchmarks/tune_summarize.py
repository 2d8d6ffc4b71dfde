"""Dev-set harness for brief tuning: the dataset command's inputs prepared once, scored per config.

``.venv/bin/python benchmarks/tune_summarize.py --sets duc2003_task2,duc2006 [--set key=value ...]``
Only dev sets are accepted (the test sets are scored by bench_summarize.py, never tuned here).
Prepared clusters (cleaned articles, source keys) are cached under benchmarks/work/ (not committed).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

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


def shaped(clusters: Sequence[Cluster], cut: int | None = None, generic: bool = False) -> list[Cluster]:
    """The clusters as smaller or generic events (Multi-News-like: two to ten articles, no query): with
    ``cut`` each holds its first ``cut`` articles (of them, those selectable before stay so; if none was,
    all are), with ``generic`` no query. An update batch keeps its already briefed articles."""
    out = []
    for c in clusters:
        if cut is not None and len(c.articles) > cut:
            kept = c.articles[:cut]
            ids = {a.id for a in kept}
            c = replace(c, articles=kept, selectable=frozenset(i for i in c.selectable if i in ids))
            if not c.selectable:  # every kept article was a copy of a later one: the kept ones are canonical
                c = replace(c, selectable=frozenset(ids))
        if generic:
            c = replace(c, query=None)
        out.append(c)
    return out


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


def per_cluster(
    spec: EvalSet, clusters: Sequence[Cluster], settings: SummarizeConfig
) -> dict[str, tuple[float, float]]:
    """Each cluster's (R-1, R-2) under ``settings`` (the set's budget and fill rule), for held-out choices."""
    settings = replace(settings, words=spec.words, fill=fill_for(spec))
    out = {}
    for c in clusters:
        summary = " ".join(s.text for s in c.brief(settings))
        result = rouge({c.id: summary}, {c.id: c.references}, spec.limit, spec.measure)
        out[c.id] = (result["rouge1"], result["rouge2"])
    return out


def _mean(values: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return (
        sum(v[0] for v in values) / max(1, len(values)),
        sum(v[1] for v in values) / max(1, len(values)),
    )


def grid(
    names: Sequence[str],
    base: SummarizeConfig,
    key: str,
    values: Sequence[Any],
    folds: str,
    words: int | None = None,
    f1: bool = False,
    cut: int | None = None,
    generic: bool = False,
) -> dict[str, Any]:
    """Every value of ``key`` on every set, and the held-out choice: for each fold (a dev set, or with
    ``folds="topic"`` a topic of the sets, its id before the last "-"), the value with the best mean R-2
    (then R-1) over the other folds' clusters is chosen and the held-out fold scored with it. ``words``
    replaces every set's budget (and ``key="words"`` varies it); ``f1`` scores as Multi-News (F1, no cut,
    no fill); ``cut`` and ``generic`` shape the clusters as ``shaped`` does."""
    scores: Scores = {}
    fold_of: dict[str, str] = {}
    for name in names:
        spec = next(s for s in SETS if s.name == name)
        clusters = shaped(prepare(spec), cut, generic)
        for c in clusters:
            fold_of[f"{name}/{c.id}"] = name if folds == "set" else f"{name}/{c.id.rsplit('-', 1)[0]}"
        if f1:
            spec = replace(spec, limit=None, measure="fmeasure")
        for value in values:
            run = replace(spec, words=value if key == "words" else words or spec.words)
            found = per_cluster(run, clusters, replace(base, **{key: value}))
            scores.setdefault(value, {}).update({f"{name}/{k}": v for k, v in found.items()})
    per_set = {
        str(value): {name: _mean([v for k, v in found.items() if k.startswith(name + "/")]) for name in names}
        for value, found in scores.items()
    }
    return {"per_value": per_set, **held_out(scores, fold_of, values), "scores": scores, "fold_of": fold_of}


def combined(paths: Sequence[Path]) -> dict[str, Any]:
    """The held-out choice over the values of several saved grids (``--save``), each value named
    "file stem:value" (the grids must cover the same clusters and folds)."""
    scores: Scores = {}
    fold_of: dict[str, str] = {}
    for path in paths:
        saved = json.loads(path.read_text())
        fold_of.update(saved["fold_of"])
        for value, rows in saved["scores"].items():
            scores[f"{path.stem}:{value}"] = {k: (v[0], v[1]) for k, v in rows.items()}
    values = list(scores)
    names = list(dict.fromkeys(k.split("/", 1)[0] for k in fold_of))
    per_set = {
        value: {n: _mean([v for k, v in found.items() if k.startswith(n + "/")]) for n in names}
        for value, found in scores.items()
    }
    return {"per_value": per_set, **held_out(scores, fold_of, values)}


Scores = dict[Any, dict[str, tuple[float, float]]]
"""Per value, per cluster key ("set/cluster id"), its (R-1, R-2)."""


def _set_mean(rows: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """The mean over sets of each set's mean over its clusters (keys "set/cluster id")."""
    by_set: dict[str, list[tuple[float, float]]] = {}
    for key, value in rows.items():
        by_set.setdefault(key.split("/", 1)[0], []).append(value)
    return _mean([_mean(values) for values in by_set.values()])


def held_out(scores: Scores, fold_of: dict[str, str], values: Sequence[Any]) -> dict[str, Any]:
    """The held-out choice: for each fold, the value with the best mean R-2 (then R-1, then the first
    listed) over the other folds (mean over sets of their clusters' mean) is chosen, and the fold's
    clusters are scored with it. Also each set's and the overall mean over sets of those held-out scores."""
    held: dict[str, dict[str, Any]] = {}
    chosen_for: dict[str, Any] = {}
    for fold in sorted(set(fold_of.values())):

        def fit(value: Any, fold: str = fold) -> tuple[float, float]:
            return _set_mean({k: v for k, v in scores[value].items() if fold_of[k] != fold})

        best = max(values, key=lambda v: (round(fit(v)[1], 6), round(fit(v)[0], 6), -values.index(v)))
        inside = [v for k, v in scores[best].items() if fold_of[k] == fold]
        held[fold] = {"chosen": best, "scores": _mean(inside), "clusters": len(inside)}
        chosen_for[fold] = best
    rows = {k: scores[chosen_for[fold_of[k]]][k] for k in fold_of}
    per_set = {
        name: _mean([v for k, v in rows.items() if k.split("/", 1)[0] == name])
        for name in dict.fromkeys(k.split("/", 1)[0] for k in rows)
    }
    return {"held_out": held, "held_out_per_set": per_set, "held_out_mean": _mean(list(per_set.values()))}


SUPPORT_BINS = (0.0, 0.1, 0.2, 0.3, 0.5, 1.01)
"""Bins of a deletion span's support: the mean over its content stems of the share of the event's other
sources whose candidate sentences carry the stem."""


def span_table(names: Sequence[str]) -> dict[str, dict[str, dict[str, float]]]:
    """What each deletion rule would cut on the dev sets, labelled by the references: per rule and support
    bin, the spans (every rule's safe deletions in every candidate sentence, each distinct sentence once
    per cluster), their mean words, the share of their tokens some reference carries (stems, as ROUGE-1
    counts them) and the same share over their whole sentences. In events of two sources or more."""
    from newsfuse.summarize.compress import RULES, _found, _safe
    from newsfuse.summarize.concepts import stems
    from newsfuse.summarize.pool import candidates

    every = frozenset(RULES)
    cells: dict[str, dict[str, list[float]]] = {}
    for name in names:
        spec = next(s for s in SETS if s.name == name)
        for c in prepare(spec):
            pool = candidates(c.articles)
            by_source: dict[str, set[str]] = {}
            for cand in pool:
                by_source.setdefault(c.source_of.get(cand.article_id, cand.article_id), set()).update(
                    cand.words
                )
            if len(by_source) < 2:
                continue
            sources: dict[str, int] = {}
            for words in by_source.values():
                for word in words:
                    sources[word] = sources.get(word, 0) + 1
            others = len(by_source) - 1
            carried = {s for ref in c.references for s, _ in stems(ref)}
            done = set()
            for cand in pool:
                if cand.text in done:
                    continue
                done.add(cand.text)
                tokens = stems(cand.text)
                whole = sum(s in carried for s, _ in tokens) / max(1, len(tokens))
                for rule, start, end in _found(cand.text, every):
                    if rule != "dateline" and not _safe(cand.text, start, end, numbers_ok=rule == "age"):
                        continue
                    span = stems(cand.text[start:end])
                    if not span:
                        continue
                    words = content_stems(cand.text[start:end])
                    support = (
                        sum(sources.get(w, 1) - 1 for w in words) / (len(words) * others) if words else 0.0
                    )
                    low = max(b for b in SUPPORT_BINS if b <= support)
                    cell = cells.setdefault(rule, {}).setdefault(f"{low:.1f}", [0.0, 0.0, 0.0, 0.0])
                    cell[0] += 1
                    cell[1] += len(span)
                    cell[2] += sum(s in carried for s, _ in span) / len(span)
                    cell[3] += whole
    return {
        rule: {
            low: {"spans": n, "words": w / n, "span_hit": h / n, "sentence_hit": t / n}
            for low, (n, w, h, t) in sorted(bins.items())
        }
        for rule, bins in cells.items()
    }


def freed(spec: EvalSet, clusters: Sequence[Cluster], settings: SummarizeConfig) -> dict[str, float]:
    """Words deletion frees in the set's briefs and what the brief is made of (the set's budget and fill
    rule): per brief, its sentences, the words deleted from them (whole source sentence less brief
    sentence), its words before the cut, and the share of the cut brief's tokens (stems, as ROUGE-1
    counts them) some reference (cut as scored) carries."""
    from newsfuse.summarize.concepts import stems

    settings = replace(settings, words=spec.words, fill=fill_for(spec))
    sentences = deleted = words = hits = tokens = 0
    for c in clusters:
        brief = c.brief(settings)
        texts = {a.id: a.text for a in c.articles}
        sentences += len(brief)
        for s in brief:
            if s.kept:
                first = s.evidence[0]
                whole = texts[first.article_id][first.start : first.end]
                deleted += len(whole.split()) - len(s.text.split())
        summary = " ".join(s.text for s in brief).split()
        words += len(summary)
        carried = {t for r in c.references for t, _ in stems(" ".join(r.split()[: spec.limit or None]))}
        cut = stems(" ".join(summary[: spec.limit or None]))
        hits += sum(t in carried for t, _ in cut)
        tokens += len(cut)
    n = max(1, len(clusters))
    return {
        "sentences": round(sentences / n, 2),
        "deleted_words": round(deleted / n, 1),
        "words": round(words / n, 1),
        "token_hit": round(hits / max(1, tokens), 4),
    }


def content_stems(text: str) -> list[str]:
    """A span's content stems, as candidates' ``words`` hold them."""
    from newsfuse.text.words import content_words

    return content_words(text)


def _value(text: str, like: Any) -> Any:
    if isinstance(like, bool):
        return text.lower() in ("1", "true", "yes")
    if like is None:
        return text
    return type(like)(text)


def register_embedder() -> None:
    """Register the shipped static embedding model (summarize/embedding.py) for ``summarize.embed_*`` with
    a per-process cache: each distinct text encoded once however many settings are scored."""
    from newsfuse.summarize import semantic
    from newsfuse.summarize.embedding import shipped

    memo: dict[str, Any] = {}

    def embed(texts: Sequence[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, shipped().encode(missing), strict=True))
        return np.vstack([memo[t] for t in texts])

    semantic.use(embed)


def dev_names(parser: argparse.ArgumentParser, sets: str) -> list[str]:
    """The set names of a comma-separated ``--sets`` value; a name that is no dev set is the parser's error."""
    names = sets.split(",")
    if any(name not in DEV for name in names):
        parser.error(f"only dev sets: {', '.join(DEV)}")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    register_embedder()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--set", action="append", default=[], help="summarize config key=value")
    parser.add_argument("--words", type=int, help="budget instead of the set's own")
    parser.add_argument(
        "--f1", action="store_true", help="Multi-News convention: ROUGE F1, no truncation (length rule study)"
    )
    parser.add_argument("--cut", type=int, help="each cluster's first CUT articles only (small events)")
    parser.add_argument("--generic", action="store_true", help="drop the clusters' queries (generic briefs)")
    parser.add_argument("--grid", help="key=v1,v2,...: every value, and the held-out choice (JSON out)")
    parser.add_argument("--folds", choices=("set", "topic"), default="set", help="held-out unit of --grid")
    parser.add_argument("--save", type=Path, help="with --grid: write its per-cluster scores here (JSON)")
    parser.add_argument(
        "--combine", help="saved grids (comma-separated paths): the held-out choice over all their values"
    )
    parser.add_argument(
        "--freed",
        action="store_true",
        help="words deletion frees per brief, sentences, words before the cut, reference share of tokens",
    )
    parser.add_argument(
        "--spans",
        action="store_true",
        help="label every rule's deletion spans by the references, per rule and other-source support bin",
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
    names = dev_names(parser, args.sets)
    if args.spans:
        table = span_table(names)
        for rule, bins in table.items():
            cells = " | ".join(
                f">={low} {v['spans']:.0f} spans {v['words']:.1f}w hit {v['span_hit']:.2f}/{v['sentence_hit']:.2f}"
                for low, v in bins.items()
            )
            print(f"{rule}: {cells}")
        if args.save:
            args.save.write_text(json.dumps(table, indent=1))
        return 0
    if args.grid or args.combine:
        key, _, text = (args.grid or "combined=").partition("=")
        if key not in known and not args.combine:
            parser.error(f"unknown summarize key {key!r}")
        if args.combine:
            found = combined([Path(p) for p in args.combine.split(",")])
        else:
            values = [_value(v, known[key]) for v in text.split(",")]
            found = grid(
                names, settings, key, values, args.folds, args.words, args.f1, args.cut, args.generic
            )
            if args.save:
                saved = {str(v): rows for v, rows in found["scores"].items()}
                args.save.write_text(json.dumps({"scores": saved, "fold_of": found["fold_of"]}))
        for value, per_set in found["per_value"].items():
            mean = _mean(list(per_set.values()))
            cells = " ".join(f"{n}={r1:.2f}/{r2:.2f}" for n, (r1, r2) in per_set.items())
            print(f"{key}={value}: mean {mean[0]:.2f}/{mean[1]:.2f} | {cells}")
        chosen = {fold: item["chosen"] for fold, item in found["held_out"].items()}
        held = found["held_out_mean"]
        print(
            f"held out ({args.folds}): mean {held[0]:.2f}/{held[1]:.2f}; chosen {json.dumps(chosen, default=str)}"
        )
        return 0
    for name in args.sets.split(","):
        if name not in DEV:
            parser.error(f"{name} is not a dev set ({', '.join(DEV)})")
        spec = next(s for s in SETS if s.name == name)
        clusters = shaped(prepare(spec), args.cut, args.generic)
        if args.words:
            spec = replace(spec, words=args.words)
        if args.f1:
            spec = replace(spec, limit=None, measure="fmeasure")
        # as bench_summarize: a set scored on summaries cut at the budget gets the filled brief
        if args.freed:
            print(name, freed(spec, clusters, settings), flush=True)
            continue
        fill = settings.fill if "fill" in changes else fill_for(spec)
        print(name, score(spec, clusters, replace(settings, fill=fill)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
