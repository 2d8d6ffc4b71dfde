"""Web fixtures: an app over a SQLite store, and a real server process on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.load_web import free_port

ROOT = Path(__file__).resolve().parents[2]
START = 400.0
"""Seconds a server may take to answer its first request: its start-up (~2-3 CPU-s of imports) takes minutes
of wall time when two cores are shared by a load of 20-30; the wait ends as soon as it answers."""

XSS = {
    "script": "<script>window.__xss=1</script>",
    "handler": '<img src=x onerror="window.__xss=2">',
    "svg": "<svg/onload=window.__xss=3>",
    "attr": '" onmouseover="window.__xss=4" x="',
    "js_url": "javascript:window.__xss=5",
}
"""Payloads that set window.__xss if they ever run; fed through every field."""


@contextmanager
def http_server(body: Callable[[], bytes], content_type: str) -> Iterator[str]:
    """A loopback HTTP server answering every GET with ``body()``; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = body()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Server:
    """``newsfuse serve`` in a child process (killable, restartable) on a free loopback port."""

    def __init__(self, store_url: str, log: Path, token: str | None = None, workers: int = 1) -> None:
        self.store_url = store_url
        self.log = log
        self.token = token
        self.workers = workers
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        args = [
            sys.executable,
            "-m",
            "newsfuse.cli",
            "serve",
            "--store",
            self.store_url,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
        ]
        env = {**os.environ, "NEWSFUSE_TOKEN": self.token or ""}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        deadline = time.monotonic() + START  # imports are slow on the shared machine
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()}")
            try:
                if httpx.get(self.base + "/api/stats", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not start in {START:g} s: {self.log.read_text()}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[type[Server]]:
    started: list[Server] = []

    class Tracked(Server):
        def start(self) -> Server:
            started.append(self)
            return super().start()

    yield Tracked
    for server in started:
        server.stop()
