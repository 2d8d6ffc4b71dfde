"""6-gram check of plain_dev batch 3 (plain_dev3.jsonl.gz) against every test set of ../shared/data, and a check
that each gold paragraph is text the page shows.

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/plain_dev/check_overlap3.py

The test sets' lower-cased ``\\w+`` 6-grams are ``html_dev/check_overlap.test_grams`` (every text field of every
test-set line); each page's ``page_text`` and gold are checked against them, and each gold paragraph must be on
the page (its page_text, lines joined by spaces, the review template's pull-quote lines left out: they repeat a
body sentence in curly quotes, as batch 2's e-paper did). Exit status 1 if any 6-gram is shared or any gold
paragraph is not on the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_overlap2 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("plain_dev3"))
