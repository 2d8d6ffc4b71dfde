"""Where stage functions run: in this process (default) or elsewhere (later: Dask)."""

from newsfuse.runtime.local import LocalRunner, Runner

__all__ = ["LocalRunner", "Runner"]
