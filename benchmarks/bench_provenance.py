"""Benchmark of provenance/: origin credits and quote-drift flags against examples/gold.json, dated-statement
resolution on the example corpus gold and on duc2007_update (a dev set), and the CPU of trace_event per event
of the synthetic jsonl-2000-s9-g2 corpus. Writes benchmarks/results/provenance.*.

Run from the repo root: `.venv/bin/python benchmarks/bench_provenance.py` (`--speed` for the CPU figure only,
`--evidence-sample` for the paraphrase-evidence spot check's sample, printed for reading).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.saved import save_results  # noqa: E402
from newsfuse import run  # noqa: E402
from newsfuse.compare.dates import extract_dates  # noqa: E402
from newsfuse.compare.quotes import extract_quotes  # noqa: E402
from newsfuse.config import Config  # noqa: E402
from newsfuse.dedup import source_keys  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.provenance import trace_event  # noqa: E402
from newsfuse.provenance.credits import extract_credits, normalize_outlet  # noqa: E402
from newsfuse.provenance.timeline import resolve  # noqa: E402
from newsfuse.runtime import LocalRunner  # noqa: E402

DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "benchmarks" / "results"


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def corpus() -> dict[str, Any]:
    result = run([ROOT / "examples" / "corpus"])
    gold = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))
    arts = {a.id: a for a in result.articles}
    credits, drifts, dated = set(), [], []
    for event in gold["events"]:
        pile = [arts[m] for m in event["members"] if m in arts]
        trace = trace_event(pile, source_keys(pile, result.dedup))
        credits |= {(c.article_id, normalize_outlet(c.outlet)) for c in trace.credits}
        drifts.extend(trace.quote_drift)
        dated.extend(trace.timeline)
    gold_credits = {(c["path"], normalize_outlet(c["credited_outlet"])) for c in gold["credits"]}
    flagged = {
        (d.original.article_id, d.drifted.article_id, d.change)
        for d in drifts
        if d.change in ("meaning_changed", "speaker_changed")
    }
    gold_flags = {
        (g["original_path"], g["drifted_path"], g["change"])
        for g in gold["quote_drift"]
        if g["change"] in ("meaning_changed", "speaker_changed")
    }
    trimmed = {
        (g["original_path"], g["drifted_path"]) for g in gold["quote_drift"] if g["change"] == "trimmed"
    }
    by_text: dict[tuple[str, str], str] = {}  # the first occurrence in the text of each dated statement
    for t in sorted(dated, key=lambda t: (t.span.article_id, t.span.start)):
        by_text.setdefault((t.span.article_id, t.text.lower()), t.resolved)
    right = sum(
        by_text.get((g["path"], g["text"].lower())) == g["resolved"] for g in gold["dated_statements"]
    )
    return {
        "credits": {
            **_prf(len(credits & gold_credits), len(credits), len(gold_credits)),
            "gold": len(gold_credits),
        },
        "credits_missed": sorted(map(list, gold_credits - credits)),
        "credits_extra": sorted(map(list, credits - gold_credits)),
        "drift_flags": {
            **_prf(len(flagged & gold_flags), len(flagged), len(gold_flags)),
            "gold": len(gold_flags),
        },
        "trimming_flagged": sum((o, d) in trimmed for o, d, _ in flagged),
        "dated_statements_accuracy": round(right / len(gold["dated_statements"]), 4),
        "dated_statements": len(gold["dated_statements"]),
    }


def duc2007() -> dict[str, Any]:
    """Where a document's dateline states its date ("BRUSSELS, January 22 (Xinhua) --"), the month-day is
    resolved against the document's date (year inferred) and must be that date or the day before (wire
    datelines name the day of the events; the archive dates the release)."""
    n = exact = within = 0
    with gzip.open(DATA / "duc2007" / "duc2007_update.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            for doc in json.loads(line)["documents"]:
                head = doc["text"][:120]
                dateline = re.match(r"^[A-Z][A-Za-z .'-]+,\s+", head)
                if not doc.get("date") or not dateline:
                    continue
                art = Article(id=doc["id"], path=doc["id"], text=head, published=doc["date"])
                mention = next((m for m in extract_dates(art) if m.span.start == dateline.end()), None)
                if mention is None or mention.form != "day":
                    continue
                n += 1
                resolved = resolve(mention, doc["date"])
                own = date.fromisoformat(doc["date"][:10])
                exact += resolved == own.isoformat()
                within += resolved in (own.isoformat(), (own - timedelta(days=1)).isoformat())
    return {
        "documents_with_dated_dateline": n,
        "resolved_equals_document_date": round(exact / n, 4) if n else None,
        "resolved_is_document_date_or_day_before": round(within / n, 4) if n else None,
    }


def spot_check() -> dict[str, Any]:
    """Precision of credits from the committed hand judgement (provenance_spotcheck.json); also checks that
    the judged credits are still extracted by the current code."""
    judged = json.loads((RESULTS / "provenance_spotcheck.json").read_text(encoding="utf-8"))
    texts: dict[str, tuple[str, str | None]] = {}
    for name in (
        "multinews/multinews_longbench200.jsonl.gz",
        "newscluster_giveme5w1h/newscluster_giveme5w1h.jsonl.gz",
    ):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                for doc in row.get("documents", [row]):
                    texts[doc["id"]] = (doc["text"], doc.get("source"))
    still = 0
    for item in judged["sample"]:
        text, outlet = texts[item["doc_id"]]
        art = Article(id=item["doc_id"], path=item["doc_id"], text=text, outlet=outlet)
        still += any(c.cue == item["cue"] and c.outlet == item["credited"] for c in extract_credits(art, []))
    return {
        "judged": judged["judged"],
        "correct": judged["correct"],
        "precision": round(judged["correct"] / judged["judged"], 4),
        "still_extracted": still,
    }


def speed(repeats: int = 3) -> dict[str, Any]:
    """CPU of trace_event per event over the events of jsonl-2000-s9-g2 (made by warc_generator when absent),
    best of ``repeats``. Quotes are read first: in build_event compare reads them too (extract_quotes is
    cached), so they are not provenance's cost."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from newsfuse.ingest import read_inputs
    from newsfuse.pipeline import event_inputs, group
    from warc_generator import folder_name, write_jsonl

    folder = ROOT / "benchmarks" / "work" / folder_name("jsonl", 2000, 9, 2)
    if not folder.exists():
        write_jsonl(2000, 9, folder, 2)
    config = Config()
    docs = list(read_inputs(sorted(folder.iterdir()), config.ingest))
    events = event_inputs(group(docs, config, LocalRunner(workers=1)))
    for event in events:
        if len(event.articles) > 1:
            for article in event.articles:
                extract_quotes(article)
    keys = [source_keys(e.articles, e.dedup) for e in events]
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for event, key in zip(events, keys, strict=True):
            trace_event(event.articles, key, config.compare.quote_similarity)
        best = min(best, time.process_time() - start)
    return {
        "events": len(events),
        "articles": sum(len(e.articles) for e in events),
        "cpu_s_best_of": repeats,
        "trace_event_cpu_s": round(best, 3),
        "ms_per_event": round(1000 * best / len(events), 3),
    }


