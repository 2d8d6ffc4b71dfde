"""The Dask runner: the same pure stage functions, run on a ``dask.distributed`` cluster.

Items are sent in chunks (one task per chunk) so that a million small calls do not become a
million scheduler tasks. A task lost with a dying worker is re-run by Dask on another worker;
results keep the order of the items. The pipeline's workers read and write the run's spill folder
(``runtime.spill``): on a cluster of several machines, give the run a ``--workdir`` that every worker
mounts at the same path (without one, the spill is a temporary folder of the machine that runs the
pipeline, which only a ``LocalCluster`` shares).

What a run pays Dask for, besides the stage work (measured in benchmarks/results/scale_dask.md): each
worker's set-up (``_StageWorker``: the stage modules, the tuned collector of a local pool worker; on Linux
the ``LocalCluster``'s workers are forked from this process, which has imported the stages and, for two
workers or more, made their first-use loads, as the local pool's are), the periodic work of every process
of the cluster while the run lasts (``LOCAL_CLUSTER_SETTINGS`` quietens it on the ``LocalCluster`` started
here; a cluster of your own keeps its own settings) and a few round trips per task: ~5-8 CPU ms of the
cluster's per task whatever it carries, so a streamed map sizes its tasks from the CPU time the finished
ones took (``ChunkSizer``: ``DASK_TASK_CPU`` of work each).
"""

from __future__ import annotations

import importlib
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar
from uuid import uuid4

from newsfuse.errors import NewsfuseError
from newsfuse.runtime.local import InFlight, apply_chunk, chunks, submitted_in_order
from newsfuse.runtime.worker import tune_gc

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - dask is an optional extra
    WorkerPlugin = object  # type: ignore[misc,assignment]

T = TypeVar("T")
R = TypeVar("R")

DASK_TASK_CPU = 0.5
"""CPU seconds of stage work a streamed task is sized to carry (``ChunkSizer``). Each task costs the cluster
~5-8 CPU ms of its own (the client's, scheduler's and worker's messages and state changes, its result
fetched), so ~1-1.5 % of this; tasks much larger would leave a worker idle longer at a stage's end and hold
more results in the workers."""

DASK_FIRST_CHUNK = 4
"""Items per streamed task until a finished task has told how much CPU an item takes (the items of one map
may cost a few ms, an event, or a second, a batch of HTML pages to clean)."""

DASK_MAX_CHUNK = 1024
"""Items per streamed task at most, however cheap they are."""

DASK_AHEAD_PER_WORKER = 4
"""Streamed tasks running (sent, not done) per worker at most: each worker has its next task at hand (the
scheduler gives a single-threaded worker two at a time) while the source is read only that far ahead."""

DASK_HELD = 2
"""Streamed tasks sent and not handed over, at most, in as many as may be running (a slow task does not stop
the others; their results wait in the workers)."""

STAGE_MODULES = "newsfuse.pipeline"
"""What a worker imports before its first task (every stage module the pipeline sends work to)."""

LOCAL_CLUSTER_SETTINGS: dict[str, object] = {
    # an idle 2-worker LocalCluster used 2.56 CPU-s per 20 s with Dask's defaults, 0.28 with these:
    "distributed.worker.profile.enabled": False,  # a stack sample of every thread each 10 ms
    "distributed.admin.tick.interval": "1s",  # event-loop latency checks (default every 20 ms)
    "distributed.worker.memory.monitor-interval": "1s",  # memory checks (default every 100 ms)
    "distributed.admin.system-monitor.interval": "5s",  # host metrics for the dashboard (500 ms)
    # workers forked from this process, which has imported the stages (a forkserver importing them again
    # cost ~2.5 CPU-s per run); elsewhere from a server process that imported them once
    "distributed.worker.multiprocessing-method": "fork" if sys.platform == "linux" else "forkserver",
}
"""Dask settings of the ``LocalCluster`` that ``DaskRunner`` starts (its workers get them from their
nanny); none changes what a task computes."""


