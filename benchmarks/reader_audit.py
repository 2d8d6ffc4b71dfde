"""The reader's audit (benchmarks/results/reader_audit.md): the sample of events that was read, written out
for reading again, and the defects a script can count on it.

    .venv/bin/python benchmarks/reader_audit.py --build            # the DUC dev input (12 clusters, 210 docs)
    .venv/bin/newsfuse run examples/corpus --out out/audit/corpus --quiet
    .venv/bin/newsfuse run benchmarks/work/reader_audit/duc_dev.jsonl --out out/audit/duc --quiet
    .venv/bin/python benchmarks/reader_audit.py out/audit/corpus out/audit/duc --dump out/audit/read

The DUC input is dev data only (DUC 2006 D0601A-D0606F and DUC 2003 task 2's first six clusters; the
``documents`` of each cluster, its reference summaries left out). The sample is fixed by rule, not by
content: every event of the example corpus; of the DUC run, every event of 3 or more articles, the first
4 events of 2 articles and the first 3 of 1, in report order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from html import unescape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WORK = ROOT / "benchmarks" / "work" / "reader_audit"
CLUSTERS = (
    ("duc2006", DATA / "duc2006" / "duc2006.jsonl.gz"),
    ("duc2003", DATA / "duc2003" / "duc2003_task2.jsonl.gz"),
)

DANGLING = re.compile(
    r"^(?:``|\"|')?(?:He|She|It|They|This|That|These|Those|But|And|Or|So|However|Which|Yet)\b"
)
"""A brief sentence that opens on a word pointing back to something the brief may not have said."""
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:,\s[A-Z][\w. ]+)?\s(?:_|--|\(\w+\))\s")
"""A wire dateline left at a sentence's start ("SYDNEY, Australia _ ", "BUENOS AIRES, Argentina _ ")."""
MARKUP = re.compile(r"&[A-Z]{2};")
"""Typesetting codes of the NYT wire (&UR; &LR; &HT;)."""
WEEKDAY = re.compile(r"(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday")
NARRATION = re.compile(r"(?:``|'')|\b(?:said|says|wrote|added|conceded|responded)\b")
"""A quote fact whose words hold quote marks or a speech verb: narration between two quotes."""


def build() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / "duc_dev.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for name, path in CLUSTERS:
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for n, line in enumerate(lines):
                    if n == 6:
                        break
                    cluster = json.loads(line)
                    handle.write(
                        json.dumps({"id": f"{name}-{cluster['id']}", "documents": cluster["documents"]})
                        + "\n"
                    )
    return out


GENERATED_OUTLETS = ("Wire A", "Wire B", "Daily C", "Daily D", "Times E", "Post F")


def build_generated(originals: int = 300) -> Path:
    """The dedup benchmark generator's labelled corpus (``dedup_generator.build``, ``originals`` originals)
    as JSONL with outlets: each original from one of six outlets, each copy on another outlet's site (a
    syndicated reprint), each rewrite from an outlet of its own draw (seeded; outlets may repeat within an
    event, as an outlet's second story on one event would)."""
    import random
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dedup_generator import build as generate

    rng = random.Random(21)
    origin: dict[str, str] = {}
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"dedup_gen_{originals}.jsonl"
    docs = generate(originals=originals).docs
    for doc in docs:
        if doc.kind == "original":
            origin[doc.id] = rng.choice(GENERATED_OUTLETS)
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            if doc.kind == "original":
                outlet = origin[doc.id]
            else:
                outlet = rng.choice([o for o in GENERATED_OUTLETS if o != origin.get(doc.group)])
            record = {"id": doc.id, "text": doc.text, "published": doc.published, "outlet": outlet}
            handle.write(json.dumps(record) + "\n")
    return out


def sample(report: dict[str, Any], corpus: bool) -> list[int]:
    events = report["events"]
    if corpus:
        return list(range(len(events)))
    sizes = [len(e["article_ids"]) for e in events]
    big = [i for i, s in enumerate(sizes) if s >= 3]
    return (
        big + [i for i, s in enumerate(sizes) if s == 2][:4] + [i for i, s in enumerate(sizes) if s == 1][:3]
    )


