"""``newsfuse watch``: files appearing in a folder reach the store once, settled, and SIGTERM stops it."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.service import Service
from newsfuse.store import Store, StoredArticle
from newsfuse.watch import FolderWatcher, watch

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


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
        deadline = time.monotonic() + 60
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
        thread.join(30)
        assert not thread.is_alive()
        store.close()


def test_watch_command_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(CORPUS / "ostend-bridge", inbox)
    db = tmp_path / "cli.db"
    args = [sys.executable, "-m", "newsfuse.cli", "watch", str(inbox), "--store", f"sqlite:///{db}"]
    process = subprocess.Popen([*args, "--interval", "0.2"], stderr=subprocess.PIPE, cwd=ROOT)
    store = Store(f"sqlite:///{db}")
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and (not db.exists() or store.stats()["articles"] < 2):
            time.sleep(0.2)
        assert store.stats()["articles"] == 2
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
        store.close()
    assert process.returncode == 0, err.decode()
    assert b"stopped after" in err
    again = subprocess.run([*args, "--max-polls", "2", "--interval", "0.05"], capture_output=True, cwd=ROOT)
    assert again.returncode == 0
    assert b"'known': 2" in again.stderr


FEED_ITEM = """<item><title>{title}</title><link>http://news.example/{n}</link><guid>item-{n}</guid>
<pubDate>Thu, 12 Mar 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>"""


def _feed(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(FEED_ITEM.format(n=n, title=t, body=b) for n, (t, b) in enumerate(items))
    xml = f'<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Kestrel Wire</title>{entries}</channel></rss>'
    return xml.encode("latin-1")


def test_watch_reads_new_feed_entries(tmp_path: Path) -> None:
    from newsfuse.ingest.fetch import FetchConfig
    from tests.web.conftest import http_server

    words = "The Kestrel ferry resumed service on Thursday after repairs to its landing stage were finished. "
    items = [("Ferry resumes service at Kestrel", words * 5)]
    store = Store(f"sqlite:///{tmp_path / 'feed.db'}")
    service = Service(store, fetch=FetchConfig(allow_networks=("127.0.0.1/32",)))
    try:
        with http_server(lambda: _feed(items), "application/rss+xml; charset=ISO-8859-1") as base:
            url = f"{base}/feed.rss"
            first = watch([url], service, threading.Event(), interval=0.05, max_polls=1)
            assert first.outcomes == {"added": 1}
            items.append(("Café owners welcome the ferry's return", "Owners of the café said " + words * 5))
            second = watch([url], service, threading.Event(), interval=0.05, max_polls=2)
        assert second.outcomes == {"known": 1, "added": 1}  # a new watcher: the first entry is known
        titles = {(store.article(a) or _NO).data["title"] for e in store.events() for a in _ids(store, e.id)}
        assert "Café owners welcome the ferry's return" in titles
    finally:
        store.close()


def _ids(store: Store, event_id: str) -> list[str]:
    return list((store.event(event_id) or {}).get("article_ids", []))


_NO = StoredArticle({"title": None}, "")
