"""Quality gate on dev data (DUC 2003 task 2 and the DUC 2007 update batches): floors just under what
the briefs score, to catch regressions. Figures against peers are in benchmarks/results/summarize.md."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

from benchmarks.metrics import rouge
from newsfuse.tasks import summarize_dataset
from tests.conftest import shared_dataset


def _subset(source: Path, n: int, target: Path) -> list[dict[str, object]]:
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        lines = list(islice(handle, n))
    target.write_text("".join(lines), encoding="utf-8")
    return [json.loads(line) for line in lines]


def test_generic_briefs_on_duc2003_dev_subset(tmp_path: Path) -> None:
    path = tmp_path / "duc2003.jsonl"
    records = _subset(shared_dataset("duc2003", "duc2003_task2.jsonl.gz"), 10, path)
    summaries = summarize_dataset(path, words=100)
    assert all(0 < len(s.split()) <= 100 for s in summaries.values())
    scores = rouge(summaries, {str(r["id"]): r["summaries"] for r in records}, limit=100)  # type: ignore[misc]
    assert scores["rouge1"] >= FLOOR_DUC2003[0] and scores["rouge2"] >= FLOOR_DUC2003[1], scores


def test_update_briefs_on_duc2007_dev_subset(tmp_path: Path) -> None:
    path = tmp_path / "update.jsonl"
    records = _subset(shared_dataset("duc2007", "duc2007_update.jsonl.gz"), 9, path)
    summaries = summarize_dataset(path, words=100, update=True)
    assert set(summaries) == {r["id"] for r in records}
    scores = rouge(summaries, {str(r["id"]): r["summaries"] for r in records}, limit=100)  # type: ignore[misc]
    assert scores["rouge2"] >= FLOOR_DUC2007_UPDATE, scores


FLOOR_DUC2003 = (40.9, 11.7)  # scored 41.44 / 12.24 at commit time (2026-11-22)
FLOOR_DUC2007_UPDATE = 11.0  # scored 11.50
