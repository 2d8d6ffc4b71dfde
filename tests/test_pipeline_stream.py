"""The streamed run writes, event by event, exactly the outputs of ``write_outputs(process(...))``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.config import Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Event, RunResult
from newsfuse.pipeline import build_event, process, streamed, write_run
from newsfuse.report import write_outputs
from newsfuse.runtime import LocalRunner


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
