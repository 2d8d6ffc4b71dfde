"""Set-up of a process that runs a long batch of stage work: pool workers, and the main process of a run.

Two process-wide settings, each measured or observed on this pipeline:
- ``tune_gc``: stage work allocates many short-lived containers and few cycles, so the default collector
  (a young collection every 700 allocations) spends ~8 % of a run's CPU finding almost nothing; objects
  that exist at start-up (modules, models) are frozen out of every later collection. What a collection
  walks is what outlives a young generation's worth of allocations: mostly the stages' bounded caches of
  per-article readings (spans, mentions), churning as articles go by. A young generation of 20,000 had
  them walked in young and again in middle collections: ~2.5 % of a worker's CPU on a written 10k run,
  finding nothing (plain text makes no cycles; HTML cleaning ~60 garbage objects per page).
- ``die_with_parent``: a forked pool worker waits on a queue whose write end it holds itself, so when its
  parent is killed (SIGKILL, OOM) it would wait for ever; it now exits with the parent.
"""

from __future__ import annotations

import gc
import os
import threading
import time
import tracemalloc

YOUNG_THRESHOLD = 200_000
"""Allocations (net of deallocations) between young collections (CPython's default is 700). At 200,000
the collector's CPU in a written 10k run's workers fell from 1.25 to 0.39 s (the middle collections no
longer reached); at most this many objects of cyclic garbage wait for a collection (~45 MB per process
at HTML cleaning's rate; plain text makes none)."""


def tune_gc() -> None:
    """Freeze what exists now out of later collections and collect the young generation less often."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def die_with_parent(parent: int, poll_seconds: float = 1.0) -> None:
    """Make this process exit once the process ``parent`` has ended: a daemon thread watches the parent id
    (not the kernel's parent-death signal, which fires when the forking *thread* ends, and a pool may be
    started from a short-lived thread)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(1)

    threading.Thread(target=watch, name="newsfuse-parent-watch", daemon=True).start()


def start_worker(parent: int) -> None:
    """Initializer of a pool worker: exit with ``parent``; tuned collector; no memory tracing inherited
    from a parent that traces its own allocations (``tracemalloc``, as ``scale_pipeline --main-memory``
    does): it would slow the worker and measure nothing anyone reads."""
    die_with_parent(parent)
    tune_gc()
    if tracemalloc.is_tracing():
        tracemalloc.stop()
