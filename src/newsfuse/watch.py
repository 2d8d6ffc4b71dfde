"""``newsfuse watch``: keep a store up to date as files appear in folders (polling, no extra dependency).

Each poll lists the folders; a file is read once its size and modification time have stayed the same
for one poll (so half-written files are not read), then added through the Service in batches. Inputs
are keyed on their content, so restarting re-reads the folder without adding anything twice. A
``threading.Event`` stops the loop between polls (the CLI sets it on SIGTERM / SIGINT).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.files import discover, read_path
from newsfuse.model import RawDoc, Rejected
from newsfuse.service import Outcome, Service


@dataclass
class WatchStats:
    """Counts since the watch started."""

    polls: int = 0
    files: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, outcomes: Sequence[Outcome]) -> None:
        for o in outcomes:
            self.outcomes[o.status] = self.outcomes.get(o.status, 0) + 1


class FolderWatcher:
    """Finds files that are new or changed (and settled) under some folders, poll after poll."""

    def __init__(self, folders: Sequence[str | Path]) -> None:
        self.folders = [Path(f) for f in folders]
        for folder in self.folders:
            if not folder.is_dir():
                raise InputError(f"not a folder to watch: {folder}")
        self._pending: dict[Path, tuple[int, int]] = {}
        self._done: dict[Path, tuple[int, int]] = {}

    def settled(self) -> list[tuple[Path, str]]:
        """(file, id) of every file unchanged since the previous poll and not yet handed out."""
        ready = []
        for file, doc_id in discover(self.folders):
            try:
                stat = file.stat()
            except OSError:
                continue
            signature = (stat.st_size, stat.st_mtime_ns)
            if self._done.get(file) == signature:
                continue
            if self._pending.get(file) == signature:
                ready.append((file, doc_id))
                self._done[file] = signature
                del self._pending[file]
            else:
                self._pending[file] = signature
        return ready


def watch_folders(
    folders: Sequence[str | Path],
    service: Service,
    stop: threading.Event,
    interval: float = 5.0,
    batch: int = 200,
    max_polls: int | None = None,
    report: Callable[[WatchStats], None] | None = None,
) -> WatchStats:
    """Poll ``folders`` every ``interval`` seconds until ``stop`` is set (or ``max_polls`` polls)."""
    watcher = FolderWatcher(folders)
    stats = WatchStats()
    interval = max(interval, 0.05)
    while not stop.is_set() and (max_polls is None or stats.polls < max_polls):
        ready = watcher.settled()
        stats.polls += 1
        for start in range(0, len(ready), batch):
            docs: list[RawDoc | Rejected] = []
            for file, doc_id in ready[start : start + batch]:
                docs.extend(read_path(file, doc_id, service.config.ingest))
            stats.files += len(ready[start : start + batch])
            stats.count(service.ingest_documents(docs))
            if stop.is_set():
                break
        if report is not None and ready:
            report(stats)
        if max_polls is None or stats.polls < max_polls:
            stop.wait(interval)
    return stats