def counts(out: Path, corpus: bool) -> dict[str, Any]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    page = (out / "index.html").read_text(encoding="utf-8")
    chosen = sample(report, corpus)
    events = [report["events"][i] for i in chosen]
    brief = [s["text"] for e in events for s in e["brief"]]
    facts = [f for e in events for f in e["facts"]]
    quotes = [f for f in facts if f["kind"] == "quote"]
    blocks = dict(re.findall(r'<div class="article" id="([^"]+)" data-article="([^"]+)"', page))
    links = re.findall(r'<a href="#([^"]+)" data-article="([^"]+)">\[', page)
    pairs = {frozenset((f["id"], c["fact_id"])) for f in facts for c in f["conflicts"]}
    return {
        "events": len(events),
        "sample": chosen,
        "brief_sentences": len(brief),
        "brief_dangling_opener": sum(bool(DANGLING.match(t)) for t in brief),
        "brief_dateline_left": sum(bool(DATELINE.match(t)) for t in brief),
        "brief_markup": sum(bool(MARKUP.search(t)) for t in brief),
        "brief_one_source_evidence_only": sum(
            len({v["article_id"] for v in s["evidence"]}) == 1 for e in events for s in e["brief"]
        ),
        "citation_links": len(links),
        "citation_links_to_another_block": sum(unescape(blocks.get(h, "")) != unescape(a) for h, a in links),
        "facts": len(facts),
        "facts_by_kind": dict(Counter(f["kind"] for f in facts)),
        "quotes_narration": sum(bool(NARRATION.search(f["text"])) for f in quotes),
        "quotes_unknown_speaker": sum(f["speaker"] in (None, "unknown speaker") for f in quotes),
        "conflict_pairs": len(pairs),
        "quantities_one_of": sum(
            f["kind"] == "quantity" and f["text"].lower().startswith("one of") for f in facts
        ),
        **timeline_counts(report, events),
        **source_counts(report, events),
        **consistency_counts(events),
    }


def consistency_counts(events: list[dict[str, Any]]) -> dict[str, int | None]:
    """One count everywhere (session 22): conflict pairs whose two sides share an independent source (an
    outlet's versions, an original and its reprint), facts and brief sentences whose count is not the number
    of the event's ``sources`` among their evidence spans (``_span_sources``: a sentence copied from a
    credited outlet counts for it), and ``adds`` facts whose evidence is not their entry's source alone. None
    where the report has no ``sources`` (before 9b97faa)."""
    names = ("conflicts_within_one_source", "facts_miscounted", "adds_misfiled", "brief_miscounted")
    if any("sources" not in e for e in events):
        return dict.fromkeys(names)
    within = miscounted = misfiled = brief = 0
    for event in events:
        source = {a: n for n, s in enumerate(event["sources"]) for a in s["article_ids"]}
        spans = _span_sources(event, source)
        facts = {f["id"]: f for f in event["facts"]}
        of = {f["id"]: {source.get(a, a) for a in f["article_ids"]} for f in event["facts"]}
        pairs = {frozenset((f["id"], c["fact_id"])) for f in event["facts"] for c in f["conflicts"]}
        within += sum(len(p) == 2 and bool(set.intersection(*(of[i] for i in p if i in of))) for p in pairs)
        miscounted += sum(
            f["independent_sources"] != (len(spans(f["evidence"])) if len(f["article_ids"]) > 1 else 1)
            for f in event["facts"]
        )
        brief += sum(s["independent_sources"] != len(spans(s["evidence"])) for s in event["brief"])
        misfiled += sum(
            spans(facts[i]["evidence"]) != {source.get(a, a) for a in add["article_ids"]}
            for add in event.get("adds", [])
            for i in add["fact_ids"]
            if i in facts
        )
    return dict(zip(names, (within, miscounted, misfiled, brief), strict=True))


def _span_sources(event: dict[str, Any], source: dict[str, int]) -> Any:
    """The independent sources of evidence spans as the report's ``credited_copies`` count them (session
    23): a span whose middle lies in a sentence an article copies from an outlet it credits counts for that
    outlet's entry of ``sources``, any other span for its article's entry."""
    by_name = {s["outlet"]: n for n, s in enumerate(event["sources"])}
    copies = [
        (c["article_id"], c["start"], c["end"], by_name.get(c["outlet"]))
        for c in event.get("credited_copies", [])
    ]

    def of(span: dict[str, Any]) -> Any:
        middle = (span["start"] + span["end"]) // 2
        for aid, start, end, n in copies:
            if aid == span["article_id"] and start <= middle < end:
                return n
        return source.get(span["article_id"], span["article_id"])

    return lambda evidence: {of(v) for v in evidence}


