"""``newsfuse watch``: files appearing in a folder reach the store once, settled, and SIGTERM stops it."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.service import Service
from newsfuse.store import Store, StoredArticle
from newsfuse.watch import FolderWatcher, WatchStats, until_signalled, watch

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
LONG = 420.0
"""Seconds to wait for a state (a child's start-up, a first ingest): each wait ends as soon as it holds, and it
takes minutes of wall time when two cores are shared by a load of 20-30 (a test's budget is pytest-timeout's
600 s)."""


def test_a_file_is_handed_out_once_it_has_settled(tmp_path: Path) -> None:
    watcher = FolderWatcher([tmp_path])
    (tmp_path / "a.txt").write_text("first part")
    assert watcher.settled() == []  # seen once: may still be being written
    (tmp_path / "a.txt").write_text("first part, and the rest")
    assert watcher.settled() == []  # changed since: still not settled
    assert [doc_id for _, doc_id in watcher.settled()] == ["a.txt"]
    assert watcher.settled() == []  # handed out once
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "a.txt").write_text("edited again, a new version")
    watcher.settled()
    assert [doc_id for _, doc_id in watcher.settled()] == ["a.txt"]
    with pytest.raises(InputError):
        FolderWatcher([tmp_path / "missing"])


def test_watch_adds_new_files_until_stopped(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    stop = threading.Event()
    service = Service(store)
    thread = threading.Thread(target=watch, args=([inbox], service, stop), kwargs={"interval": 0.05})
    thread.start()
    try:
        shutil.copytree(CORPUS / "ostend-bridge", inbox / "ostend-bridge")
        deadline = time.monotonic() + LONG
        while store.stats()["articles"] < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.stats()["articles"] == 2
        shutil.copy(CORPUS / "millbrook-sentinel-bridge.txt", inbox / "sentinel.txt")
        while store.stats()["articles"] < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        events = store.events()
        assert len(events) == 1 and events[0].articles == 3
    finally:
        stop.set()
        thread.join(LONG)
        assert not thread.is_alive()
        store.close()


def _articles(db: Path) -> int:
    """How many articles the store file holds (0 before the child has made it), without making it here."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=LONG)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the child has not made its tables yet
        return 0
    finally:
        conn.close()


def _wait_for(ready: Callable[[], bool], process: subprocess.Popen[bytes], log: Path, what: str) -> None:
    deadline = time.monotonic() + LONG
    while not ready():
        if process.poll() is not None:
            pytest.fail(f"the watch exited ({process.returncode}) before {what}: {log.read_text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} in {LONG:g} s: {log.read_text()}")
        time.sleep(0.1)


def test_watch_command_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(CORPUS / "ostend-bridge", inbox)
    db, log = tmp_path / "cli.db", tmp_path / "watch.log"
    args = [sys.executable, "-m", "newsfuse.cli", "watch", str(inbox), "--store", f"sqlite:///{db}"]
    with log.open("wb") as err:
        process = subprocess.Popen([*args, "--interval", "0.2"], stderr=err, cwd=ROOT)
    try:
        # the child tells it is running by what it writes: both files in the store (its handlers are set by then)
        _wait_for(lambda: _articles(db) == 2, process, log, "two articles in the store")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=LONG) == 0, log.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "stopped after" in log.read_text()
    again = subprocess.run(
        [*args, "--max-polls", "2", "--interval", "0.05"], capture_output=True, cwd=ROOT, timeout=LONG
    )
    assert again.returncode == 0, again.stderr.decode()
    assert b"'known': 2" in again.stderr


_SIGNALLED = """
import os, signal, sys, threading
from newsfuse.watch import until_signalled

def body(stop):
    waits = 0
    while not stop.is_set():
        stop.wait(0)  # the wait a handler that sets ``stop`` in the same thread deadlocks on, half the time
        waits += 1
        if waits == 100:  # signalled while the loop spins (a while after it started), however slow the machine
            threading.Timer(0.005, lambda: [os.kill(os.getpid(), s) for s in SIGNALS]).start()
    return waits

for SIGNALS in [(signal.SIGTERM,), (signal.SIGINT,), (signal.SIGTERM, signal.SIGINT)] * 10:
    assert until_signalled(body) >= 100
assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
print("stopped every time", flush=True)
"""


def test_a_signal_stops_a_loop_busy_waiting_on_its_stop_event() -> None:
    """A handler calling ``stop.set()`` in the thread that was inside ``stop.wait()`` blocks forever on the
    event's lock (a watch that SIGTERM left hanging): the loop runs in a worker thread instead."""
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLED], capture_output=True, text=True, cwd=ROOT, timeout=LONG
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped every time"


