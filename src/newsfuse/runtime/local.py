"""The in-process runner: calls run here, or on a pool of worker processes, with an optional progress bar.

With ``workers > 1`` a map of enough items is cut into chunks run by a ``ProcessPoolExecutor``
(forked workers on Linux, so the stage modules and their models are already loaded); results keep
the order of the items, so the output is the same as with one worker. ``imap`` hands results over as
they are done, so the caller's own (serial) work overlaps the pool's.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from typing import Any, Protocol, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsfuse.errors import NewsfuseError
from newsfuse.runtime.worker import start_worker

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL_ITEMS = 8
"""Fewer items than this run in this process while no pool is running: starting the pool would cost more
than it saves. Once it runs (cleaning starts it), even two items go to it: a few large ones, such as the
time-window partitions of a large corpus, would otherwise run one after the other here."""

STREAM_CHUNK = 16
"""Items per task when they come from a generator (their number is not known in advance)."""

MAX_AHEAD = 16
"""Tasks of a streamed map running at most: the source is read only as fast as the workers go."""

HELD_AHEAD = 4
"""Tasks sent and not yet handed over, at most, in ``MAX_AHEAD``s: the done ones wait behind a slow one
(a large event) while the pool goes on with the next ones."""


class Runner(Protocol):
    """Maps a pure function over items; implementations decide where it runs."""

    def map(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[R]: ...

    def imap(self, fn: Callable[[T], R], items: Iterable[T], label: str) -> Iterator[R]:
        """``map``'s results in item order, each handed over as soon as it and those before it are done."""
        ...


def apply_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """``fn`` over one chunk of items (one task of a pool or cluster)."""
    return [fn(item) for item in chunk]


class InFlight:
    """Counts a map's tasks sent and not yet done (from their futures' done callbacks) and times how long
    fewer than ``workers`` of them were running (``starved_s``: workers without a task, waiting for the
    caller) and how long the caller waited for a result (``waited_s``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.running = 0
        self.tasks = 0
        self.starved_s = 0.0
        self.waited_s = 0.0
        self._since = time.perf_counter()
        self._cond = threading.Condition()

    def sent(self, future: Any) -> Any:
        """Count ``future``'s task as running until it is done; returns ``future``."""
        with self._cond:
            self._tick(+1)
        future.add_done_callback(self._done)
        return future

    def _done(self, _: object) -> None:
        with self._cond:
            self._tick(-1)
            self._cond.notify_all()

    def _tick(self, change: int) -> None:
        now = time.perf_counter()
        if self.running < self.workers:
            self.starved_s += now - self._since
        self._since = now
        self.running += change
        self.tasks += max(change, 0)

    def wait_below(self, most: int) -> None:
        """Block until fewer than ``most`` tasks are running."""
        began = time.perf_counter()
        with self._cond:
            while self.running >= most:
                self._cond.wait()
        self.waited_s += time.perf_counter() - began

    def result(self, future: Any) -> Any:
        """``future.result()``, the time spent blocked on it counted."""
        began = time.perf_counter()
        out = future.result()
        self.waited_s += time.perf_counter() - began
        return out

    def close(self) -> dict[str, float]:
        """The figures so far (``starved_s`` up to now)."""
        with self._cond:
            self._tick(0)
        return {"tasks": self.tasks, "starved_s": self.starved_s, "waited_s": self.waited_s}


