"""Benchmark of compare/quotes.py alone (issue 7): direct-quote spans and speakers on PolNeAR (train/dev tuned,
test reported) and ggt_quotes_eval (test, reported), the error classes of PolNeAR dev, and the CPU time of
extract_quotes side by side with an earlier commit's quotes.py (imported from git under another name).

Run from the repo root: `.venv/bin/python benchmarks/bench_quotes.py` (a few minutes). Writes
benchmarks/results/compare_quotes.{json,md}. Options: `--speed` prints the speed figures alone;
`--same-as COMMIT` compares every quote and reported-speech mention of the texts measured (the example corpus,
jsonl-2000-s9-g2's cleaned articles, every PolNeAR and GGT text) with those of that commit's quotes.py, the check
that a speed change left the output identical; `--baseline COMMIT` picks the commit compared (default 0483852,
the start of session 10); `--render` rewrites the .md from the saved .json (after editing the notes). The quality functions are bench_compare's; reported speech and described speakers on
PolNeAR are measured here.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib.util
import json
import os
import re
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
    _covered,
    _joined,
    _joined_speakers,
    _prf,
    _rows,
    _source_kind,
    polnear_speaker_hits,
    quotes_ggt,
    quotes_polnear,
    speakers_polnear,
)
from benchmarks.saved import save_results  # noqa: E402
from newsfuse import run  # noqa: E402
from newsfuse.compare import quotes, reported  # noqa: E402
from newsfuse.compare.entities import place_names  # noqa: E402
from newsfuse.model import Article  # noqa: E402

BASELINE = "0483852"
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
    return {name: [tuple(module.extract_quotes(a)) for a in arts] for name, arts in sets.items()}


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
    figures: dict[str, Any] = {
        "baseline_commit": commit,
        "passes": passes,
        "load_at_start": os.getloadavg()[0],
    }
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


def reported_polnear(split: str, module: ModuleType = reported) -> dict[str, Any]:
    """extract_reported (compare/reported.py's; an old revision's quotes.py had its own) on PolNeAR's attributions, GGT's protocol (a gold attribution is found when >= 30 % of
    its content is covered by a prediction, one to one): recall of the indirect ones (no quote marks);
    precision over every attribution (PolNeAR annotates paraphrase, beliefs and polls too)."""
    n_pred = n_gold = tp_pred = tp_gold = 0
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        preds = [(m.span.start, m.span.end) for m in module.extract_reported(art)]
        golds = [(q["start"], q["end"], q["kind_heuristic"]) for q in row["quotes"] if q["quote"]]
        n_pred += len(preds)
        n_gold += sum(g[2] == "indirect" for g in golds)
        used: set[int] = set()
        for g in golds:
            best = max(
                (i for i in range(len(preds)) if i not in used),
                key=lambda i: _covered(g[:2], preds[i]),
                default=None,
            )
            if best is not None and _covered(g[:2], preds[best]) >= 0.3:
                used.add(best)
                tp_gold += g[2] == "indirect"
        tp_pred += len(used)
    return {**_prf(tp_pred, n_pred, tp_gold, n_gold), "gold_indirect": n_gold, "predicted": n_pred}


def described_polnear(split: str, module: ModuleType = quotes) -> dict[str, Any]:
    """On the direct quotes found (matched as in quotes_polnear) whose PolNeAR source is a description with an
    indefinite article ("a senior official"): how often our speaker is that description (its last word in
    the source) rather than a name guessed from around it."""
    kept = n = 0
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        preds = _joined_speakers(list(module.extract_quotes(art)))
        for att in row["attributions"]:
            if not (att["content"] and att["source"]):
                continue
            source = att["source"]["text"]
            start, end = att["content"]["spans"][0][0], att["content"]["spans"][-1][1]
            if _source_kind(source) != "described" or source.split()[0].lower() not in {"a", "an", "one"}:
                continue
            hit = next(
                (
                    p
                    for p in preds
                    if _covered((start, end), p[:2]) >= 0.5 and _covered(p[:2], (start, end)) >= 0.5
                ),
                None,
            )
            if hit is None or row["text"][start] not in "\"“'":
                continue
            n += 1
            kept += hit[2] is not None and hit[2].split()[-1].lower() in source.lower()
    return {"kept_as_described": round(kept / n, 4) if n else 0.0, "sources": n}


_NAME_IN_SOURCE = re.compile(r"(?<!^)\b[A-Z][a-z][\w'’-]+")


def _speaker_class(text: str, att: dict[str, Any]) -> str:
    """The class of a PolNeAR attribution's source for the speaker rows: "continuation" when a paragraph
    break lies between the source and the content (a quote paragraph with no attribution of its own),
    else the source's kind; a described source splits by whether it holds a name ("former Obama adviser
    David Axelrod", "the White House spokesman, Josh Earnest,") and by its article."""
    source = att["source"]["text"]
    first_source, content = att["source"]["spans"][0][0], att["content"]["spans"]
    low, high = min(first_source, content[0][0]), max(first_source, content[-1][1])
    if "\n" in text[low:high]:
        return "continuation"
    kind = _source_kind(source)
    if kind != "described":
        return kind
    named = "role with a name" if _NAME_IN_SOURCE.search(source) else "role, no name"
    article = source.split()[0].lower()
    return f"{named}, indefinite" if article in {"a", "an", "one", "another"} else named


