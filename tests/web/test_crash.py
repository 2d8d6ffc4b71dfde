"""Crash safety: kill -9 the server during a batch ingest; nothing is lost, half-written or doubled."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from newsfuse.store import Store
from newsfuse.web.views import renderer
from tests.web.conftest import Server

TOWNS = ["Orrin Ford", "Kestrel", "Maple Cross", "Dunmore", "Halver", "Ashby Vale", "Brightwater", "Colme"]
THINGS = ["library", "bridge", "school", "clinic", "market hall", "ferry pier", "depot", "pool"]


def synthetic_batch(n: int) -> list[dict[str, Any]]:
    """Distinct invented articles (many small events), enough to keep the server busy for seconds."""
    batch = []
    for i in range(n):
        town, thing = TOWNS[i % len(TOWNS)], THINGS[(i // len(TOWNS)) % len(THINGS)]
        text = (
            f"The council of {town} approved a plan on Monday to rebuild the old {thing}, "
            f"at a cost of {100 + i} thousand, the mayor said. Work on the {thing} starts in week {i % 50 + 1} "
            f"and residents of {town} were asked to comment before the vote, report number {i}. "
            f"Officials said the {thing} had been closed since the storm of {1990 + i % 30}."
        )
        batch.append(
            {"id": f"crash-{i:04d}", "text": text, "outlet": f"Outlet {i % 7}", "published": "2026-03-12"}
        )
    return batch


WAIT = 300.0
"""Seconds a request may take: each ends as soon as it is answered, and a loaded machine is slow."""
BUSY = 0.3
"""CPU seconds the server spends on the 600-article batch before it is killed (the batch takes several)."""


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def consistent(db: Path) -> int:
    """Checks the store is whole; returns how many articles it holds."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store(f"sqlite:///{db}")
    try:
        articles = store.stats()["articles"]
        events = store.events(10_000)
        members = sum(e.articles for e in events)
        assert members == articles, "every stored article belongs to exactly one stored event"
        for e in events:
            data = store.event(e.id)
            assert data is not None
            assert sorted(a["id"] for a in store.event_articles(e.id)) == sorted(data["article_ids"])
        assert store.events_to_render(renderer()) == [], "each event's page was stored with the event"
        return articles
    finally:
        store.close()


@pytest.mark.slow  # two server starts (~20 s each on the shared machine); run with -m slow
def test_kill_during_batch_ingest(server_factory: type[Server], tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    batch = synthetic_batch(600)
    server = server_factory(f"sqlite:///{db}", tmp_path / "server.log").start()
    assert (
        httpx.post(
            server.base + "/api/articles/batch", json={"articles": batch[:20]}, timeout=WAIT
        ).status_code
        == 200
    )

    done = threading.Event()

    def send() -> None:
        try:
            httpx.post(server.base + "/api/articles/batch", json={"articles": batch}, timeout=WAIT)
            done.set()
        except httpx.HTTPError:
            pass  # the server died under the request, as intended

    assert server.process is not None
    worker = psutil.Process(server.process.pid)
    idle = cpu_seconds(worker)
    sender = threading.Thread(target=send)
    sender.start()
    deadline = time.monotonic() + WAIT
    while cpu_seconds(worker) < idle + BUSY and time.monotonic() < deadline:
        time.sleep(0.02)  # until the server has worked on the batch for BUSY CPU-s: mid-ingest on any load
    assert cpu_seconds(worker) >= idle + BUSY, "the server never started on the batch"
    assert not done.is_set(), "the batch finished before the kill: make it larger"
    server.kill()
    sender.join(30)

    held = consistent(db)
    assert held in (20, 600), f"a half-written batch: {held} articles"

    restarted = server_factory(f"sqlite:///{db}", tmp_path / "server2.log").start()
    for _ in range(2):
        outcomes = httpx.post(
            restarted.base + "/api/articles/batch", json={"articles": batch}, timeout=WAIT
        ).json()
        assert {o["status"] for o in outcomes["outcomes"]} <= {"added", "known"}
        assert httpx.get(restarted.base + "/api/stats", timeout=WAIT).json()["articles"] == 600
    assert {o["status"] for o in outcomes["outcomes"]} == {"known"}
    restarted.stop()
    assert consistent(db) == 600


@pytest.mark.slow  # a two-process server start (~20 s on the shared machine)
def test_every_worker_serves_a_write_at_once(server_factory: type[Server], tmp_path: Path) -> None:
    """Each server process caches pages; a write through one is seen on the next read from any."""
    server = server_factory(
        f"sqlite:///{tmp_path / 'workers.db'}", tmp_path / "server.log", workers=2
    ).start()
    first, second = synthetic_batch(2)
    second = {**second, "text": first["text"] + " A second outlet added a quote from the mayor."}
    with httpx.Client(base_url=server.base, timeout=WAIT) as client:
        eid = client.post("/api/articles", json=first).json()["event_id"]
        for _ in range(20):  # a new connection each time: both workers cache the page
            with httpx.Client(base_url=server.base, timeout=WAIT) as fresh:
                page = fresh.get(f"/events/{eid}")
                assert page.status_code == 200 and "Outlet 1" not in page.text
        assert client.post("/api/articles", json=second).json()["event_id"] == eid
        for _ in range(20):
            with httpx.Client(base_url=server.base, timeout=WAIT) as fresh:
                assert "Outlet 1" in fresh.get(f"/events/{eid}").text
                assert "Outlet 1" in fresh.get(f"/api/events/{eid}").text