def submitted_in_order(
    source: Iterator[T],
    per_chunk: int | Callable[[], int],
    submit: Callable[[list[T]], Any],
    parts: list[list[T]],
    ahead: int = MAX_AHEAD,
    flight: InFlight | None = None,
    held: int = HELD_AHEAD,
) -> Iterator[R]:
    """Send ``source`` in chunks of ``per_chunk`` as they fill (``submit`` returns a future) and yield the
    results in item order, each chunk's once it and those before it are done. At most ``ahead`` chunks are
    running (sent, not done): then one of them is waited for before more of ``source`` is read, so a long
    source is not read (and held) whole; and at most ``held`` times as many are sent and not handed over
    (a slow chunk does not stop the others: its results wait, the pool goes on). A ``per_chunk`` that is a
    function is asked for each chunk's size as the chunk is made. ``parts`` holds the chunks sent and not
    yet handed over (a chunk leaves it only once its result is read): they are sent first, so a caller
    whose workers died can call again with the same list. Futures left unread when the caller stops early
    are cancelled. ``flight`` counts and times the tasks (one is made if not given). A ``source`` with an
    ``advance()`` method (``pipeline.Ahead``) is asked to work ahead, one step at a time, while this waits
    for the pool (until it says it has nothing to do ahead)."""
    flight = flight or InFlight(1)
    futures = [flight.sent(submit(part)) for part in parts]
    advance: Callable[[], bool] | None = getattr(source, "advance", None)
    try:
        while True:
            part = list(islice(source, per_chunk if isinstance(per_chunk, int) else per_chunk()))
            if part:
                parts.append(part)
                futures.append(flight.sent(submit(part)))
            while futures and (futures[0].done() or not part or len(futures) >= held * ahead):
                if advance is not None and part:  # the source works ahead while the first task runs
                    while not futures[0].done() and advance():
                        pass
                done: list[R] = flight.result(futures[0])
                futures.pop(0)
                parts.pop(0)
                yield from done
            if not part:
                return
            if advance is not None:  # the source works ahead while the pool is full
                while flight.running >= ahead and advance():
                    pass
            flight.wait_below(ahead)
    finally:
        for future in futures:
            future.cancel()


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` cut into consecutive slices of at most ``size`` items."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def chunk_size(items: int, workers: int, most: int = 64) -> int:
    """Items per task: about eight tasks per worker (for balance), at most ``most`` (for progress)."""
    return max(1, min(most, -(-items // (workers * 8))))


class LocalRunner:
    """Runs every call on this machine: in this process, or on ``workers`` processes; ``close()`` ends them."""

    def __init__(self, progress: bool = False, workers: int = 1) -> None:
        if workers < 1:
            raise NewsfuseError(f"workers must be at least 1, not {workers}")
        self.progress = progress
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self.flights: dict[str, dict[str, float]] = {}
        """Per stage label, the pool's tasks and its ``InFlight`` times, summed over the run's maps."""

    @property
    def forks_pool(self) -> bool:
        """Whether the next parallel map starts (forks) a pool of workers: more than one worker, none
        running yet, on Linux (elsewhere workers are spawned and import everything anew)."""
        return self.workers > 1 and self._pool is None and sys.platform == "linux"

    def map(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[R]:
        return list(self.imap(fn, items, label))

    def imap(self, fn: Callable[[T], R], items: Iterable[T], label: str) -> Iterator[R]:
        """Results in item order, lazily: with a pool each chunk is submitted as soon as it is complete
        and each result is yielded once it and those before it are done, so the caller works while the
        pool does. ``items`` may be a generator (the caller's work making the items overlaps the pool's)."""
        size = len(items) if isinstance(items, Sequence) else None
        few = size is not None and size < (MIN_PARALLEL_ITEMS if self._pool is None else 2)
        if self.workers > 1 and not few:
            results: Iterator[R] = self._parallel(fn, items, size, label)
        else:
            results = (fn(item) for item in items)
        if self.progress and (size is None or size >= 2):  # a stream's bar counts without a total
            results = iter(self._with_bar(results, size, label))
        return results

    def _parallel(
        self, fn: Callable[[T], R], items: Iterable[T], size: int | None, label: str
    ) -> Iterator[R]:
        per_chunk = chunk_size(size, self.workers) if size is not None else STREAM_CHUNK
        source = iter(items)
        parts: list[list[T]] = []  # chunks submitted and not yet handed over
        flight = InFlight(self.workers)
        try:
            for attempt in (1, 2):  # a worker killed from outside breaks the pool: start a new one, once
                try:
                    yield from submitted_in_order(
                        source, per_chunk, partial(self._send, fn), parts, flight=flight
                    )
                    return
                except BrokenProcessPool as exc:
                    self.close()
                    if attempt == 2:
                        raise NewsfuseError(
                            f"the worker processes of the {label!r} stage died twice"
                        ) from exc
        finally:
            totals = self.flights.setdefault(label, {})
            for key, value in flight.close().items():
                totals[key] = totals.get(key, 0.0) + value

    def _send(self, fn: Callable[[T], R], part: list[T]) -> Future[list[R]]:
        return self._executor().submit(apply_chunk, fn, part)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            method = "fork" if sys.platform == "linux" else None
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context(method),
                initializer=start_worker,
                initargs=(os.getpid(),),
            )
        return self._pool

    def close(self) -> None:
        """Stop the worker processes (a later parallel map starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _with_bar(self, results: Iterable[R], total: int | None, label: str) -> Iterable[R]:
        console = Console(stderr=True)
        columns = (
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(label, total=total)
            for result in results:
                yield result
                bar.advance(task)
