"""The streamed run writes, event by event, exactly the outputs of ``write_outputs(process(...))``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse import pipeline
from newsfuse.config import Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Event, RunResult
from newsfuse.pipeline import build_event, process, streamed, write_run
from newsfuse.report import write_outputs
from newsfuse.runtime import LocalRunner
from newsfuse.runtime.closing import DateOrdered
from newsfuse.runtime.spill import Spill


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_streamed_writer_writes_the_same_files(
    corpus: Path, corpus_result: RunResult, tmp_path: Path, workers: int
) -> None:
    write_outputs(corpus_result, tmp_path / "whole")
    config = Config()
    with LocalRunner(workers=workers) as runner:
        stats = write_run(read_inputs([corpus], config.ingest), tmp_path / "streamed", config, runner)
    assert stats["events"] == len(corpus_result.events)
    expected, got = _files(tmp_path / "whole"), _files(tmp_path / "streamed")
    assert got.keys() == expected.keys()
    for name in expected:
        assert got[name] == expected[name], name


def test_the_main_process_holds_heads_and_events_go_to_the_sink(corpus: Path) -> None:
    config = Config()
    seen: list[Event] = []
    with streamed(
        read_inputs([corpus], config.ingest), seen.append, build_event, config, LocalRunner()
    ) as done:
        assert all(h.head.text == "" and h.head.removed == () for h in done.held)
        whole = list(done.articles())
        spill = done.spill.dir
        assert spill.exists()
    assert not spill.exists()  # a run without a work folder leaves no spill behind
    assert done.events == len(seen) > 0
    assert [a.id for a in whole] == [h.head.id for h in done.held]
    assert all(a.text for a in whole)
    result = process(read_inputs([corpus], config.ingest), config)
    assert sorted(e.id for e in seen) == sorted(e.id for e in result.events)


def test_terms_made_in_spill_order_come_back_in_date_order(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, corpus_result: RunResult
) -> None:
    """Items of 2 leaders in spill order, buckets of 3 in date order: the pool's records come back to the
    clustering stream in date order (the same events), and every scratch file is removed once read."""
    monkeypatch.setattr(pipeline, "TERMS_BATCH", 2)
    monkeypatch.setattr(pipeline, "TERMS_BUCKET", 3)
    config = Config()
    docs = read_inputs([corpus], config.ingest)
    seen: list[Event] = []
    with LocalRunner(workers=2) as runner, streamed(docs, seen.append, build_event, config, runner) as done:
        leaders = DateOrdered(done.held, done.dedup.duplicate_of())
        assert len(leaders) > 2 * pipeline.TERMS_BUCKET  # several buckets, several items each
        events = list(pipeline._clusters(done, config, runner))
        assert not list((done.spill.dir / "terms").iterdir())
    expected = sorted(sorted(e.article_ids) for e in corpus_result.events)
    assert sorted(events) == expected == sorted(sorted(e.article_ids) for e in seen)


def test_a_leader_without_terms_is_an_error(tmp_path: Path) -> None:
    scratch = Spill(tmp_path)
    refs = scratch.write([([0, 2], [{"a": 1}, {"b": 1}])], "terms")
    with pytest.raises(AssertionError, match="no terms"):
        list(pipeline._date_ordered_terms(scratch, {0: refs}, 3))
