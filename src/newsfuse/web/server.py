"""``newsfuse serve``: run the API and UI with uvicorn, refusing unsafe exposure."""

from __future__ import annotations

import ipaddress
import json
import os

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
    return create_app(Service(store, config), token=token, max_body_bytes=limit)


def serve(
    store_url: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    config: Config | None = None,
    workers: int = 1,
    max_body_bytes: int = 10_000_000,
) -> None:
    """Serve ``store_url`` until interrupted (SIGINT/SIGTERM stop it cleanly).

    With ``workers`` > 1, uvicorn runs that many processes; they share the store, and each writer
    reloads the clusterer's saved state when another process wrote since (see ``Service``).
    """
    import uvicorn

    if not token and not is_loopback(host):
        raise NewsfuseError(f"refusing to serve on {host} without a token: pass --token, or bind 127.0.0.1")
    Store(store_url).close()  # create the schema once, and fail early on a bad URL
    os.environ.update(
        NEWSFUSE_STORE=store_url,
        NEWSFUSE_TOKEN=token or "",
        NEWSFUSE_CONFIG_JSON=json.dumps((config or Config()).to_dict()),
        NEWSFUSE_MAX_BODY=str(max_body_bytes),
    )
    uvicorn.run(
        "newsfuse.web.server:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_worker_healthcheck=300,  # a worker imports the whole pipeline: slow on a busy machine
        log_level="warning",
        access_log=False,
    )
