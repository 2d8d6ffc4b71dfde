"""6-gram check of plain_dev batch 2 (plain_dev2.jsonl.gz) against every test set of ../shared/data, and a check
that each gold paragraph is text the page shows (its page_text, lines joined by spaces, pull-quote lines left out).

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/plain_dev/check_overlap2.py

The test sets' lower-cased ``\\w+`` 6-grams are ``html_dev/check_overlap.test_grams`` (every text field of every
test-set line); each page's ``page_text`` and gold are checked against them. Exit status 1 if any 6-gram is
shared or any gold paragraph is not on the page.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "html_dev"))

from check_overlap import grams, test_grams  # noqa: E402


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(name: str = "plain_dev2") -> int:
    """Check the batch ``benchmarks/data/plain_dev/<name>.jsonl.gz`` (batch 3's script calls it with its name)."""
    with gzip.open(HERE / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    missing = 0
    for row in rows:
        # a pull quote (batch 2's e-paper, batch 3's review) repeats a body sentence in curly quotes
        shown = _squash(" ".join(x for x in row["page_text"].split("\n") if not x.startswith("\u201c")))
        for para in row["gold_text"].split("\n\n"):
            if _squash(para) not in shown:
                missing += 1
                print("gold paragraph not shown:", row["id"], para[:60])
    seen = test_grams()
    hits = 0
    for row in rows:
        for gram in sorted({*grams(row["page_text"]), *grams(row["gold_text"])} & seen):
            hits += 1
            print(row["id"], " ".join(gram))
    print(
        f"{len(seen):,} test 6-grams; {hits} shared with {name}'s {len(rows)} pages; {missing} gold"
        " paragraphs not shown"
    )
    return 1 if hits or missing else 0


if __name__ == "__main__":
    sys.exit(main())