def speakers_by_class(split: str, module: ModuleType = quotes) -> dict[str, list[int]]:
    """[right, all] speakers of the direct quotes found (matched as in speakers_polnear) by
    :func:`_speaker_class`. Named sources and roles holding a name are right when our speaker's last word
    is in the source; pronouns, continuations and roles without a name against the nearest earlier named
    source (speakers_polnear's proxy, wrong when the text refers further back)."""
    counts: dict[str, list[int]] = {}
    for text, att, earlier, speaker in polnear_speaker_hits(split, module.extract_quotes):
        source = att["source"]["text"]
        cls = _speaker_class(text, att)
        gold = source if _source_kind(source) == "named" or cls.startswith("role with a name") else earlier
        tally = counts.setdefault(cls, [0, 0])
        tally[0] += bool(speaker and gold and speaker.split()[-1].lower() in gold.lower())
        tally[1] += 1
    return dict(sorted(counts.items()))


def quality(commit: str = BASELINE) -> dict[str, Any]:
    """Quote spans and speakers on PolNeAR (train/dev diagnosed, test reported) and GGT (test, reported), and
    the error classes of PolNeAR train and dev for this tree and for ``commit``'s quotes.py."""
    old = _baseline_module(commit)
    return {
        "polnear": {s: quotes_polnear(s) for s in ("train", "dev", "test")},
        "polnear_speakers": {s: speakers_polnear(s) for s in ("train", "dev", "test")},
        "polnear_speakers_by_class": {
            s: {"before": speakers_by_class(s, old), "after": speakers_by_class(s)} for s in ("train", "dev")
        },
        "polnear_reported": {s: reported_polnear(s) for s in ("train", "dev")},
        "polnear_indefinite_described": {
            s: {"before": described_polnear(s, old), "after": described_polnear(s)} for s in ("train", "dev")
        },
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
    "polnear": {"train": 0.8869, "dev": 0.906, "test": 0.8736},
    "polnear_speakers": {
        "train": (0.9119, 0.9655, 0.7858),
        "dev": (0.9258, 0.9478, 0.8785),
        "test": (0.8444, 0.9213, 0.6768),
    },
    "ggt": {"f1": 0.6343, "with_reported": 0.8569, "speaker": 0.7957, "speaker_with_reported": 0.7925},
}
"""The same measures at 0483852 (the start of session 10; compare_quotes.json of 2026-11-23 06:53 UTC, the
PolNeAR train/dev speakers re-measured at 0483852)."""


