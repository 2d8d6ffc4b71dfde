"""benchmarks/data/cleaneval_comment_pages.txt (round 26): labels only, one cleaneval page id and a reason a
line, read by bench_clean.comment_pages for cleaneval alone."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _bench_clean() -> ModuleType:
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import bench_clean
    finally:
        sys.path.remove(str(ROOT))
    return bench_clean


def test_each_line_is_a_cleaneval_id_and_a_reason() -> None:
    lines = (
        (ROOT / "benchmarks" / "data" / "cleaneval_comment_pages.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    assert rows and all(len(row) == 2 and re.fullmatch(r"(?:dev|final)/\d+", row[0]) for row in rows)
    assert all(len(row[1].split()) >= 3 for row in rows)
    assert len({row[0] for row in rows}) == len(rows)


def test_the_list_applies_to_cleaneval_only() -> None:
    bench_clean = _bench_clean()
    listed = bench_clean.comment_pages("cleaneval")
    assert "final/660" in listed and "dev/1" not in listed
    assert bench_clean.comment_pages("l3s_gn1") == frozenset()
