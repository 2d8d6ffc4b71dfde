"""URL lists: parsed strictly, fetched politely (per-host spacing, concurrency, limits)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import pytest

from newsfuse.ingest import read_inputs
from newsfuse.ingest.fetch import FetchConfig, FetchedPage, FetchError
from newsfuse.ingest.urls import FetchPolicy, PoliteFetcher, Target, read_url_list
from newsfuse.model import Drop, RawDoc, Rejected

LIST = b"# morning crawl\nhttps://a.example/1\n\nftp://a.example/file\nhttps://a.example/2\nhttps://b.example/1\n"


def test_lines_are_urls_or_rejected_and_nothing_is_fetched_offline(tmp_path: Path) -> None:
    (tmp_path / "crawl.urls").write_bytes(LIST)
    docs = list(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["crawl.urls#L2", "crawl.urls#L4", "crawl.urls#L5", "crawl.urls#L6"]
    assert all(isinstance(d, Rejected) for d in docs)
    assert [d.reason for d in docs if isinstance(d, Rejected)] == [
        Drop.UNREADABLE,
        Drop.INVALID,
        Drop.UNREADABLE,
        Drop.UNREADABLE,
    ]


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, url: str, config: FetchConfig) -> FetchedPage:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.calls.append((url, time.monotonic()))
        time.sleep(0.05)
        with self.lock:
            self.active -= 1
        assert config.user_agent == "test-agent/1"
        if url.endswith("/404"):
            return FetchedPage(url, 404, "text/html", "missing")
        if url.endswith("/err"):
            raise FetchError(url, "timeout", "read timed out")
        return FetchedPage(url, 200, "text/html; charset=utf-8", "<p>page</p>")


def test_per_host_delay_concurrency_and_limits() -> None:
    fake = _Recorder()
    policy = FetchPolicy(per_host_delay=0.2, concurrency=2, max_urls=6, user_agent="test-agent/1")
    targets = [Target(f"t{n}", "x.urls", f"https://{h}.example/{n}") for n, h in enumerate("aaabbbc")]
    docs = PoliteFetcher(policy, fetch=fake).fetch_all(targets)
    assert [d.id for d in docs] == [t.id for t in targets]
    assert all(isinstance(d, RawDoc) for d in docs[:6])
    assert isinstance(docs[6], Rejected) and docs[6].reason == Drop.TOO_LARGE
    assert fake.peak <= 2
    for host in "ab":
        times = sorted(t for url, t in fake.calls if f"//{host}." in url)
        assert all(later - earlier >= 0.2 for earlier, later in pairwise(times))


def test_errors_and_bad_statuses_are_reasons() -> None:
    policy = FetchPolicy(per_host_delay=0.0, user_agent="test-agent/1")
    targets = [Target("a", "x", "https://a.example/404"), Target("b", "x", "https://b.example/err")]
    docs = PoliteFetcher(policy, fetch=_Recorder()).fetch_all(targets)
    assert [(d.reason, d.detail) for d in docs if isinstance(d, Rejected)] == [
        (Drop.UNREADABLE, "HTTP status 404"),
        (Drop.UNREADABLE, "timeout: read timed out"),
    ]


def test_time_limit_stops_new_fetches() -> None:
    policy = FetchPolicy(per_host_delay=1.0, total_seconds=0.5, user_agent="test-agent/1")
    targets = [Target(str(n), "x", f"https://a.example/{n}") for n in range(3)]
    docs = PoliteFetcher(policy, fetch=_Recorder()).fetch_all(targets)
    assert isinstance(docs[0], RawDoc)
    assert all(isinstance(d, Rejected) and "time limit" in d.detail for d in docs[1:])


@pytest.fixture()
def local_site() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = f"<html><body><p>{self.headers.get('User-Agent')}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_real_fetch_on_loopback_sends_the_configured_user_agent(local_site: str) -> None:
    fetcher = PoliteFetcher(
        FetchPolicy(per_host_delay=0.0, user_agent="newsfuse-test/9"),
        FetchConfig(allow_networks=("127.0.0.0/8",)),
    )
    (doc,) = read_url_list(f"{local_site}/story\n".encode(), "l.urls", "l.urls", fetcher)
    assert isinstance(doc, RawDoc) and "newsfuse-test/9" in (doc.html or "")
