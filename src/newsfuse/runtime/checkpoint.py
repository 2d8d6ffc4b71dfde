"""Resumable runs: a work folder with an append-only, fsync'd journal of finished work.

Each entry is keyed by what produced it (an input's id and a hash of its content; an event's
inputs), so a run that was killed continues where it stopped, nothing is done twice, and a new
batch of inputs added to an old run reuses everything already cleaned. An entry is a frame:
8-byte length, 16-byte BLAKE2b digest, pickled ``(key, value)``; a torn frame at the end (a kill
during a write) is cut off when the journal is opened. Pickle is only read from a work folder this
program wrote: do not point ``--workdir`` at files from elsewhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError

_HEAD = 8 + 16


def content_key(kind: str, value: object) -> str:
    """A key naming ``value`` by kind and a hash of its whole content."""
    digest = hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=16).hexdigest()
    return f"{kind}:{getattr(value, 'id', '')}:{digest}"


class Journal:
    """The finished work of one run folder; ``append`` makes new entries durable before returning.

    Only the keys and each entry's place in the file stay in memory; a value is read back from the file
    when asked for, so a large run's journal does not hold its work in memory."""

    def __init__(self, workdir: str | Path, config: dict[str, Any]) -> None:
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._check_config(config)
        self.path = self.dir / "journal.bin"
        self.entries: dict[str, tuple[int, int]] = {}
        """Each key's payload: offset and length in the file."""
        self.torn_bytes = 0
        self._end = 0
        self._load()

    def _check_config(self, config: dict[str, Any]) -> None:
        saved = self.dir / "config.json"
        text = json.dumps(config, sort_keys=True, indent=1)
        if saved.exists():
            if saved.read_text(encoding="utf-8") != text:
                raise InputError(
                    f"work folder {self.dir} was made with a different config; use a new --workdir"
                )
            return
        saved.write_text(text, encoding="utf-8")

    def _load(self) -> None:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        good = 0
        while good + _HEAD <= len(data):
            length = int.from_bytes(data[good : good + 8], "little")
            digest = data[good + 8 : good + _HEAD]
            payload = data[good + _HEAD : good + _HEAD + length]
            if len(payload) < length or hashlib.blake2b(payload, digest_size=16).digest() != digest:
                break
            key, _ = pickle.loads(payload)
            self.entries[key] = (good + _HEAD, length)
            good += _HEAD + length
        self._end = good
        if good < len(data):
            self.torn_bytes = len(data) - good
            with self.path.open("r+b") as handle:
                handle.truncate(good)
                os.fsync(handle.fileno())

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def __getitem__(self, key: str) -> Any:
        offset, length = self.entries[key]
        fd = os.open(self.path, os.O_RDONLY)
        try:
            payload = os.pread(fd, length, offset)
        finally:
            os.close(fd)
        return pickle.loads(payload)[1]

    def append(self, items: Iterable[tuple[str, Any]]) -> int:
        """Write entries whose key is new; returns how many were written."""
        frames = []
        at = self._end
        for key, value in items:
            if key in self.entries:
                continue
            payload = pickle.dumps((key, value), protocol=5)
            digest = hashlib.blake2b(payload, digest_size=16).digest()
            frames.append(len(payload).to_bytes(8, "little") + digest + payload)
            self.entries[key] = (at + _HEAD, len(payload))
            at += _HEAD + len(payload)
        if frames:
            with self.path.open("ab") as handle:
                handle.write(b"".join(frames))
                handle.flush()
                os.fsync(handle.fileno())
            self._end = at
        return len(frames)
