"""report.json is written record by record, one article or event per line, and reads back as the report."""

from __future__ import annotations

import gc
import io
import json
from pathlib import Path
from typing import Any

from newsfuse.model import RunResult
from newsfuse.report.write import dump_report, write_outputs


def test_the_streamed_report_reads_back_unchanged(corpus_report: dict[str, Any]) -> None:
    handle = io.StringIO()
    dump_report(corpus_report, handle)
    text = handle.getvalue()
    assert json.loads(text) == corpus_report
    lines = {line.rstrip(",") for line in text.splitlines()}
    records = corpus_report["articles"] + corpus_report["events"]
    assert all(json.dumps(r, ensure_ascii=False) in lines for r in records)


def test_empty_lists_nested_values_and_unicode_survive() -> None:
    report = {"version": 1, "articles": [], "events": [{"title": "Café «x»", "n": [1, {"a": None}]}], "s": {}}
    handle = io.StringIO()
    dump_report(report, handle)
    assert json.loads(handle.getvalue()) == report
    assert "Café «x»" in handle.getvalue()


def test_writing_leaves_the_cycle_collector_as_it_found_it(corpus_result: RunResult, tmp_path: Path) -> None:
    assert gc.isenabled()
    write_outputs(corpus_result, tmp_path / "a")
    assert gc.isenabled()
    gc.disable()
    try:
        write_outputs(corpus_result, tmp_path / "b")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert (tmp_path / "a" / "report.json").read_text(encoding="utf-8") == (
        tmp_path / "b" / "report.json"
    ).read_text(encoding="utf-8")
