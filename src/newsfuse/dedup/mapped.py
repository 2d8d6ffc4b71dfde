"""Large postings runs of the dedup index kept in files mapped into memory, not in the process's heap.

A large run (sorted fingerprints and their owners) is merged block by block straight into unnamed files
in a folder (unlinked at once: each lives as long as its mapping), so neither the merge nor the run holds
the run in the process's memory: after each block, and after each batch of queries, ``release`` drops
this process's resident pages of every mapping (the kernel keeps them in the page cache; a later query
faults the pages it touches back in from there). The arrays hold the same values as merged in memory:
the index's decisions do not change.
"""

from __future__ import annotations

import mmap
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt

G = TypeVar("G", bound=np.generic)

MAPPED_ENTRIES = 1 << 20
"""Runs of at least this many postings (12 bytes each) are mapped from a file when the index has a folder."""

MERGE_BLOCK = 1 << 18
"""Entries of the newer run merged at a time into a mapped run (a few MB of the process's memory)."""

K = TypeVar("K", bound=np.generic)
W = TypeVar("W", bound=np.generic)


class MappedRuns:
    """Maps arrays written to files in ``folder`` and releases their resident pages on demand."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._maps: dict[int, mmap.mmap] = {}  # by the id of the array it backs

    def empty(self, size: int, dtype: np.dtype[G]) -> npt.NDArray[G]:
        """A writable array of ``size`` zeros backed by a mapped (unlinked) file of the folder."""
        with tempfile.TemporaryFile(dir=self.folder) as handle:
            os.ftruncate(handle.fileno(), max(size * dtype.itemsize, 1))
            view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_WRITE)
        out: npt.NDArray[G] = np.frombuffer(view, dtype=dtype, count=size)
        self._maps[id(out)] = view
        return out

    def merged(
        self,
        older: tuple[npt.NDArray[K], npt.NDArray[W]],
        newer: tuple[npt.NDArray[K], npt.NDArray[W]],
        merge: Callable[
            [tuple[npt.NDArray[K], npt.NDArray[W]], tuple[npt.NDArray[K], npt.NDArray[W]]],
            tuple[npt.NDArray[K], npt.NDArray[W]],
        ],
        block: int = MERGE_BLOCK,
    ) -> tuple[npt.NDArray[K], npt.NDArray[W]]:
        """``merge(older, newer)`` (two runs sorted by key) written into mapped arrays ``block`` newer
        entries at a time: each block of ``newer`` with the ``older`` entries whose keys come before its
        last key and after the previous block's, resident pages released after each block."""
        (k1, o1), (k2, o2) = older, newer
        keys = self.empty(k1.size + k2.size, k1.dtype)
        owners = self.empty(k1.size + k2.size, o1.dtype)
        start = 0  # the first older entry not written yet
        for b in range(0, max(k2.size, 1), block):
            e = min(b + block, k2.size)
            end = k1.size if e == k2.size else int(np.searchsorted(k1, k2[e - 1], "right"))
            part_keys, part_owners = merge((k1[start:end], o1[start:end]), (k2[b:e], o2[b:e]))
            keys[start + b : end + e], owners[start + b : end + e] = part_keys, part_owners
            start = end
            self.release()
        self.forget([k1, o1, k2, o2])
        keys.setflags(write=False)
        owners.setflags(write=False)
        return keys, owners

    def holds(self, array: npt.NDArray[np.generic]) -> bool:
        """Whether ``array`` is one of the mapped ones."""
        return id(array) in self._maps

    def forget(self, arrays: list[npt.NDArray[np.generic]]) -> None:
        """Stop releasing the mappings behind ``arrays`` (runs merged away: freed with their arrays)."""
        for array in arrays:
            self._maps.pop(id(array), None)

    def release(self) -> None:
        """Drop this process's resident pages of every mapping (the data stays in the file)."""
        for view in self._maps.values():
            view.madvise(mmap.MADV_DONTNEED)
