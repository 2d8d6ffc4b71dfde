"""Evidence agreement (reader audit F-4): what each test of ``summarize.attribute.agree`` does on the MRPC news
paraphrase *training* pairs (a dev set), and the evidence spans of the reader audit's sample.

    .venv/bin/python benchmarks/check_evidence.py --mrpc
    .venv/bin/python benchmarks/check_evidence.py --runs out/audit/corpus out/audit/duc

``--mrpc``: of the training pairs whose content-word Dice reaches the evidence threshold (0.65), the share
labelled paraphrase (precision) and the share of all paraphrase pairs kept (recall), with the figures test
alone (digits: the test before F-4) and with each further test. ``--runs``: per ``newsfuse run`` output (the
corpus's first), the audit sample's brief sentences, their evidence spans beyond their own, and the spans
``agree`` would refuse (printed, for reading).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.reader_audit import sample  # noqa: E402
from newsfuse.summarize.attribute import figures_agree, numbers, similarity, stance  # noqa: E402
from newsfuse.text import content_words  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "mrpc_news_paraphrase" / "mrpc_train.jsonl.gz"
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")

Test = Callable[[str, str], bool]


def _digits(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in _DIGITS.findall(text))


TESTS: dict[str, Test] = {
    "digits (before)": lambda a, b: figures_agree(_digits(a), _digits(b)),
    "+ number words": lambda a, b: figures_agree(numbers(a), numbers(b)),
    "digits + negation": lambda a, b: figures_agree(_digits(a), _digits(b)) and stance(a)[0] == stance(b)[0],
    "digits + hedge": lambda a, b: figures_agree(_digits(a), _digits(b)) and stance(a)[1] == stance(b)[1],
    "all (agree)": lambda a, b: figures_agree(numbers(a), numbers(b)) and stance(a) == stance(b),
}


def mrpc(threshold: float = 0.65) -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        pairs = [json.loads(line) for line in lines]
    positives = sum(p["label_paraphrase"] for p in pairs)
    close = [
        p
        for p in pairs
        if similarity(content_words(p["sentence1"]), content_words(p["sentence2"])) >= threshold
    ]
    print(f"{len(pairs)} pairs, {positives} paraphrases, {len(close)} at Dice >= {threshold}")
    for name, test in TESTS.items():
        kept = [p for p in close if test(p["sentence1"], p["sentence2"])]
        right = sum(p["label_paraphrase"] for p in kept)
        print(
            f"{name:20s} kept {len(kept):5d}  precision {right / len(kept):.4f}  recall {right / positives:.4f}"
        )


def runs(outs: list[Path]) -> None:
    for n, out in enumerate(outs):
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        texts = {a["id"]: a["text"] or "" for a in report["articles"]}
        sentences = spans = refused = 0
        for i in sample(report, corpus=n == 0):
            event = report["events"][i]
            for k, s in enumerate(event["brief"], start=1):
                sentences += 1
                figures, own = numbers(s["text"]), stance(s["text"])
                for v in s["evidence"][1:]:
                    spans += 1
                    text = texts[v["article_id"]][v["start"] : v["end"]]
                    if not (figures_agree(figures, numbers(text)) and stance(text) == own):
                        refused += 1
                        print(f"  {event['id']} s{k}: {s['text']!r}\n      refused: {text!r}")
        print(
            f"{out}: {sentences} brief sentences, {spans} further evidence spans, {refused} refused by agree"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mrpc", action="store_true", help="precision/recall of each test on MRPC train")
    parser.add_argument("--runs", nargs="*", type=Path, default=[], help="newsfuse run outputs, corpus first")
    args = parser.parse_args()
    if args.mrpc:
        mrpc()
    runs(args.runs)


if __name__ == "__main__":
    main()
