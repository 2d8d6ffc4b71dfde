"""The local engine's process pool: same results in the same order, and a killed worker is survived."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from newsfuse import run
from newsfuse.errors import NewsfuseError
from newsfuse.report import report_dict
from newsfuse.runtime import LocalRunner, open_runner
from newsfuse.runtime.local import (
    HELD_AHEAD,
    MAX_AHEAD,
    STREAM_CHUNK,
    InFlight,
    chunk_size,
    submitted_in_order,
)


def _square(x: int) -> int:
    return x * x


def _die_once(marker: Path, x: int) -> int:
    """Kills its worker process the first time it is called with 5; later calls work."""
    if x == 5 and not marker.exists():
        marker.write_text("killed", encoding="utf-8")
        os._exit(1)
    return -x


def _always_die(x: int) -> int:
    os._exit(1)


def test_chunks_give_every_worker_several_tasks_and_stay_small() -> None:
    assert chunk_size(1000, 2) == 63
    assert chunk_size(100_000, 2) == 64
    assert chunk_size(10, 2) == 1


def test_a_pool_returns_what_one_process_returns_in_item_order() -> None:
    items = list(range(500))
    with LocalRunner(workers=2) as pool:
        assert pool.map(_square, items, "square") == [x * x for x in items]
        assert pool.map(_square, items[:3], "few") == [0, 1, 4]  # the pool runs: even few items go to it
    with LocalRunner(workers=2) as fresh:
        assert fresh.map(_square, items[:3], "few") == [0, 1, 4]  # below the minimum, no pool: run here
        assert fresh._pool is None


def test_a_streamed_source_is_read_only_a_bounded_way_ahead_of_the_results() -> None:
    pulled = 0

    def source() -> Any:
        nonlocal pulled
        for n in range(5000):
            pulled += 1
            yield n

    with LocalRunner(workers=2) as pool:
        results = pool.imap(_square, source(), "square")
        assert next(results) == 0
        assert pulled <= HELD_AHEAD * MAX_AHEAD * STREAM_CHUNK  # not the whole source: not all held
        assert list(results) == [x * x for x in range(1, 5000)]
    assert pulled == 5000


def test_a_killed_worker_is_replaced_and_its_work_redone(tmp_path: Path) -> None:
    with LocalRunner(workers=2) as pool:
        assert pool.map(partial(_die_once, tmp_path / "marker"), list(range(40)), "die") == [
            -x for x in range(40)
        ]
    assert (tmp_path / "marker").exists()


def test_workers_that_keep_dying_are_a_clear_error() -> None:
    with LocalRunner(workers=2) as pool, pytest.raises(NewsfuseError, match="died twice"):
        pool.map(_always_die, list(range(20)), "doomed")


def test_no_workers_is_refused() -> None:
    with pytest.raises(NewsfuseError, match="at least 1"):
        LocalRunner(workers=0)


def test_the_pool_gives_the_same_report(corpus: Path, corpus_report: dict[str, Any]) -> None:
    with open_runner("local", workers=2) as runner:
        assert isinstance(runner, LocalRunner) and runner.workers == 2
        assert report_dict(run([corpus], runner=runner)) == corpus_report


def test_a_slow_first_task_does_not_stop_the_others_and_results_keep_their_order() -> None:
    """The first chunk finishes only once a chunk sent well after it has run: the pool goes on past a slow
    (large) task instead of waiting for it before sending more, up to ``HELD_AHEAD`` times ``ahead``."""
    ahead, later = 2, 5  # chunk 5 is sent only if more than ``ahead`` chunks may wait behind the first
    ran = threading.Event()

    def work(chunk: list[int]) -> list[int]:
        if chunk[0] == 0 and not ran.wait(timeout=300):  # returns as soon as it ran; long on a loaded machine
            raise AssertionError("the chunk sent later never ran while the first one was running")
        if chunk[0] == later:
            ran.set()
        return [-x for x in chunk]

    assert later < HELD_AHEAD * ahead
    flight = InFlight(2)
    with ThreadPoolExecutor(2) as pool:
        out = list(submitted_in_order(iter(range(20)), 1, partial(pool.submit, work), [], ahead, flight))
    assert out == [-x for x in range(20)]
    figures = flight.close()
    assert figures["tasks"] == 20 and figures["waited_s"] > 0


def test_a_chunk_size_function_is_asked_for_each_chunk_as_it_is_made() -> None:
    sizes = iter([1, 3, 2, 10, 10])  # the last one finds the source empty
    asked: list[list[int]] = []

    def submit(part: list[int]) -> Any:
        asked.append(part)
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(lambda: [-x for x in part])

    out = list(submitted_in_order(iter(range(9)), lambda: next(sizes), submit, [], ahead=2, held=1))
    assert out == [-x for x in range(9)]
    assert asked == [[0], [1, 2, 3], [4, 5], [6, 7, 8]]
