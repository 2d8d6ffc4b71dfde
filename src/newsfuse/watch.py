"""``newsfuse watch``: keep a store up to date as files appear in folders or entries in feeds (polling).

Each poll lists the folders; a file is read once its size and modification time have stayed the same
for one poll (so half-written files are not read). Each poll also fetches every feed URL (safely, see
``ingest.fetch``) and reads its entries not seen before (``ingest.feed``; link-only entries are fetched
politely). Everything is added through the Service in batches. Inputs are keyed on their content, so
restarting adds nothing twice. A ``threading.Event`` stops the loop between polls and between batches
(the CLI sets it on SIGTERM / SIGINT through ``until_signalled``).
"""

from __future__ import annotations

import hashlib
import re
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from newsfuse.errors import InputError
from newsfuse.ingest.feed import parse_feed
from newsfuse.ingest.fetch import FetchError, fetch_url
from newsfuse.ingest.files import discover, read_path
from newsfuse.ingest.urls import PoliteFetcher, Target, resolve_targets
from newsfuse.model import Drop, RawDoc, Rejected
from newsfuse.service import Outcome, Service

T = TypeVar("T")


@dataclass
class WatchStats:
    """Counts since the watch started."""

    polls: int = 0
    files: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    rejected: list[Outcome] = field(default_factory=list)
    """The inputs this poll rejected, each with its reason and detail (emptied when the poll ends)."""

    def count(self, outcomes: Sequence[Outcome]) -> None:
        for o in outcomes:
            self.outcomes[o.status] = self.outcomes.get(o.status, 0) + 1
        self.rejected.extend(o for o in outcomes if o.status == "rejected")


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


class FeedWatcher:
    """Fetches feeds and yields the entries not seen in earlier polls (fetching link-only entries); an entry
    that carries its article is seen again when that article changed."""

    def __init__(self, urls: Sequence[str], service: Service) -> None:
        self.urls = list(urls)
        self._fetch_config = service.fetch_config
        self._fetcher = PoliteFetcher(config=service.fetch_config)
        self._seen: set[str] = set()

    def new_entries(self) -> list[RawDoc | Rejected]:
        found: list[Target | RawDoc | Rejected] = []
        for url in self.urls:
            try:
                page = fetch_url(url, self._fetch_config)
            except FetchError as exc:
                found.append(
                    Rejected(url, url, Drop.UNREADABLE, f"feed not fetched: {exc.reason}: {exc.detail}")
                )
                continue
            # The text is decoded already: re-encode it as UTF-8 and say so in the XML declaration.
            xml = _ENCODING.sub(r"\1", page.text, count=1).encode("utf-8")
            found += [e for e in parse_feed(xml, url, url) if _entry_key(e) not in self._seen]
        self._seen.update(
            _entry_key(e) for e in found if not isinstance(e, Rejected) or e.id not in self.urls
        )
        return resolve_targets(found, self._fetcher)


def _entry_key(entry: Target | RawDoc | Rejected) -> str:
    """What makes a feed entry seen: its id, and for an entry that carries its article, that article's text too
    (an entry updated under its id is read again: the service adds it as its later version)."""
    if isinstance(entry, RawDoc):
        return f"{entry.id}\0{hashlib.sha256((entry.html or entry.text or '').encode()).hexdigest()}"
    return entry.id


_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\sencoding=["'][^"']*["']""")


def _ingest(docs: Sequence[RawDoc | Rejected], service: Service, stats: WatchStats, batch: int) -> None:
    for start in range(0, len(docs), batch):
        stats.count(service.ingest_documents(docs[start : start + batch]))


def watch(
    sources: Sequence[str | Path],
    service: Service,
    stop: threading.Event,
    interval: float = 5.0,
    batch: int = 200,
    max_polls: int | None = None,
    report: Callable[[WatchStats], None] | None = None,
) -> WatchStats:
    """Poll folders and feed URLs (``http(s)://…``) every ``interval`` s until ``stop`` (or ``max_polls``)."""
    feeds = [str(s) for s in sources if str(s).startswith(("http://", "https://"))]
    folders = [s for s in sources if str(s) not in feeds]
    watcher = FolderWatcher(folders)
    feed_watcher = FeedWatcher(feeds, service) if feeds else None
    stats = WatchStats()
    interval = max(interval, 0.05)
    while not stop.is_set() and (max_polls is None or stats.polls < max_polls):
        stats.polls += 1
        ready = watcher.settled()
        for start in range(0, len(ready), batch):
            if stop.is_set():
                break
            docs: list[RawDoc | Rejected] = []
            for file, doc_id in ready[start : start + batch]:
                docs.extend(read_path(file, doc_id, service.config.ingest))
            stats.files += len(ready[start : start + batch])
            _ingest(docs, service, stats, batch)
        entries = feed_watcher.new_entries() if feed_watcher and not stop.is_set() else []
        _ingest(entries, service, stats, batch)
        if report is not None and (ready or entries):
            report(stats)
        stats.rejected.clear()
        if max_polls is None or stats.polls < max_polls:
            stop.wait(interval)
    return stats


def until_signalled(
    body: Callable[[threading.Event], T], signals: Sequence[int] = (signal.SIGTERM, signal.SIGINT)
) -> T:
    """``body(stop)`` in a worker thread, with each of ``signals`` setting ``stop`` until it returns.

    The loop must not run in the main thread: a Python signal handler runs in the main thread between two
    bytecodes, and ``Event.wait`` holds the event's lock for a few bytecodes of every wait, so a handler
    calling ``stop.set()`` that lands there blocks on that lock forever (a watch stuck on SIGTERM). Here the
    main thread only joins, and a second signal arriving while the handler runs does not set ``stop`` again
    (its lock may be held by the handler it interrupted). Call it from the main thread."""
    stop = threading.Event()
    fired: list[int] = []
    done: list[T] = []
    failed: list[BaseException] = []

    def handler(signum: int, frame: object) -> None:
        if not fired:
            fired.append(signum)
            stop.set()

    def work() -> None:
        try:
            done.append(body(stop))
        except BaseException as exc:  # raised again in the caller's thread
            failed.append(exc)

    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        worker = threading.Thread(target=work, name="newsfuse-watch")
        worker.start()
        # a timed join: the handler runs soon even when another thread took the signal
        while worker.is_alive():
            worker.join(0.5)
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
    if failed:
        raise failed[0]
    return done[0]
