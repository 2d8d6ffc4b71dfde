"""6-gram check of html_dev against every test set of ../shared/data (README.md there names them).

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/html_dev/check_overlap.py

Every text field of every test-set line (for scrapinghub_aeb: the gold and the page's visible text; for the
sets with train/dev/test splits, the whole file) is cut into lower-cased ``\\w+`` 6-grams; each html_dev page's
visible text and gold are checked against them. Prints each shared 6-gram with its page; exit status 1 if any.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", HERE.parents[3] / "shared" / "data"))
TEST_FILES = (
    "scrapinghub_aeb/scrapinghub_aeb.jsonl.gz",
    "duc2004_task2/duc2004_task2.jsonl.gz",
    "multinews/multinews_longbench200.jsonl.gz",
    "newscluster_giveme5w1h/newscluster_giveme5w1h.jsonl.gz",
    "ggt_quotes_eval/ggt_quotes_eval.jsonl.gz",
    "newsquant/newsquant.jsonl.gz",
    "conll2003_test/conll2003_test.jsonl.gz",
    "polnear/polnear.jsonl.gz",
    "ecbplus/ecbplus.jsonl.gz",
)
N = 6
_WORD = re.compile(r"\w+")
_SKIP = {"html"}  # aeb's raw HTML: its visible text is page_text


def grams(text: str) -> Iterator[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    for i in range(len(words) - N + 1):
        yield tuple(words[i : i + N])


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIP:
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_grams() -> set[tuple[str, ...]]:
    seen: set[tuple[str, ...]] = set()
    for name in TEST_FILES:
        path = DATA / name
        if not path.exists():
            print("missing", path, file=sys.stderr)
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                for text in strings(json.loads(line)):
                    seen.update(grams(text))
    return seen


def main() -> int:
    seen = test_grams()
    hits = 0
    with gzip.open(HERE / "html_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            shown = lxml_html.fromstring(row["html"]).text_content()
            for gram in sorted({*grams(shown), *grams(row["gold_text"])} & seen):
                hits += 1
                print(row["url"], " ".join(gram))
    print(f"{len(seen):,} test 6-grams; {hits} shared with html_dev")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
