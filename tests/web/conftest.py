"""Web fixtures: an app over a SQLite store, and a real server process on loopback."""

from __future__ import annotations

import json
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

import pytest

ROOT = Path(__file__).resolve().parents[2]
START = 400.0
"""Seconds a server's workers may take to start: a start-up (~2-3 CPU-s of imports) takes minutes of wall
time when two cores are shared by a load of 20-30; the wait ends as soon as every worker says it serves."""

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
    """``newsfuse serve`` in a child process (killable, restartable) on a loopback port it picks itself.

    ``start`` returns once every worker has written its line to the server's ready file (``--ready-file``):
    the socket listens before any worker starts, so no port is guessed and no request is refused or lost.
    """

    def __init__(self, store_url: str, log: Path, token: str | None = None, workers: int = 1) -> None:
        self.store_url = store_url
        self.log = log
        self.ready = log.with_name(log.name + ".ready")
        self.token = token
        self.workers = workers
        self.base = ""
        """The server's base URL, as it reports it once started."""
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        self.ready.unlink(missing_ok=True)
        args = [
            sys.executable,
            "-m",
            "newsfuse.cli",
            "serve",
            "--store",
            self.store_url,
            "--port",
            "0",
            "--workers",
            str(self.workers),
            "--ready-file",
            str(self.ready),
        ]
        env = {**os.environ, "NEWSFUSE_TOKEN": self.token or ""}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        deadline = time.monotonic() + START  # imports are slow on the shared machine
        while time.monotonic() < deadline:
            started = self.started_workers()
            if len(started) >= self.workers:
                self.base = started[0]["url"]
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()}")
            time.sleep(0.05)  # polls the ready file; returns as soon as it is complete
        raise RuntimeError(f"server did not start in {START:g} s: {self.log.read_text()}")

    def started_workers(self) -> list[dict[str, Any]]:
        """The lines of the ready file so far: one ``{"url", "pid"}`` per worker that has started."""
        try:
            text = self.ready.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]

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
