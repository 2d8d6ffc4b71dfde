"""The FastAPI application: a JSON API under /api and the HTML UI, over one Service.

Write requests need the configured token (``Authorization: Bearer …``, or a ``token`` form field in the
UI); without a token the server is meant for 127.0.0.1 only (``serve`` refuses anything else) and
cross-site writes are refused by their Origin / Sec-Fetch-Site headers. Request bodies are capped.
Every page is autoescaped and sent with a Content-Security-Policy that allows only our own script.

Event pages and event JSON are rendered when the event is rebuilt and stored beside it (see
``Service``); a read is one indexed lookup of the event's version, then the page from an in-process
cache (or the store), with an ETag so that a client holding the current version gets a 304.
"""

from __future__ import annotations

import hmac
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import partial
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError, model_validator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse.errors import NewsfuseError
from newsfuse.service import Outcome, Service, Submission
from newsfuse.store import EventSummary, StoredArticle
from newsfuse.web.views import ASSETS, article_view, asset_path, event_pages, render, renderer, with_status

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; frame-ancestors 'none'"
)


class ArticleIn(BaseModel):
    """One article to add: exactly one of text, html or url."""

    text: str | None = None
    html: str | None = None
    url: str | None = Field(default=None, max_length=4000)
    id: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=100)
    language: str | None = Field(default=None, max_length=20)

    @model_validator(mode="after")
    def one_body(self) -> ArticleIn:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self

    def submission(self) -> Submission:
        return Submission(**self.model_dump())


class BatchIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than ``@app.middleware``): CSP and friends on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (DOCS_CSP if scope["path"] in ("/docs", "/redoc") else CSP).encode()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), (b"content-security-policy", csp), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
)


class PageCache:
    """Encoded pages of one process, each valid for one version of what it shows (LRU, bounded in bytes).

    A page is served only while its version is the store's current one, so every write (in any
    process) invalidates exactly the pages it changed.
    """

    def __init__(self, max_bytes: int = 64_000_000) -> None:
        self.max_bytes = max_bytes
        self.used = 0
        self._pages: OrderedDict[Hashable, tuple[str, bytes]] = OrderedDict()

    def get(self, key: Hashable, version: str) -> bytes | None:
        hit = self._pages.get(key)
        if hit is None or hit[0] != version:
            return None
        self._pages.move_to_end(key)
        return hit[1]

    def put(self, key: Hashable, version: str, page: bytes) -> bytes:
        old = self._pages.pop(key, None)
        self.used -= len(old[1]) if old else 0
        if len(page) <= self.max_bytes:
            self._pages[key] = (version, page)
            self.used += len(page)
        while self.used > self.max_bytes:
            self.used -= len(self._pages.popitem(last=False)[1][1])
        return page


def _not_modified(request: Request, etag: str, modified: datetime | None) -> bool:
    """Whether the client's conditional headers say it already holds this version."""
    match = request.headers.get("if-none-match")
    if match is not None:
        return match.strip() == "*" or etag in (t.strip().removeprefix("W/") for t in match.split(","))
    since = request.headers.get("if-modified-since")
    if since is None or modified is None:
        return False
    try:
        return parsedate_to_datetime(since) >= modified.replace(microsecond=0)
    except (TypeError, ValueError):
        return False


def _last_modified(version: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(version)
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None


def _event_row(e: EventSummary) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        "first_published": e.first_published,
        "independent_sources": e.independent_sources,
        "articles": e.articles,
        "updated": e.updated,
    }


