"""Models the stages load on first use are loaded once before the pool forks, and change nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsfuse import pipeline
from newsfuse.clean import clean_document
from newsfuse.config import Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc
from newsfuse.runtime import LocalRunner


def test_the_warm_texts_reach_event_building(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both made-up reports are kept by cleaning, so the warm-up builds an event of them (and so runs the
    event stages' first-use loads), and the language model is asked once."""
    config = Config()
    kept = [
        clean_document(RawDoc(id=str(n), path="", text=t), config.clean)
        for n, t in enumerate(pipeline._WARM_TEXTS)
    ]
    assert all(isinstance(a, Article) for a in kept)
    built: list[int] = []
    asked: list[str] = []
    build = pipeline.build_event
    monkeypatch.setattr(
        pipeline, "build_event", lambda item, cfg: built.append(len(item.articles)) or build(item, cfg)
    )
    monkeypatch.setattr(pipeline, "detect_language", lambda text: asked.append(text) or "en")
    pipeline.warm_models(config)
    assert built == [2]
    assert len(asked) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="pools are forked on Linux only")
def test_a_runner_forks_a_pool_only_before_its_first_parallel_map() -> None:
    assert not LocalRunner(workers=1).forks_pool
    with LocalRunner(workers=2) as runner:
        assert runner.forks_pool
        assert runner.map(abs, [-n for n in range(20)], "test") == list(range(20))
        assert not runner.forks_pool  # running: a warm-up now would only cost this process
    assert runner.forks_pool  # closed: the next map forks a new pool


@pytest.mark.parametrize(("workers", "warmed"), [(1, 0), (2, 1 if sys.platform == "linux" else 0)])
def test_a_run_warms_the_models_only_before_forking_a_pool(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, workers: int, warmed: int
) -> None:
    calls: list[Config] = []
    monkeypatch.setattr(pipeline, "warm_models", calls.append)
    config = Config()
    with LocalRunner(workers=workers) as runner:
        pipeline.process(read_inputs([corpus], config.ingest), config, runner)
        assert len(calls) == warmed
        pipeline.process(read_inputs([corpus], config.ingest), config, runner)  # the pool runs now
        assert len(calls) == warmed
