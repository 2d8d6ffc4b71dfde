"""Incremental ingest into a store: add articles → clean → dedup → streaming cluster → refresh events.

``Service.ingest`` takes a batch of submissions (text, HTML or a URL). URLs are fetched and documents
cleaned outside the store's write lock, each with the recurring-line statistics of its site's inputs
read before it (``clean.document.LinesSoFar``, as ``newsfuse run`` cleans; kept for the service's life);
then, in ONE write transaction, each new article either joins
the event of a stored article with exactly its text or is placed by the streaming clusterer, and after
them each rejected page with a real headline is placed as that event's headline-only member
(``cluster.headlines``; its rejection stays recorded); merged
events are folded together; every affected event gets its duplicates, brief and facts rebuilt from its
stored articles, and its web page and API JSON rendered and stored beside it (reads serve them as they
are); the clusterer's state is saved. A crash at any point leaves the batch wholly absent,
and re-sending it is idempotent (inputs are keyed on a hash of what was submitted).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from newsfuse.clean import clean_document
from newsfuse.clean.document import LinesSoFar
from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.headlines import rejected_member
from newsfuse.config import Config
from newsfuse.dedup import find_duplicates
from newsfuse.dedup.shingles import text_hash
from newsfuse.errors import NewsfuseError
from newsfuse.ingest.fetch import FetchConfig, FetchError, fetch_url
from newsfuse.model import Article, Drop, RawDoc, Rejected, RemovedBlock
from newsfuse.pipeline import EventInput, build_event
from newsfuse.report.contract import article_dict, report_event
from newsfuse.store import EventPage, Store, Writer
from newsfuse.web.views import event_pages, renderer

_CLUSTERER = "clusterer"


class SubmissionError(NewsfuseError):
    """A submission is malformed (not one of text, html, url; or a field of the wrong kind)."""


@dataclass(frozen=True)
class Submission:
    """One article to add: exactly one of ``text``, ``html`` and ``url``, and optional metadata."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise SubmissionError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")

    def key(self) -> str:
        """The idempotency key: a hash of everything submitted."""
        fields = [self.text, self.html, self.url, self.id, self.title, self.outlet, self.published]
        return hashlib.sha256(json.dumps([*fields, self.language]).encode()).hexdigest()


@dataclass(frozen=True)
class Outcome:
    """What became of one submission: added, known (sent before), or rejected with a reason."""

    status: str
    id: str
    event_id: str | None = None
    reason: str | None = None
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def article_to_dict(article: Article) -> dict[str, Any]:
    """The report's article dict without its per-run fate (status, duplicate_of), which the event gives."""
    fate = ("status", "reason", "duplicate_of")
    return {k: v for k, v in article_dict(article, {}).items() if k not in fate}


def article_from_dict(data: dict[str, Any]) -> Article:
    removed = tuple(RemovedBlock(r["text"], r["reason"]) for r in data.get("removed", []))
    fields = ("url", "outlet", "title", "byline", "published", "language")
    unread = data.get("unread_date")
    return Article(
        data["id"],
        data["path"],
        data["text"],
        removed=removed,
        unread_date=unread["stated"] if unread else None,
        **{k: data.get(k) for k in fields},
    )


def search_body(event: dict[str, Any], articles: Iterable[dict[str, Any]]) -> str:
    """What full-text search sees of an event: its brief and its articles' titles, outlets and leads."""
    parts = [s["text"] for s in event["brief"]]
    for a in articles:
        parts += [a.get("title") or "", a.get("outlet") or "", a["text"][:2000]]
    return "\n".join(p for p in parts if p)


Prepared = tuple[str, Article | Rejected]


