"""The dedup index's sketches by position: the latest in memory, older ones in a file read back on demand.

An index verifies each new article against the old ones that share its fingerprints (about one per article)
and reads matched sketches again to build its groups and passages; every other old sketch is idle. With a
folder, a ``SketchStore`` keeps the latest ``resident`` sketches in memory and appends older ones to an
unnamed temporary file there (deleted with the store), so the memory the sketches hold stays flat in the corpus size;
without one it is a plain in-memory list. Either way it reads back the same sketches: the index's
decisions do not depend on where they are.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import overload

from newsfuse.dedup.shingles import Sketch


class SketchStore(Sequence[Sketch]):
    """Sketches by position in the index; see the module's docstring."""

    def __init__(self, folder: str | Path | None = None, resident: int = 20_000) -> None:
        if resident < 1:
            raise ValueError(f"resident must be at least 1, not {resident}")
        self.folder = Path(folder) if folder is not None else None
        self.resident = resident
        self._recent: list[Sketch] = []
        self._ends = array("q")
        """End offset in the file of each spilled sketch (its start is the previous one's end)."""
        self._file: tempfile._TemporaryFileWrapper[bytes] | None = None

    def __len__(self) -> int:
        return len(self._ends) + len(self._recent)

    @overload
    def __getitem__(self, item: int) -> Sketch: ...

    @overload
    def __getitem__(self, item: slice) -> list[Sketch]: ...

    def __getitem__(self, item: int | slice) -> Sketch | list[Sketch]:
        if isinstance(item, slice):
            return [self[n] for n in range(*item.indices(len(self)))]
        spilled = len(self._ends)
        size = spilled + len(self._recent)
        n = item + size if item < 0 else item
        if not 0 <= n < size:
            raise IndexError(f"sketch {item} of {size}")
        if n >= spilled:
            return self._recent[n - spilled]
        assert self._file is not None  # spilled sketches exist only with a file
        start = self._ends[n - 1] if n else 0
        return _loads(os.pread(self._file.fileno(), self._ends[n] - start, start))

    def __iter__(self) -> Iterator[Sketch]:
        for n in range(len(self._ends)):
            yield self[n]
        yield from self._recent

    @property
    def in_memory(self) -> Sequence[Sketch]:
        """The sketches held in memory (the latest ones)."""
        return self._recent

    def extend(self, sketches: Iterable[Sketch]) -> None:
        """Append sketches; with a folder, spill the oldest beyond ``resident`` once twice that are held."""
        self._recent.extend(sketches)
        if self.folder is not None and len(self._recent) >= 2 * self.resident:
            self._spill(self._recent[: -self.resident])
            del self._recent[: -self.resident]

    def _spill(self, sketches: Sequence[Sketch]) -> None:
        if self._file is None:
            # open as long as the store lives (deleted with it)
            self._file = tempfile.NamedTemporaryFile(prefix="sketches-", suffix=".bin", dir=self.folder)  # noqa: SIM115
        payloads = [_dumps(s) for s in sketches]
        end = self._ends[-1] if self._ends else 0
        for payload in payloads:
            end += len(payload)
            self._ends.append(end)
        self._file.seek(0, os.SEEK_END)
        self._file.write(b"".join(payloads))
        self._file.flush()


def _dumps(sketch: Sketch) -> bytes:
    """A sketch's bytes in the file: ``Sketch.__reduce__``'s one buffer of its four arrays (numpy's own
    pickling of each array cost four reconstructions per read)."""
    return pickle.dumps(sketch, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(data: bytes) -> Sketch:
    """A sketch written by ``_dumps`` (read only from a file this process wrote)."""
    sketch: Sketch = pickle.loads(data)
    return sketch