def evidence_sample(size: int = 30, seed: int = 22) -> dict[str, Any]:
    """The paraphrase-evidence spot check (issue 6): DUC 2003 task 2 (dev) briefs at the set's budget, every
    further evidence span whose text is not the brief sentence's own (paraphrase or edited copy), and a
    seeded sample of ``size`` of them, printed for reading (ids and offsets kept, no article text)."""
    from dataclasses import replace

    from benchmarks.bench_summarize import SETS
    from benchmarks.tune_summarize import prepare
    from newsfuse.config import SummarizeConfig

    spec = next(s for s in SETS if s.name == "duc2003_task2")
    settings = replace(SummarizeConfig(), words=spec.words)
    spans = further = 0
    pairs = []
    for cluster in prepare(spec):
        texts = {a.id: a.text for a in cluster.articles}
        for n, sentence in enumerate(cluster.brief(settings)):
            own = sentence.evidence[0]
            said = " ".join(texts[own.article_id][own.start : own.end].split())
            for span in sentence.evidence[1:]:
                further += 1
                if " ".join(texts[span.article_id][span.start : span.end].split()) != said:
                    spans += 1
                    pairs.append((cluster, n, sentence, span))
    chosen = sorted(random.Random(seed).sample(range(len(pairs)), min(size, len(pairs))))
    sample = []
    for k in chosen:
        cluster, n, sentence, span = pairs[k]
        text = {a.id: a.text for a in cluster.articles}[span.article_id]
        print(
            f"[{len(sample) + 1}] {cluster.id} s{n + 1}\n  brief: {sentence.text}\n  span:  {text[span.start : span.end]}"
        )
        sample.append(
            {
                "cluster": cluster.id,
                "sentence": n + 1,
                "article": span.article_id,
                "start": span.start,
                "end": span.end,
            }
        )
    return {"further_spans": further, "not_word_for_word": spans, "sample": sample, "seed": seed}


def main() -> None:
    if "--evidence-sample" in sys.argv:
        print(json.dumps(evidence_sample(), indent=1))
        return
    if "--speed" in sys.argv:
        print(json.dumps(speed(), indent=2))
        return
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "corpus": corpus(),
        "duc2007_update": duc2007(),
        "credit_spot_check": spot_check(),
        "speed_jsonl_2000_s9_g2": speed(),
    }
    save_results("provenance", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
