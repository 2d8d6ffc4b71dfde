"""report.json is written record by record, one article or event per line, and reads back as the report."""

from __future__ import annotations

import gc
import io
import json
import pickle
from pathlib import Path
from typing import Any

from newsfuse.model import RunResult
from newsfuse.report.write import (
    EncodedRecord,
    EventRecord,
    ReportWriter,
    dump_report,
    event_record,
    write_outputs,
)


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


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_record_crosses_processes_encoded_and_the_writer_writes_the_same_files(
    corpus_result: RunResult, tmp_path: Path
) -> None:
    by_id = {a.id: a for a in corpus_result.articles}
    records = [
        event_record(e, [by_id[i] for i in e.article_ids], corpus_result.dedup) for e in corpus_result.events
    ]
    records.append(EventRecord("odd/é", None, '{"t": "«é» ✔"}', "# ✔ é\n", "<p>“é”</p>", '["é", 1]'))
    crossed = pickle.loads(pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(type(c) is EncodedRecord for c in crossed)
    assert [c.line.decode("utf-8") for c in crossed] == [r.line for r in records]
    assert [c.markdown.decode("utf-8") for c in crossed] == [r.markdown for r in records]
    assert pickle.loads(pickle.dumps(crossed[-1])) == crossed[-1] == records[-1].encoded()
    for name, batch in (("text", records), ("bytes", crossed)):
        (tmp_path / name / "events" / "odd").mkdir(parents=True)
        with ReportWriter(tmp_path / name) as writer:
            for record in batch:
                writer.add(record)
            writer.finish(corpus_result.articles, corpus_result.rejected, corpus_result.dedup, {})
    assert _files(tmp_path / "text") == _files(tmp_path / "bytes")
