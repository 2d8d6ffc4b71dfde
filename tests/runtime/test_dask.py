"""The Dask engine runs the same stages as the local one and gives the same report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfuse import run
from newsfuse.config import Config
from newsfuse.report import report_dict
from newsfuse.runtime.dask import DaskRunner, chunks


def test_chunks_cover_items_in_order() -> None:
    assert [list(c) for c in chunks(list(range(7)), 3)] == [[0, 1, 2], [3, 4, 5], [6]]


def test_local_and_dask_give_the_same_report(corpus: Path, corpus_report: dict[str, Any]) -> None:
    with DaskRunner(workers=2, processes=False) as runner:
        result = run([corpus], Config(), runner=runner)
    assert report_dict(result) == corpus_report


def test_partitioned_clustering_is_the_same_on_both_engines(corpus: Path) -> None:
    config = Config().with_values(runtime={"partition_size": 4})
    local = report_dict(run([corpus], config))
    with DaskRunner(workers=2, processes=False) as runner:
        distributed = report_dict(run([corpus], config, runner=runner))
    assert distributed == local


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from dask import distributed  # the module the runner takes its Client from

    from newsfuse.errors import NewsfuseError

    client = distributed.Client  # the refused connection is retried until the timeout (20 s): 1 s is as clear
    monkeypatch.setattr(distributed, "Client", lambda address, timeout: client(address, timeout="1s"))
    with pytest.raises(NewsfuseError, match="cannot reach the Dask scheduler"):
        DaskRunner(scheduler="tcp://127.0.0.1:9")
