"""6-gram check of plain_dev's new pages against every test set of ../shared/data (html_dev's check, reused).

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/plain_dev/check_overlap.py

The test sets' lower-cased ``\\w+`` 6-grams come from ``html_dev/check_overlap.test_grams`` (every text field
of every test-set line; for scrapinghub_aeb its gold and page_text). Each plain_dev page's ``page_text`` and
gold (both batches: html_dev's pages are checked again as rendered here) is checked against them. Prints each
shared 6-gram with its page; exit status 1 if any.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "html_dev"))

from check_overlap import grams, test_grams  # noqa: E402


def main() -> int:
    seen = test_grams()
    hits = pages = 0
    with gzip.open(HERE / "plain_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            pages += 1
            for gram in sorted({*grams(row["page_text"]), *grams(row["gold_text"])} & seen):
                hits += 1
                print(row["id"], " ".join(gram))
    print(f"{len(seen):,} test 6-grams; {hits} shared with plain_dev's {pages} pages")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
