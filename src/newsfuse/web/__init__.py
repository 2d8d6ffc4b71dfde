"""Web: the HTTP API and the HTML UI over a store (``newsfuse serve``)."""

from newsfuse.web.app import create_app
from newsfuse.web.server import is_loopback, serve

__all__ = ["create_app", "is_loopback", "serve"]
