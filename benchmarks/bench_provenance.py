"""Benchmark of provenance/: origin credits and quote-drift flags against examples/gold.json, dated-statement
resolution on the example corpus gold and on duc2007_update (a dev set). Writes benchmarks/results/provenance.*.

Run from the repo root: `.venv/bin/python benchmarks/bench_provenance.py`.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfuse import run  # noqa: E402
from newsfuse.compare.dates import extract_dates  # noqa: E402
from newsfuse.dedup import source_keys  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.provenance import trace_event  # noqa: E402
from newsfuse.provenance.credits import normalize_outlet  # noqa: E402
from newsfuse.provenance.timeline import resolve  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
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
    by_text = {(t.span.article_id, t.text.lower()): t.resolved for t in dated}
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


_FULL = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
)


def duc2007() -> dict[str, Any]:
    """Explicit full dates in the text (e.g. datelines) resolved, compared with the document's own date."""
    n = right = 0
    with gzip.open(DATA / "duc2007" / "duc2007_update.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            for doc in json.loads(line)["documents"]:
                if not doc.get("date"):
                    continue
                head = doc["text"][:300]
                art = Article(id=doc["id"], path=doc["id"], text=head, published=doc["date"])
                for mention in extract_dates(art):
                    if mention.form == "day" and _FULL.fullmatch(mention.text):
                        n += 1
                        right += resolve(mention, doc["date"]) == doc["date"][:10]
                        break
    return {"documents_with_dateline": n, "resolved_equals_document_date": round(right / n, 4) if n else None}


def main() -> None:
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "corpus": corpus(),
        "duc2007_update": duc2007(),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "provenance.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
