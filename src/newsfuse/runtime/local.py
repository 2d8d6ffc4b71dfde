"""The in-process runner, with an optional progress bar on stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")
R = TypeVar("R")


class Runner(Protocol):
    """Maps a pure function over items; implementations decide where it runs."""

    def map(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[R]: ...


class LocalRunner:
    """Runs every call here, in order, showing progress on stderr when asked."""

    def __init__(self, progress: bool = False) -> None:
        self.progress = progress

    def map(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> list[R]:
        if not self.progress or len(items) < 2:
            return [fn(item) for item in items]
        return list(self._with_bar(fn, items, label))

    def _with_bar(self, fn: Callable[[T], R], items: Sequence[T], label: str) -> Iterable[R]:
        console = Console(stderr=True)
        columns = (
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(label, total=len(items))
            for item in items:
                yield fn(item)
                bar.advance(task)
