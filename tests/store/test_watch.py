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
from newsfuse.store import Store
from newsfuse.watch import FolderWatcher, watch_folders

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
    thread = threading.Thread(target=watch_folders, args=([inbox], service, stop), kwargs={"interval": 0.05})
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
