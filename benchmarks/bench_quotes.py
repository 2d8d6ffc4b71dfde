"""Benchmark of compare/quotes.py alone (issue 7): direct-quote spans and speakers on PolNeAR (train/dev tuned,
test reported) and ggt_quotes_eval (test, reported), the error classes of PolNeAR dev, and the CPU time of
extract_quotes side by side with an earlier commit's quotes.py (imported from git under another name).

Run from the repo root: `.venv/bin/python benchmarks/bench_quotes.py` (a few minutes). Writes
benchmarks/results/compare_quotes.{json,md}. Options: `--speed` prints the speed figures alone;
`--same-as COMMIT` compares every quote and reported-speech mention of the texts measured (the example corpus,
jsonl-2000-s9-g2's cleaned articles, every PolNeAR and GGT text) with those of that commit's quotes.py, the check
that a speed change left the output identical; `--baseline COMMIT` picks the commit compared (default 3dc1e43,
the start of session 6). The quality functions are bench_compare's.
"""

from __future__ import annotations

import argparse
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

BASELINE = "3dc1e43"
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
        longer = end - start > max(g["end"] - g["start"] for g in direct)
        return "boundary: we join pieces the gold keeps apart" if longer else "boundary: the gold joins more"
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
    overlapping = [p for p in preds if min(p[1], end) > max(p[0], start)]
    if overlapping:
        longer = max(p[1] - p[0] for p in overlapping) > end - start
        return "boundary: we join pieces the gold keeps apart" if longer else "boundary: the gold joins more"
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


def error_classes(split: str, module: ModuleType = quotes) -> dict[str, Any]:
    """Every false and missed direct quote of a PolNeAR split under quotes_polnear's matching, by class, for
    ``module``'s extract_quotes."""
    false: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        text = row["text"]
        art = Article(id=row["doc_id"], path=row["doc_id"], text=text)
        found = list(module.extract_quotes(art))
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


def quality(commit: str = BASELINE) -> dict[str, Any]:
    """Quote spans and speakers on PolNeAR (train/dev diagnosed, test reported) and GGT (test, reported), and
    the error classes of PolNeAR train and dev for this tree and for ``commit``'s quotes.py."""
    old = _baseline_module(commit)
    return {
        "polnear": {s: quotes_polnear(s) for s in ("train", "dev", "test")},
        "polnear_speakers": {s: speakers_polnear(s) for s in ("train", "dev", "test")},
        **{
            f"polnear_{split}_errors": {"before": error_classes(split, old), "after": error_classes(split)}
            for split in ("train", "dev")
        },
        "ggt_quotes_eval": {
            "overlap_0.3": quotes_ggt(0.3),
            "overlap_0.3_with_reported_speech": quotes_ggt(0.3, reported=True),
        },
    }


BEFORE = {
    "polnear": {"train": 0.872, "dev": 0.8978, "test": 0.8651},
    "polnear_speakers": {
        "train": (0.8727, 0.9336, 0.7284),
        "dev": (0.8836, 0.9298, 0.785),
        "test": (0.8109, 0.9061, 0.6061),
    },
    "ggt": {"f1": 0.6335, "with_reported": 0.7947, "speaker": 0.7489, "speaker_with_reported": 0.7545},
}
"""The same measures at 3dc1e43 (the start of session 6; compare_quotes.json of 21:26 UTC, quotes.py as at
a3ff786), run with this script's functions on 2026-11-22."""


def _prf(scores: dict[str, float]) -> str:
    return f"{scores['f1']:.3f} (P {scores['precision']:.3f} / R {scores['recall']:.3f})"


def _classes(before: dict[str, int], after: dict[str, int]) -> list[str]:
    rows = []
    for name in sorted(set(before) | set(after), key=lambda n: -before.get(n, 0)):
        rows.append(f"| {name} | {before.get(name, 0)} | {after.get(name, 0)} |")
    rows.append(f"| **all** | **{sum(before.values())}** | **{sum(after.values())}** |")
    return rows


