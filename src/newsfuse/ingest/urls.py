"""URL lists (``.urls`` files, one URL a line) fetched politely into RawDoc values.

Fetching is off unless a ``PoliteFetcher`` is given (newsfuse runs offline by default): each URL
then becomes a Rejected saying so. With a fetcher, at most ``concurrency`` fetches run at once,
requests to one host are spaced ``per_host_delay`` seconds apart, no more than ``max_urls`` are
fetched and none is started after ``total_seconds``; every URL ends as a RawDoc or a Rejected.
The fetch itself (address checks, timeouts, size limit, user agent) is ``ingest.fetch.fetch_url``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from newsfuse.config import FetchPolicy
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.fetch import FetchConfig, FetchedPage, FetchError, fetch_url
from newsfuse.model import Drop, RawDoc, Rejected

URL_SUFFIXES = (".urls",)
_HTML = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Target:
    """A document still to fetch, with what its container (a feed entry) already says about it."""

    id: str
    path: str
    url: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class PoliteFetcher:
    """Fetches many URLs under a FetchPolicy; ``fetch`` is swappable for tests of the politeness."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        config: FetchConfig | None = None,
        fetch: Callable[[str, FetchConfig], FetchedPage] = fetch_url,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.config = replace(config or FetchConfig(), user_agent=self.policy.user_agent)
        self._fetch = fetch
        self._host_locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def _host_lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._host_locks.setdefault(host, threading.Lock())

    def _one(self, target: Target, deadline: float) -> RawDoc | Rejected:
        doc_id, path, url = target.id, target.path, target.url
        host = urlsplit(url).hostname or ""
        with self._host_lock(host):
            wait = self._last.get(host, float("-inf")) + self.policy.per_host_delay - time.monotonic()
            if time.monotonic() + max(0.0, wait) > deadline:
                return Rejected(doc_id, path, Drop.UNREADABLE, "not fetched: time limit reached", url)
            if wait > 0:
                time.sleep(wait)
            try:
                page = self._fetch(url, self.config)
            except FetchError as exc:
                return Rejected(doc_id, path, Drop.UNREADABLE, f"{exc.reason}: {exc.detail}", url)
            finally:
                self._last[host] = time.monotonic()
        return page_to_doc(page, target)

    def fetch_all(self, targets: Sequence[Target]) -> list[RawDoc | Rejected]:
        """Targets to documents, in the given order."""
        deadline = time.monotonic() + self.policy.total_seconds
        allowed = targets[: self.policy.max_urls]
        with ThreadPoolExecutor(max_workers=max(1, self.policy.concurrency)) as pool:
            done = list(pool.map(lambda t: self._one(t, deadline), allowed))
        over = [
            Rejected(
                t.id, t.path, Drop.TOO_LARGE, f"not fetched: over max_urls={self.policy.max_urls}", t.url
            )
            for t in targets[self.policy.max_urls :]
        ]
        return done + over


def page_to_doc(page: FetchedPage, target: Target) -> RawDoc | Rejected:
    """A fetched page as a RawDoc (HTML or plain text), or a Rejected with the reason."""
    doc_id, path, asked = target.id, target.path, target.url
    if not 200 <= page.status < 300:
        return Rejected(doc_id, path, Drop.UNREADABLE, f"HTTP status {page.status}", asked)
    kind = page.content_type.split(";")[0].strip().lower()
    if not page.text.strip():
        return Rejected(doc_id, path, Drop.EMPTY, "empty page", asked)
    if kind not in (*_HTML, "text/plain"):
        return Rejected(doc_id, path, Drop.UNSUPPORTED, f"content type {kind or '(none)'}", asked)
    html = kind in _HTML
    return RawDoc(
        id=doc_id,
        path=path,
        text=None if html else page.text,
        html=page.text if html else None,
        url=page.url,
        title=target.title,
        outlet=target.outlet,
        published=target.published,
    )


def parse_url_list(data: bytes, doc_id: str, path: str) -> Iterator[Target | Rejected]:
    """A Target for each http(s) URL line; other non-comment lines are Rejected."""
    for number, raw in enumerate(decode_bytes(data).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rid = f"{doc_id}#L{number}"
        parts = urlsplit(line)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in line:
            yield Rejected(rid, path, Drop.INVALID, f"line {number}: not an http(s) URL: {line[:80]}")
        else:
            yield Target(rid, path, line)


def read_url_list(
    data: bytes, doc_id: str, path: str, fetcher: PoliteFetcher | None
) -> list[RawDoc | Rejected]:
    """Every URL of a URL list fetched (or, without a fetcher, rejected as not fetched), in order."""
    parsed = list(parse_url_list(data, doc_id, path))
    return resolve_targets(parsed, fetcher)


def resolve_targets(
    items: Sequence[Target | RawDoc | Rejected], fetcher: PoliteFetcher | None
) -> list[RawDoc | Rejected]:
    """Replace each Target by its fetched document (or a Rejected), keeping the order."""
    targets = [t for t in items if isinstance(t, Target)]
    if fetcher is None:
        fetched: list[RawDoc | Rejected] = [
            Rejected(
                t.id, t.path, Drop.UNREADABLE, "not fetched: fetching is off (runtime.fetch = false)", t.url
            )
            for t in targets
        ]
    else:
        fetched = fetcher.fetch_all(targets)
    results = iter(fetched)
    return [next(results) if isinstance(t, Target) else t for t in items]
