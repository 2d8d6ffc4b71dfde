"""Benchmark of compare/quotes.py alone (issue 7): direct-quote spans and speakers on PolNeAR (train/dev tuned,
test reported) and ggt_quotes_eval (test, reported), the error classes of PolNeAR dev, and the CPU time of
extract_quotes side by side with an earlier commit's quotes.py (imported from git under another name).

Run from the repo root: `.venv/bin/python benchmarks/bench_quotes.py` (a few minutes). Writes
benchmarks/results/compare_quotes.{json,md}. Options: `--speed` prints the speed figures alone;
`--same-as COMMIT` compares every quote and reported-speech mention of the texts measured (the example corpus,
jsonl-2000-s9-g2's cleaned articles, every PolNeAR and GGT text) with those of that commit's quotes.py, the check
that a speed change left the output identical; `--baseline COMMIT` picks the commit compared (default 65b1fe4,
the start of session 11); `--render` rewrites the .md from the saved .json (after editing the notes). The quality functions are bench_compare's; reported speech and described speakers on
PolNeAR are measured here.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_compare import (  # noqa: E402
    _IN_APOSTROPHES,
    DATA,
    _covered,
    _joined,
    _joined_speakers,
    _prf,
    _rows,
    _same_person,
    _source_kind,
    ggt_matches,
    polnear_attributions,
    polnear_content,
    polnear_speaker_hits,
    quotes_ggt,
    quotes_polnear,
    speakers_polnear,
)
from benchmarks.revision import file_at, import_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402
from newsfuse import run  # noqa: E402
from newsfuse.compare import quotes, reported  # noqa: E402
from newsfuse.compare.entities import place_names  # noqa: E402
from newsfuse.model import Article  # noqa: E402

BASELINE = "65b1fe4"
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
    return file_at(commit, "src/newsfuse/compare/quotes.py", f"quotes_{commit}")


def _cpu_pass(module: ModuleType, arts: Iterable[Article]) -> float:
    """CPU seconds of one cold pass of extract_quotes over ``arts`` (the module's caches cleared first)."""
    module.clear_caches()
    start = time.process_time()
    for a in arts:
        module.extract_quotes(a)
    return time.process_time() - start


def _speed_setup(commit: str, passes: int) -> tuple[Any, dict[str, list[Any]], dict[str, Any]]:
    """The baseline's quotes module, the texts both speed measures time, and their figures' header."""
    place_names()
    figures: dict[str, Any] = {
        "baseline_commit": commit,
        "passes": passes,
        "load_at_start": os.getloadavg()[0],
    }
    sets = {"jsonl-2000-s9-g2": _cleaned_2000(), "polnear": texts_of("polnear")}
    return _baseline_module(commit), sets, figures


def speed(commit: str = BASELINE, passes: int = 7) -> dict[str, Any]:
    """CPU ms per article of extract_quotes, this tree's and ``commit``'s, in alternating passes (the machine
    is shared: the minimum over passes drops other jobs' interference), the garbage collector on as in the
    pipeline, after one warm-up pass of each."""
    old, sets, figures = _speed_setup(commit, passes)
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


def speed_interleaved(commit: str = BASELINE, passes: int = 5) -> dict[str, Any]:
    """CPU ms per article of extract_quotes, this tree's and ``commit``'s, timed article by article in
    alternation (which module goes first swaps every pass), so that a shared machine's load, which drifts over
    seconds, weighs on both alike; the median over ``passes`` cold passes (caches cleared before each)."""
    old, sets, figures = _speed_setup(commit, passes)
    for name, arts in sets.items():
        totals: dict[str, list[float]] = {"before": [], "after": []}
        for n in range(passes):
            old.clear_caches()
            quotes.clear_caches()
            gc.collect()
            spent = {"before": 0.0, "after": 0.0}
            order = [("before", old), ("after", quotes)]
            order = order if n % 2 == 0 else order[::-1]
            for a in arts:
                for label, module in order:
                    start = time.process_time()
                    module.extract_quotes(a)
                    spent[label] += time.process_time() - start
            for label, value in spent.items():
                totals[label].append(value * 1000 / len(arts))
        before, after = (sorted(totals[k])[passes // 2] for k in ("before", "after"))
        figures[name] = {
            "articles": len(arts),
            "before_ms_per_article": round(before, 4),
            "after_ms_per_article": round(after, 4),
            "change": round(after / before - 1, 3),
        }
    return figures


def _readers_pass(package: ModuleType, arts: list[Article]) -> tuple[float, float]:
    """CPU seconds of one cold pass of both readers (extract_quotes and find_reports) over ``arts``, and of one
    cold pass of :class:`People` alone (each text's mentions read and genders worked out, as the readers do
    when a pronoun is resolved), for the compare package ``package``."""
    q, r = package.quotes, package.reported
    q.clear_caches()
    r.clear_caches()
    gc.collect()
    start = time.process_time()
    for a in arts:
        q.extract_quotes(a)
        r.find_reports(a)
    readers = time.process_time() - start
    q.clear_caches()
    quoted = [q.text_quote_pairs(a.text) for a in arts]
    start = time.process_time()
    for a, pairs in zip(arts, quoted, strict=True):
        reader = q.People(a.text, pairs)
        reader._read()
        reader._genders()
    return readers, time.process_time() - start


def people_cpu(commit: str, passes: int = 5) -> dict[str, Any]:
    """Session 20's CPU measure of the readers and of People (``--people-cpu COMMIT``): cold passes over
    jsonl-2000-s9-g2's cleaned texts, ``commit``'s compare package and this tree's alternated A B A B (which
    goes first swaps each pass); min and median CPU seconds of each."""
    import newsfuse.compare as tree

    place_names()
    base = import_at(commit, "compare", f"compare_{commit}")
    arts = _cleaned_2000()
    spent: dict[str, dict[str, list[float]]] = {
        label: {"readers": [], "people": []} for label in ("before", "after")
    }
    for n in range(passes):
        order = [("before", base), ("after", tree)]
        for label, package in order if n % 2 == 0 else order[::-1]:
            readers, people = _readers_pass(package, arts)
            spent[label]["readers"].append(readers)
            spent[label]["people"].append(people)
    figures: dict[str, Any] = {"baseline_commit": commit, "passes": passes, "articles": len(arts)}
    for measure in ("readers", "people"):
        before, after = spent["before"][measure], spent["after"][measure]
        figures[measure] = {
            "before_min_median_s": [round(min(before), 4), round(sorted(before)[passes // 2], 4)],
            "after_min_median_s": [round(min(after), 4), round(sorted(after)[passes // 2], 4)],
            "change_min": round(min(after) / min(before) - 1, 3),
            "change_median": round(sorted(after)[passes // 2] / sorted(before)[passes // 2] - 1, 3),
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
            {**q, "direct": q["kind_heuristic"] == "direct" or bool(_IN_APOSTROPHES.fullmatch(q["quote"]))}
            for q in polnear_attributions(row)
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
        golds = [(q["start"], q["end"], q["kind_heuristic"]) for q in polnear_attributions(row) if q["quote"]]
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
            start, end, _ = polnear_content(row["text"], att["content"]["spans"])
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


_NAME_IN_SOURCE = re.compile(
    r"(?<!^)\b[A-Z][\w'’.-]*(?:[ \xa0]+(?:[A-Z]\.[ \xa0]+)?[A-Z][\w'’-]+)+|(?<!^)\b[A-Z][a-z][\w'’-]+[ \xa0,.]*$"
)
"""A name in a described source: two capitalised words in a row ("host Bill Maher", "the Washington Post") or a
capitalised last word ("the Times"); not a capitalised qualifier of a role noun ("the Florida senator", "the
presumptive Republican presidential nominee": until session 12 counted as holding a name and scored against
the description, which no resolved speaker's last word is in)."""


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


RESOLVED_PRONOUNS = {
    "E10|Trump fever infects convention finale.\n\n": "nakagiri",
    "E111|The Latest: Trump urges supporters to mo": "clinton",
    "E11|Bill Clinton: Hillary thinks feds requir": "clinton",
    "E11|Carly Fiorina: 'Bill Clinton's fair game": "fiorina",
    "E12|As spotlight shines on Trump and GOP, Cl": "axelrod",
    "E12|Right-wing parties threaten to jam EU's ": "veld",
    "E14|Clinton and Sanders Aren’t Butting Heads": "schultz",
    "E15|In criticizing Clinton, hints that email": "obama",
    "E17|Washington Post Hit Piece Exploits Trump": "melanie",
    "E18|Bill Clinton addresses a very different ": "podesta",
    "E18|Sanders and Clinton see black votes as k": "clinton",
    "E18|Trump Supporter Screams 1 Controversial ": "caroline",
    "E18|Washington Post Hit Piece Exploits Trump": "melanie",
    "E19|A shaky balancing act for Kelly Ayotte.\n": "ayotte",
    "E23|As spotlight shines on Trump and GOP, Cl": "axelrod",
    "E23|How Newtown gave Chris Murphy a mission.": "murphy",
    "E23|Republican assails elites as he accepts ": "trump",
    "E25|Beyond plagiarism, a bigger issue: Is th": "trump",
    "E26|Washington Post Hit Piece Exploits Trump": "melanie",
    "E27|How Newtown gave Chris Murphy a mission.": "murphy",
    "E28|Ivanka Trump champions (some) working mo": "trump",
    "E29|Washington Post Hit Piece Exploits Trump": "trump",
    "E30|Clinton rolls out special character witn": "ebeling",
    "E30|Sanders and Clinton see black votes as k": "major",
    "E31|Washington Post Hit Piece Exploits Trump": "melanie",
    "E32|Convention is Trump's chance to reconnec": "melania",
    "E34|How Newtown gave Chris Murphy a mission.": "murphy",
    "E37|Ivanka Trump champions (some) working mo": "trump",
    "E3|Bill is back: Hillary's husband on campa": "clinton",
    "E44|These Are The People Missing In The Egyp": "wakefield",
    "E4|Wyoming Republicans Support Sending A Fa": "cheney",
    "E50|Fiorina pushed ahead - and paid a price.": "fiorina",
    "E53|Debating Clinton's character.\n\nHillary C": "podesta",
    "E55|Republican assails elites as he accepts ": "trump",
    "E57|Republican assails elites as he accepts ": "trump",
    "E5|Hillary Clinton Wins Delaware’s Democrat": "clinton",
    "E5|What's next for Sanders? Much rests on h": "sanders",
    "E5|Wyoming Republicans Support Sending A Fa": "cheney",
    "E6|Khans: Trump stirs 'ugliness'; \nMuslim c": "khan",
    "E72|Fiorina pushed ahead - and paid a price.": "fiorina",
    "E7|Former AG Mukasey at RNC: Clinton email ": "mukasey",
    "E7|Hillary Clinton Says Trump’s Bigotry Doe": "clinton",
    "E7|What's next for Sanders? Much rests on h": "sanders",
    # session 13 (the proxy wrong; read in context)
    "E13|Trump, Ryan, pledge to work together; en": "trump",
    "E15|Trump, Ryan, pledge to work together; en": "trump",
    "E28|Trump turns attacks on another Clinton; ": "clinton",
    # session 14 (the proxy wrong; read in context)
    "E16|Trump Supporter Screams 1 Controversial ": "caroline",
    "E26|Exclusive Excerpt–Dinesh D’Souza’s ‘Stea": "d’souza",
    "E29|Exclusive Excerpt–Dinesh D’Souza’s ‘Stea": "d’souza",
    # session 23, second shift (a capitalised run naming no person taken as the antecedent; read in context)
    "E35|The Latest: Mourners say Ali’s death tou": "king",
    "E9|17 Of The Most Powerful Things Latinos S": "leguizamo",
    "E42|Pundit Turns Adviser in the Service of T": "hannity",
    "E32|Professor Nega's war; \nWhy an Ethiopian ": "nega",
    "E15|Playbook passes the torch.\n\nSeven years ": "palmer",
    "E30|Protesters push through intense heat and": "mendoza",
    "E21|Tug of war in Central Asia.\n\nSlowly but ": "idrissov",
    "E45|Growing up American, only to learn you'r": "(an unnamed woman)",
    # session 24 (the person asked answers, the person addressed does not speak; read in context)
    "E7|Bernie Sanders To Release Medical Record": "sanders",
    "E27|Ben Carson hints at major campaign shake": "bennett",
    "E24|Marco Rubio's strategic stances.\n\nRYE, N": "szlachta",
    "E11|Trump Stands Tall On Proposal For Border": "trump",
}
"""Hand-resolved referents (a surname, or the one name the text gives) of the PolNeAR train/dev pronoun sources
whose speaker changed in sessions 11 and 13 (keyed by attribution id and the text's first 40 characters): read in
context, because the proxy (the nearest earlier named source) is wrong for many of them ("Sullivan had to
explain to Clinton … Clinton seemed irritated: "…," she wrote" is Clinton's, the proxy says Sullivan)."""


def pronouns_resolved(split: str, module: ModuleType = quotes) -> dict[str, Any]:
    """Speaker accuracy on the pronoun sources of the direct quotes found (speakers_polnear's matching): the
    hand-resolved referent where :data:`RESOLVED_PRONOUNS` has one, else the proxy; right when our speaker's
    last word is in it."""
    ok = n = resolved = 0
    for text, att, earlier, speaker in polnear_speaker_hits(split, module.extract_quotes):
        if _source_kind(att["source"]["text"]) != "pronoun":
            continue
        gold = RESOLVED_PRONOUNS.get(f"{att['id']}|{text[:40]}")
        resolved += gold is not None
        gold = gold or earlier
        n += 1
        ok += bool(speaker and gold and speaker.split()[-1].lower() in gold.lower())
    return {"accuracy": round(ok / n, 4) if n else 0.0, "right": ok, "sources": n, "hand_resolved": resolved}


_SOURCE_WORDS = re.compile(r"[\w'’.-]+")


def named_last_word(split: str, module: ModuleType = quotes) -> dict[str, Any]:
    """Speaker accuracy on the named sources of the direct quotes found, by GGT's rule (the speaker's last word
    is a word of the source, not merely inside it: "Harry M. Reid (D-Nev.)" ends in "(D-Nev.)", which GGT's
    comparison of last words counts wrong)."""
    ok = n = 0
    for _, att, _, speaker in polnear_speaker_hits(split, module.extract_quotes):
        source = att["source"]["text"]
        if _source_kind(source) != "named":
            continue
        n += 1
        ok += bool(speaker and speaker.split()[-1].lower() in _SOURCE_WORDS.findall(source.lower()))
    return {"accuracy": round(ok / n, 4) if n else 0.0, "right": ok, "sources": n}


_SOURCE_HEAD = re.compile(r"\s*(?:,|\(|--|—)\s*|\s+(?:of|who|whose|from|at)\s+")
"""Where the name in a named source ends: an aside ("Scott Pruitt, the Republican attorney general"), a bracket
or a qualifier ("Charles B. Rangel of New York")."""


def named_full_and_surname(split: str, module: ModuleType = quotes) -> dict[str, Any]:
    """Named sources of the direct quotes found, split as GGT's gold is not: sources that give a full name
    ("Sen. Bernie Sanders (I-Vt.)", its name by split_name without role, bracket or suffix) and sources that give
    a surname alone ("Sanders"). For the first, our speaker right by GGT's last-word rule and right in full (the
    same words, GGT's exact test); for the second, right by the last word and, of those, given as a full name
    (resolved to the person the text introduced: what GGT's resolved ``reference`` holds)."""
    full = {"sources": 0, "last_word": 0, "full_name": 0}
    surname = {"sources": 0, "last_word": 0, "given_in_full": 0}
    for _, att, _, speaker in polnear_speaker_hits(split, module.extract_quotes):
        source = att["source"]["text"]
        if _source_kind(source) != "named":
            continue
        head = _SOURCE_HEAD.split(" ".join(source.split()), maxsplit=1)[0].rstrip(",.")
        name = quotes._NAME_TAIL.sub("", quotes.split_name(head)[0] if head else "").lower()
        words = _SOURCE_WORDS.findall(name)
        ours = (speaker or "").lower().split()
        last = bool(ours and words and ours[-1] == words[-1])
        tally = full if len(words) > 1 else surname
        tally["sources"] += 1
        tally["last_word"] += last
        if len(words) > 1:
            full["full_name"] += ours == words
        else:
            surname["given_in_full"] += last and len(ours) > 1
    return {"full_name_sources": full, "surname_sources": surname}


def ggt_direct(module: ModuleType = quotes, bylines: bool = False, threshold: float = 0.3) -> dict[str, Any]:
    """quotes_ggt's direct-only measure (span F1 at >= ``threshold`` of a gold quote covered, one to one;
    resolved-speaker accuracy on the matched quotes by GGT's last-word rule) for ``module``'s extract_quotes, so
    that the baseline commit's is measured in the same run; with ``bylines``, each article's byline is the
    data's ``authors`` (joined by "; "), as the pipeline's Article carries one (the writer's "I said")."""
    n_pred = n_gold = tp = ok = 0
    module.clear_caches()
    for row in _rows("ggt_quotes_eval", "ggt_quotes_eval.jsonl.gz"):
        byline = "; ".join(row.get("authors") or []) or None if bylines else None
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"], byline=byline)
        preds = [(m.span.start, m.span.end, m.speaker) for m in module.extract_quotes(art)]
        gold = [q for q in row["quotes"] if q["quote"]]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
        for g, speaker in ggt_matches(gold, preds, threshold):
            tp += 1
            ok += _same_person(speaker, g["reference"])
    module.clear_caches()
    return {
        **_prf(tp, n_pred, tp, n_gold),
        "speaker_accuracy": round(ok / tp, 4) if tp else 0.0,
        "matched": tp,
    }


SPEAKERS_DEV = ROOT / "benchmarks" / "data" / "speakers_dev.jsonl"
"""Hand-resolved speakers of direct quotes in fiction news texts written for this (benchmarks/data/README.md)."""


def _speaker_accuracy(
    path: Path,
    mentions: Callable[[Article], list[Any]],
    errors: str | None,
    found_key: bool,
) -> dict[str, Any]:
    """Speaker accuracy on a hand-resolved fiction file by half and by the case each quote exercises: a gold
    quote takes the first of ``mentions`` whose span holds the first character of its words; it is right when
    our speaker and the gold (or an ``accept`` answer) are the same words or share the last word (GGT's rule),
    "full" when the same words; a quote not found is wrong. ``found_key``: also count the quotes found.
    ``errors`` (a half's name): print that half's wrong speakers."""
    halves: dict[str, Counter[str]] = {}
    kinds: dict[str, dict[str, list[int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found = mentions(Article(id=row["id"], path=row["id"], text=row["text"]))
        for gold in row["quotes"]:
            at = row["text"].index(gold["quote"])
            hit = next((m for m in found if m.span.start <= at < m.span.end), None)
            speaker = hit.speaker if hit else None
            answers = [gold["speaker"], *gold.get("accept", [])]
            right = any(_same_person(speaker, a) for a in answers)
            full = speaker is not None and speaker.lower() in {a.lower() for a in answers}
            halves.setdefault(row["half"], Counter()).update(
                quotes=1, right=right, full=full, found=hit is not None
            )
            kind = kinds.setdefault(row["half"], {}).setdefault(gold["kind"], [0, 0])
            kind[0] += right
            kind[1] += 1
            if errors == row["half"] and not right:
                missing = "" if hit or not found_key else " (not found)"
                print(
                    f"{row['id']} {gold['kind']}: {gold['quote'][:40]!r} gold {gold['speaker']!r}, "
                    f"ours {speaker!r}{missing}"
                )
    return {
        half: {
            "quotes": c["quotes"],
            **({"found": c["found"]} if found_key else {}),
            "right": c["right"],
            "full": c["full"],
            "accuracy": round(c["right"] / c["quotes"], 4),
            "by_kind": dict(sorted(kinds[half].items())),
        }
        for half, c in sorted(halves.items())
    }


def speakers_dev(module: ModuleType = quotes, errors: str | None = None) -> dict[str, Any]:
    """Speaker accuracy of ``module``'s extract_quotes on speakers_dev.jsonl by half ("tune", "confirm") and by
    case (:func:`_speaker_accuracy`). ``errors`` ("tune"/"confirm"): print that half's wrong speakers."""
    module.clear_caches()
    result = _speaker_accuracy(SPEAKERS_DEV, module.extract_quotes, errors, found_key=False)
    module.clear_caches()
    return result


SPEAKERS_DEV2 = ROOT / "benchmarks" / "data" / "speakers_dev2.jsonl"
"""Session 18's second speakers batch: wire-copy fiction with direct quotes and reported speech, halves A (tuned
on) and B (the check) (benchmarks/data/README.md)."""
SPEAKERS_DEV3 = ROOT / "benchmarks" / "data" / "speakers_dev3.jsonl"
"""Session 19's third speakers batch (second wave): reported speech whose subject is left out after a comma, a
participle opening the sentence, a name with an aside before the verb; halves A (tuned on) and B (the check)."""
SPEAKERS_DEV4 = ROOT / "benchmarks" / "data" / "speakers_dev4.jsonl"
"""Session 22's fourth speakers batch: a speaker resolved from outside the quote's sentence (a description, a
surname, a pronoun, a continued quote); halves A (tuned on) and B (held out, scored only)."""
SPEAKERS_DEV5 = ROOT / "benchmarks" / "data" / "speakers_dev5.jsonl"
"""Session 24's fifth speakers batch: a pronoun's speaker past a capitalised run that names no person (a
publication, programme, place, event, holiday, team), the person asked answering, the person addressed not
speaking, an unnamed speaker; halves A (tuned on) and B (held out, scored only)."""
SPEAKERS_REAL = ROOT / "benchmarks" / "data" / "speakers_real_probe.jsonl"
"""Session 25's real-copy probe: direct quotations of GVA's local news, labels only (benchmarks/speaker_probe.py);
halves "read" (sample 1) and "held out" (sample 2, scored only)."""
SESSION25_BASE = "5f79b04"
"""Session 25's starting commit: its quotes.py is scored beside this tree's (``--speakers-real``)."""
SESSION24_BASE = "94ec250"
"""Session 24's starting commit: its compare package is scored beside this tree's (``--speakers-dev5``)."""
SESSION22_BASE = "88a66e5"
"""Session 22's starting commit: its compare package is scored beside this tree's (``--speakers-dev4``)."""
SESSION19B_BASE = "9794e4f"
"""The second wave's starting commit: its compare package is scored beside this tree's (``--speakers-dev3``)."""
SESSION18_BASE = "f327002"
"""Session 18's starting commit: its compare package is scored beside this tree's (``--speakers-dev2``)."""


SESSION19B_NOTES = """## Session 19, second wave (issue 7: speakers_dev3.jsonl's kinds)

The wave's dev batch `benchmarks/data/speakers_dev3.jsonl` (`--speakers-dev3 [A]`) and its rules are in
compare_reported.md ("Session 19, second wave"; `bench_reported.py --session19b`): speakers_dev3 A 29 -> 40 of 46,
B 34 -> 40 of 44; PolNeAR named-source rate train 0.9333 -> 0.9384, dev 0.9520 -> 0.9557. The one quotes.py rule
(4a1f0bd: an indefinite description ends before an auxiliary or adverb) changes reported speakers only: every
direct quote of jsonl-2000, PolNeAR and the four dev files is identical, so this file's rows are unchanged (no
test set run this wave). extract_quotes CPU (`--speed --baseline 9794e4f`, 09:50 UTC, load ~4): whole passes (min
of 7) jsonl-2000 0.1783 -> 0.1802 (+1.1 %), PolNeAR 1.0568 -> 1.0335 (-2.2 %); interleaved (median of 5) 0.1827 ->
0.1803 (-1.3 %), 1.1153 -> 1.1374 (+2.0 %); a second run -0.4 % / +1.0 %, interleaved -2.3 % / +2.4 %; an A/A run
(baseline 7fcefc1, the same quotes.py) +1.2 % / -0.2 %, interleaved -2.9 % / -1.1 %: the noise is about 3 %. The rule
alone, old and new pattern swapped in one process (both readers over every PolNeAR text, 6 alternated passes):
min 2.183 -> 2.202 CPU s (+0.9 %), within the brief's 2 %.

"""


SESSION19_NOTES = """## Session 19 (issue 9: extract_quotes' CPU with identical outputs; issue 7: one speaker rule)

Speed (`.venv/bin/python benchmarks/bench_quotes.py --speed --baseline 7e69706`, 7e69706 the session start, 08:53
UTC, load 18-20): extract_quotes CPU ms per article, whole cold passes (min of 7) jsonl-2000-s9-g2 0.2083 -> 0.1968
(-5.5 %), PolNeAR 1.2269 -> 1.1205 (-8.7 %); interleaved article by article (median of 5) 0.2178 -> 0.1981 (-9.0 %),
1.2163 -> 1.1264 (-7.4 %). The steps, the outputs checked identical after each, find_reports' figures and what
was tried and not landed: compare_reported.md's two Session 19 sections (`bench_reported.py --session19`,
`--session19-speakers`). The speaker rule (430f167: "Senator Chris Murphy of Connecticut said" is Chris Murphy,
not Connecticut) changes reported speech only on the dev sets: this file's rows (direct quotes) are session 18's.
GGT (test, run once at the end, direct + reported): resolved-speaker accuracy 0.8139 -> 0.8147; span F1 0.877.

"""


SESSION18_NOTES = """## Session 18 (issue 7, speakers: a second fiction batch; tuned on its half A, PolNeAR train/dev checked, test sets reported once at the end)

Runs: `.venv/bin/python benchmarks/bench_quotes.py --baseline f327002` (this file; f327002 is the session start),
`--speakers-dev2 A` for half A's wrong speakers (the tree beside f327002's compare package),
`.venv/bin/python benchmarks/bench_reported.py --session18` (compare_reported.md: reported speech, GGT with
reported speech, speakers_dev2, reported_dev, CPU). Rules, what was tried and left out: compare_reported.md's
session 18 section.

Figures (this run). speakers_dev2 (a new fiction batch, direct quotes + reported speech): A 108 -> 134 of 136, B
110 -> 119 of 131 (the session start scored first: on its first 58 texts A 92 / 119, B 98 / 118). speakers_dev
(session 16) unchanged (102/102, 103/104). PolNeAR direct quotes: F1 unchanged (train 0.911, dev 0.931; test
0.906, P 0.892 / R 0.920, still >= 0.90); every PolNeAR speaker row (named, pronoun proxy, by class, last-word
rule, full name / surname) equal to f327002's. Reported once on the test sets, untuned: GGT direct quotes alone,
f327002's quotes.py beside this tree's: span F1 0.6356 unchanged, resolved-speaker accuracy 0.8191 -> 0.8219
(702 matched); with reported speech 0.8128 -> 0.8139 (span F1 0.8760 -> 0.8768): the 0.85 / 0.90 targets missed.
Speed (CPU, against f327002's quotes.py): extract_quotes whole passes (min of 7) -1.1 % (jsonl-2000) / +1.5 %
(PolNeAR), interleaved (median of 5) -3.6 % / -0.3 %: within the noise.

"""


def speakers_dev2(
    package: ModuleType | None = None, errors: str | None = None, path: Path | None = None
) -> dict[str, Any]:
    """Speaker accuracy on speakers_dev2.jsonl by half ("A", "B") and by kind, for this tree's compare package
    or ``package`` (another commit's, from :func:`benchmarks.revision.import_at`): the mentions are
    extract_quotes' plus extract_reported's (GGT's protocol); a gold quote takes the first mention whose span holds
    the first character of its words (a direct quote before reported speech); right as in :func:`speakers_dev`.
    ``errors`` ("A"/"B"): print that half's wrong speakers. ``path``: another file of that form
    (:data:`SPEAKERS_DEV3`)."""
    q = package.quotes if package else quotes
    r = package.reported if package else reported
    q.clear_caches()
    result = _speaker_accuracy(
        path or SPEAKERS_DEV2,
        lambda art: [*q.extract_quotes(art), *r.extract_reported(art)],
        errors,
        found_key=True,
    )
    q.clear_caches()
    return result


READ_HALVES = ("read", "third draw", "fourth draw", "fifth draw", "sixth draw", "seventh draw", "eighth draw")
"""The real-copy probe's halves whose errors have been read (sample 2, ``held out``, is scored only; sample 6 since
session 27, which scored it as F''s gate and read its changed rows; sample 8 since session 29, which scored it for
R‴'s gate and read its wrong rows)."""
UNSCORED_HALVES: tuple[str, ...] = ()
"""The probe's halves kept unscored for the next round's fresh gate (no resolver runs on them here): none now."""


def speakers_real(module: ModuleType = quotes, errors: str = "") -> dict[str, Any]:
    """Speaker accuracy of ``module``'s extract_quotes on the real-copy probe by half and by form
    (:func:`benchmarks.speaker_probe.score`); ``errors``: a half of :data:`READ_HALVES` whose wrong speakers are
    printed (never the held-out half's)."""
    from benchmarks.speaker_probe import probe_rows, score

    if errors and errors not in READ_HALVES:
        raise ValueError(f"--speakers-real {errors!r}: errors are printed for {', '.join(READ_HALVES)} only")
    module.clear_caches()
    rows = [row for row in probe_rows(SPEAKERS_REAL, DATA) if row["half"] not in UNSCORED_HALVES]
    result = score(rows, lambda doc, text: module.extract_quotes(Article(id=doc, path=doc, text=text)))
    module.clear_caches()
    for name, half in result.items():
        wrong = [r for r in half.pop("rows") if not r["right"]]
        if name == errors:
            for r in wrong:
                print(f"{r['id']}: gold {r['gold']!r}, ours {r['ours']!r}")
    return result


def dev_figures(commit: str = BASELINE) -> dict[str, Any]:
    """The dev sets alone (what tuning reads; no test set): PolNeAR train/dev direct-quote F1 and speakers (all /
    named / pronoun proxy, by source class, GGT's last-word rule), and speakers_dev.jsonl, for this tree and
    ``commit``'s quotes.py."""
    old = _baseline_module(commit)
    out: dict[str, Any] = {
        "baseline_commit": commit,
        "speakers_dev": {"before": speakers_dev(old), "after": speakers_dev()},
    }
    for split in ("train", "dev"):
        out[f"polnear_{split}"] = {
            "before": quotes_polnear(split, extract=old.extract_quotes)["f1"],
            "after": quotes_polnear(split)["f1"],
        }
        out[f"polnear_{split}_by_class"] = {
            "before": speakers_by_class(split, old),
            "after": speakers_by_class(split),
        }
        out[f"polnear_{split}_named_last_word"] = {
            "before": named_last_word(split, old),
            "after": named_last_word(split),
        }
    return out


def quality(commit: str = BASELINE) -> dict[str, Any]:
    """Quote spans and speakers on PolNeAR (train/dev diagnosed, test reported) and GGT (test, reported), and
    the error classes of PolNeAR train and dev for this tree and for ``commit``'s quotes.py."""
    old = _baseline_module(commit)
    package = import_at(commit, "compare", f"compare_{commit}")
    return {
        "speakers_dev": {"before": speakers_dev(old), "after": speakers_dev()},
        "speakers_dev2": {"before": speakers_dev2(package), "after": speakers_dev2()},
        "speakers_real": {"before": speakers_real(old), "after": speakers_real()},
        "polnear": {s: quotes_polnear(s) for s in ("train", "dev", "test")},
        "polnear_listed_order": {s: quotes_polnear(s, listed=True) for s in ("train", "dev", "test")},
        "polnear_text_order_at_baseline": {
            s: quotes_polnear(s, extract=old.extract_quotes) for s in ("train", "dev")
        },
        "polnear_speakers_listed_order": {
            s: speakers_polnear(s, listed=True) for s in ("train", "dev", "test")
        },
        "polnear_speakers": {s: speakers_polnear(s) for s in ("train", "dev", "test")},
        "polnear_speakers_by_class": {
            s: {"before": speakers_by_class(s, old), "after": speakers_by_class(s)} for s in ("train", "dev")
        },
        "polnear_pronouns_resolved": {
            s: {"before": pronouns_resolved(s, old), "after": pronouns_resolved(s)} for s in ("train", "dev")
        },
        "polnear_named_last_word": {
            s: {"before": named_last_word(s, old), "after": named_last_word(s)}
            for s in ("train", "dev", "test")
        },
        "polnear_named_full_and_surname": {
            s: {"before": named_full_and_surname(s, old), "after": named_full_and_surname(s)}
            for s in ("train", "dev", "test")
        },
        "baseline_commit": commit,
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
        "ggt_direct_by_module": {
            "before": ggt_direct(old),
            "after": ggt_direct(),
            "before_bylines": ggt_direct(old, bylines=True),
            "after_bylines": ggt_direct(bylines=True),
        },
    }


BEFORE = {
    "polnear": {"train": 0.8878, "dev": 0.9089, "test": 0.8739},
    "polnear_speakers": {
        "train": (0.9215, 0.9791, 0.787),
        "dev": (0.9265, 0.9485, 0.8785),
        "test": (0.8508, 0.9306, 0.6768),
    },
    "ggt": {"f1": 0.6343, "with_reported": 0.8569, "speaker": 0.8, "speaker_with_reported": 0.7941},
}
"""The same measures at 65b1fe4 (the start of session 11): compare_quotes.json of 2026-11-23 09:20 UTC, whose
quotes.py is 65b1fe4's (PolNeAR train/dev re-measured at 65b1fe4 at 11:31 UTC: the same)."""


def _scores(scores: dict[str, float]) -> str:
    return f"{scores['f1']:.3f} (P {scores['precision']:.3f} / R {scores['recall']:.3f})"


def _classes(before: dict[str, int], after: dict[str, int]) -> list[str]:
    rows = []
    for name in sorted(set(before) | set(after), key=lambda n: -before.get(n, 0)):
        rows.append(f"| {name} | {before.get(name, 0)} | {after.get(name, 0)} |")
    rows.append(f"| **all** | **{sum(before.values())}** | **{sum(after.values())}** |")
    return rows


def _speaker_dev_rows(r: dict[str, Any], key: str, what: str, halves: tuple[str, str]) -> list[str]:
    """A fiction speakers set's rows: each half's accuracy at the session's start and now (``halves``: the
    tuned half's name, and what the other half is called), then each case of quote whose count changed."""
    tuned, other = halves

    def accuracy(d: dict[str, Any]) -> str:
        return f"{d['accuracy']:.3f} ({d['right']} / {d['full']} of {d['quotes']})"

    rows = []
    for half, dev in r.get(key, {}).get("after", {}).items():
        old = r[key]["before"][half]
        role = "tuned" if half == tuned else other
        rows.append(
            f"| speaker accuracy, {what} | {key} {half} (dev, {role}) | {accuracy(old)} | {accuracy(dev)} | — |"
        )
        for kind, (right, n) in dev["by_kind"].items():
            was = old["by_kind"].get(kind, [0, 0])
            if was != [right, n]:
                rows.append(
                    f"| same, quotes of the case {kind} | {key} {half} (dev) | {was[0]}/{was[1]} | {right}/{n} | — |"
                )
    return rows


def _markdown(r: dict[str, Any]) -> str:
    """The human-readable results: each figure beside the session's start, the target and the peer."""
    pol, spk, ggt, sp = r["polnear"], r["polnear_speakers"], r["ggt_quotes_eval"], r["speed"]
    g3, rep = ggt["overlap_0.3"], ggt["overlap_0.3_with_reported_speech"]
    b = BEFORE
    lines = [
        "# compare/quotes.py — direct quotes and speakers (issue 7, sessions 11–18)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_quotes.py` (from the repo root; writes this file and",
        "`compare_quotes.json`; quality functions are bench_compare's). Output check of a speed change:",
        "`.venv/bin/python benchmarks/bench_quotes.py --same-as COMMIT`. Speed alone: `--speed`. Quality alone,",
        "keeping the saved speed figures: `--quality`.",
        f"Date: {r['date']}"
        + (f" (speed figures: {r['speed_date']})" if r.get("speed_date") else "")
        + ". Speed on a shared 2-core machine (other engineers' jobs, load "
        f"{sp.get('load_at_start', 0):.0f} when the speed passes started):",
        "CPU time of this process (time.process_time), minimum over alternating passes.",
        "Tuned only on PolNeAR train/dev; PolNeAR test and ggt_quotes_eval are reported, never tuned on.",
        "",
        f"Before: session 11 start ({BASELINE}) in the rows of direct-quote F1 as the data lists the pieces, speaker",
        "accuracy all / named / pronoun and GGT; in every other row (F1 in text order, speakers by class,",
        "hand-resolved pronouns, last-word rule, full name / surname, described speakers, error classes) the",
        f"baseline commit of this run ({r.get('baseline_commit', BASELINE)}), whose quotes.py is imported beside this tree's.",
        "",
        "| measure | set (role) | before | now | target / peer |",
        "|---|---|---|---|---|",
    ]
    listed, at_base = r.get("polnear_listed_order"), r.get("polnear_text_order_at_baseline", {})
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        if listed:
            measure = "direct-quote F1 (P / R), content pieces in text order (session 11 scorer audit)"
            start = f"{at_base[split]['f1']:.3f}" if split in at_base else "—"
        else:
            measure, start = "direct-quote F1 (P / R)", f"{b['polnear'][split]:.3f}"
        lines.append(
            f"| {measure} | polnear {split} ({role}) | {start} | {_scores(pol[split])} | ≥ 0.90 on test |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        if listed:
            lines.append(
                f"| direct-quote F1 (P / R), as the data lists the pieces (sessions ≤ 11's measure) | polnear "
                f"{split} ({role}) | {b['polnear'][split]:.3f} | {_scores(listed[split])} | ≥ 0.90 on test |"
            )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        old, now = b["polnear_speakers"][split], spk[split]
        lines.append(
            f"| speaker accuracy all / named / pronoun sources (pronoun: vs the nearest earlier named source, a "
            f"proxy){'; now: content in text order, session start: as listed' if listed else ''} | polnear "
            f"{split} ({role}) | {old[0]:.3f} / {old[1]:.3f} / {old[2]:.3f} | "
            f"{now['accuracy_named_and_pronoun']:.3f} / {now['named_source_accuracy']:.3f} / "
            f"{now['pronoun_source_accuracy_proxy']:.3f} ({now['named_sources']} + {now['pronoun_sources']}) | — |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        now = r.get("polnear_speakers_listed_order", {}).get(split)
        if now:
            old = b["polnear_speakers"][split]
            lines.append(
                f"| same, content as the data lists the pieces (sessions ≤ 11's measure) | polnear {split} ({role}) "
                f"| {old[0]:.3f} / {old[1]:.3f} / {old[2]:.3f} | {now['accuracy_named_and_pronoun']:.3f} / "
                f"{now['named_source_accuracy']:.3f} / {now['pronoun_source_accuracy_proxy']:.3f} "
                f"({now['named_sources']} + {now['pronoun_sources']}) | — |"
            )
    lines += _speaker_dev_rows(
        r,
        "speakers_dev2",
        "speakers_dev2.jsonl (session 18: direct quotes + reported speech; GGT's last-word rule / the same words)",
        ("A", "the check"),
    )
    lines += _speaker_dev_rows(
        r,
        "speakers_dev",
        "hand-resolved fiction (speakers_dev.jsonl; GGT's last-word rule / the same words)",
        ("tune", "confirm"),
    )
    for half, now_h in r.get("speakers_real", {}).get("after", {}).items():
        old_h = r["speakers_real"]["before"][half]
        lines.append(
            f"| speaker accuracy, real-copy probe (speakers_real_probe.jsonl, GVA local news; GGT's last-word rule) "
            f"| speakers_real {half} (dev{', read' if half in READ_HALVES else ', scored only'}) "
            f"| {old_h['accuracy']:.3f} ({old_h['right']} of {old_h['quotes']}) "
            f"| {now_h['accuracy']:.3f} ({now_h['right']} of {now_h['quotes']}) | — |"
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
        pr = r["polnear_pronouns_resolved"][split]
        lines.append(
            f"| speaker accuracy, pronoun sources, the changed ones hand-resolved (RESOLVED_PRONOUNS) | polnear "
            f"{split} (dev) | {pr['before']['accuracy']:.3f} ({pr['before']['right']}/{pr['before']['sources']}) | "
            f"{pr['after']['accuracy']:.3f} ({pr['after']['right']}/{pr['after']['sources']}; "
            f"{pr['after']['hand_resolved']} hand-resolved) | — |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        nl = r["polnear_named_last_word"][split]
        lines.append(
            f"| speaker accuracy, named sources, GGT's last-word rule (our last word is a word of the source) | "
            f"polnear {split} ({role}) | {nl['before']['accuracy']:.3f} ({nl['before']['right']}/"
            f"{nl['before']['sources']}) | {nl['after']['accuracy']:.3f} ({nl['after']['right']}/"
            f"{nl['after']['sources']}) | — |"
        )
    for split, role in (("train", "dev"), ("dev", "dev"), ("test", "test, reported")):
        nf = r.get("polnear_named_full_and_surname", {}).get(split)
        if not nf:
            continue
        fb, fa = nf["before"]["full_name_sources"], nf["after"]["full_name_sources"]
        sb, sa = nf["before"]["surname_sources"], nf["after"]["surname_sources"]
        lines += [
            f"| named sources giving a full name: our speaker right by GGT's last-word rule / in full (the same "
            f"words) | polnear {split} ({role}) | {fb['last_word']} / {fb['full_name']} of {fb['sources']} | "
            f"{fa['last_word']} / {fa['full_name']} of {fa['sources']} | — |",
            f"| named sources giving a surname alone: right by the last word / of those, given as a full name "
            f"(GGT's gold is the resolved full name) | polnear {split} ({role}) | {sb['last_word']} / "
            f"{sb['given_in_full']} of {sb['sources']} | {sa['last_word']} / {sa['given_in_full']} of "
            f"{sa['sources']} | — |",
        ]
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
    by_module = r.get("ggt_direct_by_module")
    if by_module:
        base = r.get("baseline_commit", BASELINE)
        for label, key in (
            ("no byline (as bench_compare's)", ""),
            ("byline = the data's authors", "_bylines"),
        ):
            old, now = by_module[f"before{key}"], by_module[f"after{key}"]
            lines.append(
                f"| direct quotes: span F1 / resolved-speaker accuracy, {base}'s quotes.py beside this tree's in the "
                f"same run, {label} | ggt_quotes_eval (test) | {old['f1']:.4f} / {old['speaker_accuracy']:.4f} "
                f"({old['matched']}) | {now['f1']:.4f} / {now['speaker_accuracy']:.4f} ({now['matched']}) | "
                "≥ 0.90 / ≥ 0.85 |"
            )
    for name, figures in r.get("speed_interleaved", {}).items():
        if isinstance(figures, dict):
            lines.append(
                f"| extract_quotes CPU ms per article, cold, article by article in alternation (median of "
                f"{r['speed_interleaved']['passes']} passes) | {name} ({figures['articles']} texts) | "
                f"{figures['before_ms_per_article']:.3f} | **{figures['after_ms_per_article']:.3f} "
                f"({figures['change']:+.1%})** | at most +10 % |"
            )
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
            f"## PolNeAR {split}: every false and missed direct quote, by class ({r.get('baseline_commit', BASELINE)} → now; gold "
            "content read in text order since the session 11 scorer audit)",
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


SESSION21_NOTES = """## Session 21 (issue 7: error analysis on PolNeAR dev and the speakers dev files; one reported-speech rule)

Error analysis (never GGT). PolNeAR dev direct-quote misses by class (this file's tables; the same at 50f4d57):
26 missed gold quotes = boundary, we join pieces the gold keeps apart 11 (read: '"A," X said, going on to …
"B"', '"A," X said after … . "B"', '"A," she said …, and …': the gold splits what PolNeAR train joins about as
often, as sessions 11-12 found), not found 6, flagged mixed by us 3, quote inside a quote 2, the gold joins more
2, apostrophe marks 2; no multi-paragraph miss. 31 false quotes: part of a mixed attribution in the gold 16 (a
lower-case lead or a quote after "said," that the gold calls mixed), boundaries 8, the rest 7. Train's classes
are the same in the same order (session 12 tried the two largest rules and lost train F1). Speaker misses: PolNeAR
dev's named/pronoun misses (12 + 14) are scattered (most pronoun ones are the proxy's, not ours); the speakers
dev files' 20 wrong (speakers_dev 1, speakers_dev2 2 + 12, speakers_dev3 1 + 4) hold one class with a general
pattern, a place's second half taken for the subject of reported speech (sd3-26 "… at the wharf in Petit-Rocher,
New Brunswick, on Thursday, then said" -> "New Brunswick"; sd3-40 "Fairweather, standing in his yard in
Lunenburg, Nova Scotia, on Sunday, said" -> "Nova Scotia"); over the dev texts (PolNeAR train+dev, DUC 2003 t2,
DUC 2006, the four dev files) a scan for reported speakers that are a country or state with "<preposition>
<Capitalised>, " shortly before them found 8 (3 PolNeAR train, 1 DUC 2003, 2 DUC 2006, the 2 above), 6 wrong.

Rule (compare/reported.py `_region_of_place`): in running text a town's state or province is set off by commas
("in Lunenburg, Nova Scotia, on Sunday"); a reported-speech source that is a country or subdivision (pycountry's
names) after a preposition, a town and a comma, with a comma after it, is no speaker: the person the sentence
opens with is (one capitalised word before a comma, or the first run of two or three capitalised words in its
first four words), else no report. Acceptance written before measuring: speakers dev +1 % (speakers_dev3 85 of
90 -> at least 86), nothing else down by more than 0.003, DUC narration-like count not up. Both halves of
speakers_dev3 are dev; the two cases above are half B's (the check half), read before the rule was written.

Every quote and reported statement of PolNeAR train+dev, DUC 2003 t2, DUC 2006, speakers_dev/2/3, reported_dev
and examples/corpus/*.txt, 50f4d57 vs this tree (scratch dump, 27,959 lines): 3 change, each read: sd3-26 New
Brunswick -> Lionel Abernathy (right), sd3-40 Nova Scotia -> Clement Fairweather (right), DUC 2006 "the school
board in Post Falls, Idaho, …, wrote a policy statement" (speaker Idaho; no speech) no longer a report. A
first version without the comma after the region and the preposition before the town changed 9 (2 more right:
"Stacy Baker of Columbia, South Carolina says"; 5 lost: "in Libya, Bolton said" (Bolton is a pycountry
subdivision), "Friday, Texas, leading …, asked", "Brazil believes", "Egypt said", a dateline): narrowed.
Figures, 50f4d57 -> this tree: speakers_dev3 A 45/46 -> 45/46, B 40/44 -> 42/44 (all 85 -> 87 of 90, +2.2 %);
speakers_dev tune 102/102, confirm 103/104, speakers_dev2 A 134/136, B 119/131 unchanged; PolNeAR train/dev
direct-quote F1 0.9114 / 0.9311, speaker rates and error classes identical; reported_dev all F1 0.9507 and speaker
accuracy 0.9516 identical; `bench_reported.py --dev` output identical; check_ldc_quotes DUC 2003 t2 1,193 quotes,
0.946, narration-like 10, DUC 2006 5,737, 0.944, 24 identical. Commands: `--speakers-dev`, `--speakers-dev2 B`,
`--speakers-dev3 B`, `bench_reported.py --reported-dev all`, `bench_reported.py --dev`,
`check_ldc_quotes.py`, the baseline by PYTHONPATH on a `git archive` of 50f4d57's src.
CPU (`--people-cpu 50f4d57`, 14:45 UTC, load 15-19, jsonl-2000's 1,983 cleaned texts, cold passes alternated x5):
both readers min/median 2.424/2.630 -> 2.393/2.595 CPU s (-1.3/-1.3 %); People, whose code did not change,
+4.7/-2.0 % (the noise): no cost seen.
Test sets, once, after the last dev choice (`bench_quotes.py --quality --baseline 50f4d57`, started 14:50 UTC,
the tree of 17b80db's compare package; the table above): GGT span F1 with reported speech 0.878, resolved-speaker
accuracy 0.8169 (direct alone 0.6356 / 0.8219), PolNeAR test direct-quote F1 0.9058 (P 0.892 / R 0.920), test
speakers 0.866 / 0.934 / 0.718: all as shipped (the rule touches none of their speakers); GGT's 0.90 / 0.85 still
missed. No choice was made after this run.
Left (next): the other speakers dev errors, each alone in its class: "Harriet Vanstone of Vanstone Bakery, one of
…, said" (the "of" rule wants a known first name), "One parent at …, Hamish Ndlovu of the parents' council, said"
(not found), "this official said" (a demonstrative description, DUC 2003: given to an earlier name; 1 case in all
the dev texts), "…, a third lawyer, Bruce McIntyre, who represents X, told the judge" (the hearer taken).

"""


SESSION20_CPU_NOTES = """## Session 20, CPU (issue 9 via the readers: People's scan with byte-identical outputs)

`People` (`_scan`, `_full`, `_genders`) and `_plausible_person` made cheaper, nothing any rule decides changed
(9a653e0, 8304b6b): `_plausible_person` splits its words once and tests them as set operations; `_scan` binds its
callables once per text and takes each run's span once; `_full`'s "Later Reyes" test reads the one sentence end
that can end at or just before the run (`_opens_sentence`) instead of every sentence end of the text; `_genders`
splits each name once and runs its last loop over each name once. Checks: the readers' results (extract_quotes
and find_reports) on PolNeAR train+dev, reported_dev, speakers_dev/2/3 and jsonl-2000's cleaned texts equal
fb50374's; People's mentions, ends and genders on every one of those texts equal; `_opens_sentence` equals
`sentence_start(at) >= at - 1` at 1,395,785 positions; `newsfuse run` on examples/corpus and jsonl-2000-s9-g2,
`diff -r` empty against fb50374. CPU (`.venv/bin/python benchmarks/bench_quotes.py --people-cpu fb50374`
measures the same in one process; the figures here are separate processes alternated A B x5, 2 cold passes
each, 12:07-12:12 UTC, load 17-19), jsonl-2000-s9-g2's 1,973 cleaned texts:

| CPU s, min / median of 10 | fb50374 | after | change |
|---|---|---|---|
| both readers, cold | 1.415 / 1.481 | 1.380 / 1.433 | -2.5 % / -3.2 % |
| People read + genders, every text, cold name caches | 0.338 / 0.348 | 0.276 / 0.292 | -18.5 % / -16.2 % |
| the same, warm name caches (as in a long run) | 0.263 / 0.298 | 0.220 / 0.224 | -16.6 % / -24.9 % |

`--people-cpu fb50374` in one process (5 passes alternated, 12:13 UTC, after 8304b6b): readers min/median
1.271/1.339 -> 1.261/1.292 s (-0.8 / -3.5 %), People 0.361/0.375 -> 0.307/0.317 s (-14.9 / -15.6 %).
Steps: `_plausible_person` alone People -6.4 / -6.1 %, readers -2.8 / -3.3 %; with `_scan`/`_genders`
-11 / -13 %. Targets (People -30 %, readers -5 %) not reached: what is left of People is the per-run Python of
`_scan`/`_full` (about 75,000 runs of capitalised words over the 1,973 texts, a third of them lone stop words)
and cold `split_name` misses.

"""


SESSION25_NOTES = """## Session 25 (issue 7, `quotes`: a real-copy speaker probe, then its largest error class)

Why: round 24's rules gained on every dev file (all fiction written by engineers who know the resolver) and GGT's
resolved-speaker accuracy fell (0.8217 -> 0.8193, direct 0.8262 -> 0.8219); round 24's quantity engineers found
fiction reading 0.93-0.98 where real copy reads 0.80-0.89. Step 1 does for speakers what
`benchmarks/quantity_probe.py` did for quantities.

The probe (`benchmarks/speaker_probe.py`, labels `benchmarks/data/speakers_real_probe.jsonl`; labels only: each
quotation is named by its GVA article id, the offsets of the words inside its quote marks and their SHA-1, and
the text is read back from ../shared/data/gva_violent_corpus, a dev set: a quotation whose offsets no longer hold
its SHA-1 is an error). The pool: every closed pair of quote marks in a paragraph of the GVA corpus's 6,295
distinct articles (curly marks by shape, straight ones by turns) holding 4 or more words, 20-600 characters and a
lower-case word: 11,816 quotations. Each is given the form of its attribution by a throwaway test of the 80
characters after it and 60 before it in its paragraph (`attribution_form`: pronoun 1,996, role 879, named 6,902,
floating 2,039) and weighted toward the hard forms (pronoun 4, role 4, floating 3, named 1; doubled when four or
more two-word capitalised runs stand in the 1,500 characters before it). Sample 1 (`read`): 80 quotations drawn
with `random.Random(2501)` (key u ** (1 / weight) in pool order, highest first, one an article); sample 2 (`held
out`): 80 more with `random.Random(2502)` from the quotations of incidents (GVA clusters) and texts sample 1 does
not touch (`speaker_probe.samples`). Drawn: sample 1 pronoun 23, role 10, named 26, floating 21; sample 2 27, 11,
24, 18. No GGT or PolNeAR test text is read.

Labels (all 160, by hand, before the resolver ran on either sample; the contexts read were the 1,000 characters
before each quotation and 200 after, a look-up of the article's capitalised runs for a surname's fullest form):
the speaker as the fullest name the article gives; a person the text never names by the head of the description
it gives ("woman", "neighbor", "grandfather", "ATF agent"); an organisation by its name ("Fort Collins police",
"City of Memphis", "Herald Tribune"); a document's words by the body the text names as its author ("according to
the police arrest report" -> "police"; a court order -> the judge who wrote it), "none" when it names none
("the report states", "the documents said"); "none" for words that are no one's speech (a nursery rhyme, a
headline, an event's advertisement). `accept` lists other right answers (an organisation's other name, the same
person as written elsewhere). Scoring (`speaker_probe.score`): a labelled quotation takes the first of
extract_quotes' mentions whose span holds its first character (the GVA text as stored, no cleaning, no byline); it
is right by GGT's rule (the same words or the same last word); a "none" label is right when we give no speaker;
a quotation extract_quotes does not find counts as wrong (or right under "none"). Sample 1: 76 speakers (14 of them a
description or a lower-case body such as "police") + 4 "none"; sample 2: 79 (15) + 1.

Decision rule, written and committed with the labels before either sample is scored: step 2 measures the shipped
resolver (5f79b04) on sample 1 only, reads and classes its errors, and works the largest class with a rule naming
a general English form (never an item). A candidate lands when: sample 1 rises by at least 3 % of its 80 (+3
right, about +0.0375) and sample 2 (scored only, never read) does not fall; no dev figure falls by more than 0.003
(PolNeAR train/dev direct-quote F1 and speaker rows, the speakers_dev files' tuned halves: speakers_dev tune,
speakers_dev2 A, speakers_dev3 A, speakers_dev4 A, speakers_dev5 A; reported_dev F1 and speakers); DUC 2003 t2 /
2006 narration-like count (`check_ldc_quotes.py`) not up; every changed mention of PolNeAR train+dev, the speakers
dev files, reported_dev, examples/corpus and DUC 2003 t2 + 2006 read and counted wrong -> right / right -> wrong,
right -> wrong fewer than wrong -> right in each; CPU within the noise (`bench_quotes.py --people-cpu 5f79b04`).
GGT and PolNeAR test are run once at the last commit, after the last dev choice, and no choice follows.

The shipped resolver on the probe (`bench_quotes.py --speakers-real read`, 5f79b04): sample 1 57 / 80 (0.7125),
sample 2 56 / 80 (0.7000): real copy reads 0.70 where the fiction files read 0.78-1.00. One scorer fix was made
after the first run and before any candidate (it moves both sides alike): a quotation whose words open with a
space ('“ when you are …') is looked up at its first word, not at the space (sample 1's s1-005 was not found at
56 / 80; its speaker "one man" is right). By form, sample 1: named 25 / 26, pronoun 16 / 23, role 6 / 10,
floating 10 / 21. Sample 1's 23 errors, read and classed: a quoted phrase inside reported speech, which
extract_quotes leaves to extract_reported by design (mixed quotes; "Worthy said the shootings … are 'totally ...
absolutely preventable'", "According to X, detectives served a 'high risk search warrant'", "was called the '…'
by the Herald Tribune") 7 (under GGT's protocol with reported speech 3 of them get the right speaker, the rest
are reported.py's); **an unnamed person who speaks, then "she said"/"he said", given to a name before them** 3
("A woman in a nearby hair salon said she heard 10-20 shots …. '…,' she said" -> Denver; "The woman, who also did
not want to be identified, said …. '…,' she said" -> a photo credit's Elvia Malagon; "Baez's uncle said …. '…,' he
said" -> Justine Baez), and the same person left unnamed in other forms 2 ("a man …, shouting, '…'"; "said the
grandmother of one of the victims, identified as 26-year-old Dominique Johnson" -> the speaker before); a role
noun or body left as written ("the sheriff" for Sheriff Bob Gualtieri, "the business" for Billy Hardwick's) 2; a
photo credit taken as the antecedent ("(Photo: Doug White / The Gleaner)") 1; a name before its role taken for
the organisation ("said Cape Coral Police Department representative Dana Coston") 1; a floating quote after "The
chief said …" given to the last name in that sentence 1; "they" for organisers -> Facebook 1; two women in turn
1; a he/she past a man of the other gender 1; a name with a quoted nickname cut ("Dennis 'Will' Roach II" ->
Dennis) 1; a document's date ("Friday's report" -> Friday) 1; an organisation's short name ("Everytown" for
Everytown for Gun Safety, right on reading, wrong by the last-word rule) 1. The largest class quotes.py owns is
the unnamed speaker (5 in all, 3 of one form); the embedded class belongs to extract_reported's owner.

Candidate U (the unnamed person who speaks keeps the pronoun), quotes.py `_unnamed_sayer`, used by `_resolve`
for "he"/"she" before the named antecedent is looked up: a sentence that opens with a description of a person
("the"/"a"/"an"/"one"/"another" and up to three words, or "<Name>'s" and up to two, before a person noun: woman,
man, kin nouns, girlfriend, neighbor, resident, witness, friend, relative, passenger, customer, bystander, teen),
optionally with a "who" aside or a place phrase ("in a nearby hair salon"), as the subject of said / says / told /
tells / added / recalled / explained, in the 700 characters before the quote and outside quote marks, is the
pronoun's referent when no person is named in a later sentence before the quote and the head noun has no other
gender (woman/mother/… "f", man/father/… "m"); the speaker is the description as written ("a woman", "the
woman", "Baez's uncle"). General English: news prose continues a speaker it does not name with "she said" as it
does a named one.

Figures, 5f79b04 (snapshot) -> U: probe sample 1 57 -> 60 of 80 (0.7125 -> 0.7500, +3: s1-026, s1-031, s1-075
wrong -> right; the rule asks +3), sample 2 (held out, scored only, never read) 56 -> 58 of 80 (0.7000 -> 0.7250).
PolNeAR train/dev direct-quote F1 0.9114 / 0.9311, speaker rows by class, named by the last word: identical
(`bench_quotes.py --dev --baseline 5f79b04`); speakers_dev tune 102/102, speakers_dev2 A 134/136, speakers_dev3 A
45/46, speakers_dev4 A 69/69, speakers_dev5 A 59/64 identical (held-out halves scored: speakers_dev confirm 103 ->
104, dev2 B 124/131, dev3 B 42/44, dev4 B 61/66, dev5 B 58/64 unchanged); reported_dev all F1 0.9507 / speakers
0.9516 identical; DUC (`check_ldc_quotes.py`) 2003 t2 1,193 quotes 0.946 narration-like 10, 2006 5,738 0.945 24,
identical. Every quote and reported mention of PolNeAR train+dev, the speakers dev files' tuned halves,
reported_dev/2/3, examples/corpus and DUC 2003 t2 + 2006 (27,720 mentions, /tmp/quotes25/dump.py, snapshot vs
tree): 5 change, all DUC, all read: 5 wrong -> right, 0 right -> wrong (NYT19981001.0377, a Kosovo massacre's
unnamed survivor, "The man said that after a while …. '…,' he said" x2 and two of his reports, Kenneth Roth ->
the man; NYT19990908.0098 "The woman, who asked not to be identified …, said …. She said the family is considering
moving", Jayne Gallagher -> the woman). PolNeAR: no mention changes (0 either way; the rule's "fewer right ->
wrong than wrong -> right" holds only in that nothing is lost there). CPU (`--people-cpu 5f79b04`, jsonl-2000's
1,983 texts, 5 alternated cold passes, load 13-14), two runs: readers min / median +3.2 / +5.1 % and -1.8 / -1.4 %,
People -1.8 / -2.1 % and 0.0 / -0.7 %: within the noise (about 5 %). Landed. Test:
tests/compare/test_speaker_unnamed_sayer.py.

After landing (53b4e5b), U read on the rest of GVA (dev; every article but those of sample 2's incidents and texts,
/tmp/quotes25/gvadump.py snapshot vs tree, extract_quotes' 10,564 mentions): 52 change, all read: 49 wrong -> right
(unnamed witnesses, neighbours, relatives and survivors that the pronoun had given to a photo credit, an outlet, a
reporter, a car model or the victim: "One man, who declined to be named, said …. '…,' he said" was Zeke Herrera,
"Then the woman did something …" was "Dodge Journey" x5, "Another witness told NBC4 …" was "SoCal Images"), 3 right
-> wrong (a definite description standing for the person just named: "Dominguez said …. The boy's mother said …"
x2 -> "the boy's mother"; "… Angela Dillon said. The mom and grandmother said …" -> "the mom and grandmother").
Tried and not kept, U2: a definite description ("The …") counts only after an indefinite or possessive one of the
same head in the 600 characters before it; on the same GVA articles it mends the 3 and loses 7 of the 49 ("the 60-
year-old witness", "the woman" of the carjacking x5, the grandmother's "The woman said"): 42 / 0 against U's 49 / 3,
so U stays (probe samples unchanged either way, 60 / 58).

For information (the rule's measure is extract_quotes alone): the probe under GGT's protocol with reported speech
(extract_quotes' mentions, then extract_reported's; /tmp/quotes25/combined.py): 5f79b04 sample 1 59 / 80, sample 2
60 / 80; with U 62 / 80 and 62 / 80. The embedded class is then half right (3 of sample 1's 7).

What is left on sample 1 (20 wrong): the embedded class (7, reported.py's: "The girlfriend told police he was '…'"
finds no report, "was called the '…' by the Herald Tribune" a passive source, "Police say her son Myles identified
X as '…'" a nested one, "according to the report" read as "the report" where the label is police); an unnamed
speaker in other forms (2: a participle "…, shouting, '…'" whose subject is "a man who …"; "said the grandmother of
one of the victims, identified as …" resolved to the last speaker); each of the rest alone in its class (a role noun
or body left as written x2, a photo credit as antecedent, "said Cape Coral Police Department representative Dana
Coston" read as the department, a floating quote after "The chief said … Shine Jr.", "they" for organisers, two
women in turn, a he/she past a man, "Dennis 'Will' Roach II" cut at the nickname, "Friday's report" -> Friday, the
short "Everytown"). No other class reaches the +3 the rule asks, so no second candidate was measured. Next: the
photo credits and reporter names real web copy carries ("(Photo: Doug White / The Gleaner)", "Channel 2's Tyisha
Fernandes") as no antecedents (1 on sample 1, several among U's GVA changes), and a fresh real-copy sample (another
seed, or DUC) so that sample 1 is not tuned on twice.

Third draw (`half: "third draw"`, `speaker_probe.third_draw`): 80 quotations drawn with `random.Random(2503)`, as
the first two, from the incidents and texts neither sample touches (9,241 quotations; pronoun 22, role 7, named 30,
floating 21), labelled by hand by the same conventions after U was landed and before the resolver ran on them
(77 speakers, 3 "none"), committed before they are scored. U (53b4e5b) is this shift's last dev choice: the third
draw is scored once at 5f79b04 and at U for an unread measure of U on real copy, and no choice follows; its errors
are left for the next session's classes (read then, it judges nothing after). Scored (`--speakers-real`, 01:08
UTC): 5f79b04 52 / 80 (0.6500), U 52 / 80 (0.6500): U changes none of its speakers (by form: named 29 / 30,
pronoun 13 / 22, role 3 / 7, floating 7 / 21). Real copy's speakers read 0.65-0.75 on the three draws.
Its 28 errors, read after the score for the next session (no choice this session): a quoted phrase inside
reported speech, left to extract_reported (10: "Swanton says the fight 'started as a fist fight …'", "calling him
'a person of interest'", "according to a state police press release", "Linton's statement said the 'senseless'
incident '…'"); an unnamed speaker in forms U does not read (5: a restrictive clause without commas, "A woman who
answered the phone … said …. '…,' she said" -> a name before; "A man at the scene described …. '…,' he said"
(a verb U does not list); "Another resident, who is a father himself, is horrified …. '…,' he said"; "said a
woman who lives on the block …. '…,' she said" (a trailing description) -> none; "the driver said …" -> Jackson
Park Hospital), and one scored wrong that reads right ("a resident of the complex": the last-word rule reads
"complex"); a floating or continued quote after a non-saying sentence or a broadcast transcript's caps (5); a
he/she given to another person of the passage (3: "McDonald's mother, Linda Hendrick, … said … she has made
plans" -> Emily McDonald); an organisation's statement given to a person (2: "A statement on the school's website
…" -> the police spokesman before); a transcript's "Witness CJ:" / "Bane:" lines (2). Across the two read draws
the embedded class is the largest (reported.py's), the unnamed speaker the largest quotes.py owns: next, its
other forms (a restrictive "who" clause, "described", a trailing "said a woman who …" that later "she said"s
continue), judged on a fresh draw.

**Test sets, once, after the last dev choice** (U, 53b4e5b; `PYTHONPATH=<git archive 2c3a842>/src
.venv/bin/python benchmarks/bench_quotes.py --quality --baseline 5f79b04`, started 01:27 UTC; 2c3a842 holds U and
the `reported` engineer's 2f984c7; the table above): GGT direct quotes span F1 0.6356 unchanged, resolved-speaker
accuracy 0.8219 -> 0.8219 (702 matched; 5f79b04's quotes.py beside this one in the same run, with and without
bylines: U changes no GGT direct speaker); with reported speech (reported.py of 2f984c7) span F1 0.878 -> 0.8789,
resolved speakers 0.8193 (round 24, 207cfdd) -> 0.8189; PolNeAR test direct-quote F1 0.9058 (P 0.892 / R 0.920) and
test speakers 0.866 / 0.934 / 0.718 unchanged. GGT's 0.90 / 0.85 are still missed. No choice was made after this
run. The `reported` engineer's own `bench_reported.py --ggt` run at the HEAD holding both (their 2f984c7's note)
reads the same code for the with-reported-speech row.

GGT, agreed with the `reported` engineer (who owns compare/reported.py and is changing it this round): the quotes
engineer runs `bench_quotes.py --quality --baseline 5f79b04` once, after this shift's last dev choice (about 02:15
UTC), at the HEAD of that time, and reports both GGT rows (direct, and with reported speech at whatever reported.py
HEAD then holds); if reported.py changes after that run, its owner runs GGT's with-reported-speech row once at the
HEAD holding both changes, and no one else runs it again.

"""


SESSION24_NOTES = """## Session 24 (issue 7, `quotes`: two kept candidates judged on a fresh dev file, then the next class)

Step 1 (6be58a9): `benchmarks/data/speakers_dev5.jsonl`, 44 fiction texts, 128 quotations (README), written and
labelled before any rule; scored once at 94ec250: A 48 / 64 (0.7500), B 50 / 64 (0.7812).

Rule and acceptance, written 22:11 UTC before any candidate is measured on anything. Candidates, each exactly as
round 23 left it: P, person evidence (/tmp/quotes2_23/person_evidence.diff: for "he"/"she", a capitalised run the
text shows to be no person is no antecedent; "Billie Jean King"'s last word a surname), and Q, question/answer
(/tmp/quotes23/qa_rule.diff: a "he"/"she" takes the person asked in the nearest sentence, "asked <name>
whether/if/about/why/how/what/when/where/who/to", and "'…,' he told X" skips a person of X's surname). Each is
measured alone against 6be58a9 (94ec250's quotes.py), then the one that passes is measured on top of the other's.
A candidate lands when: speakers_dev5 A +3 % (at least +2 of 64, 0.7500 -> 0.7813 or more); no dev figure down
more than 0.003 (speakers_dev tune/confirm, speakers_dev2 A/B, speakers_dev3 A/B, speakers_dev4 A, reported_dev
F1 and speakers, PolNeAR train/dev direct-quote F1, speaker proxy rows, hand-resolved pronouns); DUC 2003 t2 /
2006 narration-like count not up; every changed mention of PolNeAR train+dev, the speakers dev files,
reported_dev, examples/corpus and DUC 2003 t2 + 2006 read and counted wrong -> right / right -> wrong, with
right -> wrong fewer than wrong -> right in each of PolNeAR and DUC; CPU within the noise (`bench_quotes.py
--people-cpu 94ec250`). speakers_dev5 B (held out) and speakers_dev4 B are scored and reported, never read for
a choice. Step 3's rule is written here before it is measured, with the same acceptance.

Step 3 rule, written 22:22 UTC, after P and Q were measured on speakers_dev5 A (P: 48 -> 48; Q: 48 -> 51) and
before any step 3 candidate is measured. Count on dev (speakers_dev5 A's 16 wrong at 94ec250, read, and round
23's PolNeAR reading): the largest class is still a capitalised run naming no person taken as a "he"/"she"'s
antecedent (A: Stonebridge Hollow, Capital Week, Northern Table, Gull Rock Shoal, Second Chance Kitchens x2 = 6),
and P does not reach them because the text's gender vote gives such a run a gender from a pronoun that is not its
("Capital Week's host pressed her", "Second Chance Kitchens … placed her in"), which P reads as evidence of a
person. Candidate T, on top of P (P's code is its base): (t1) an object "her" (followed by a preposition, a
determiner, a conjunction, "to" or punctuation) casts no gender vote, as "him" never did; (t2) P's place
preposition cue also when the run opens with a capitalised one at a sentence's start ("In Stonebridge Hollow,",
"At Gull Rock Shoal,"), and such a run casts no vote; (t3) a run followed by an apposition whose head is a thing's
noun (", a training program run by …") is a thing; (t4) a run of two or more words whose last word the text never
uses alone, mentioned as "X's" before a lower-case word, with no title, no listed first name, no gender and no
saying verb, is a thing ("Northern Table's annual list"). Candidate Q2, on top of Q: "asked X to …" is a request,
not a question ("to" dropped from the question words), and the person asked may follow a role noun ("asked
candidate Jorge Villalobos what"). Acceptance as above, against the tree with whatever landed before: speakers_dev5
A +3 % (+2 of 64), nothing else down more than 0.003, DUC narration-like not up, every changed dev mention read
(right -> wrong fewer than wrong -> right in PolNeAR and in DUC), CPU kept.

Results (22:11-23:05 UTC; every run against a snapshot, `git archive` + the candidate's quotes.py; commands:
`bench_quotes.py --speakers-dev/--speakers-dev2 A|B/--speakers-dev3 A|B/--speakers-dev4 A/--speakers-dev5 A`,
`bench_quotes.py --dev --baseline 94ec250`, `bench_reported.py --reported-dev all`, `check_ldc_quotes.py`, every
mention of PolNeAR train+dev, the speakers dev files but the held-out halves, reported_dev and examples/corpus, and
of DUC 2003 t2 + 2006, dumped and compared line by line; `bench_quotes.py --people-cpu`).

- **P (person evidence) alone, not landed**: speakers_dev5 A 48 -> 48 of 64 (the rule asks +2); B 50 -> 52. The
  rest as round 23 found it: PolNeAR 21 mentions change (15 wrong -> right, 0 right -> wrong), pronoun proxy train
  739 -> 740, hand-resolved 762 -> 769; DUC 22 (14 wrong -> right, 0 right -> wrong); every other row identical.
  On speakers_dev5 A it reaches none of the six errors of its class: the text's gender vote gives the run a
  gender ("Capital Week's host pressed her", "Second Chance Kitchens … placed her in"), which P reads as a
  person's, or the cue is one it does not read (a capitalised "In"/"At" opening the sentence, an apposition, a
  possessive). Those are step 3's.
- **Q (question/answer) alone**: A 48 -> 51 (sd5-05 x2, sd5-19, sd5-37 right; sd5-13's "asked Tim Roux to sit out
  …. '…,' he said" lost), B 50 -> 56; PolNeAR 5 mentions, all wrong -> right (round 23's five); DUC and every
  other dev row identical. It also broke test_quote_resolution's "Donald asked Fred to join the board" (a request).
  **Q2 on Q**: "to" is no question word ("asked X to …" is a request) and a role noun may stand before the person
  asked ("asked candidate Jorge Villalobos what"): A 51 -> 53 (sd5-13 back, sd5-29), B 56 -> 56, nothing else
  changes. Q + Q2 landed (b7f116f): A 48 -> 53 (0.7500 -> 0.8281), PolNeAR pronoun proxy train 739 -> 737 of 928
  (the proxy, the nearest earlier named source, is the one wrong there), hand-resolved train 760 -> 764 of 945 (4
  referents added to RESOLVED_PRONOUNS, read in context), DUC identical, CPU (`--people-cpu 94ec250`, load ~12)
  readers -2.5 / -6.0 % min / median, People -13 / -12 %: noise.
- **Step 3, T (on b7f116f), landed**: speakers_dev5 A 53 -> 59 of 64 (0.8281 -> 0.9219; the same words 51), B (held
  out, scored only) 56 -> 58. Changed mentions, all read: speakers_dev5 A 6 wrong -> right (Lillian Mossop,
  Audra Feldman, Imogen Sato, Yusuf Demir, Ramona Eze x2), 0 right -> wrong; PolNeAR 22: P's 21 (15 wrong ->
  right, 0 right -> wrong, King -> Pete King the same person in full, 5 wrong either way) and James B. Comey ->
  Obama ("President Obama backed her up in an interview …. '…,' he said": wrong -> right); DUC 2003 t2 + 2006 22,
  the same as P's in round 23 (14 wrong -> right: Halima Fazul for "Kenya", Thomas Penfield Jackson for "Sidwell
  Friends", Punsalmaagiyn Ochirbat for "France", Donna Bishop for Edmund F. Burke; 0 right -> wrong; 8 wrong
  either way). PolNeAR train/dev F1 0.9114 / 0.9311, named 2159/2214, 229/242, every class row but pronoun
  identical; pronoun proxy train 737 -> 739 of 928, dev 93/107; hand-resolved train 764 -> 772 of 945, dev 96/109;
  speakers_dev 102/102 103/104, dev2 A 134/136, dev3 A 45/46, dev4 A 69/69, reported_dev F1 0.9507 / speakers
  0.9516 identical; DUC narration-like 10 / 24 unchanged. CPU (`--people-cpu b7f116f`, x5 alternated, load 10-16),
  two runs: readers +1.2 / +4.4 % min / median and +10.3 / +0.8 %, People +10.6 / +19.2 % and -2.1 / +4.9 % (the
  second after the apposition test shared the mention list it had scanned twice); Q's run of a change of a few
  regex tests moved People -13 %: the noise here is about 10-15 %, and no run shows both measures up together.
  The parts of T, each general English: an object "her" ("pressed her on", "placed her in") is never the subject's
  and casts no gender vote (an object "him" never did: the vote's pattern reads he/his/himself, she/her/hers/
  herself); a run opened by a capitalised place preposition at a sentence's start casts none and is a place
  ("At Gull Rock Shoal, the colony …"); an apposition whose head is a thing's noun (", a training program run by
  …") says the run is a thing even when a vote gave it a gender; a possessive run ("Northern Table's annual
  list") whose last word the text never uses alone, with no title, listed first name, gender or saying verb, is a
  thing (people are named again by the surname).
- Left on speakers_dev5 A (5 wrong): sd5-21 and sd5-39, an unnamed speaker ("said a man who stopped to help";
  the later "He added" goes to the constable, "She said" to no one): the antecedent should end at the unnamed
  speaker; sd5-13 and sd5-29's "he understood" / "that was a slogan" not found (reported speech, the reported
  engineer's); sd5-33 "The attorney general's office, through spokesman Neil Haddad, said" (reported speech).
  Next: the unnamed-speaker class (2 on A here, "said the woman" in PolNeAR), then the possessive gender vote
  ("Her neighbour, Gareth Pym, spent the night moving her furniture" gives Pym "f"; a possessive after a
  mention is weak evidence when another person of that gender is the paragraph's topic).
- **Test sets, once, after the last dev choice** (`bench_quotes.py --quality --baseline 94ec250`, 23:02 UTC, the
  compare package of 207cfdd (quotes.py of 1ad3ccc) from a snapshot, the working tree's benchmarks; the table
  above; for the `reported` engineer: this run's GGT-with-reported-speech row used reported.py as committed at
  207cfdd): GGT direct quotes span F1 0.6356 unchanged, resolved-speaker accuracy 0.8262 -> 0.8219 (702 matched:
  3 fewer right); with reported speech span F1 0.878 unchanged, resolved speakers 0.8217 -> 0.8193; PolNeAR test
  direct-quote F1 0.9058 (P 0.892 / R 0.920) and test speakers 0.866 / 0.934 / 0.718 unchanged. GGT's 0.85 is
  missed and this round's rules cost it 3 quotes; the GGT items were not read (test set), and no choice was made
  after this run.

"""


SESSION23B_NOTES = """## Session 23, second shift (issue 7, `quotes2`: a pronoun's antecedent must be a person)

Rule and acceptance, written 20:28 UTC before any candidate is measured. Candidate: for "he"/"she", a person the
scan found is no antecedent when the text gives evidence it is not a person and none that it is. For: its first
word is a listed first name, a mention of it takes an honorific or title, is a saying verb's subject ("X said",
"said X"), is a kin noun's apposition, or gets a gender from the text. Against (any mention): after a place or
time preposition ("in El Paso", "at", "from", "on", "during", "since"), before a lower-case noun of a thing
("Off Message podcast", "Art Deco movie theater", "Sports Illustrated's celebration": publication, programme,
place, building, event nouns), a country's name, a run ending in a group or day word ("Latinos", "Mexican
American", "Election Day"). Baseline f3073b9 (snapshot). Acceptance: PolNeAR train+dev pronoun proxy +8 net or a
speakers dev file +1 %; no dev figure down more than 0.003; DUC narration-like count not up; every changed dev
mention read (wrong -> right / right -> wrong counted); CPU within the noise (`bench_quotes.py --people-cpu
f3073b9`).

Result (20:50 UTC): **not landed** — the gain criterion is missed on the pronoun rows (+1 proxy, +7 hand-resolved,
rule +8); every other condition holds and no change read is a loss. The candidate as measured (People._no_person,
used by antecedent() for "he"/"she" only, on the fits and on the fall-back subject): against, absolute unless the
first word is a listed first name or a kin noun gives the gender ("Kristen Day" is a person), a country name or a run
ending in "day", "latinos", "latinas", "hispanics", "american(s)", "world"; otherwise, when no mention is a saying
verb's subject and the text gives the run no gender, a mention right before a thing's noun (podcast, magazine, show,
school, theater, movie, pageant, celebration, fight, tragedy ...; not after a hyphen: "anti-Trump rally"; "rally",
"era", "campaign" left out, a surname qualifies them), or, with no honorific or title, after in / at / during / since /
until / near / inside / outside / across / throughout and before no lower-case word ("thrown at Trump rallies" is no
place); "from", "on", "into" dropped after the first reading ("a post from Arianna Huffington" was lost). Second
step, added after the first was measured (the brief's "Tennis great Billie Jean King"): in _plausible_person a last
word king / bishop / prince / pope / major / marshal after a first name (three words, or two with a listed first
name) is a surname, not a title ("Burger King" stays no person). Figures, f3073b9 -> candidate (both steps):
PolNeAR train pronoun class (proxy) 739 -> 740 of 928, dev 93/107 unchanged; pronoun sources with the changed ones
hand-resolved (8 referents added to RESOLVED_PRONOUNS, read before the row was computed) train 762 -> 769 of 945,
dev 96/109 unchanged: net +7, one short of +8. PolNeAR train/dev direct-quote F1 0.9114 / 0.9311, named by GGT's
last word 2159/2214, 229/242 and every other class row identical (`bench_quotes.py --dev --baseline f3073b9`).
speakers_dev, speakers_dev2 A/B (134/136, 124/131), speakers_dev3 A/B, speakers_dev4 A: outputs byte-identical to
6f9c927's run; reported_dev F1 0.9507 / speakers 0.9516 identical; DUC (`check_ldc_quotes.py`) 2003 t2 1,193 quotes
0.946 narration-like 10, 2006 5,738 0.945 24, identical. Every mention of PolNeAR train+dev, the speakers dev files,
reported_dev and examples/corpus: 21 change, all PolNeAR, read: 15 wrong -> right (Sean Hannity for "Trump World",
Nega x2 for "Art Deco", Anna Palmer x2 for "Off Message", Angel Mendoza x4 for "El Paso", Erlan Idrissov x2 for
"China", Obama for "Election Day", Gloria Major x2 for Stephanie Formas ("For Major, a retiree"), Billie Jean King
for "Sports Illustrated"), 0 right -> wrong, 1 the same person in full (King -> Pete King), 5 wrong either way
(Latinos -> Alyona Minkovski x2, whom "his upcoming comedy project" makes a man; Election Day -> Monte Haines x2 for
an unnamed woman; King -> Larry King for Trump). DUC 2003 t2 + 2006 quotes and reports: 22 change, read: 14 wrong ->
right (Halima Fazul x6 for "Kenya", Thomas Penfield Jackson x3 for "Sidwell Friends", Punsalmaagiyn Ochirbat x2 for
"France", Donna Bishop x3 for Edmund F. Burke), 0 right -> wrong, 8 wrong either way ("Human Rights", "Mexican
Workers", "Tent Lott", Harrison G. Pope for Goldberg ...). CPU (`--people-cpu f3073b9`, x5 alternated, 20:46-20:50,
load ~15): readers min/median 2.734/3.308 -> 2.571/2.785 s, People 0.660/0.749 -> 0.674/0.703 s (+2.1/-6.2 %):
noise. The pronoun-source attributions that changed are 9 (the 21 mentions hold continuation pieces): 7 right, 2
wrong either way. Under the rule as written this is a miss; the patch (138 lines) and its tests are kept out of the
tree for the lead to judge (/tmp/quotes2_23/person_evidence.diff, test_speaker_person_evidence.py). Left
(next): the cases no cue reaches ("In that sense, Sandy Hook wasn't …", "A reporter for Agence France-Presse called
it"), a gender vote from a possessive that is not the mention's ("Alyona Minkovski about his upcoming …"), an
unnamed speaker ("said the woman") the antecedent should end at.

"""


SESSION23_NOTES = """## Session 23 (issue 7: a relative named in apposition; the pronoun class counted again)

Counting first (never GGT). PolNeAR train+dev at 51c8bcd, the 3,944 matched direct-quote attributions dumped with
their context; pronoun sources whose speaker the proxy (nearest earlier named source) disputes: 204, flagged by
our speaker's form (a known first name 133, no known first name 54, one word 12, none 5); a random 40 and every
"no first name"/"one word"/"none" case read. Wrong by reading, about 40 as in session 22, scattered: a capitalised
run naming no person taken as the antecedent (Sports Illustrated, Off Message, Art Deco, Sandy Hook, Election Day,
Agence France-Presse, Trump World, Latinos, China, El Paso: ~12, the largest kind), a relative named in apposition
("his wife, Jane, called for …. '…,' she said": Hillary Clinton / Tad Devine instead of Jane Sanders), the person
asked answering ("Scott Conroy asked Sanders whether …. '…,' he said"; "Hannity asked Trump …. '…,' he told
Hannity"), a person the scan does not read (Billie Jean King after "Tennis great", Juan "Chico" Manriquez, In 't
Veld), a surname never given in full (Santilli), a description as the antecedent ("said the woman").

Tried first and not landed (rule written before measuring, acceptance as below): for "he"/"she", a referent the
text gives no gender and whose first word is no listed first name is weak (after a preposition, or not its
sentence's first mention, and no speaker); the nearest sentence's weak referent gives way to one of the pronoun's
known gender in the same or up to three sentences before. 14 mentions change: 6 wrong -> right (Off Message x2 ->
Anna Palmer, Russia -> Obama, Oneida Indian Nation -> Ray Halbritter, Khizr Khan -> Ty Woods x2 by the last
word), 2 right -> wrong (IIyse Hogue, Arianna Huffington: women whose first names are not in the lists), 6 wrong
either way; net +4, below +12. With a pronoun opening the next sentence as a gender vote too, 12 change, net +5.
Without the position test (any weak referent), 117-174 change, mostly right -> wrong (Corey Lewandowski, Juanita
Broaddrick, Devin Nunes ... given to the gendered person beside them): "no gender known" marks too many real
people, the first-name lists being incomplete.

Rule landed (written first, 19:36 UTC; the pattern seen in speakers_dev2 B's errors, read in session 21, and in
PolNeAR's "his wife, Jane,"): English names a relative in apposition to a possessive kin noun ("His brother, Istvan
Varga, pulled him out", "Her husband, Gilles, said", "His daughter, Josée, … stood beside him", "said his wife,
Kimberly."). (a) People reads a first name alone there as the person with the family's surname: the surname of
the last person named before (of the three last, the first whose first name is not of the other gender), none
when another person of another surname was named in the 400 characters before ("Her former pupil, Tobias
Lindqvist, said …. Her daughter, Noemi," stays Noemi); (b) the kin noun gives that person's gender ("his wife,
Pat,": a woman, for a later "he"); (c) a relative's full name there does not take the family's surname from the
person it belongs to ("her husband, Frank Fiorina,": a later "Fiorina" is still Carly; "His mother, Halina
Dzubak," leaves "Dzubak" to Florian); (d) "…," his brother said / said his wife, X is an attribution (it was
none), whose speaker is the person named in apposition after it, else the one an earlier apposition gives those
words (session 22's spouse rule, now every kin noun), else the description ("his mother"), no longer a word of
it ("mother"). Acceptance written before measuring: speakers dev +1 % (any dev file) or PolNeAR train+dev net +12
by reading every change; no dev figure down more than 0.003; DUC narration-like count not up; CPU within the
noise.

Figures, 51c8bcd -> this tree. speakers_dev2 B 119 -> 124 of 131 (0.9084 -> 0.9466, +3.8 %; full names 102 ->
109; 108 in 6f9c927's message, measured before the surname-owner step): sd2-04 x2 (his brother), sd2-12 (Her husband, Gilles, said), sd2-46 x2 (His daughter, Josée,); speakers_dev
102/102, 103/104, speakers_dev2 A 134/136, speakers_dev3 A 45/46, B 42/44, speakers_dev4 A 69/69 unchanged;
reported_dev (`bench_reported.py --reported-dev all`) F1 0.9507, speakers 0.9516 identical; PolNeAR train/dev
direct-quote F1 0.9114 / 0.9311 identical, proxy rows identical but train pronoun 738 -> 739 of 928 (`--dev
--baseline 51c8bcd`). Every quote and reported statement of PolNeAR train+dev, the speakers dev files,
reported_dev and examples/corpus: 31 change, all read: 27 wrong -> right (PolNeAR: Jane Sanders x3 for Hillary
Clinton, Rachel Berg x3 for Milton Berg ("Along with her husband, Milton Berg, … she"), Carly Fiorina x3 for Frank
Fiorina, Marcel Lehel Lazar x3 for Gabriela Violeta Lazar, Brad Pelletier x2 for Brad, Ghazala Khan for Humayun
Khan ("Ms. Khan wrote. She continued"); speakers_dev2: the 5 above, Gilles Beaudry x2 for Lorraine Beaudry, Teodor
Varga for Istvan Varga; speakers_dev4 B: Leopold Anand x2 for Meera Anand, Florian Dzubak x2 for Halina Dzubak),
3 an unnamed relative now written as the text does ("brother" -> "his brother"), 1 wrong either way ("Mr. Khan"
Humayun -> Ghazala Khan; Khizr is meant), 0 right -> wrong. By GGT's last-word rule most of these were right
already (a family's two members share the surname): Jane Sanders x3 and Brad Pelletier x2 are the last-word gains.
speakers_dev4 B is the held-out half: its two texts above were seen in this change list (after the rule was
written and measured; no choice followed) and are no longer unseen. DUC (`check_ldc_quotes.py`): 2003 t2 1,193
quotes, 0.946, narration-like 10 unchanged; 2006 5,737 -> 5,738 quotes (''Angie is the best picker,'' her father
reports), 0.944 -> 0.945, narration-like 24 unchanged. DUC 2003 t2 + 2006 quotes and reports: 34 change, read: 17
wrong -> right (He Xintong x2 for Xu, Bina Thampy x2, Kimberly Hamilton x2, Tracy McNair x2, Lolicia Aitken,
Shirley Cordell, Celtie Johnson x2 for Eric Johnson, Jonathan Aitken x2 for his father, Thomas Penfield Jackson x2
for his father, Eliot Spitzer for his father Bernard), 1 right -> wrong by the last word ("which she said she had
read 40 times": Molly Holt -> Hillary Rodham Clinton: "Holt" is Harry Holt after "married a cousin, Harry Holt",
now a man by "her husband, Harry," so the "she" goes on back), 14 a relative written as the text does ("mother"
-> "his mother", "An Illinois mother" -> "his mother", "To Jason" -> "his mother", None -> "his mother"), 2 wrong
either way (one a quote of Karen Jason's read as the previous quote's "his mother").
CPU (`--people-cpu 51c8bcd`, jsonl-2000's 1,983 cleaned texts, cold passes alternated x5, 20:02-20:07 UTC, load
15-20): both readers min/median 3.001/3.336 -> 3.045/3.216 s (+1.5/-3.6 %), People 0.721/0.797 -> 0.695/0.826 s
(-3.6/+3.6 %): within the noise (about 4 %); the rule adds one two-character test per capitalised run.
Tried after it and not landed (rule written before measuring, 19:34 UTC; the same acceptance): the person asked
answers ("X asked Sanders whether …. '…,' he said": a "he"/"she" takes the person a question is put to in the
nearest sentence before, "asked <name> whether/if/about/why/how/what/when/where/who/to") and the person addressed
is not the speaker ("'…,' he told Hannity": the antecedent skips a person of that surname). On top of the rule
above: 5 PolNeAR train mentions change, all read wrong -> right (Bernie Sanders for Scott Conroy, Barry Bennett for
Ben Carson, Donald Trump for Sean Hannity and for Hugh Hewitt, Scott Szlachta for Marco Rubio after "'…,' he told
Rubio"), 0 lost; speakers dev files, reported_dev and DUC 2003 t2 / 2006 unchanged. Net +5 is below +12 and no
speakers dev file moves: not landed under the rule (the patch is small and every change it makes was right; a
later session with a dev file holding question-and-answer pieces can measure it).
Test sets, once, after the last dev choice (`bench_quotes.py --quality --baseline 51c8bcd`, started 20:11 UTC, the
tree of 6f9c927's quotes.py; the table above): GGT direct quotes span F1 0.6356 and resolved-speaker accuracy
0.8262 (702 matched) unchanged; with reported speech span F1 0.878 (P 0.9175 / R 0.8418) and resolved speakers
0.8217 unchanged; PolNeAR test direct-quote F1 0.9058 (P 0.892 / R 0.920) and test speakers 0.866 / 0.934 / 0.718
unchanged. The rule moves no GGT or PolNeAR test speaker. GGT's 0.90 / 0.85 are still missed. No choice was made
after this run.
Left (next): the pronoun class's largest kind, a capitalised run naming no person taken as the antecedent, wants a
person test that does not lean on the first-name lists (the weak-referent rule above lost two women with unlisted
first names); the question/answer rule above (5 of 5 right) with a dev file that holds such pieces; people the
scan misses ("Tennis great Billie Jean King": a title word as a surname after a first name; a nickname in quote
marks inside a name, Juan "Chico" Manriquez); "Holt" kept by the last full name of that surname ("married a
cousin, Harry Holt") over the person the text is about.
"""


SESSION22_NOTES = """## Session 22 (issue 7: which resolution step fails; a name after "the" is no person)

Counting first (never GGT). PolNeAR train+dev, the 3,944 direct-quote attributions matched at 88a66e5 (scratch
dump, every speaker with 400 characters before it), by the source's form: named 2,399, pronoun 1,035, description
without a name 288 (75 indefinite), description with a name 137, a quote paragraph continued 85. Where our speaker
and the source (or the pronoun proxy) disagree, read by hand:
- pronoun -> antecedent: 206 disagree; a random 45 read, about 9 really wrong (so about 40 in all, the largest
  class): a capitalised run that names no person taken as the subject before ("Asked later - war or not over the
  Scarborough Shoal - the admiral chuckled. '…,' he said" gave Scarborough Shoal; "the Lewisburg Green Dragons"),
  a description as the subject before ("the campaign manager said he needed …. '…,' he told the AP" gave the
  candidate, not Bennett), a surname never given in full ("Carson defied the question. '…,' he said" gave Donald
  Trump), a name inside a description opening the sentence ("One pastor supporting Mr. Cruz, Darran Whiting …"),
  the writer's own family ("my mother");
- description -> name: of 288 such sources 79 stay a description or none (read: documents, crowds, "the email",
  "the statement", the unnamed; about 3 the text names: "The judge" after "Judge Berman"); 105 get a name the
  proxy disputes, about 25 of them wrong ("the gambling tycoon" after Sheldon Adelson and "the Russian leader"
  after Mr. Putin both gave Donald Trump, the person the text is about);
- surname -> full name: surname-only named sources given in full, train 1,391 of 1,441, dev 121 of 139 right
  by the last word (the rest: "Mr. Obama" with no first name before, surname-first names); GGT's last-word rule
  does not see a first name, so no speaker accuracy is lost here;
- a quote continued over paragraphs: 18 of 85 disagree with the proxy, mostly right when read;
- speaker outside the sentence: counted in the pronoun and description classes above (the subject before).
Named sources: 62 disagree, mostly PolNeAR's convention (an outlet, a possessive, "Ban" given as "Ban Ki-moon").
Across the classes the one pattern with the most cases is a capitalised run that names no person standing for a
speaker or an antecedent (Rose Bowl, Trump Train, Daily Caller, Charlotte Panthers, Quotes Bible, Year Barack
Obama, Election Day …: 20+ in the lists read), most of them written after "the". The speakers dev files' wrong
speakers at the start (speakers_dev 1, speakers_dev2 A 2, speakers_dev3 A 1, speakers_dev4 A 1; the B halves' not
read) are each alone in their class.

speakers_dev4.jsonl (new, written and scored before any rule: 35 texts, 135 quotations of the brief's five kinds,
halves A read / B held out): at 88a66e5 A 68 / 69, B 61 / 66. The textbook forms are handled already; its one A
error is "Her husband said" (the husband named the paragraph before as "her husband, Kofi Osei").

Rule (People._scan, so pronouns, descriptions and floating quotes alike): English writes a person's name without
the article, so a run of capitalised words right after a lower-case "the" ("over the Scarborough Shoal", "the Rose
Bowl", "the Bernie Sanders campaign") is no mention of a person; a full name there is still recorded for its
surname ("Sanders" later is Bernie Sanders); a title opening the run keeps it ("the Rev. Al Sharpton"). A first
version that skipped such runs before recording their full names lost 3 right speakers (PolNeAR train: "the
Hillary Clinton campaign" was the text's first full name): fixed before measuring the rule; a second candidate,
multi-word runs only, gave +7 right, below the rule written first, and the rule as landed covers one-word runs
too (+6 more). Acceptance written before measuring: PolNeAR train+dev +0.003 (12 more right by the hand reading
of every changed speaker, net) or speakers dev +1 %, no dev figure down more than 0.003, DUC narration-like count
not up, CPU within the noise.
Figures (88a66e5 -> this tree). Every quote and reported statement of PolNeAR train+dev, speakers_dev/2/3/4,
reported_dev and examples/corpus (13,251 mentions): 40 change, all PolNeAR, each read: 13 wrong -> right (Nega x2,
Dan McLaughlin, Cecile Richards, Trump x2 (was "Trump Train"), Bernie Sanders x4 (was Bill Clinton x3, "Trans-
Pacific Partnership"), Manafort x2 (was Donald Trump), Glenn Beck (was "Quotes Bible")), 0 right -> wrong, 1 wrong
-> none ("Benghazi"), 26 wrong either way (mostly a non-person -> another wrong name: "Scarborough Shoal" ->
Joseph F. Dunford for Admiral Harris). Proxy rows (`--dev --baseline 88a66e5`): train named by GGT's last word
2158 -> 2159 of 2214, pronoun 736 -> 738 of 928, role without a name 62 -> 63 of 187, every other row and PolNeAR
train/dev span F1 (0.9114 / 0.9311) identical. speakers_dev 102/102, 103/104, speakers_dev2, speakers_dev3,
speakers_dev4 (A 68/69, B 61/66) and reported_dev (`bench_reported.py --reported-dev all`: F1 0.9507, speakers
0.9516) identical. DUC (check_ldc_quotes.py: 2003 t2 1,193 quotes, 0.946, narration-like 10; 2006 5,737, 0.944,
24, identical); DUC quotes + reports, 14,739 mentions: 67 change, read: 9 wrong -> right ("he decided …, saying"
William Cambridge x2, Jean Charest, Steve Pinker, Joe Seebode, Doreen Lawrence, Zhen Rende, Joel Quigley, Tim P.
Barnett), 2 worse (none -> "Eliad Duan" for "an older, heavyset woman said"; "she added" Freya Fitzpatrick -> Mary
Lou Carruthers after "the Fitzpatrick's gas stove"), 12 a non-person -> none, the rest wrong either way (16 of a
survivor's reports in one document: "Red Cross" -> Kenneth Roth).
CPU (`--people-cpu 88a66e5`, jsonl-2000's 1,983 cleaned texts, cold passes alternated x5, 16:53 UTC): both readers
min/median 2.446/2.609 -> 2.388/2.479 s (-2.4/-5.0 %); People min 0.582 -> 0.584 (+0.3 %), median +19.5 % (the
load's noise: the rule adds one character test per name found).

Tried and not landed (rule written first, the same): a person description resolved from the sentence before skips
a name standing after the writer's he or she there ("he did say he found Trump 'very charming' … '…,' the gambling
tycoon told Reuters" is not Trump): 8 changes, read: 4 wrong -> right (Sheldon Adelson x2, Vladimir V. Putin x2),
2 right -> wrong ("She has since said … something Scarborough could understand. '…,' the host said" lost Joe
Scarborough x2), 2 wrong either way: net +2, below +12.
Landed second (rule written first: speakers dev +1 %, read per file as in session 21, nothing else changed): a
spouse described ("Her husband said") is the person an earlier apposition gives those words ("Gwendolyn Osei and
her husband, Kofi Osei,"), before the couple look-up ("Pat and Doreen Whitfield"). speakers_dev4 A 68 -> 69 of 69
(+1.4 %; sd4-11, its one A error), B 61 / 66 unchanged; every other mention of PolNeAR train+dev, the dev files,
the corpus and DUC 2003 t2 / 2006 identical (no other text holds the form).
CPU again at the end (`--people-cpu 88a66e5`, 17:14 UTC, load ~14): both readers min/median 2.178/2.322 ->
2.145/2.178 s (-1.5/-6.2 %), People 0.546/0.578 -> 0.551/0.582 s (+0.9/+0.7 %): within the noise (about 5 %).
Test sets, once, after the last dev choice (`bench_quotes.py --quality --baseline 88a66e5`, 17:15 UTC, the tree
of bbc5d68's compare package; the table above): GGT direct quotes span F1 0.6356 unchanged, resolved-speaker
accuracy 0.8219 -> 0.8262 (702 matched; the same with the data's authors as bylines); with reported speech span
F1 0.878 unchanged, resolved speakers 0.8169 -> 0.8217; PolNeAR test direct-quote F1 0.9058 (P 0.892 / R 0.920)
and test speakers 0.866 / 0.934 / 0.718 unchanged. GGT's 0.90 / 0.85 are still missed. No choice was made after
this run.
Left (next): the pronoun class's other kinds (a description as the subject before: "the admiral chuckled",
"the campaign manager said"; a surname never given in full: "Carson defied the question"; a name inside a
description opening the sentence: "One pastor supporting Mr. Cruz, Darran Whiting"), descriptions resolved
to the person the text is about when the sentence before refers to someone else by "he" (the rule tried above
needs a way to keep "She has since said … something Scarborough could understand" apart), and after this
session's rule the runs it no longer reads as people leave some speakers to the next name back (26 changes
wrong either way: "Scarborough Shoal" -> Joseph F. Dunford, "Rose Bowl" -> Donald Trump for skywriting).

"""


NOTES = (
    SESSION25_NOTES
    + SESSION24_NOTES
    + SESSION23B_NOTES
    + SESSION23_NOTES
    + SESSION22_NOTES
    + SESSION21_NOTES
    + SESSION20_CPU_NOTES
    + SESSION19B_NOTES
    + SESSION19_NOTES
    + SESSION18_NOTES
    + """## Session 16 (issue 7, speakers; tuned on speakers_dev's tune half and PolNeAR train/dev, test sets reported once at the end)

Runs: `.venv/bin/python benchmarks/bench_quotes.py --baseline aa58c12` (this file; aa58c12 is the session start,
whose quotes.py is imported beside this tree's), `--dev` for the dev sets alone, `--speakers-dev tune` for the
tune half's wrong speakers. Speakers only: no change touches a quote's span, `continued` or `embedded` flag (every
PolNeAR train/dev quote compared with aa58c12's after each change: only speakers differ), so the span rows and
error classes are the session start's.

The dev set round 15 asked for: `benchmarks/data/speakers_dev.jsonl` (README beside it), 72 fiction texts with
206 direct quotes whose speakers were resolved by hand (the full name, or the description when the text never
names the speaker), written for this: "he said"/"she added" after a named person, two people of different or
the same gender in turn, "the mayor said" after "Mayor Ruth Okafor", unnamed spokespeople of named bodies,
organisations speaking, quotes running over paragraphs, floating quotes, the speaker named after the quote,
colon introductions, nested attributions, first names alone, couples, descriptions. 6-gram check against every
GGT and PolNeAR test text: no overlap. Halves: odd ids tune (errors read), even ids confirm (scored; the first
listing of errors, on sd-01..56, showed both halves, so the first-name rule was also prompted by confirm errors;
from sd-57 on only the tune half's errors were read).

What was wrong, by kind (speakers_dev at aa58c12: tune 89 of 102, confirm 93 of 104): floating quotes with no
attribution of their own (a paragraph about a person, then the quote), first names alone ("Andreas said" after
"His son, Andreas Papadakis"; couples "Marc and Lucie Thibodeau"), an organisation after "In a statement, X said",
an unnamed judge given to the lawyer named before, a sentence-opening group noun ("Siblings Mateo"). On PolNeAR
train/dev (every changed speaker read in context): floating quotes, named sources with no speaker (an aside left
open, a role owned by a four-word holder), descriptions opening a sentence, the writer's "I", possessives and
prepositions read as subjects, and Canadian forms GGT's texts have and PolNeAR's barely do (accented capitals,
"Insp."/"Const."/"Coun.", "MP"/"MPP", "de" inside a surname).

Rules (quotes.py; reported.py's speakers go through the same resolver):
- Floating quotes: the previous speaker when that quote's attribution closed the paragraph before in its own
  sentence ("…," Trump told a rally, saying Clinton would "…."¶"…"), not when a sentence of the writer's follows;
  a speech-introducing sentence may end in a quoted phrase; the previous speaker while only they are named since;
  else the subject of the last sentence of the paragraph before (a name, a he/she resolved, a description or the
  name in apposition to it, not they/we/I nor a possessive); inside a paragraph only a person named in full.
  PolNeAR train/dev: about 40 speakers None -> a name, read: about three in four right (the wrong ones: chants,
  tweets and ads quoted after a paragraph about someone else).
- First names: a lone word that is the first word of exactly one full name the text gives (any first name, not
  only the listed ones, when it is followed by a comma or a verb of saying and is nobody's surname), couples
  ("Marc and Lucie Thibodeau" gives Marc Thibodeau; not "a devout Catholic and Donald Trump supporter"). On
  PolNeAR this gives surname-first names in full ("Ban" -> "Ban Ki-moon", "Lou Jiwei", "Gao Junlan", 20 pieces):
  right, but PolNeAR's named-source rows score our last word against the source ("Ban"), so they count these
  wrong (the proxy's loss, not the resolver's).
- Descriptions: no modal inside one ("the two-term president will say" was the speaker "the two-term president
  will"); an age ("said the 46-year-old"); a title in capitals ("the Beauce MP"); a description opening the
  quote's sentence is resolved from before it ("The New York businessman says of Clinton, "…"" was Clinton);
  a description qualified by a named person's surname stays ("the Christie supporter", "the Lincoln actor");
  an office no one is named with stays when the person the text is about was introduced with another office
  ("the judge" after "Defence lawyer Kevin Ashworth"); a title in apposition before a name is a role
  ("Ontario's premier, Doug Ford,"); a description opening the sentence before a participle speaks ("One
  Democratic official …, saying").
- Attributions: "…," X, who chairs the Y said (aside left open); "…," California Rep. Duncan Hunter's chief of
  staff, Joe Kasper, told; "…," his wife, X, wrote; "…," police said / federal prosecutors wrote; "-X, Place."
  signatures; "…?" X asks as …; "X of Y" where Y is a titled person.
- Names: accented capitals in every name pattern ("Éric Lévesque said" had no speaker), police and council
  abbreviations as titles that end no sentence ("said Insp. Dan Roy" was "Insp"), "MP"/"MPP"/"MLA" before a name,
  particles inside surnames ("Eileen de Villa"), person nouns and sentence prepositions opening a run ("Baker
  Oona Lindqvist", "Outside Carrier", "Despite Rubio"), group nouns ("Siblings"), about 170 more first names in
  the gender lists (French, South Asian, Arabic, Slavic, Nordic, Irish, Italian, Spanish).
- The writer's "I" is no one the text names ("I laughed and said" was the person named before) and leaves no
  quote floating; a possessive after a leading clause is no subject ("When Robby Mook, Clinton's campaign manager
  was asked …, he laughed and said" was "Clinton's"); participle openers ("Noting that …,") are leading clauses.

Figures (this run, 01:39 UTC, load 27-32). speakers_dev: tune 89 -> 102 of 102 (full names 81 -> 96), confirm
93 -> 103 of 104 (78 -> 95). PolNeAR direct-quote F1 unchanged (train 0.911, dev 0.931; test 0.906, P 0.892 /
R 0.920, still >= 0.90). PolNeAR speaker rows (proxies): named sources by GGT's last-word rule train 2156 -> 2158
of 2214, dev 230 -> 229 of 242 ("Peabody" -> "Peabody Energy": the company's full name, counted wrong against
the source "Peabody"); pronoun proxy train 738 -> 736 of 928 (every changed pronoun speaker read: the proxy's
misses, e.g. "Ban" -> "Ban Ki-moon"), hand-resolved pronouns train 761 -> 759, dev 95 -> 96; by class: train
continuation 65 -> 67 of 79, role with a name 76 -> 77 of 93. Reported speech (compare_reported.md, session 16):
44 PolNeAR train/dev speakers differ from aa58c12's; the named-source rate there falls because "Ban" / "Lou" /
"Rahm" / "Peabody" are now given in full ("Ban Ki-moon", …), which its last-word test counts wrong; the other
changes read right or wrong either way.
Reported once on the test sets, untuned: GGT resolved-speaker accuracy, direct quotes, aa58c12's quotes.py beside
this tree's in the same run: 0.8134 -> 0.8191 (702 matched; span F1 0.6356 unchanged; the same with the data's
authors as bylines); with reported speech 0.8016 (session 15) -> 0.8073; PolNeAR test speakers 0.863 / 0.934 /
0.709 -> 0.866 / 0.934 / 0.718. The 0.85 target is missed: the fiction dev set is solved (tune 1.000, confirm
0.990) and the PolNeAR errors left are mostly the proxy's, so what GGT still gets wrong is not in either dev set
(GGT's errors were not looked at).
Speed (this run, CPU time, against aa58c12's quotes.py): extract_quotes cold, whole passes (min of 7) +5.1 %
(jsonl-2000-s9-g2) / +6.1 % (PolNeAR); interleaved (median of 5) +4.3 % / +5.4 %; within +10 %. Two speed
commits kept outputs identical (People._surname without a regex per word; a first-name lookup only when the word
stands before a capital: find_reports had read twice as many texts' people).
Tried and left out: a description in the quote's own sentence resolved by the person named before it there
("Mr. Trump took on Hillary Clinton after the Democratic front-runner had said" right, but "As far as whether
Sanders … Clinton …, the Vermont senator acknowledged" and "Schiff … Obama … the California congressman said"
wrong: 1 right, 3 wrong on PolNeAR reported speech); the writer's "I" rule for reported speech too (an "I"
inside a quote is its speaker: 2 PolNeAR speakers right -> none); the first version of the floating-quote
fallback (the person the paragraph before names first, any sentence): of about 40 PolNeAR changes, 14 right and
25 wrong (tweets, chants, ads, headlines), replaced by the last sentence's subject (about 23 right, 7 wrong);
a person noun ending ("-er", "-man", "-ian") as a role before any three-word name: "Better Government
Association" -> "Government Association", "Human Rights Watch" -> "Rights Watch", "Osman Abu Laban" -> "Abu
Laban", narrowed to person nouns that are not adjectives, places or first names.

## Session 15 (issue 7, speakers; diagnosed on PolNeAR train and dev, test and GGT reported once at the end)

Run: `.venv/bin/python benchmarks/bench_quotes.py --baseline 413b053` (23:20 UTC, load 10–11; 413b053 is this
session's start, whose quotes.py is imported beside this tree's). Speakers only: no change touches a quote's
span, so every span row and error class is unchanged. Diagnosis (scratch scripts): every matched PolNeAR
train/dev attribution's speaker, direct quotes (extract_quotes) and reported speech (reported.find_reports, ≥ 30 %
of the content covered, one to one), scored against the source mention (pronouns against the nearest earlier
named source, a proxy) and the wrong ones listed by the kind of our speaker; every changed speaker of each
change read in context. The pronoun proxy is mostly wrong itself (of 26 "wrong" pronoun speakers read, about 20
were right), so the changes below went to the speakers that are wrong on their face.
- A source that names no one is never the speaker (the resolver, so reported speech too): a weekday or month
  ("… according to a New York Times/CBS News survey released on Thursday" gave "Thursday"; May, March, Jan and
  Jun left out: names too), a sentence's opening adverb or preposition ("Once he was president, Mr. Obama …,
  announcing", "Inside the hotel …, Trump …, arguing", "Part of the problem, say experts …"), a state or party
  tag ("ORLANDO, Fla. (Reuters) -", "Sen. Marco Rubio, R-Fla., …, said"). Instead: a date read alone takes the
  description before it ("A Times/CBS News poll in December found" → "A Times/CBS News poll"); a source phrase
  ending in a date loses it; a state or party tag takes the person named before it in its sentence ("Harry
  Bond, 30, of Raleigh, N.C., … said" → Harry Bond), else, like any other such word, the subject at the content
  (People.antecedent, as for a verb with no subject of its own); "He's"/"She's"/"I'm" are the pronoun, and
  People no longer takes "He's" or "It's" for a person. PolNeAR train+dev reports whose speaker is such a word:
  56 → 8 (51 changed, read: about 45 right or a fair description, the rest wrong either way: "Aug 31
  (Reuters) - France's … National Front party leader, Marine Le Pen" → "National Front").
- A number word or possessive determiner read as the source is the noun phrase it opens ("Two members voted
  …, arguing" → "Two members", "His chief aide doubled down …, saying" → "His chief aide"; was "Two"/"His", or
  the person the text is about with the previous rule: example corpus "Two members" of the Riverside board was
  Beatriz Okonjo), else no speaker.
- A definite description headed by a bystander noun (narrator, announcer, crowd, audience, spokesman,
  spokeswoman, spokesperson, aide, official, source, reporter, moderator, caller, interviewer, protester,
  heckler, questioner, attendee, staffer, adviser) that no role or earlier mention ties to a name stays the
  description instead of going to the person the text is about: 6 direct-quote speakers on train/dev, all 6
  wrong name → the description ("the narrator says" was Donald Trump, "the prime minister's spokesman" David
  Cameron, "the announcer" Hillary Clinton); the proxy row "role, no name" counts one of them wrong (62 → 61 of
  187: it scores against the nearest earlier named source).
Figures (scratch scorer, PolNeAR train / dev, matched attributions whose source is a name, a pronoun or a
description; pronouns by the proxy): reported speech right 3595 → 3609 of 4140 / 467 of 520 unchanged (named
sources 2262 → 2269 of 2366 / 284 of 291); direct quotes 3132 → 3135 of 3558 / 333 → 334 of 386 (the described
ones). Every row of the table above that scores direct-quote speakers is unchanged or within one piece.
Reported once on the test sets, untuned (scratch script: 413b053's quotes.py beside this tree's, reported.py the
tree's in both): GGT resolved-speaker accuracy with reported speech 0.7992 → 0.8016 (direct alone 0.8134
unchanged, 702 matched; span F1 0.6356 / 0.8713 unchanged); PolNeAR test direct speakers unchanged (0.863 /
0.934 / 0.709). The 0.85 target is missed.
Speed (CPU, alternating passes with 413b053's quotes.py; same run as the table): extract_quotes −3.7 % / −1.3 %
interleaved, +0.0 % / −2.4 % whole passes (noise); find_reports with 413b053's resolver beside this tree's (cold,
5 alternated passes, median; scratch script, 23:27 UTC, load 10): example corpus +2.6 %, jsonl-2000-s9-g2 −0.7 %,
PolNeAR −6.5 % (noise: the new checks run only for sources that name no one); reports differing: corpus 1 of
23 texts, jsonl-2000-s9-g2 18 of 1,973 (read: "according to the LAPD spokesman" was "Officers", "according to a
Fontana police news release on Monday" was "Monday", "Meanwhile, the official Twitter account … tweeted" was
"Meanwhile"), PolNeAR 47 of 1,012.
Tried and left out: a he/she whose nearest sentence names a fitting person only obliquely ("… than Obama?")
looks further back for a subject: 21 train/dev pieces changed, 6 right, 9 wrong ("As for Trump, he said",
"And for Perez …, "…," he says", "with Hillary Clinton … lambasting …. "…," she said" lost), left out.
Left: pronouns resolved through a question or an "As for X," topic, "X, who is chairman of Y said" (no comma
before the verb), singing/chanting verbs (session 14: F1 cost), names with mojibake ("FranÃÂ§ois Hollande"),
and GGT's gap itself, which the PolNeAR proxy cannot show.

## Session 14 (issue 7; diagnosed on PolNeAR train and dev, test and GGT reported once at the end)

Run: `.venv/bin/python benchmarks/bench_quotes.py --baseline 5b14f31` (20:21 UTC, load 12–17; quality and speed;
the before column of the rows computed with a baseline is the session start 5b14f31, whose quotes.py is imported
beside this tree's). Each change's quotes and speakers were diffed against the commit before it on PolNeAR train
and dev (scratch script: every quote of two quotes.py versions side by side) and every changed one read in
context; the pronoun and description rows score against a proxy (the nearest earlier named source), so the counts
below are the hand-read ones.
Spans (the only changes that move F1):
- quotes of 8 characters or fewer are kept when they are a reply of their own with an attribution ('"Never,"
  replied X', 'X said, "No."', '"Frankly," X said, "…"': the same test as session 13's one-word replies);
  quote_pairs / text_quote_pairs (also compare/reported.py's) still leave them out, text_all_pairs has them:
  train F1 0.9100 → 0.9113, dev 0.9287 → 0.9311 (34 pieces changed, read: "Denver," he answered; "Out!" the crowd
  yelled; a short first piece now joined with the rest, as PolNeAR joins them);
- "pointed out" / "points out" are verbs of saying: train 0.9113 → 0.9114 ("As The Hill pointed out, "…"").
Speakers (spans unchanged; pieces counted):
- the writer's first-person quotes ('"…," I said', 'I said, "…"', the "I" beside its verb) are the byline's one
  author's (Article.byline; none when it names several people), else no speaker: 10 train pieces of a memoir were
  Brafman's or "Twilight Zone", now None (PolNeAR has no bylines);
- a run of capitalised words closed by Jr./Sr./II/III/IV is keyed by the surname before the suffix (was keyed
  "Jr", or dropped as a word in capitals): 13 pieces now in full ("Mr. Biden" → Joseph R. Biden), last words
  unchanged;
- a first name alone that the text gives in full for one person is that person ("Tom told" → Tom Ebeling,
  "Hillary shot back" → Hillary Clinton: 2 pieces, which PolNeAR's last-word proxy counts wrong against the
  sources "Tom"/"Hillary"; GGT's gold is the resolved name); as a mention a pronoun can take, too ("Donald asked
  Freddy …" → Donald J. Trump, 4 pieces), and a first name with an age or after "named" is a person of its own
  ("Her father, Brad, 39, worried", "a resident named Caroline": 6 pieces were Gary Johnson / Ben Jacobs /
  Donald Trump);
- a full name opening a sentence keeps a known first name before a known surname ("Bill Clinton" after "Hillary
  Clinton" was cut to "Clinton" = Hillary; Ivanka, Michelle, Jeb likewise): 21 pieces changed, 17 wrong → right,
  2 wrong either way;
- a he/she whose sentences name only people with a first name of the other gender takes the last person of its
  gender in the 1,500 characters before, else no one (Matt Lauer → Melania Trump; Keith Lamont Scott → None for
  Rakeyia Scott's words, whom the text names only as a sentence's first words before a known surname: the one
  piece the hand-resolved dev row loses, 96 → 95);
- the people of a leading "Asked …," clause are not the he/she answering after it (4 pieces Hillary Clinton →
  Susan Sarandon); who speaks in a leading "When X pointed out …," clause is not the sentence's subject;
- a news outlet described as the speaker ("the newspaper wrote", "the paper's editorial board", "the tabloid")
  is the outlet named last in the 1,500 characters before: 7 pieces description → Daily News, Wall Street
  Journal, Washington Post, Union Leader, Journal ("the website", "the column" left out: 2 of 3 wrong);
- a definite description of two words or more that no role holds ("said the Democratic nominee") is the person
  it was given to earlier ("Hillary Clinton … as the Democratic nominee"): 1 piece Donald Trump → Hillary Clinton.
Roles (no benchmark; read): an honorific is no role ("Mr." was the role of 226 train/dev pieces; the role the text
gives, "a senior analyst at Jefferies", is now looked up), and a title after a preposition, a conjunction or a verb
loses the words before it ("out an accord with Senator" → "Senator", "said Representative" → "Representative").
Proxy rows: pronoun sources hand-resolved train 751 → 761 of 945 (3 more hand-resolved this session: Caroline,
D'Souza's "I" twice), dev 96 → 95; named by GGT's last-word rule train 2155 → 2156, dev 229 → 230.
Reported once on the test sets, untuned: PolNeAR test direct-quote F1 0.8995 → 0.9058 (P 0.8889 → 0.8920 / R
0.9104 → 0.9201): the 0.90 target is reached; test speakers 0.862 / 0.928 / 0.716 → 0.863 / 0.934 / 0.709.
GGT (same run, both quotes.py versions): direct span F1 0.6343 → 0.6356, resolved-speaker accuracy 0.8114 →
0.8134 (702 matched quotes); with reported speech (compare/reported.py as in the working tree at 20:21 UTC) span
F1 0.8578, speaker 0.8020: the 0.85 speaker and 0.90 span targets are missed. With the data's authors as
Article.byline the GGT figures are the same (no first-person quote of a single author among the matched ones).
Speed (same run, load 12–17, CPU time, against 5b14f31): extract_quotes cold, whole passes (min of 7) +3.0 %
(jsonl-2000-s9-g2) / +6.3 % (PolNeAR); interleaved (median of 5) +4.0 % / +2.3 %: within the +10 % budget.
Tried and left out: a curly quote inside a straight-opened quote that runs on to the next paragraph (Breitbart
block quotes) read as nested: train +0.0001, dev 0.9311 → 0.9285 (long run-ons swallowed the next quotes); "the
46-year-old" as a description (1 right, 1 wrong: a photo credit line "X via Getty Images" named the photographer),
and photo credit lines as no mentions (no speaker changed for the better); a role matched by more of the
description's words ("the former president"): no change; a namesake of unknown first-name gender for a
contradicted he/she ("Team Trump", "Democrat Hillary Clinton" came out): left out.

## Session 13 (issue 7; diagnosed on PolNeAR train and dev, test and GGT reported once at the end)

Run: `.venv/bin/python benchmarks/bench_quotes.py --baseline 38b4173` (18:32 UTC; quality and speed, the before
column of the rows computed with a baseline is the session start 38b4173). Each change's quotes and speakers were
diffed against the commit before it on PolNeAR train and dev and every changed one read in context (scratch
script: every quote of two quotes.py versions side by side); the pronoun and description rows score against a
proxy, so the counts below are the hand-read ones.
Spans:
- a curly quote inside a quote opened with a curly mark (“… when “your team” needs …”), when it closes twice
  before the paragraph's next opening mark, no longer cuts the outer quote: train F1 0.9090 → 0.9096, dev
  0.9274 → 0.9287 (5 quotes found whole, none lost; "quote inside a quote" misses train 10 → 6, dev 3 → 2);
- a one-word quote that is a reply of its own (capitalised, punctuated, after "said," or before its
  attribution: 'Priebus said, "Probably."') is a quote: train 0.9096 → 0.9100 ("one word" misses 29 → 26), dev
  unchanged. (Quotes of 8 characters or fewer, "No," "Yes.", are still never paired by quote_pairs.)
Speakers (62 train/dev quote pieces changed speaker in all, every one read; counts below are pieces):
- "He said Mateen "…"" no longer makes Mateen an inverted "said X" speaker (4 wrong → right); an honorific of
  the other gender than a full name's first name is the namesake ("Mr. Clinton" after "Hillary Clinton" is
  not Hillary, so her "she" resolves: 1 wrong → right, 1 wrong either way);
- "the woman"/"the organizer"/"the designer" after "a young woman"/"an organizer" in the 600 characters
  before stays the description, not the person the text is about (9 wrong person → the description);
- indefinite descriptions after the verb are read to their end ("said a senior Cruz adviser" was "a senior",
  "said a senior Harbor Board official" was "Harbor Board"): 26 truncated or wrong → the whole description;
- a surname that qualifies a noun after it ("the Cruz campaign", "McConnell spokesman Don Stewart", not a
  possessive) is no mention a pronoun can take: 5 wrong → right;
- "X of the Y wrote: "…"" is X's when X is a full name: 1 wrong → right;
- a document that speaks ("the statement said", "the letter continues", "the note says") is its issuer's as
  the text names them before ("X said in a statement", "X released a statement", "a note from X", "X's
  letter", "In a statement, X said"), else the description: 5 wrong/description → right, 2 wrong → description;
- full_name drops a chain's leading non-person words ("Secretary of State John Kerry" was "Kerry"): 9 train
  speakers given in full, last words unchanged.
The proxy rows move little (pronoun proxy train 727 → 733 of 924, dev 93 of 107; hand-resolved 745 → 752 of
941, three more hand-resolved this session; named by GGT's last-word rule 2148 → 2155 of 2212, dev 228 → 229
of 241); "role, no name" train 63 → 60 of 185 and dev 11 → 10 are the proxy counting the new descriptions
("the woman", "the designer") wrong against the nearest named source: read in context they were wrong before.
New rows: named sources giving a full name vs a surname alone (the full-name / surname split of GGT's gold):
train surname-only sources given as a full name 1379 → 1386 of 1446 right; dev 121 of 139; the 18 dev ones
left are mostly "Mr. Obama"/"President Obama" with no first name before the quote.
Reported once on the test sets, untuned: PolNeAR test direct-quote F1 0.8995 unchanged (P 0.8889 / R 0.9104, the
same quotes: 0.90 still missed by 0.0005); test speakers 0.862 / 0.928 / 0.716 unchanged; GGT resolved-speaker
accuracy 0.8100 → 0.8114 (direct), 0.8008 → 0.8017 with reported speech (compare/reported.py as in the working
tree at 18:32 UTC): the 0.85 target is missed; GGT span F1 unchanged (0.634 / 0.857).
Speed (same run, load 9–11, CPU time, against 38b4173): extract_quotes cold, whole passes (min of 7) +2.7 %
(jsonl-2000-s9-g2) / +4.4 % (PolNeAR); interleaved (median of 5) +2.2 % / +4.0 %. The first version of the rules
cost +11 % on PolNeAR (full_name trying up to four chains per mention, a person-noun alternation with a free
prefix inside _NAMED's lookahead): ba41178 made them cheaper with the same outputs.
For #9 (same outputs checked): People's genders are worked out once per text (_text_genders, shared by direct
quotes and compare/reported.py's find_reports: extract_reported identical on 2,897 PolNeAR train/dev and
jsonl-2000-s9-g2 texts); quote_pairs of a text is cached as text_quote_pairs (used by extract_quotes;
find_reports would share it by calling text_quote_pairs instead of quote_pairs: reported.py is not this
file's owner's).
Tried and left out: more verbs of saying (chanted, sang, sings, proclaimed, jeered; with read/reads): speakers
found for chants and songs, but train F1 0.9090 → 0.9088/0.9084, dev 0.9274 → 0.9236 (quotes joined across
"…" Blige sings to Clinton before asking her, "…"), not kept; a surname mention before the text names the
person in full (a second pass of _scan): 2 of 2 changes wrong (Carrier, a headline "Who Was"), and with the
confirmed single words 10 changes mostly wrong ("Politico", "Republicans", "Twitter"); first-name genders
also when two full names share the surname: pronoun proxy 731 → 726 (Liz Cheney → Cynthia Lummis); a
lower-case quote after the writer's lead and a comma with an attribution after it as direct ('Yet, "it is
hard …," added Zarate'): train 0.9100 → 0.9085, dev +0.0001; the speaker named after a later piece of a
quote whose first piece floated (“A …¶“B …,” X said) replacing the first piece's: 11 changes in 4 messy texts,
3 better, 1 worse (Khizr → Ghazala Khan), PolNeAR scores unchanged, left out.

## Session 12 (issue 7; diagnosed on PolNeAR train and dev, test and GGT reported once at the end)

Quality run: `.venv/bin/python benchmarks/bench_quotes.py --quality` (16:29 UTC; the speed rows above are
session 11's, against 65b1fe4). Speaker changes only: no change touches a quote's span or kind, so every span
row and error class is the session start's (704ab47: PolNeAR direct-quote F1 train 0.909, dev 0.9274, test
0.8995 — 0.90 still missed by 0.0005; GGT span F1 0.634 direct, 0.857 with reported speech). Each change's
speakers were diffed against the commit before it on PolNeAR train and dev and every changed one read in
context (scratch script: every quote's speaker of two quotes.py versions side by side):
- a described organisation with no name holding its head noun ("the company said", "the agency", "the
  organization", "the campaign") is the organisation last opening a sentence as the subject of a verb of saying
  or issuing ("Twitter acknowledged …", "United Gun Group said …", "The State Department also said …"), not a
  person the text names in full with a known first name or an honorific, nor a plural ("Experts said"):
  7 train speakers changed, 0 dev — 4 wrong → right, 3 (a headline run, a wrong person) → the description;
- a quote closed by a full stop takes the attribution after it when that is a short sentence of its own in its
  paragraph ("….” Trump said."): 1 train speaker None → right;
- a "he"/"she" resolved to a full name whose first name is of the other gender takes the namesake of the
  pronoun's gender that the text names in full ("she" after "Clinton" is Hillary, not Bill Clinton; "he" after
  "Trump" is Donald, not Ivanka; Chris, not Anne Marie Murphy): 41 train/dev speakers changed, 32 wrong → right,
  none right → wrong, 9 wrong either way; with "liz" and "hilary" among the women's names 5 more right;
- PolNeAR's speaker rows compare last words only (as GGT's rule does), so they cannot see a first name put
  right: named sources train 2113 → 2114 of 2152, pronoun proxy 727 of 923 unchanged, "role, no name" 45 → 46.
The speaker rows by source class read "role with a name" as a source holding two capitalised words in a row or
ending in one ("host Bill Maher", "the Times"); before session 12 a capitalised qualifier counted ("the Florida
senator", scored against the description, so our "Marco Rubio" was counted wrong): train "role with a name"
now 74 of 92, "role, no name" 63 of 185 (both columns re-measured with the new classes; the code is the same).
Reported once: GGT resolved-speaker accuracy 0.807 → 0.810 (direct), 0.799 → 0.801 with reported speech
(compare/reported.py as in the working tree at 16:29 UTC, with the speed engineer's uncommitted changes);
the 0.85 target is missed. PolNeAR test speakers 0.862 / 0.928 / 0.716 unchanged.
Speed: `.venv/bin/python benchmarks/bench_quotes.py --speed --baseline 704ab47` (16:27 UTC, load 14–19):
extract_quotes cold, whole passes (minimum of 7) −1.1 % on jsonl-2000-s9-g2 and PolNeAR, interleaved (median of
5) −2.2 % / −0.9 %: no cost (the noise floor).
Tried and left out (train/dev F1): a lower-case quote after "verb," that ends its sentence as direct, not mixed
(train 0.909 → 0.9073, dev 0.9274 → 0.9251); not joining quote pieces when the attribution between them is
long (more than 8/12/16 words: train 0.796/0.834/0.871) or holds a participle or relative clause (train 0.866,
dev 0.901): PolNeAR joins "A," X said, referring to …. "B." as one quote; a definite role ("the governor")
taking the person the text is about rather than the last holder of that role named further back: 9 changed,
2 right, 3 wrong.

## Session 11 scorer audit (bench_compare's PolNeAR scorer; compare.md has the findings)

The gold content spans are now read in text order, first piece to last, with a quote mark just outside the
first or last piece taken in (bench_compare's `polnear_content`): the data's `quotes` rows list the pieces of
some discontinuous quotes out of text order, which left train 48 and dev 4 gold direct quotes with their start
after their end (empty, never matchable: the "one word" misses below were mostly these), and 21 train / 1 dev
quotations in marks whose span starts one character inside “ or ends one character before ” were labelled
mixed. The table's first rows use that reading, the next rows the data's rows as listed (sessions ≤ 11's
measure; the session-start column of the speaker rows is that measure). The error classes below were re-measured
with the text-order gold (the speed figures are those of the quotes engineer's run, dated in compare_quotes.json).
The speaker rows by class, pronouns hand-resolved and last-word rule read the content the same way.

## What changed in session 11 (diagnosed on PolNeAR train and dev; test and GGT reported once, at the end)

Spans. The joins and splits of quote pieces were counted against the gold by the text between them (each rule
kept only when train and dev did not drop):
- a quote after the writer's own words in a new sentence ("…," Trump said in an MSNBC interview. In a Fox
  interview later that day, Trump went even further: "…") no longer continues the previous quote: train F1
  0.8878 → 0.8895, dev 0.9089 → 0.9150. A sentence of prose between the attribution and a quote opening a
  sentence of its own does not tell (PolNeAR joins such quotes about as often as it splits them: tried, train
  −0.0007, dev −0.0046, left out);
- a quote paragraph with no attribution continues the quote of the paragraph before when the rest of that
  paragraph is the attribution's clause to its end (""…," Viguerie tells Breitbart News in an exclusive
  interview.¶"…""; train 15 joined / 2 split in the gold): train 0.8895 → 0.8925 (dev has no such case);
- a lower-case quote that ends its sentence after the sentence's subject and verb of saying ("He says "that's
  how you get smart."") is direct, not mixed (8 more right on train, none wrong; "Instead, Axelrod said, "she
  started …"" stays mixed: every verb of saying after a lower-case quote's lead, tried first, gave 28 right and
  34 wrong, dev −0.003): train 0.8925 → 0.8937;
- a curly quote inside a quote opened with a straight mark (""… isn't about “Equal Justice Under Law” anymore.
  …"") no longer cuts it when a straight mark closes the outer quote after it: train 0.8937 → 0.8938, dev
  0.9150 → 0.9164 (the first version, any curly mark inside, lost 6 right quotes to texts that open straight
  and close curly).
The errors left are still mostly the annotation's convention (gold spans that start without the quote mark
and so are "mixed" by the data's heuristic, quote pieces joined in one article and split in the next, empty
gold spans counted as one-word misses).

Speakers. The pronoun rows are scored against a proxy (the nearest earlier named source) that is wrong for
many: each change's differing pronoun cases (43 on train and dev) were read in context and resolved by hand
(RESOLVED_PRONOUNS; the row "the changed ones hand-resolved" scores with them):
- a person's gender from first names (lists written for this module, about 170 men's and 170 women's names,
  those given to both left out), over the pronoun votes, unless an honorific tells or another full name of the
  text shares the surname ("Clinton" may be Bill or Hillary; without this test Liz Cheney's, Chris Murphy's,
  Carly Fiorina's and Hillary Clinton's quotes went to others): pronoun
  sources train 721 → 731 of 926, dev 93 → 96 of 109 hand-resolved ("Clinton writes to Sullivan. He responds,
  "…"" is Sullivan's; "Asked by Matt Lauer whether she had practiced, she said" is Melania Trump's). Leaving
  "his"/"her" out of the votes (a "her" after "Mukasey said" is Clinton's) was tried: 828 against 827 of 1,035 with the names, left as it was;
- a verb of saying ending a sentence that opens with a phrase and a comma takes the pronoun after it
  ("Eight years ago, he supported Barack Obama over Clinton and said, "…"" is his): train +1;
- speaker names lose a bracketed party and state and a Jr./III suffix ("Harry M. Reid (D-Nev.)" → "Harry M.
  Reid", whose last word GGT's rule compares), names of initials are whole ("J.M. Berger", was "J"), "Del." is
  a title: named sources by GGT's last-word rule train 0.962 → 0.973, dev 0.919 → 0.949 (row above).
Tried and left out: a lone capitalised word opening its sentence before a verb as a person ("Obama also
addressed …"): train −1, dev −2 hand-resolved ("The Republican is also encouraging", "Carrier"); lower-case
"he"/"she" as the subject after a leading clause in the lead-in search: no case changed.

Interface: extract_quotes, resolve_speaker, People, Roles and quote_pairs keep their signatures;
resolve_speaker (also used by compare/reported.py) returns names without a bracketed party/state or suffix, and
People's genders (shared with reported speech through _text_mentions) use the first-name lists.

Reported once on the test sets, untuned (12:12 UTC run, after the last change): PolNeAR test direct-quote F1
0.8739 → 0.881 (P 0.865 / R 0.897; 0.90 missed); test speakers 0.851 → 0.861 (named 0.931 unchanged, pronoun
proxy 0.677 → 0.710, named by GGT's last-word rule 0.917 → 0.926); GGT resolved-speaker accuracy 0.800 → 0.807
(direct) and 0.794 → 0.799 with reported speech (compare/reported.py's, as in the working tree at that time):
the 0.85 target is missed; GGT span F1 unchanged (0.634 direct only, 0.857 with reported speech).

Speed (load 16 when the passes started; CPU time): extract_quotes cold, article by article in alternation with
65b1fe4's quotes.py, median of 5 passes: +3.5 % (jsonl-2000-s9-g2) / +3.3 % (PolNeAR); whole passes, minimum of
7: +4.4 % / +5.2 %; an earlier `--speed` run at 11:53 UTC (after the first three changes): +1.7 % / +1.8 %
interleaved, +1.3 % / −2.0 % whole passes. Within the +10 % budget.

## What is left
- PolNeAR test direct-quote F1 ≥ 0.90: the gap between dev (0.916) and test is the annotation's convention
  more than missed quotes; a scorer that reads the gold's own quote marks (bench_compare, not this file's)
  would say more than another rule here.
- GGT resolved-speaker accuracy ≥ 0.85: descriptions as subjects ("The Wisconsin Republican did give Trump
  some credit …, but he suggested …" is Ryan's), a first name alone ("Her father, Brad, 39, worried …"),
  first-person narrators ("I confessed") and role nouns the text never ties to a name.
"""
)


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
    parser.add_argument("--dev", action="store_true", help="print the dev-set figures alone (no test set)")
    parser.add_argument(
        "--speakers-dev",
        metavar="HALF",
        nargs="?",
        const="",
        help="print speakers_dev.jsonl's figures alone (with HALF, tune or confirm: that half's wrong speakers)",
    )
    parser.add_argument(
        "--speakers-dev2",
        metavar="HALF",
        nargs="?",
        const="",
        help=f"print speakers_dev2.jsonl's figures alone, for this tree and {SESSION18_BASE} (HALF A or B: its errors)",
    )
    parser.add_argument(
        "--speakers-dev3",
        metavar="HALF",
        nargs="?",
        const="",
        help=f"print speakers_dev3.jsonl's figures alone, for this tree and {SESSION19B_BASE} (HALF A or B: its errors)",
    )
    parser.add_argument(
        "--speakers-dev4",
        metavar="HALF",
        nargs="?",
        const="",
        help=f"print speakers_dev4.jsonl's figures alone, for this tree and {SESSION22_BASE} (HALF A: its errors)",
    )
    parser.add_argument(
        "--speakers-dev5",
        metavar="HALF",
        nargs="?",
        const="",
        help=f"print speakers_dev5.jsonl's figures alone, for this tree and {SESSION24_BASE} (HALF A: its errors)",
    )
    parser.add_argument(
        "--speakers-real",
        metavar="HALF",
        nargs="?",
        const="",
        help=f"print the real-copy probe's figures alone, for this tree and {SESSION25_BASE} (HALF read, 'third draw', "
        "'fourth draw' or 'fifth draw': its errors)",
    )
    parser.add_argument(
        "--people-cpu",
        metavar="COMMIT",
        help="print the readers' and People's CPU (jsonl-2000, cold passes alternated with COMMIT's) alone",
    )
    parser.add_argument(
        "--quality", action="store_true", help="re-measure the quality figures, keep the saved speed figures"
    )
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
    if args.dev:
        print(json.dumps(dev_figures(commit), indent=2))
        return
    if args.speakers_dev is not None:
        figures = {
            "before": speakers_dev(_baseline_module(commit)),
            "after": speakers_dev(errors=args.speakers_dev),
        }
        print(json.dumps(figures, indent=2))
        return
    for half, commit_of, path in (
        (args.speakers_dev2, SESSION18_BASE, SPEAKERS_DEV2),
        (args.speakers_dev3, SESSION19B_BASE, SPEAKERS_DEV3),
        (args.speakers_dev4, SESSION22_BASE, SPEAKERS_DEV4),
        (args.speakers_dev5, SESSION24_BASE, SPEAKERS_DEV5),
    ):
        if half is not None:  # a fiction batch beside the commit it was written at
            base = import_at(commit_of, "compare", f"compare_{commit_of}")
            figures = {
                "before": speakers_dev2(base, path=path),
                "after": speakers_dev2(errors=half, path=path),
            }
            print(json.dumps(figures, indent=2))
            return
    if args.speakers_real is not None:
        figures = {
            "before": speakers_real(_baseline_module(SESSION25_BASE)),
            "after": speakers_real(errors=args.speakers_real),
        }
        print(json.dumps(figures, indent=2))
        return
    if args.people_cpu:
        print(json.dumps(people_cpu(args.people_cpu), indent=2))
        return
    if args.speed:
        print(json.dumps({"passes": speed(commit), "interleaved": speed_interleaved(commit)}, indent=2))
        return
    if args.quality:
        saved = json.loads(
            (ROOT / "benchmarks" / "results" / "compare_quotes.json").read_text(encoding="utf-8")
        )
        results = {
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "speed_date": saved.get("speed_date", saved["date"]),
            **quality(commit),
            "speed": saved["speed"],
            "speed_interleaved": saved["speed_interleaved"],
        }
        save_results("compare_quotes", results, _markdown(results))
        print(json.dumps({k: v for k, v in results.items() if not k.endswith("_errors")}, indent=2))
        return
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        **quality(commit),
        "speed": speed(commit),
        "speed_interleaved": speed_interleaved(commit),
    }
    save_results("compare_quotes", results, _markdown(results))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