def source_counts(report: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, int]:
    """Independent sources against outlets (reader audit F-7): events that count more sources than they
    have outlets (an article without an outlet counting as one of its own), brief sentences that count more
    than the outlets of their evidence (all named), and the sample's counts summed."""
    outlet = {a["id"]: a["outlet"] for a in report["articles"]}

    def most(ids: set[str]) -> int:
        return len({outlet[a] for a in ids if outlet[a]}) + sum(not outlet[a] for a in ids)

    brief = [s for e in events for s in e["brief"]]
    return {
        "independent_sources_sum": sum(e["independent_sources"] for e in events),
        "events_sources_above_outlets": sum(
            e["independent_sources"] > most(set(e["article_ids"])) for e in events
        ),
        "brief_multi_source": sum(s["independent_sources"] > 1 for s in brief),
        "brief_sources_above_outlets": sum(
            s["independent_sources"] > most({v["article_id"] for v in s["evidence"]}) for s in brief
        ),
    }


def timeline_counts(report: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, int]:
    """The sample's timeline entries, those that date a weekday, and of these the ones the timeline's rule
    reads as naming no one day (reader audit F-11: 0 once the rule is in; the kinds by hand are in
    benchmarks/results/reader_audit_f11.md)."""
    from newsfuse.provenance.timeline import generic_weekday

    texts = {a["id"]: a["text"] or "" for a in report["articles"]}
    entries = [t for e in events for t in e["timeline"]]
    weekday = [t for t in entries if WEEKDAY.search(t["text"])]
    return {
        "timeline_entries": len(entries),
        "timeline_weekday": len(weekday),
        "timeline_weekday_no_one_day": sum(
            generic_weekday(texts[t["span"]["article_id"]], t["span"]["start"], t["span"]["end"], "wd")
            for t in weekday
        ),
    }


def dump(out: Path, corpus: bool, where: Path) -> None:
    """The sample as it was read: each event's brief with its evidence, and its facts."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in report["articles"]}
    lines = []
    for i in sample(report, corpus):
        e = report["events"][i]
        lines.append(
            f"#{i} {e['id']} | {e['title']} | {e['independent_sources']} independent | {len(e['article_ids'])} articles"
        )
        for a in e["article_ids"]:
            art = articles[a]
            lines.append(f"   {a} | {art['outlet']} | {art['title']} | {art['published']} | {art['status']}")
        for n, s in enumerate(e["brief"], start=1):
            lines.append(f"  s{n} [{s['independent_sources']}] {s['text']}")
            for v in s["evidence"]:
                lines.append(
                    f"      {v['article_id']}: {articles[v['article_id']]['text'][v['start'] : v['end']]!r}"
                )
        for f in e["facts"]:
            against = "; ".join(f"[{c.get('aspect')}] {c['value']}" for c in f["conflicts"])
            lines.append(
                f"  {f['kind']}: {f['text']!r} value={f['value']!r} speaker={f['speaker']} role={f.get('role')} concept={f.get('concept')} {against}"
            )
    where.mkdir(parents=True, exist_ok=True)
    (where / f"{out.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "runs", nargs="*", type=Path, help="newsfuse run outputs: the corpus's first, then the DUC one"
    )
    parser.add_argument("--build", action="store_true", help="write the DUC dev input")
    parser.add_argument(
        "--build-generated", action="store_true", help="write the dedup generator's corpus with outlets"
    )
    parser.add_argument("--dump", type=Path, help="write the sample, as read, to this folder")
    args = parser.parse_args()
    if args.build:
        print(build())
    if args.build_generated:
        print(build_generated())
    for n, out in enumerate(args.runs):
        print(out, json.dumps(counts(out, corpus=n == 0)))
        if args.dump:
            dump(out, n == 0, args.dump)


if __name__ == "__main__":
    main()
