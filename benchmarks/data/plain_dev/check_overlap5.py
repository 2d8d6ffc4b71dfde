"""6-gram check of plain_dev batch 5 (plain_dev5.jsonl.gz) against every test set of ../shared/data, and a check
that each gold paragraph is text the page shows (batch 2's check, imported; see check_overlap3.py).

    NEWSFUSE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/data/plain_dev/check_overlap5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_overlap2 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("plain_dev5"))