def _markdown(r: dict[str, Any]) -> str:
    """The human-readable results: each figure beside the session's start, the target and the peer."""
    pol, spk, ggt, sp = r["polnear"], r["polnear_speakers"], r["ggt_quotes_eval"], r["speed"]
    g3, rep = ggt["overlap_0.3"], ggt["overlap_0.3_with_reported_speech"]
    b = BEFORE
    lines = [
        "# compare/quotes.py — direct quotes and speakers (issue 7, session 6)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_quotes.py` (from the repo root; writes this file and",
        "`compare_quotes.json`; quality functions are bench_compare's). Output check of a speed change:",
        "`.venv/bin/python benchmarks/bench_quotes.py --same-as COMMIT`. Speed alone: `--speed`.",
        f"Date: {r['date']}. Speed on a shared 2-core machine (other engineers' jobs, load 10-15):",
        "CPU time of this process (time.process_time), minimum over alternating passes.",
        "Tuned only on PolNeAR train/dev; PolNeAR test and ggt_quotes_eval are reported, never tuned on.",
        "",
        f"| measure | set (role) | session start ({BASELINE}) | now | target / peer |",
        "|---|---|---|---|---|",
    ]
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        lines.append(
            f"| direct-quote F1 (P / R) | polnear {split} ({role}) | {b['polnear'][split]:.3f} | "
            f"{_prf(pol[split])} | ≥ 0.90 on test |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        old, now = b["polnear_speakers"][split], spk[split]
        lines.append(
            f"| speaker accuracy all / named / pronoun sources (pronoun: vs the nearest earlier named source, a "
            f"proxy) | polnear {split} ({role}) | {old[0]:.3f} / {old[1]:.3f} / {old[2]:.3f} | "
            f"{now['accuracy_named_and_pronoun']:.3f} / {now['named_source_accuracy']:.3f} / "
            f"{now['pronoun_source_accuracy_proxy']:.3f} ({now['named_sources']} + {now['pronoun_sources']}) | — |"
        )
    lines += [
        f"| quote span F1, direct only extracted (≥30 % overlap, GGT protocol) | ggt_quotes_eval (test) | "
        f"{b['ggt']['f1']:.3f} | {_prf(g3['all_quotes'])} | ≥ 0.90; GGT v5.2: 0.837 |",
        f"| same, with reported speech | ggt_quotes_eval (test) | {b['ggt']['with_reported']:.3f} | "
        f"{_prf(rep['all_quotes'])} | ≥ 0.90 |",
        f"| resolved-speaker accuracy (direct; with reported speech) | ggt_quotes_eval (test) | "
        f"{b['ggt']['speaker']:.3f}; {b['ggt']['speaker_with_reported']:.3f} | "
        f"{g3['resolved_speaker_accuracy']:.3f}; {rep['resolved_speaker_accuracy']:.3f} | ≥ 0.85; GGT v5.2: 0.86 |",
    ]
    for name, figures in sp.items():
        if isinstance(figures, dict):
            lines.append(
                f"| extract_quotes CPU ms per article, cold (caches cleared per pass) | {name} "
                f"({figures['articles']} texts) | {figures['before_ms_per_article']:.3f} | "
                f"**{figures['after_ms_per_article']:.3f} ({figures['change']:+.1%})** | at most +10 % |"
            )
    for split in ("train", "dev"):
        errors = r[f"polnear_{split}_errors"]
        lines += [
            "",
            f"## PolNeAR {split}: every false and missed direct quote, by class ({BASELINE} → now)",
            "",
            "| false quotes (ours, no gold direct quote matched) | before | after |",
            "|---|---|---|",
            *_classes(errors["before"]["false"], errors["after"]["false"]),
            "",
            "| missed gold direct quotes | before | after |",
            "|---|---|---|",
            *_classes(errors["before"]["missed"], errors["after"]["missed"]),
        ]
    lines += ["", NOTES]
    return "\n".join(lines) + "\n"


NOTES = """## What changed in session 6 (diagnosed on PolNeAR train, dev as the check; test and GGT reported once)

PolNeAR ships no annotation guidelines with the data (the tarball holds the texts, brat .ann files and
metadata.tsv), so its conventions were read off the train annotations: the two error tables above. Each rule
was kept only when train and dev both gained or dev stayed equal; figures are (train, dev) direct-quote F1 or
speaker accuracy, from the rule before it.

Quote spans: (1) a quote after ", adding," is a new attribution with its own cue (train: 18 split, 2 joined),
same speaker; (2) a title in quote marks after a word is no quote even when it carries the sentence's stop
(on NBC's "Meet the Press.") and no longer breaks the quote around it (1 + 2: 0.872 → 0.876, 0.898 → 0.900);
(3) the value of a markup attribute left in the text (tweet-date="March 4, 2016") is no quote (train +0.002);
(4) a paragraph that is only a quote, after a paragraph that opens with a quote and ends with its attribution,
continues that quote ("A," X said.¶"B." is one attribution in PolNeAR; +0.002, +0.001); (5) present-tense
verbs of saying ("He responds," "she explains"). Tried and dropped (dev fell): any next-paragraph quote after
an attribution joins it (train +0.002, dev −0.005); a quote after a mixed quotation's attribution continues
it as mixed (train ±0.000, dev −0.004); a lower-case quote after "said," is direct (dev −0.003); a title
with a stop and no preceding word is no quote (dev −0.003); a participle clause (", referring to …") splits
the next quote (train −0.005, dev −0.003).

Speakers: (1) he/she skips people named after the same pronoun in their sentence ("she was a booster of Mitt
Romney": +2.0 / +2.8 points on pronoun sources); (2) the people index keeps a leading "Bill" ("Bill
McInturff" was stripped as a stop word) and takes no weekday or month as a one-word person; (3) an
attribution may hold up to three asides ("X, 67, a retired clerk in Allentown, Pa., said") and a question's
attribution clause up to eight words; (4) a described speaker holds no conjunction or pronoun ("an activist as
she angrily said" → "she"); (5) a name after "said" speaks only when the attribution ends there ("said Trump."
but not "said Trump continued"); (6) a quote signed on the next line with a hyphen ("¶- Hillary Clinton."),
an auxiliary before the verb ("X has said"), more verbs ("pressed", "questioned", "shot back"); (7) a run
holding a word in capitals is no person ("THE BORROWING Back"; dev +0.003); (8) a name before "for",
"after" … is not taken for the qualifier of a person noun ("wrote Cameron Easley for Morning Consult" had
lost its speaker; dev +0.003). Speaker accuracy train 0.873 → 0.894 (pronoun 0.728 → 0.760), dev 0.884 →
0.911 (pronoun 0.785 → 0.841). Organisation speakers ("the ministry said") already resolve to the
organisation (a description whose head is no person noun is kept as the speaker); role nouns ("the
spokeswoman") still go to the nearest earlier person. Not done: first-name genders — no name list ships
with the project; `gender-guesser` (PyPI, with its authors' name dictionary) would give them but needs a
dependency the lead has to add to pyproject.

Reported speech (`extract_reported`) shares the verb list: on PolNeAR's indirect attributions (≥ 30 %
overlap, dev role) its F1 went train 0.214 → 0.222, dev 0.281 → 0.297; on GGT (test) the with-reported span F1
fell (the row above: precision 0.916 → 0.87, more reported sentences found). Not tuned on GGT.

Speed: extract_quotes CPU per article is within the +10 % budget (the speed rows above; this tree against
3dc1e43 in alternating passes in one process): jsonl-2000-s9-g2 −0.7 % and −0.3 % in two runs (22:29 and
22:32 UTC, load 10-12), PolNeAR +7.4 % and +8.6 % (more verb forms and attribution shapes are tried per
quote, and PolNeAR's articles quote a lot).

## What is left
- The 0.90 direct-quote F1 on PolNeAR test is missed. Train's largest classes are annotation convention: a
  quote the gold joins to the writer's words around it (a mixed attribution: 200 false on train), and how it
  joins or splits pieces around an attribution, both ways (about 100 each way), where train itself is
  inconsistent (the next-paragraph rule gains on train and loses on dev).
- GGT: its gold counts indirect speech and partial quotes as quotes (608 of 1,492 indirect); the direct-only
  span F1 stays where recall of those caps it (precision 0.98). Resolved-speaker accuracy is below 0.85.
- Pronoun speakers are scored against a proxy (the nearest earlier named source), which is itself wrong for
  group sources and for pronouns that refer further back; title-case headlines and places ("Art Deco",
  "Sandy Hook") still enter the people index.

Session 5 (7056415 → a3ff786): speed −36 % per article (full_name, roles, a lazier people index); mixed
quotations running into prose; sentence ends at ?/! and inside closing marks; the speaking person preferred.
"""


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="print the speed figures alone")
    parser.add_argument("--same-as", metavar="COMMIT", help="compare every mention with COMMIT's quotes.py")
    parser.add_argument("--baseline", metavar="COMMIT", default=BASELINE, help="the commit timed against")
    args = parser.parse_args()
    commit = args.baseline
    if args.same_as is not None:
        same_as(args.same_as)
        return
    if args.speed:
        print(json.dumps(speed(commit), indent=2))
        return
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        **quality(commit),
        "speed": speed(commit),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compare_quotes.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "compare_quotes.md").write_text(_markdown(results), encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
