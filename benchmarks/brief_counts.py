"""Rule-based counts of brief defects on the reader audit's sample (benchmarks/results/reader_audit_r23.md).

    .venv/bin/python benchmarks/brief_counts.py OUT   # OUT/corpus, OUT/duc, OUT/j2000: newsfuse run outputs

The sample is the audit's: every event of examples/corpus, ``reader_audit.sample`` of the DUC dev input's run,
and 10 events of jsonl-2000-s9-g2's run drawn with ``random.Random(22)`` from those of two articles or more.
Per run: brief sentences; pairs of brief sentences of one event that tell one fact
(``brief.texts_tell_one_fact``); sentences shown while their evidence holds a version of them that more
copies give or the event attests better (``attribute.cleanest``); dangling openers (``reader_audit``'s
regex); sentences that say nothing on their own (``standalone.says_nothing``, read against the text before
them in their own article: reader_audit_r24.md). The counts are the rules the brief applies, so they show
what the rules still leave (e.g. past ``_without_repeats``' three rounds); what a reader finds is counted by
reading (the audit files).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.reader_audit import DANGLING, sample  # noqa: E402
from newsfuse.model import Article, Span  # noqa: E402
from newsfuse.summarize.attribute import cleanest  # noqa: E402
from newsfuse.summarize.brief import texts_tell_one_fact  # noqa: E402
from newsfuse.summarize.pool import candidates  # noqa: E402
from newsfuse.summarize.standalone import says_nothing  # noqa: E402

RUNS = ("corpus", "duc", "j2000")


def drawn(report: dict[str, Any], name: str) -> list[int]:
    """The sampled events of one run (indices into its report's events)."""
    if name == "j2000":
        multi = [i for i, e in enumerate(report["events"]) if len(e["article_ids"]) >= 2]
        return sorted(random.Random(22).sample(multi, 10))
    return sample(report, name == "corpus")


def counts(report: dict[str, Any], events: list[int]) -> dict[str, Any]:
    """The counts of the ``events`` of one run's ``report``, with the pairs and sentences found."""
    texts = {a["id"]: a["text"] for a in report["articles"]}
    sentences = pairs = versions = dangling = empty = 0
    found: list[str] = []
    for i in events:
        event = report["events"][i]
        brief = event["brief"]
        sentences += len(brief)
        dangling += sum(bool(DANGLING.match(s["text"])) for s in brief)
        for n, first in enumerate(brief):
            for second in brief[n + 1 :]:
                if texts_tell_one_fact(first["text"], second["text"]):
                    pairs += 1
                    found.append(f"{event['id']} same fact: {first['text'][:60]!r} / {second['text'][:60]!r}")
        pool = candidates([Article(id=a, path=a, text=texts[a]) for a in event["article_ids"]], 1, 10**6)
        at = {Span(c.article_id, c.start, c.end): c for c in pool}
        for s in brief:
            own_span = s["evidence"][0]
            if says_nothing(s["text"], texts[own_span["article_id"]], own_span["start"]):
                empty += 1
                found.append(f"{event['id']} says nothing on its own: {s['text'][:80]!r}")
            spans = [Span(v["article_id"], v["start"], v["end"]) for v in s["evidence"]]
            own = at.get(spans[0])
            if own is not None and cleanest(own, pool, spans) is not own:
                versions += 1
                found.append(f"{event['id']} a cleaner version in its evidence: {s['text'][:80]!r}")
    return {
        "events": len(events),
        "brief_sentences": sentences,
        "same_fact_pairs": pairs,
        "cleaner_version_in_evidence": versions,
        "dangling_openers": dangling,
        "says_nothing": empty,
        "found": found,
    }


def main() -> None:
    out = Path(sys.argv[1])
    total: dict[str, int] = {}
    for name in RUNS:
        report = json.loads((out / name / "report.json").read_text(encoding="utf-8"))
        result = counts(report, drawn(report, name))
        for line in result.pop("found"):
            print(f"  {name} {line}")
        print(name, json.dumps(result))
        for key, value in result.items():
            total[key] = total.get(key, 0) + value
    print("all", json.dumps(total))


if __name__ == "__main__":
    main()
