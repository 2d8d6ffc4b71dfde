"""The Dask runner's worker processes are set up as local pool workers, and its quieter cluster settings and
streamed tasks sized to their CPU time leave the results as they were."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsfuse import run
from newsfuse.config import Config
from newsfuse.report import report_dict
from newsfuse.runtime.dask import DASK_FIRST_CHUNK, STAGE_MODULES, ChunkSizer, DaskRunner
from newsfuse.runtime.worker import YOUNG_THRESHOLD


def _square(n: int) -> int:
    return n * n


@pytest.fixture(scope="module")
def process_runner() -> Iterator[DaskRunner]:
    with DaskRunner(workers=1, processes=True) as runner:
        yield runner


def test_a_worker_process_has_the_stages_loaded_and_the_tuned_collector(process_runner: DaskRunner) -> None:
    def state() -> tuple[bool, int]:
        return STAGE_MODULES in sys.modules, gc.get_threshold()[0]

    assert list(process_runner.client.run(state).values()) == [(True, YOUNG_THRESHOLD)]


def test_forked_workers_have_the_stages_first_use_loads_before_their_first_task() -> None:
    def loaded() -> bool:
        import py3langid.langid

        return py3langid.langid.IDENTIFIER is not None  # the language model, loaded on first use

    forked = sys.platform == "linux"  # elsewhere workers start from a forkserver (no warm-up there)
    with DaskRunner(workers=2, processes=True) as runner:  # (one worker: no warm-up, nothing to share)
        assert list(runner.client.run(loaded).values()) == [forked, forked]


def test_the_local_cluster_workers_do_not_sample_their_stacks(process_runner: DaskRunner) -> None:
    def profiled(dask_worker: Any) -> bool:
        return "profile" in dask_worker.periodic_callbacks

    assert list(process_runner.client.run(profiled).values()) == [False]


def test_a_streamed_map_keeps_the_item_order_across_chunks(process_runner: DaskRunner) -> None:
    items = (n for n in range(200))  # a generator: sent in chunks of stream_chunk as they fill
    assert list(process_runner.imap(_square, items, "squares")) == [n * n for n in range(200)]
    assert process_runner.map(_square, list(range(9)), "few") == [n * n for n in range(9)]


def test_worker_processes_give_the_local_report(
    process_runner: DaskRunner, corpus: Path, corpus_report: dict[str, Any]
) -> None:
    assert report_dict(run([corpus], Config(), runner=process_runner)) == corpus_report


def test_threads_in_this_process_leave_its_collector_alone() -> None:
    before = gc.get_threshold()
    with DaskRunner(workers=1, processes=False) as runner:
        assert runner.map(_square, [1, 2, 3], "squares") == [1, 4, 9]
    assert gc.get_threshold() == before


def test_a_chunk_sizer_aims_at_its_cpu_per_task_from_what_finished_tasks_took() -> None:
    sizer = ChunkSizer(target=0.5, first=4, most=1000)
    assert sizer() == 4  # nothing measured yet
    sizer.record(0.02, 4)  # 5 ms per item
    assert sizer() == 100
    sizer.record(0.98, 96)  # 10 ms per item over all 100
    assert sizer() == 50
    large = ChunkSizer(target=100.0, first=4, most=1000)
    large.record(0.001, 10)
    assert large() == 1000  # at most ``most``
    free = ChunkSizer(first=2, most=64)
    free.record(0.0, 10)  # too cheap to measure
    assert free() == 64


def _busy(n: int) -> int:
    """About 5 ms of CPU, then ``-n``."""
    began = time.thread_time()
    while time.thread_time() - began < 0.005:
        pass
    return -n


def test_a_streamed_map_sizes_its_tasks_to_their_cpu(process_runner: DaskRunner) -> None:
    out = list(process_runner.imap(_busy, (n for n in range(300)), "busy"))
    assert out == [-n for n in range(300)]
    flights = process_runner.flights["busy"]
    assert 50 <= flights["items_per_task"] <= 150  # DASK_TASK_CPU (0.5 s) over ~5 ms per item
    assert flights["tasks"] < 300 / DASK_FIRST_CHUNK  # not all sent at the first size