class _StageWorker(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Set-up of each Dask worker as of a local pool worker: the stage modules imported, then the
    collector tuned (``worker.tune_gc``: ~8 % of a worker's CPU with CPython's defaults)."""

    name = "newsfuse-stage-worker"

    def setup(self, worker: Any) -> None:
        importlib.import_module(STAGE_MODULES)
        tune_gc()


def packed(items: Sequence[T]) -> bytes:
    """A chunk of items pickled here, once. Items given to Dask as objects are walked by the client (for
    futures inside them) and, with a ``LocalCluster``, unpickled and pickled again by the scheduler, in this
    process; a payload of bytes is only copied. (A task of 50 items of 300 small tuples: 107 ms of this
    process's CPU as objects, 13-15 ms packed.)"""
    return pickle.dumps(list(items), protocol=pickle.HIGHEST_PROTOCOL)


def apply_packed(fn: Callable[[T], R], payload: bytes) -> list[R]:
    """``apply_chunk`` over a ``packed`` chunk (one task on a worker)."""
    chunk: list[T] = pickle.loads(payload)  # made by this run's own client (packed)
    return apply_chunk(fn, chunk)


def apply_timed(fn: Callable[[T], R], payload: bytes) -> tuple[float, list[R]]:
    """``apply_packed`` and the CPU seconds it took (of the task's thread: not the worker's other work)."""
    began = time.thread_time()
    done = apply_packed(fn, payload)
    return time.thread_time() - began, done


class ChunkSizer:
    """Items per task of a streamed map: as many as take ``target`` CPU seconds at the CPU time per item
    that the finished tasks measured (all of them so far), ``first`` until one has reported, at most
    ``most``."""

    def __init__(
        self, target: float = DASK_TASK_CPU, first: int = DASK_FIRST_CHUNK, most: int = DASK_MAX_CHUNK
    ) -> None:
        self.target, self.first, self.most = target, first, most
        self.cpu = 0.0
        self.items = 0

    def record(self, cpu: float, items: int) -> None:
        """A finished task's CPU seconds over its ``items`` items."""
        self.cpu += cpu
        self.items += items

    def __call__(self) -> int:
        if not self.items:
            return self.first
        if self.cpu <= 0:
            return self.most
        return max(1, min(self.most, round(self.target * self.items / self.cpu)))


class _Measured:
    """A streamed task's future (``apply_timed``) as ``submitted_in_order`` reads it: its result is the
    chunk's results, and its CPU time goes to the sizer when read."""

    __slots__ = ("future", "items", "sizer")

    def __init__(self, future: Any, items: int, sizer: ChunkSizer) -> None:
        self.future, self.items, self.sizer = future, items, sizer

    def done(self) -> bool:
        return bool(self.future.done())

    def cancel(self) -> None:
        self.future.cancel()

    def add_done_callback(self, fn: Callable[[Any], object]) -> None:
        self.future.add_done_callback(lambda _: fn(self))

    def result(self) -> list[Any]:
        cpu, done = self.future.result()
        self.sizer.record(cpu, self.items)
        return done  # type: ignore[no-any-return]


class DaskRunner:
    """Maps stage functions over a Dask cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a
    ``LocalCluster`` with ``workers`` workers is started here (with ``LOCAL_CLUSTER_SETTINGS``) and
    closed by ``close()``. Every worker process, of either cluster, is set up by ``_StageWorker``.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int = 2,
        processes: bool = True,
        chunk_size: int = 200,
        client: Any = None,
        stream_chunk: int | None = None,
    ) -> None:
        try:
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as exc:  # pragma: no cover - dask is an optional extra
            raise NewsfuseError("the dask engine needs `pip install newsfuse[dask]`") from exc
        self.chunk_size = chunk_size
        self.stream_chunk = stream_chunk
        """Items per task of a streamed map; None: sized by a ``ChunkSizer`` in each map."""
        self.flights: dict[str, dict[str, float]] = {}
        """Per stage label, the streamed tasks and their ``InFlight`` times, summed over the run's maps."""
        self._cluster: Any = None
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = distributed.Client(scheduler, timeout="20s")
            except OSError as exc:
                raise NewsfuseError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        else:
            self._cluster, self.client = _local_cluster(distributed, workers, processes)
        if processes or self._cluster is None:  # (threads in this process: its collector is its own)
            self.client.register_plugin(_StageWorker())
        self._owns_client = client is None

    def map(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[R]:
        return self.collect(self.submit(fn, items, label))

    def imap(self, fn: Callable[[T], R], items: Iterable[T], label: str) -> Iterator[R]:
        """Results in item order, each chunk's handed over as soon as it and those before it are done;
        ``items`` may be a generator, whose chunks are sent as they fill."""
        if isinstance(items, Sequence):
            for future in self.submit(fn, items, label):  # futures dropped unread are released by Dask
                done: list[R] = future.result()
                yield from done
            return
        sizer = (
            ChunkSizer(first=self.stream_chunk, most=self.stream_chunk) if self.stream_chunk else ChunkSizer()
        )

        def send(part: list[T]) -> _Measured:
            key = f"{label}-{uuid4()}"
            future = self.client.submit(apply_timed, fn, packed(part), pure=False, key=key)
            return _Measured(future, len(part), sizer)

        workers = self._workers()
        flight = InFlight(workers)
        try:
            yield from submitted_in_order(
                iter(items), sizer, send, [], DASK_AHEAD_PER_WORKER * workers, flight, DASK_HELD
            )
        finally:
            totals = self.flights.setdefault(label, {})
            for name, value in flight.close().items():
                totals[name] = totals.get(name, 0.0) + value
            totals["items_per_task"] = sizer()  # at the map's end

    def submit(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[Any]:
        """Send ``fn`` over ``items`` to the cluster in chunks; returns the chunks' futures."""
        if not items:
            return []
        size = max(1, min(self.chunk_size, -(-len(items) // (self._workers() * 4))))
        parts = [packed(part) for part in chunks(items, size)]
        return list(self.client.map(apply_packed, [fn] * len(parts), parts, pure=False, key=label))

    def _workers(self) -> int:
        """The cluster's workers now (at least one)."""
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def collect(self, futures: list[Any]) -> list[R]:
        """The results of ``submit``'s futures, in item order (lost work is recomputed by Dask)."""
        results: list[R] = []
        for part in self.client.gather(futures):
            results.extend(part)
        return results

    def close(self) -> None:
        if self._owns_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _local_cluster(distributed: Any, workers: int, processes: bool) -> tuple[Any, Any]:
    """A ``LocalCluster`` of ``workers`` single-threaded workers with ``LOCAL_CLUSTER_SETTINGS``, and a
    client that fetches results from the workers directly (not relayed by the scheduler)."""
    import dask

    utils: Any = importlib.import_module("distributed.utils")
    with dask.config.set(LOCAL_CLUSTER_SETTINGS):
        stages: Any = importlib.import_module(STAGE_MODULES)  # here first: the forked workers have them
        if (
            processes
            and workers > 1
            and LOCAL_CLUSTER_SETTINGS["distributed.worker.multiprocessing-method"] == "fork"
        ):
            # and the stages' first-use loads too (py3langid's model, pycountry, dedup's tables), made once
            # here instead of once in each worker, as ``streamed`` makes them before a local pool forks
            from newsfuse.config import Config

            stages.warm_models(Config())
        if processes and LOCAL_CLUSTER_SETTINGS["distributed.worker.multiprocessing-method"] == "forkserver":
            # Dask sets the server's imports on first use: add the stages' after its own
            utils.get_mp_context().set_forkserver_preload(["distributed", STAGE_MODULES])
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=":0",
            silence_logs=40,
        )
        return cluster, distributed.Client(cluster, direct_to_workers=True)
