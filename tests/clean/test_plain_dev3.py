"""plain_dev batch 3 (benchmarks/data/plain_dev/plain_dev3.jsonl.gz): the committed file is what make_pages3.py
writes, every page carries its metadata gold, every gold paragraph is text the page shows, and no template is one
of the earlier batches'."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

PLAIN_DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "plain_dev"


def _rows(name: str) -> list[dict[str, str]]:
    with gzip.open(PLAIN_DEV / name, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_the_committed_batch_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(PLAIN_DEV))
    try:
        import make_pages3
    finally:
        sys.path.remove(str(PLAIN_DEV))
    assert make_pages3.pages() == _rows("plain_dev3.jsonl.gz")


def test_thirty_pages_in_ten_new_templates_with_metadata_gold() -> None:
    rows = _rows("plain_dev3.jsonl.gz")
    assert len(rows) == 30
    templates = {row["template"] for row in rows}
    assert len(templates) == 10
    earlier = {
        row["template"] for name in ("plain_dev.jsonl.gz", "plain_dev2.jsonl.gz") for row in _rows(name)
    }
    assert not templates & earlier
    for row in rows:
        assert row["gold_title"] and row["gold_outlet"] and row["gold_text"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?", row["gold_date"])
        assert row["gold_byline"] == "" or row["gold_byline"].lower() in row["page_text"].lower()
        assert row["gold_title"] in row["page_text"].split("\n")
        assert row["gold_outlet"] in row["page_text"]


def test_every_gold_paragraph_is_on_the_page() -> None:
    for row in _rows("plain_dev3.jsonl.gz"):
        shown = " ".join(x for x in row["page_text"].split("\n") if not x.startswith("\u201c"))  # pull quotes
        for paragraph in row["gold_text"].split("\n\n"):
            assert paragraph in shown, (row["id"], paragraph[:40])
