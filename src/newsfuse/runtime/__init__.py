"""Where stage functions run: in this process (default) or on a Dask cluster (``runtime.dask``)."""

from newsfuse.runtime.local import LocalRunner, Runner

__all__ = ["LocalRunner", "Runner"]
