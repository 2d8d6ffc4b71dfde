"""6-gram check of html_dev batch 2 (html_dev2.jsonl.gz) against every test set, as check_overlap.py does for
batch 1; also checks that each gold paragraph is text the page shows (the gold is the page's own words).

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/html_dev/check_overlap2.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_overlap import grams, test_grams  # noqa: E402


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    with gzip.open(HERE / "html_dev2.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    missing = 0
    for row in rows:
        shown = _squash(lxml_html.fromstring(row["html"]).text_content())
        for para in row["gold_text"].split("\n\n"):
            if _squash(para) not in shown:
                missing += 1
                print("gold paragraph not shown:", row["url"], para[:60])
    seen = test_grams()
    hits = 0
    for row in rows:
        shown = lxml_html.fromstring(row["html"]).text_content()
        for gram in sorted({*grams(shown), *grams(row["gold_text"])} & seen):
            hits += 1
            print(row["url"], " ".join(gram))
    print(f"{len(seen):,} test 6-grams; {hits} shared with html_dev2; {missing} gold paragraphs not shown")
    return 1 if hits or missing else 0


if __name__ == "__main__":
    sys.exit(main())
