"""Pool workers do not keep tracing allocations when their parent does (``scale_pipeline --main-memory``)."""

from __future__ import annotations

import tracemalloc

from newsfuse.runtime import LocalRunner


def _tracing(_: int) -> bool:
    return tracemalloc.is_tracing()


def test_workers_stop_the_tracing_they_inherit() -> None:
    tracemalloc.start()
    try:
        with LocalRunner(workers=2) as runner:
            assert runner.map(_tracing, list(range(16)), "trace") == [False] * 16
        assert tracemalloc.is_tracing()
    finally:
        tracemalloc.stop()