def create_app(service: Service, token: str | None = None, max_body_bytes: int = 10_000_000) -> FastAPI:
    """The API and UI over ``service``; writes need ``token`` when one is given.

    Reads are ``async`` and query the store directly (sub-millisecond, no thread hop); writes are
    plain functions, which FastAPI runs in its thread pool.
    """
    app = FastAPI(
        title="newsfuse",
        summary="News events with attributed briefs",
        version="1",
        max_body_size=max_body_bytes,
    )
    store = service.store
    pages = PageCache()
    fingerprint = renderer()

    def cached(
        request: Request, key: tuple[str, ...], version: str, make: Callable[[], bytes], media_type: str
    ) -> Response:
        """``key``'s page at ``version``: 304 when the client holds it, else from the cache or ``make``."""
        etag = f'"{fingerprint}.{version}"'
        modified = _last_modified(version)
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if modified is not None:
            headers["Last-Modified"] = format_datetime(modified, usegmt=True)
        if _not_modified(request, etag, modified):
            return Response(status_code=304, headers=headers)
        body = pages.get(key, version)
        if body is None:
            body = pages.put(key, version, make())
        return Response(body, media_type=media_type, headers=headers)

    def event_rendering(event_id: str, version: str, part: str) -> bytes:
        """The event's stored page or JSON; rendered here when the store holds none for this version."""
        stored = store.event_page(event_id)
        if stored is not None and stored.version == version and stored.renderer == fingerprint:
            html, api = stored.html, stored.api
        else:
            event = store.event(event_id)
            if event is None:
                raise HTTPException(404, "no such event")
            html, api = event_pages(event, store.event_articles(event_id))
        encoded = {"html": html.encode(), "api": api.encode()}
        for kind, body in encoded.items():  # both: the page and its JSON are read from one row
            pages.put((kind, event_id), version, body)
        return encoded[part]

    def allowed_write(request: Request, given: str | None) -> None:
        site = request.headers.get("sec-fetch-site")
        origin = request.headers.get("origin")
        foreign = origin not in (None, "null") and urlsplit(origin).netloc != request.headers.get("host")
        if site in ("cross-site", "same-site") or foreign:
            raise HTTPException(403, "cross-site writes are refused")
        if token is None:
            return
        if given is None:
            auth = request.headers.get("authorization", "")
            given = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else None
        if given is None or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid token is required to write", {"WWW-Authenticate": "Bearer"})

    def api_write(request: Request) -> None:
        allowed_write(request, None)

    @app.exception_handler(NewsfuseError)
    async def newsfuse_error(request: Request, exc: NewsfuseError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    # ---------------------------------------------------------------- API
    @app.post("/api/articles", dependencies=[Depends(api_write)], tags=["articles"])
    def add_article(article: ArticleIn) -> dict[str, Any]:
        """Add one article (text, HTML or a URL to fetch); it joins or opens an event."""
        return service.ingest([article.submission()])[0].to_dict()

    @app.post("/api/articles/batch", dependencies=[Depends(api_write)], tags=["articles"])
    def add_batch(batch: BatchIn) -> dict[str, Any]:
        """Add up to 1000 articles in one transaction; re-sending a batch adds nothing twice."""
        outcomes = service.ingest([a.submission() for a in batch.articles])
        return {"outcomes": [o.to_dict() for o in outcomes]}

    def fated(stored: StoredArticle) -> dict[str, Any]:
        """A stored article with its fate in its event, as report.json gives it: ``status`` kept or duplicate,
        and ``duplicate_of``."""
        event = store.event(stored.event_id) if stored.event_id else None
        return with_status(event, [stored.data])[stored.data["id"]] if event else stored.data

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    async def get_article(article_id: str) -> dict[str, Any]:
        """One stored article, its event and its fate there (kept, or a duplicate of the canonical copy)."""
        stored = store.article(article_id)
        if stored is None:
            raise HTTPException(404, "no such article")
        return {**fated(stored), "event_id": stored.event_id}

    @app.delete("/api/articles/{article_id:path}", dependencies=[Depends(api_write)], tags=["articles"])
    def delete_article(article_id: str) -> dict[str, Any]:
        """Delete an article; its event's duplicates, brief and facts are rebuilt without it."""
        eid = service.delete_article(article_id)
        if eid is None:
            raise HTTPException(404, "no such article")
        return {"deleted": article_id, "event_id": eid, "event_exists": store.event_head(eid) is not None}

    @app.get("/api/events", tags=["events"])
    async def list_events(
        q: str | None = Query(None, max_length=500, description="full-text search"),
        limit: int = Query(50, ge=1, le=500),
        offset: int = Query(0, ge=0, le=1_000_000),
    ) -> dict[str, Any]:
        """Events, newest first, or those matching a full-text search."""
        return {"events": [_event_row(e) for e in store.events(limit, offset, q)]}

    @app.get("/api/events/{event_id}", tags=["events"])
    async def get_event(event_id: str, request: Request) -> Response:
        """An event with its brief, evidence spans, duplicates, facts, coverage matrix and articles
        (an event merged into another answers with the one it is part of now)."""
        head = store.event_head(event_id)
        if head is None:
            raise HTTPException(404, "no such event")
        current, version = head
        make = partial(event_rendering, current, version, "api")
        return cached(request, ("api", current), version, make, "application/json")

    @app.get("/api/rejected", tags=["articles"])
    async def rejected(limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
        """Rejected inputs, newest first, each with its reason and detail (also those ``newsfuse watch`` read)."""
        return {"rejected": store.rejected(limit)}

    @app.get("/api/stats", tags=["events"])
    async def stats() -> dict[str, int]:
        return store.stats()

    # ---------------------------------------------------------------- UI
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def events_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        page: int = Query(1, ge=1, le=20_000),
    ) -> Response:
        def make() -> bytes:
            size = 50
            rows = store.events(size + 1, (page - 1) * size, q)
            more, stats = len(rows) > size, store.stats()
            return render(
                "events.html", events=rows[:size], more=more, page=page, query=q, stats=stats
            ).encode()

        key = ("list", q or "", str(page))
        return cached(request, key, "list-" + store.version(), make, "text/html; charset=utf-8")

    @app.get("/rejected", response_class=HTMLResponse, include_in_schema=False)
    async def rejected_page(
        page: int = Query(1, ge=1, le=20_000), limit: int = Query(100, ge=1, le=1000)
    ) -> str:
        rows = store.rejected(limit + 1, (page - 1) * limit)
        total = store.stats()["rejected"]
        more = len(rows) > limit
        return render(
            "rejected.html", rows=rows[:limit], more=more, page=page, limit=limit, total=total, query=None
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    async def event_page(event_id: str, request: Request) -> Response:
        head = store.event_head(event_id)
        if head is None:
            raise HTTPException(404, "no such event")
        current, version = head
        if current != event_id:
            return RedirectResponse(f"/events/{quote(current, safe='')}", status_code=301)
        make = partial(event_rendering, current, version, "html")
        return cached(request, ("html", current), version, make, "text/html; charset=utf-8")

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def article_page(article_id: str) -> str:
        stored = store.article(article_id)
        if stored is None:
            raise HTTPException(404, "no such article")
        event = store.event_summary(stored.event_id)
        return render(
            "article.html",
            a=article_view(fated(stored)),
            event_id=stored.event_id,
            event_title=event.title if event else stored.event_id,
            token_required=token is not None,
            query=None,
        )

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_page() -> str:
        return render("add.html", outcomes=None, token_required=token is not None, query=None)

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_form(request: Request) -> Response:
        form = _form(await request.body())
        allowed_write(request, form.get("token", "") if token is not None else None)
        text = form.get("text", "").strip()
        fields = {k: form.get(k, "").strip() or None for k in ("title", "outlet", "published")}
        body = {"url": form.get("url", "").strip() or None}
        if text:
            body = {"html" if form.get("is_html") else "text": text}
        typed = {k: form.get(k, "") for k in ("url", "text", "title", "outlet", "published", "is_html")}
        try:
            article = ArticleIn(**body, **fields)
        except ValidationError as exc:  # the form again, with why and with what was typed
            error = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
            page = render("add.html", error=error, form=typed, token_required=token is not None, query=None)
            return HTMLResponse(page, status_code=422)
        outcomes: list[Outcome] = await run_in_threadpool(service.ingest, [article.submission()])
        if outcomes[0].status in ("added", "known") and outcomes[0].event_id:
            return RedirectResponse(f"/events/{quote(outcomes[0].event_id, safe='')}", status_code=303)
        page = render("add.html", outcomes=outcomes, form=typed, token_required=token is not None, query=None)
        return HTMLResponse(page)

    @app.post("/articles/{article_id:path}/delete", include_in_schema=False)
    async def delete_form(article_id: str, request: Request) -> Response:
        form = _form(await request.body())
        allowed_write(request, form.get("token", "") if token is not None else None)
        eid = await run_in_threadpool(service.delete_article, article_id)
        if eid is None:
            raise HTTPException(404, "no such article")
        exists = store.event_head(eid) is not None
        return RedirectResponse(f"/events/{quote(eid, safe='')}" if exists else "/", status_code=303)

    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str) -> FileResponse:
        path = asset_path(name)
        if path is None:
            raise HTTPException(404, "no such asset")
        return FileResponse(path, media_type=ASSETS[name], headers={"Cache-Control": "max-age=3600"})

    app.add_middleware(SecurityHeaders)
    return app


def _form(body: bytes) -> dict[str, str]:
    """An urlencoded form body (first value of each field)."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPException(400, f"malformed form: {exc}") from exc
    return {k: v[0] for k, v in fields.items()}
