"""``serve``'s hooks for scripts and tests: a port the server picks itself, and a line per started worker."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfuse.errors import NewsfuseError
from newsfuse.service import Service
from newsfuse.store import Store
from newsfuse.web import create_app
from newsfuse.web.server import announce_when_started, listening_socket


def test_port_zero_is_a_free_port_already_listening() -> None:
    sock = listening_socket("127.0.0.1", 0)
    try:
        port = sock.getsockname()[1]
        assert port > 0
        with socket.create_connection(("127.0.0.1", port), timeout=30):
            pass  # accepted into the backlog before anything serves it: never refused
        with pytest.raises(NewsfuseError, match=f"cannot listen on 127.0.0.1:{port}"):
            listening_socket("127.0.0.1", port)
    finally:
        sock.close()


def test_each_started_app_appends_its_line(tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    store = Store(f"sqlite:///{tmp_path / 'ready.db'}")
    try:
        app = create_app(Service(store))
        announce_when_started(app, ready, "http://127.0.0.1:1234")
        assert not ready.exists()
        with TestClient(app) as client:  # runs the app's lifespan, as uvicorn does
            assert json.loads(ready.read_text()) == {"url": "http://127.0.0.1:1234", "pid": os.getpid()}
            assert client.get("/api/stats").status_code == 200
        with TestClient(app):
            assert len(ready.read_text().splitlines()) == 2
    finally:
        store.close()
