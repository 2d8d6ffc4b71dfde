"""Where a brief's budget goes, against a greedy R-1 oracle over the same pool (issue 6, dev sets only).

``.venv/bin/python benchmarks/budget_summarize.py [--sets duc2003_task2,...] [--clusters N] [--save FILE]``
Per cluster of tune_summarize.py's prepared dev sets: our brief (bench_summarize's budget, fill and cut) and a
greedy oracle that adds, from our selectable pool as selection sees it (compressed), the sentence with the most
new clipped reference unigrams per word the cut keeps, until the budget is passed. Printed as markdown:
R-1 loss by set; the kept words by class (quotes, attribution tails and leads, short sentences, weekdays,
datelines, budget unused) with the share whose stemmed token some reference holds, and the content tokens
that hit a reference but are clipped away (repeated beyond the reference's count); and the sentences only
the oracle, only we, or both pick, by position, length, centrality, shared words, numbers, quotes, dangling
openers and reported speech. ``--save`` keeps the per-cluster rows as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, fill_for  # noqa: E402
from benchmarks.headroom_summarize import Grams  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, dev_names, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize import brief as brief_module  # noqa: E402
from newsfuse.summarize.pool import Candidate, strip_dateline  # noqa: E402

TAIL = re.compile(
    r",\s+(?:(?:[\w.'’-]+\s+){0,6}(?:said|says|told|reported|added|announced|stated|noted|explained"
    r"|according\s+to)\b[^,]*?|according\s+to\s+[^,]+?|(?:said|says)\s+[^,]+?)[.!]?[\"'”’]*\s*$"
)
"""A sentence-final attribution (", police said Tuesday.", ", according to the ministry.")."""
LEAD = re.compile(
    r"^(?:[\w.'’-]+\s+){1,7}(?:said|says|told\s+\w+|announced|reported)\s+(?:\w+day\s+)?(?:that\s+)?"
)
"""An opening attribution ("Police said Tuesday that ")."""
WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W*$")
SPEECH = re.compile(r"\b(?:said|says|told|according to)\b")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "on",
        "for",
        "by",
        "at",
        "with",
        "from",
        "that",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "this",
        "said",
    ]
)
"""Stop words, for the clipped-token split only (rouge-score counts every token)."""


def oracle(
    texts: Sequence[str], refs: Sequence[Counter[str]], budget: int, limit: int | None, grams: Grams
) -> list[int]:
    """Greedy R-1 oracle: the text with the most new clipped reference tokens per kept word, until the budget."""
    chosen: list[int] = []
    length = 0
    have: Counter[str] = Counter()
    totals = [max(1, sum(r.values())) for r in refs]
    split = [t.split() for t in texts]
    wanted = set().union(*refs)
    useful = [i for i, words in enumerate(split) if {g for w in words for g in grams(w)} & wanted]
    while length < budget and (limit is None or length < limit):
        room = None if limit is None else limit - length
        best, gain = None, 1e-12
        for i in useful:
            if i in chosen:
                continue
            kept = split[i][:room]
            tokens = Counter(g for w in kept for g in grams(w))
            found = sum(
                sum(min(have[t] + n, r[t]) - min(have[t], r[t]) for t, n in tokens.items() if t in r) / total
                for r, total in zip(refs, totals, strict=True)
            ) / len(refs)
            if found / max(1, len(kept)) > gain:
                best, gain = i, found / max(1, len(kept))
        if best is None:
            break
        chosen.append(best)
        have.update(g for w in split[best][:room] for g in grams(w))
        length += len(split[best])
    return chosen


def r1(words: Sequence[str], refs: Sequence[Counter[str]], grams: Grams) -> float:
    """Mean R-1 recall (x100) of the words against the reference token counts."""
    mine = Counter(g for w in words for g in grams(w))
    return 100 * float(np.mean([sum((mine & r).values()) / max(1, sum(r.values())) for r in refs]))


def _classes(text: str) -> list[set[str]]:
    """Per word of ``text``, the budget classes it falls in."""
    words = text.split()
    out: list[set[str]] = [set() for _ in words]
    tail = TAIL.search(text)
    if tail and len(text[tail.start() :].split()) < len(words) - 3:
        for k in range(len(text[: tail.start()].split()), len(words)):
            out[k].add("attribution tail")
    lead = LEAD.match(text)
    if lead and not tail:
        for k in range(len(lead.group().split())):
            out[k].add("attribution lead")
    quoted = False
    for k, word in enumerate(words):
        quoted = quoted or word[:1] in '"“' or word.startswith("``")
        if quoted:
            out[k].add("quote")
        if word.rstrip(",.;:").endswith(('"', "”", "''")):
            quoted = False
        if WEEKDAY.match(word):
            out[k].add("weekday")
        if len(words) < 12:
            out[k].add("short sentence")
        if strip_dateline(text) > len(" ".join(words[:k])):
            out[k].add("dateline")
    return out


def _features(
    cand: Candidate, centroid: Counter[str], holders: dict[str, set[str]], articles: int
) -> dict[str, Any]:
    """What step 1's sentence table reads of a pool sentence."""
    norm = float(np.sqrt(sum(v * v for v in centroid.values())))
    words = cand.words
    shared = sum(1 for w in words if len(holders.get(w, ())) >= max(2, articles // 2))
    return {
        "position": cand.position,
        "length": cand.length,
        "centrality": sum(centroid[w] for w in words) / max(1e-9, norm * float(np.sqrt(max(1, len(words))))),
        "shared": shared / max(1, len(words)),
        "number": bool(re.search(r"\d", cand.text)),
        "quote": bool(re.search(r"[\"“”]|``", cand.text)),
        "dangling": cand.dangling,
        "speech": bool(SPEECH.search(cand.text)),
    }


def measure(name: str, clusters: Sequence[Cluster], grams: Grams) -> list[dict[str, Any]]:
    """One row per cluster: both R-1s, the budget classes' words and hits, both selections' sentences."""
    spec = next(s for s in SETS if s.name == name)
    config = replace(SummarizeConfig(), words=spec.words, fill=fill_for(spec))
    rows = []
    for c in clusters:
        settings = replace(config, query=c.query)
        made = c.brief(settings)
        event = brief_module.prepare_event(c.articles, c.source_of, settings, c.selectable, c.previous)
        if event is None:
            continue
        refs_cut = [" ".join(r.split()[: spec.limit]) if spec.limit else r for r in c.references]
        refs = [Counter(grams(r)) for r in refs_cut]
        held = set().union(*refs)
        pool = [event.pool[i] for i in event.rows]
        picked = oracle([p.text for p in pool], refs, spec.words, spec.limit, grams)
        at = {(p.article_id, p.start): k for k, p in enumerate(pool)}
        ours = [k for s in made if (k := at.get((s.evidence[0].article_id, s.evidence[0].start))) is not None]
        cut = spec.limit or spec.words
        words = " ".join(s.text for s in made).split()
        spent: Counter[str] = Counter()
        hits: Counter[str] = Counter()
        done = 0
        for s in made:
            for word, kinds in list(zip(s.text.split(), _classes(s.text), strict=True))[: max(0, cut - done)]:
                hit = any(g in held for g in grams(word))
                for kind in kinds | {"every kept word"}:
                    spent[kind] += 1
                    hits[kind] += hit
            done += len(s.text.split())
        spent["budget unused"] = max(0, cut - done)
        mine = Counter(g for w in words[:cut] for g in grams(w))
        tokens: dict[str, float] = {}
        for ref in refs:
            for token, n in mine.items():
                if token in ref:
                    kind = "stop" if token in STOP else "content"
                    for part, value in (("hit", n), ("clipped", max(0, n - ref[token]))):
                        key = f"{kind} tokens {part}"
                        tokens[key] = tokens.get(key, 0.0) + value / len(refs)
        centroid: Counter[str] = Counter()
        holders: dict[str, set[str]] = {}
        for p in event.pool:
            centroid.update(p.words)
            for w in p.words:
                holders.setdefault(w, set()).add(p.article_id)
        articles = len({p.article_id for p in event.pool})
        rows.append(
            {
                "set": name,
                "id": c.id,
                "ours_r1": r1(words[:cut], refs, grams),
                "oracle_r1": r1(" ".join(pool[i].text for i in picked).split()[:cut], refs, grams),
                "spent": dict(spent),
                "hits": dict(hits),
                "tokens": tokens,
                "ours": {k: _features(pool[k], centroid, holders, articles) for k in ours},
                "oracle": {k: _features(pool[k], centroid, holders, articles) for k in picked},
            }
        )
    return rows


def report(rows: Sequence[dict[str, Any]]) -> str:
    """The three markdown tables of the module docstring."""
    sets = list(dict.fromkeys(r["set"] for r in rows))
    out = ["| set | topics | ours R-1 | oracle R-1 | loss | topics losing > 10 | worst third's share |"]
    out.append("|---|---|---|---|---|---|---|")
    for name in [*sets, "all"]:
        some = [r for r in rows if name in (r["set"], "all")]
        loss = np.sort([r["oracle_r1"] - r["ours_r1"] for r in some])[::-1]
        third = loss[: max(1, len(loss) // 3)].sum() / max(1e-9, loss.sum())
        out.append(
            f"| {name} | {len(some)} | {np.mean([r['ours_r1'] for r in some]):.2f} | "
            f"{np.mean([r['oracle_r1'] for r in some]):.2f} | {loss.mean():.2f} | {(loss > 10).sum()} | {third:.0%} |"
        )
    spent: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    for r in rows:
        spent.update(r["spent"])
        hits.update(r["hits"])
        tokens.update(r["tokens"])
    every = spent["every kept word"]
    out += ["", "| class | words | share | hit rate |", "|---|---|---|---|"]
    for kind, n in spent.most_common():
        rate = f"{hits[kind] / n:.2f}" if n and kind != "budget unused" else "-"
        out.append(f"| {kind} | {n} | {n / max(1, every):.1%} | {rate} |")
    for kind in ("content", "stop"):
        hit, clipped = tokens[f"{kind} tokens hit"], tokens[f"{kind} tokens clipped"]
        out.append(
            f"| {kind} tokens hitting a reference, clipped away | {clipped:.0f} | {clipped / max(1, every):.1%} | of {hit:.0f} hits: {clipped / max(1e-9, hit):.0%} |"
        )
    groups: dict[str, list[dict[str, Any]]] = {"oracle only": [], "ours only": [], "both": []}
    for r in rows:
        for k, f in r["oracle"].items():
            groups["both" if k in r["ours"] else "oracle only"].append(f)
        groups["ours only"] += [f for k, f in r["ours"].items() if k not in r["oracle"]]
    out += [
        "",
        "| sentences | n | position median (mean) | at 0 | at >= 10 | words | centrality | shared | number | quote"
        " | dangling | speech |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for group, feats in groups.items():
        if not feats:
            continue
        pos = np.array([f["position"] for f in feats])
        mean = {k: float(np.mean([f[k] for f in feats])) for k in feats[0]}
        out.append(
            f"| {group} | {len(feats)} | {np.median(pos):.0f} ({pos.mean():.1f}) | {(pos == 0).mean():.0%} | "
            f"{(pos >= 10).mean():.0%} | {mean['length']:.1f} | {mean['centrality']:.3f} | {mean['shared']:.3f} | "
            + " | ".join(f"{mean[k]:.0%}" for k in ("number", "quote", "dangling", "speech"))
            + " |"
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--clusters", type=int, help="only each set's first N clusters")
    parser.add_argument("--save", type=Path, help="write the per-cluster rows here (JSON)")
    args = parser.parse_args(argv)
    names = dev_names(parser, args.sets)
    grams = Grams()
    rows = [
        row
        for name in names
        for row in measure(name, prepare(next(s for s in SETS if s.name == name))[: args.clusters], grams)
    ]
    if args.save:
        args.save.write_text(json.dumps(rows))
    print(report(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