class Service:
    """Adds articles to a store and keeps its events up to date (thread-safe; one writer at a time)."""

    def __init__(self, store: Store, config: Config | None = None, fetch: FetchConfig | None = None) -> None:
        self.store = store
        self.config = config or Config()
        self.fetch_config = fetch or FetchConfig()
        self.fetcher: Callable[[str, FetchConfig], Any] = fetch_url
        self._clusterer: StreamClusterer | None = None
        self._version = 0
        self._saved_events: dict[str, dict[str, Any]] = {}
        """The events of the state as this service last saved or loaded it (to save only changes)."""
        self._event_versions: dict[str, int] = {}
        """For each of those events, the state version at which it was last saved."""
        self._lock = threading.Lock()
        self._lines = LinesSoFar()
        """Recurring-line statistics per site of every input this service cleaned, in order."""
        self._lines_lock = threading.Lock()

    def _raw(self, item: Submission, key: str) -> RawDoc | Rejected:
        doc = RawDoc(
            item.id or "a-" + key[:16],
            "api",
            text=item.text,
            html=item.html,
            title=item.title,
            outlet=item.outlet,
            published=item.published,
            language=item.language,
        )
        if item.url is None:
            return doc
        try:
            page = self.fetcher(item.url, self.fetch_config)
        except FetchError as exc:
            return Rejected(doc.id, item.url, Drop.UNREADABLE, f"{exc.reason}: {exc.detail}", item.url)
        plain = page.content_type.split(";")[0].strip().lower().startswith("text/plain")
        body = {"text": page.text} if plain else {"html": page.text}
        return replace(doc, path=item.url, url=page.url, **body)

    def ingest(self, items: Sequence[Submission]) -> list[Outcome]:
        """Add a batch; returns one outcome per submission, in order."""
        keys = [item.key() for item in items]
        known = self._known(keys)
        raws = {k: self._raw(item, k) for k, item in zip(keys, items, strict=True) if k not in known}
        return self._commit(keys, raws, known)

    def ingest_documents(self, docs: Sequence[RawDoc | Rejected]) -> list[Outcome]:
        """Add documents already read by an ingest adapter (files, feeds); keyed on their content. A document
        whose id the store holds for other content (a file edited since it was read) is added as that id's
        next version, ``<id>~2``, ``~3``, … (submissions through ``ingest`` are refused instead)."""
        keys = [_doc_key(d) for d in docs]
        known = self._known(keys)
        raws = {k: d for k, d in zip(keys, docs, strict=True) if k not in known}
        return self._commit(keys, raws, known, versions=True)

    def _known(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        return self.store.known_inputs(keys)

    def _commit(
        self,
        keys: Sequence[str],
        raws: dict[str, RawDoc | Rejected],
        seen: dict[str, tuple[str, str]],
        versions: bool = False,
    ) -> list[Outcome]:
        """Clean the new documents, then store them in one transaction (``seen``: known before; ``versions``:
        an article whose id is stored becomes its next version instead of being rejected)."""
        clean = partial(clean_document, config=self.config.clean)
        with self._lines_lock:  # counted in input order, as newsfuse run counts its stream
            stats = {k: self._lines.see(d) for k, d in raws.items() if isinstance(d, RawDoc)}
        prepared: dict[str, Article | Rejected] = {
            k: (clean(d, stats=stats[k]) if isinstance(d, RawDoc) else d) for k, d in raws.items()
        }
        with self._lock:
            try:
                return self._write(keys, prepared, seen, versions)
            except BaseException:
                self._clusterer = None  # rolled back: the in-memory clusterer is ahead of the store
                self._saved_events, self._event_versions = {}, {}
                raise

    def _write(
        self,
        keys: Sequence[str],
        prepared: dict[str, Article | Rejected],
        seen: dict[str, tuple[str, str]],
        versions: bool,
    ) -> list[Outcome]:
        with self.store.write() as w:
            known = {**seen, **w.known_inputs(keys)}
            clusterer = self._load(w)
            outcomes: dict[str, Outcome] = {}
            affected: set[str] = set()
            members: list[tuple[str, Article]] = []  # headline-only members of this batch's rejects
            merges_before = len(clusterer.merges)
            for key in dict.fromkeys(keys):
                if key in known:
                    kind, kid = known[key]
                    if kind == "article":
                        outcomes[key] = Outcome("known", kid)
                    else:  # a rejected input sent again is answered with its stored reason
                        reason, detail = w.rejection(key) or (None, None)
                        outcomes[key] = Outcome("rejected", kid, reason=reason, detail=detail)
                    continue
                item = prepared[key]
                if isinstance(item, Article) and w.article_exists(item.id):
                    if versions:  # an edited file: its later version
                        item = replace(item, id=_next_version(w, item.id))
                    else:
                        item = Rejected(
                            item.id, item.path, Drop.INVALID, "an article with this id already exists"
                        )
                if isinstance(item, Rejected):
                    w.add_rejected(key, item.id, str(item.reason), item.detail)
                    outcomes[key] = Outcome("rejected", item.id, reason=str(item.reason), detail=item.detail)
                    if (member := rejected_member(item)) is not None:
                        members.append((key, member))
                    continue
                digest = text_hash(item.text)
                twin = w.same_text(digest)
                eid = clusterer.resolve(twin[1]) if twin else clusterer.add(item)
                w.add_article(article_to_dict(item), key, digest, eid)
                affected.add(eid)
                outcomes[key] = Outcome("added", item.id, eid)
            for key, member in members:  # after the articles, as newsfuse run clusters its members
                eid = clusterer.add(member)
                w.add_member(article_to_dict(member), eid)
                affected.add(eid)
                outcomes[key] = replace(outcomes[key], event_id=eid)
            if affected:
                clusterer.consolidate()  # average linkage over this batch's candidate pairs, as batch mode does
            for merge in clusterer.merges[merges_before:]:
                w.merge_events(merge.absorbed, clusterer.resolve(merge.kept))
                affected.discard(merge.absorbed)
                affected.add(merge.kept)
            affected = {clusterer.resolve(e) for e in affected}
            for eid in sorted(affected):
                self._refresh(w, eid)
            if affected:
                self._save(w, clusterer)
        return [_resolved(outcomes[k], clusterer) for k in keys]

    def _load(self, w: Writer) -> StreamClusterer:
        """The clusterer as last saved, reloaded when another process wrote since: then only the events
        saved since this service's own copy are read (each event is a part of the state)."""
        if self._clusterer is not None and (w.state_version(_CLUSTERER) or 0) == self._version:
            return self._clusterer
        saved = w.state(_CLUSTERER)
        if saved is None:
            self._clusterer, self._version, self._saved_events, self._event_versions = (
                StreamClusterer(self.config.cluster),
                0,
                {},
                {},
            )
            return self._clusterer
        version, state = saved
        if "events" in state:  # saved whole, by an older version
            self._saved_events, self._event_versions = {}, {}
        else:
            written: dict[str, int] = state.pop("event_versions", None) or dict.fromkeys(
                state.pop("event_order", ()), version
            )
            mine = self._saved_events if self._clusterer is not None else {}
            stale = [e for e, v in written.items() if v > self._version or e not in mine]
            fresh = w.state_parts(_CLUSTERER, stale)
            self._saved_events = {e: fresh[e] if e in fresh else mine[e] for e in written}
            self._event_versions = written
            state["events"] = list(self._saved_events.values())
        self._clusterer, self._version = StreamClusterer.from_state(state), version
        return self._clusterer

    def _save(self, w: Writer, clusterer: StreamClusterer) -> None:
        """Save the clusterer's state: each event is a part of it, rewritten only when it changed
        (a batch touches a few events; rewriting all of them made every ingest cost O(store))."""
        state = clusterer.to_state()
        events = {e["id"]: e for e in state.pop("events")}
        changed = {eid: e for eid, e in events.items() if self._saved_events.get(eid) != e}
        dropped = [eid for eid in self._saved_events if eid not in events]
        stamp = self._version + 1  # what put_state will number this save (we hold the write lock)
        versions = {eid: stamp if eid in changed else self._event_versions[eid] for eid in events}
        self._version = w.put_state(_CLUSTERER, {**state, "event_versions": versions}, changed, dropped)
        assert self._version == stamp, "the state was saved by another writer inside our transaction"
        self._saved_events, self._event_versions = events, versions

    def _refresh(self, w: Writer, eid: str) -> None:
        """Rebuild one event (duplicates, brief, facts, counts) from its stored articles and members."""
        stored = w.articles_of(eid)
        members = tuple(article_from_dict(m) for m in w.members_of(eid))
        if not stored and not members:
            w.delete_event(eid)
            return
        articles = [article_from_dict(a) for a in stored]
        dedup = find_duplicates(articles, self.config.dedup)
        event = replace(build_event(EventInput(tuple(articles), dedup, members), self.config), id=eid)
        data = report_event(event, {a.id: a.outlet or a.id for a in articles})  # as report.json holds it
        if aliases := w.aliases_of(eid):  # the events merged into it: their ids still lead here
            data["aliases"] = aliases
        version = w.put_event(data, search_body(data, stored))
        _put_page(w, eid, version, data, stored)

    def render_pages(self, batch: int = 200) -> int:
        """Render the stored page of every event that lacks a current one (a store written by an older
        version, or other templates); returns how many were rendered."""
        done = 0
        while ids := self.store.events_to_render(renderer(), batch):
            with self._lock, self.store.write() as w:
                for eid in ids:
                    found = w.event(eid)
                    if found is not None:
                        _put_page(w, eid, found[0], found[1], w.articles_of(eid))
            done += len(ids)
        return done

    def delete_article(self, article_id: str) -> str | None:
        """Remove an article and rebuild its event; returns that event's id (None: no such article).

        The clusterer keeps the removed article's words in its event's centroid (it cannot forget).
        """
        with self._lock, self.store.write() as w:
            eid = w.delete_article(article_id)
            if eid is not None:
                self._refresh(w, eid)
            return eid


def _put_page(w: Writer, eid: str, version: str, event: dict[str, Any], stored: list[dict[str, Any]]) -> None:
    html, api = event_pages(event, stored)
    w.put_page(eid, EventPage(version, renderer(), html, api))


def _next_version(w: Writer, article_id: str) -> str:
    """``article_id~n`` for the least n from 2 that no stored article has (``UniqueIds``' form)."""
    n = 2
    while w.article_exists(f"{article_id}~{n}"):
        n += 1
    return f"{article_id}~{n}"


def _doc_key(doc: RawDoc | Rejected) -> str:
    payload: list[str | None]
    if isinstance(doc, Rejected):
        payload = [doc.id, doc.path, str(doc.reason), doc.detail]
    else:
        payload = [doc.id, doc.text, doc.html, doc.url, doc.title, doc.outlet, doc.published, doc.language]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def _resolved(outcome: Outcome, clusterer: StreamClusterer) -> Outcome:
    if outcome.event_id is None:
        return outcome
    return replace(outcome, event_id=clusterer.resolve(outcome.event_id))
