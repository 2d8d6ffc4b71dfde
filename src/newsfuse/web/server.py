"""``newsfuse serve``: run the API and UI with uvicorn, refusing unsafe exposure."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from newsfuse.config import Config, from_dict
from newsfuse.errors import NewsfuseError
from newsfuse.service import Service
from newsfuse.store import Store
from newsfuse.web.app import create_app


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def app_from_env() -> FastAPI:
    """The app of one uvicorn worker process (``serve --workers N``), configured through the environment."""
    config = from_dict(json.loads(os.environ.get("NEWSFUSE_CONFIG_JSON", "{}")))
    store = Store(os.environ["NEWSFUSE_STORE"])
    token = os.environ.get("NEWSFUSE_TOKEN") or None
    limit = int(os.environ.get("NEWSFUSE_MAX_BODY", "10000000"))
    app = create_app(Service(store, config), token=token, max_body_bytes=limit)
    ready = os.environ.get("NEWSFUSE_READY_FILE")
    if ready:
        announce_when_started(app, Path(ready), os.environ.get("NEWSFUSE_URL", ""))
    return app


def announce_when_started(app: FastAPI, ready_file: Path, url: str) -> None:
    """Once ``app`` has started, append ``{"url": url, "pid": <this process>}`` as one line to ``ready_file``.

    The listening socket is bound and listening before any worker starts, so a request sent after a worker's
    line is queued by the kernel, never refused; a file with N lines means N workers have started.
    """
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(target: Any) -> AsyncIterator[Any]:
        async with inner(target) as state:
            line = json.dumps({"url": url, "pid": os.getpid()}) + "\n"
            with ready_file.open("a", encoding="utf-8") as out:  # one short append: atomic on POSIX
                out.write(line)
            yield state

    app.router.lifespan_context = lifespan


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (0: a free port the system picks) and already listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise NewsfuseError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def serve(
    store_url: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    config: Config | None = None,
    workers: int = 1,
    max_body_bytes: int = 10_000_000,
    ready_file: str | Path | None = None,
) -> None:
    """Serve ``store_url`` until interrupted (SIGINT/SIGTERM stop it cleanly).

    ``port`` 0 lets the system pick a free port; the address is printed on stderr once the socket
    listens, and, with ``ready_file``, each worker appends a line of JSON (``url``, ``pid``) to that file
    once it has started (see ``announce_when_started``): scripts and tests wait for it, never guess a port.
    With ``workers`` > 1, uvicorn runs that many processes on the one socket; they share the store, and each
    writer reloads the clusterer's saved state when another process wrote since (see ``Service``).
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if not token and not is_loopback(host):
        raise NewsfuseError(f"refusing to serve on {host} without a token: pass --token, or bind 127.0.0.1")
    Store(store_url).close()  # create the schema once, and fail early on a bad URL
    sock = listening_socket(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    url = f"http://{shown}:{bound}"
    os.environ.update(
        NEWSFUSE_STORE=store_url,
        NEWSFUSE_TOKEN=token or "",
        NEWSFUSE_CONFIG_JSON=json.dumps((config or Config()).to_dict()),
        NEWSFUSE_MAX_BODY=str(max_body_bytes),
        NEWSFUSE_READY_FILE=str(ready_file or ""),
        NEWSFUSE_URL=url,
    )
    server_config = uvicorn.Config(
        "newsfuse.web.server:app_from_env",
        factory=True,
        host=host,
        port=bound,
        workers=workers,
        timeout_worker_healthcheck=300,  # a worker imports the whole pipeline: slow on a busy machine
        log_level="warning",
        access_log=False,
    )
    print(f"newsfuse: serving {url}/ ({workers} worker{'s' * (workers > 1)})", file=sys.stderr, flush=True)
    server = uvicorn.Server(server_config)
    try:
        if workers > 1:
            Multiprocess(server_config, sockets=[sock]).run()
        else:
            server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    if workers == 1 and not server.started:
        raise NewsfuseError("the server stopped before it started (see the messages above)")
