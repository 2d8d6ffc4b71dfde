"""plain_dev batch 2 (benchmarks/data/plain_dev/plain_dev2.jsonl.gz): the committed file is what make_pages2.py
writes, every page carries its metadata gold, and every gold paragraph is text the page shows."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

PLAIN_DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "plain_dev"


def _committed() -> list[dict[str, str]]:
    with gzip.open(PLAIN_DEV / "plain_dev2.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_the_committed_batch_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(PLAIN_DEV))
    try:
        import make_pages2
    finally:
        sys.path.remove(str(PLAIN_DEV))
    assert make_pages2.pages() == _committed()


def test_thirty_pages_in_ten_templates_with_metadata_gold() -> None:
    rows = _committed()
    assert len(rows) == 30
    assert len({row["template"] for row in rows}) == 10
    for row in rows:
        assert row["gold_title"] and row["gold_outlet"] and row["gold_text"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?", row["gold_date"])
        assert row["gold_byline"] == "" or row["gold_byline"].lower() in row["page_text"].lower()
        assert row["gold_title"] in row["page_text"].split("\n")


def test_every_gold_paragraph_is_on_the_page() -> None:
    for row in _committed():
        lines = [
            x for x in row["page_text"].split("\n") if not x.startswith("\u201c")
        ]  # the e-paper's pull quote
        shown = " ".join(lines)
        for paragraph in row["gold_text"].split("\n\n"):
            assert paragraph in shown, (row["id"], paragraph[:40])
