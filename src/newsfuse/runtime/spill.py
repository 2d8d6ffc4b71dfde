"""Spill files: records the pool workers write to the run's folder and read back by reference.

A cleaned article is pickled once, by the worker that cleaned it, into a spill file; the main process
keeps only its ``Ref`` (file, offset, length) and what dedup and clustering need, and the workers that
cluster or build events read the article back themselves. So an article's text neither travels through
the main process nor stays in its memory. Each call of ``write`` makes a new file (a unique name), so
workers never write to the same file and a ``Ref`` always names the same bytes. Pickle is only read from
a folder this program wrote, as with the journal.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4


@dataclass(frozen=True, slots=True)
class Ref:
    """Where one spilled record is: a file of the spill folder, the record's offset and length."""

    file: str
    offset: int
    length: int

    def __reduce__(self) -> tuple[type[Ref], tuple[str, int, int]]:
        """Pickled as its class and fields (a frozen slotted dataclass's own pickling runs two Python
        functions per object: ~4x the CPU; refs cross between the processes once or more per article)."""
        return Ref, (self.file, self.offset, self.length)


class Spill:
    """A folder of spill files. Pickles as its path only, so pool workers and Dask workers on the same
    machine write and read the same folder. ``durable`` files are fsync'd before ``write`` returns (a
    journal entry may name them: a resumed run reads them)."""

    def __init__(self, folder: str | Path, durable: bool = False) -> None:
        self.dir = Path(folder)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.durable = durable

    def __reduce__(self) -> tuple[Any, ...]:
        return (Spill, (str(self.dir), self.durable))

    def write(self, values: Iterable[object], prefix: str) -> list[Ref]:
        """Pickle ``values`` into one new file; returns each one's reference, in order."""
        payloads = [pickle.dumps(v, protocol=5) for v in values]
        if not payloads:
            return []
        name = f"{prefix}-{uuid4().hex}.bin"
        refs, offset = [], 0
        for payload in payloads:
            refs.append(Ref(name, offset, len(payload)))
            offset += len(payload)
        with (self.dir / name).open("wb") as handle:
            handle.write(b"".join(payloads))
            if self.durable:
                handle.flush()
                os.fsync(handle.fileno())
        return refs

    def read(self, refs: Sequence[Ref]) -> list[Any]:
        """The records ``refs`` name, in order (each file opened once per call)."""
        out: list[Any] = [None] * len(refs)
        by_file: dict[str, list[int]] = {}
        for n, ref in enumerate(refs):
            by_file.setdefault(ref.file, []).append(n)
        for name, positions in by_file.items():
            fd = os.open(self.dir / name, os.O_RDONLY)
            try:
                for n in positions:
                    ref = refs[n]
                    data = os.pread(fd, ref.length, ref.offset)
                    if len(data) != ref.length:
                        raise OSError(f"spill file {name} is shorter than its records: was it cut?")
                    out[n] = pickle.loads(data)
            finally:
                os.close(fd)
        return out
