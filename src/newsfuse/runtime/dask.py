"""The Dask runner: the same pure stage functions, run on a ``dask.distributed`` cluster.

Items are sent in chunks (one task per chunk) so that a million small calls do not become a
million scheduler tasks. A task lost with a dying worker is re-run by Dask on another worker;
results keep the order of the items. The pipeline's workers read and write the run's spill folder
(``runtime.spill``): on a cluster of several machines, give the run a ``--workdir`` that every worker
mounts at the same path (without one, the spill is a temporary folder of the machine that runs the
pipeline, which only a ``LocalCluster`` shares).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar
from uuid import uuid4

from newsfuse.errors import NewsfuseError
from newsfuse.runtime.local import STREAM_CHUNK, apply_chunk, chunks, submitted_in_order

T = TypeVar("T")
R = TypeVar("R")


class DaskRunner:
    """Maps stage functions over a Dask cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a
    ``LocalCluster`` with ``workers`` workers is started here and closed by ``close()``.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int = 2,
        processes: bool = True,
        chunk_size: int = 200,
        client: Any = None,
    ) -> None:
        try:
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as exc:  # pragma: no cover - dask is an optional extra
            raise NewsfuseError("the dask engine needs `pip install newsfuse[dask]`") from exc
        self.chunk_size = chunk_size
        self._cluster: Any = None
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = distributed.Client(scheduler, timeout="20s")
            except OSError as exc:
                raise NewsfuseError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        else:
            self._cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=":0",
                silence_logs=40,
            )
            self.client = distributed.Client(self._cluster)
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
        yield from submitted_in_order(
            iter(items),
            STREAM_CHUNK,
            lambda part: self.client.submit(apply_chunk, fn, part, pure=False, key=f"{label}-{uuid4()}"),
            [],
        )

    def submit(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[Any]:
        """Send ``fn`` over ``items`` to the cluster in chunks; returns the chunks' futures."""
        if not items:
            return []
        workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        size = max(1, min(self.chunk_size, -(-len(items) // (workers * 4))))
        parts = chunks(items, size)
        return list(self.client.map(apply_chunk, [fn] * len(parts), parts, pure=False, key=label))

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
