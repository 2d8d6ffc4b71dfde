"""Web: the HTTP API and the HTML UI over a store (``newsfuse serve``).

``create_app`` and ``serve`` are imported on first use: the service imports this package's views to
render pages when events are rebuilt, and the app imports the service.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsfuse.web.app import create_app
    from newsfuse.web.server import is_loopback, serve

__all__ = ["create_app", "is_loopback", "serve"]

_HOMES = {
    "create_app": "newsfuse.web.app",
    "is_loopback": "newsfuse.web.server",
    "serve": "newsfuse.web.server",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'newsfuse.web' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