def test_until_signalled_returns_raises_and_restores_the_handlers() -> None:
    before = signal.getsignal(signal.SIGTERM)

    def stopped(stop: threading.Event) -> str:
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(LONG)
        return "stopped"

    assert until_signalled(stopped) == "stopped"
    assert signal.getsignal(signal.SIGTERM) is before

    def broken(stop: threading.Event) -> str:
        raise InputError("no such folder")

    with pytest.raises(InputError, match="no such folder"):
        until_signalled(broken)
    assert signal.getsignal(signal.SIGTERM) is before


FEED_ITEM = """<item><title>{title}</title><link>http://news.example/{n}</link><guid>item-{n}</guid>
<pubDate>Thu, 12 Mar 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>"""


def _feed(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(FEED_ITEM.format(n=n, title=t, body=b) for n, (t, b) in enumerate(items))
    xml = f'<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Kestrel Wire</title>{entries}</channel></rss>'
    return xml.encode("latin-1")


FERRY = "The Kestrel ferry resumed service on Thursday after repairs to its landing stage were finished. "


@contextmanager
def _served_feed(tmp_path: Path, items: list[tuple[str, str]]) -> Iterator[tuple[Service, str]]:
    """A service over a new store, allowed to fetch from loopback, and the URL of a feed of ``items`` as they
    are at each request."""
    from newsfuse.ingest.fetch import FetchConfig
    from tests.web.conftest import http_server

    store = Store(f"sqlite:///{tmp_path / 'feed.db'}")
    try:
        with http_server(lambda: _feed(items), "application/rss+xml; charset=ISO-8859-1") as base:
            yield Service(store, fetch=FetchConfig(allow_networks=("127.0.0.1/32",))), f"{base}/feed.rss"
    finally:
        store.close()


def test_watch_reads_new_feed_entries(tmp_path: Path) -> None:
    items = [("Ferry resumes service at Kestrel", FERRY * 5)]
    with _served_feed(tmp_path, items) as (service, url):
        first = watch([url], service, threading.Event(), interval=0.05, max_polls=1)
        assert first.outcomes == {"added": 1}
        items.append(("Café owners welcome the ferry's return", "Owners of the café said " + FERRY * 5))
        second = watch([url], service, threading.Event(), interval=0.05, max_polls=2)
        assert second.outcomes == {"known": 1, "added": 1}  # a new watcher: the first entry is known
        store = service.store
        titles = {(store.article(a) or _NO).data["title"] for e in store.events() for a in _ids(store, e.id)}
        assert "Café owners welcome the ferry's return" in titles


def test_an_updated_feed_entry_is_read_again_as_its_later_version(tmp_path: Path) -> None:
    from newsfuse.watch import FeedWatcher

    items = [("Ferry resumes service at Kestrel", FERRY * 5)]
    with _served_feed(tmp_path, items) as (service, url):
        feeds = FeedWatcher([url], service)
        (first,) = service.ingest_documents(feeds.new_entries())
        assert feeds.new_entries() == []  # unchanged: not read again
        items[0] = (items[0][0], FERRY * 5 + "Four more crossings were added on Friday.")  # the entry updated
        (later,) = service.ingest_documents(feeds.new_entries())
    assert first.status == later.status == "added" and later.id == first.id + "~2"
    assert later.event_id == first.event_id


def _ids(store: Store, event_id: str) -> list[str]:
    return list((store.event(event_id) or {}).get("article_ids", []))


_NO = StoredArticle({"title": None}, "")


def test_watch_says_which_inputs_it_rejected_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfuse.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02")
    shutil.copy(CORPUS / "millbrook-sentinel-bridge.txt", inbox / "sentinel.txt")
    seen: list[list[tuple[str, str | None]]] = []
    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")

    def report(stats: WatchStats) -> None:
        seen.append([(o.id, o.reason) for o in stats.rejected])

    try:
        stats = watch([inbox], Service(store), threading.Event(), interval=0.05, max_polls=2, report=report)
    finally:
        store.close()
    assert stats.outcomes == {"added": 1, "rejected": 2}
    assert seen == [[("empty.txt", "empty"), ("scan.pdf", "binary")]]  # the poll that read them, once
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["watch", str(inbox), "--store", db, "--max-polls", "2", "--interval", "0.05"]) == 0
    err = capsys.readouterr().err
    assert "rejected empty.txt: empty (file is empty)" in err and "rejected scan.pdf: binary" in err
    assert main(["watch", str(inbox), "--store", db, "--max-polls", "2", "--interval", "0.05"]) == 0
    err = capsys.readouterr().err  # a restarted watch: the same inputs, known, their reasons given again
    assert "rejected empty.txt: empty (file is empty)" in err and "'known': 1" in err