def _scores(scores: dict[str, float]) -> str:
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
        "# compare/quotes.py — direct quotes and speakers (issue 7, session 10)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_quotes.py` (from the repo root; writes this file and",
        "`compare_quotes.json`; quality functions are bench_compare's). Output check of a speed change:",
        "`.venv/bin/python benchmarks/bench_quotes.py --same-as COMMIT`. Speed alone: `--speed`.",
        f"Date: {r['date']}. Speed on a shared 2-core machine (other engineers' jobs, load "
        f"{sp.get('load_at_start', 0):.0f} when the speed passes started):",
        "CPU time of this process (time.process_time), minimum over alternating passes.",
        "Tuned only on PolNeAR train/dev; PolNeAR test and ggt_quotes_eval are reported, never tuned on.",
        "",
        f"| measure | set (role) | session start ({BASELINE}) | now | target / peer |",
        "|---|---|---|---|---|",
    ]
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        lines.append(
            f"| direct-quote F1 (P / R) | polnear {split} ({role}) | {b['polnear'][split]:.3f} | "
            f"{_scores(pol[split])} | ≥ 0.90 on test |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        old, now = b["polnear_speakers"][split], spk[split]
        lines.append(
            f"| speaker accuracy all / named / pronoun sources (pronoun: vs the nearest earlier named source, a "
            f"proxy) | polnear {split} ({role}) | {old[0]:.3f} / {old[1]:.3f} / {old[2]:.3f} | "
            f"{now['accuracy_named_and_pronoun']:.3f} / {now['named_source_accuracy']:.3f} / "
            f"{now['pronoun_source_accuracy_proxy']:.3f} ({now['named_sources']} + {now['pronoun_sources']}) | — |"
        )
    for split in ("train", "dev"):
        by_class = r["polnear_speakers_by_class"][split]
        for name in sorted(set(by_class["before"]) | set(by_class["after"])):
            old_c, now_c = by_class["before"].get(name, [0, 0]), by_class["after"].get(name, [0, 0])
            lines.append(
                f"| speaker accuracy, source class: {name} | polnear {split} (dev) | "
                f"{old_c[0] / max(1, old_c[1]):.3f} ({old_c[0]}/{old_c[1]}) | "
                f"{now_c[0] / max(1, now_c[1]):.3f} ({now_c[0]}/{now_c[1]}) | — |"
            )
    for split in ("train", "dev"):
        rp, ds = r["polnear_reported"][split], r["polnear_indefinite_described"][split]
        lines += [
            f"| reported speech (compare/reported.py's extract_reported, not this file's): indirect attributions, "
            f"≥30 % overlap | polnear {split} (dev) | — | {_scores(rp)} | — (compare_reported.md) |",
            f'| speaker kept as the description when the source is "a/an/one …" | polnear {split} (dev) | '
            f"{ds['before']['kept_as_described']:.3f} ({ds['before']['sources']}) | "
            f"{ds['after']['kept_as_described']:.3f} ({ds['after']['sources']}) | — |",
        ]
    lines += [
        f"| quote span F1, direct only extracted (≥30 % overlap, GGT protocol) | ggt_quotes_eval (test) | "
        f"{b['ggt']['f1']:.3f} | {_scores(g3['all_quotes'])} | ≥ 0.90; GGT v5.2: 0.837 |",
        f"| same, with reported speech | ggt_quotes_eval (test) | {b['ggt']['with_reported']:.3f} | "
        f"{_scores(rep['all_quotes'])} | ≥ 0.90 |",
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


NOTES = """## What changed in session 9 (diagnosed on PolNeAR train, dev as the check; test and GGT reported once)

Speakers first. The wrong speakers on train were tabulated by source class (rows above) and read. Most of what
the proxy counts wrong among pronoun (193 of 900) and "role, no name" (103 of 144) sources is the proxy's (the
nearest earlier named source is not the referent: "the retired neurosurgeon" is Ben Carson, counted right only
when the proxy happens to name him); the true errors found and fixed, each kept only when it raised train
and did not lower dev:
- a "he"/"she" inside the previous quote no longer hides the person named after it ("''The president admitted
  he has no strategy,'' Jeb Bush … told CNN.¶He added, …" gave Bernie Sanders) (pronoun +2; dev unchanged);
- a run of capitals cut at an abbreviated title is no person ("Ohio Gov" of "Ohio Gov. John Kasich", "Indiana
  Gov" taken for a "she"), and a surname shared by two people of the text casts no gender vote ("Trump" with
  Donald and Ivanka Trump made Ivanka "m") (pronoun +1; dev pronoun +1);
- a described speaker whose head names a person ("the retired neurosurgeon", "the billionaire business
  mogul", "the 46-year-old") resolves to the text's subject as "the New York businessman" did; a place after a
  title word holds no role ("governor of New Jersey" made "New Jersey" a governor); "Gov."/"Sen." spell out for
  "the governor" (role, no name 37 → 41 of 144);
- lower-case role words before a name after the quote ("…,'' the economist Jared Bernstein, a former adviser
  …, wrote"; "former Gov. Jeb Bush of Florida said"), an initial inside the organisation of a role ("former
  George W. Bush speechwriter Noam Neusner"), "X had written, …" and "X puts it, …" before a quote, and a
  possessive outlet as the role ("The Post's Dana Milbank" → Dana Milbank, "CNN's Gloria Borger") (role with a
  name 73 → 77 of 117);
- a sentence word before a surname is no part of the name ("Even Rendell" → Ed Rendell, "For Madison" → Joe
  Madison, "Then Brafman"), and a lone one is no speaker ("But, said Solovey, …" gave "But"): same last words,
  so the counts do not move, but the names are the full ones GGT scores.
Tried and dropped: the subject fallback skipping people a same-gender pronoun precedes (no change); "the
governor" preferring the subject when the subject's role holds the word (no change: roles are rarely known).
Genders stay the text's own cues (no first-name list, no new dependency).

Spans: a quote with no attribution that is cited as a headline or slogan — with its byline (—"X," by Times'
Y), its year ("X" (2008)) or its publication in brackets (("X," USATODAY.com)) — is no quote (train false
quotes 487 → 478, F1 0.8859 → 0.8869, recall unchanged; dev has no such case, unchanged). Tried and dropped on
train: a quote ending in a comma followed by the writer's lower-case words as mixed (train F1 −0.7 points,
dev −0.8: the attributions it loses are real); not joining a second quote when the writer's words between hold
a verb of saying (train −1.1 / −0.5 points, dev −0.2 / −0.6: PolNeAR's gold joins them or leaves the second
piece unannotated). The classes left are PolNeAR convention (mixed attributions, 173; colon lead-ins;
boundaries both ways) or real quotes the annotator skipped ("attributed, not annotated").

Reported once on the test sets, untuned: PolNeAR test direct-quote F1 0.8736 → 0.8736 (0.90 missed); test
speaker accuracy 0.8476 → 0.8444 (named 0.921 → 0.921, pronoun proxy 0.687 → 0.677: 1 of 99); GGT
resolved-speaker accuracy 0.796 → 0.796 (direct) and 0.789 → 0.792 with reported speech (compare/reported.py,
another engineer's, also changed): the 0.85 target is missed. The GGT span F1 with reported speech (0.778 →
0.857) is compare/reported.py's work this round, not this file's.

Speed: extract_quotes CPU per article against e1c8fad (session start), alternating passes, minimum of 7, load
20-28 on the shared machine: jsonl-2000-s9-g2 0.239 → 0.245 ms (+2.8 %), PolNeAR 1.330 → 1.401 ms (+5.3 %),
within the +10 % budget (a first run at 267fc0a gave +3.7 % / −6.1 %: passes of one module vary by ~10 %).

Interface: People, Roles, resolve_speaker keep their signatures; People gained the attribute ``inside`` (the
quoted spans, set when read). split_name now also cuts a possessive outlet and leading sentence words off the
name. Reported-speech rows now show compare/reported.py alone (the baseline quotes.py has no extract_reported).

## What is left
- PolNeAR test direct-quote F1 ≥ 0.90 (0.874): the false quotes left are mostly PolNeAR convention that train
  splits both ways.
- GGT resolved-speaker accuracy ≥ 0.85 (0.796) and span F1 ≥ 0.90: GGT is a test set, not looked into; the
  direct-only span F1 is capped by GGT counting indirect quotes.
- Pronouns whose referent is not the nearest compatible subject (two people of one gender in the sentence
  before), roles without a name the text never ties to a person, organisations speaking as "it".
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
    parser.add_argument("--render", action="store_true", help="rewrite the .md from the saved .json")
    args = parser.parse_args()
    commit = args.baseline
    if args.render:
        saved = json.loads(
            (ROOT / "benchmarks" / "results" / "compare_quotes.json").read_text(encoding="utf-8")
        )
        save_results("compare_quotes", saved, _markdown(saved))
        return
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
    save_results("compare_quotes", results, _markdown(results))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
