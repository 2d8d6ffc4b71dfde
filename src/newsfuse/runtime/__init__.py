"""Where stage functions run: in this process (default) or on a Dask cluster (``runtime.dask``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from newsfuse.errors import ConfigError
from newsfuse.runtime.local import LocalRunner, Runner

ENGINES = ("local", "dask")


@contextmanager
def open_runner(
    engine: str = "local", scheduler: str | None = None, workers: int = 2, progress: bool = False
) -> Iterator[Runner]:
    """A runner for ``engine`` with ``workers`` processes, closed (its pool or cluster shut down) on exit."""
    if engine == "local":
        if scheduler:
            raise ConfigError("--scheduler needs --engine dask")
        with LocalRunner(progress=progress, workers=workers) as local:
            yield local
        return
    if engine != "dask":
        raise ConfigError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    from newsfuse.runtime.dask import DaskRunner

    with DaskRunner(scheduler=scheduler, workers=workers) as runner:
        yield runner


__all__ = ["ENGINES", "LocalRunner", "Runner", "open_runner"]
