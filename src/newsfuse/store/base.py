"""The store: articles, events (as report.json dicts), their rendered pages, rejected inputs, clusterer state.

Reads run on a per-thread connection. Every write happens inside ``Store.write()``: one transaction,
one writer at a time, committed whole or not at all (a crash mid-batch leaves nothing half-written).
Inputs are keyed on a hash of what was submitted, so re-sending a batch adds nothing twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsfuse.store.dialects import Connection, Dialect, StoreError, dialect_for, search_terms

SCHEMA_VERSION = "1"


def _now(timespec: str = "seconds") -> str:
    return datetime.now(UTC).isoformat(timespec=timespec)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class EventSummary:
    """One row of the events list."""

    id: str
    title: str
    first_published: str | None
    independent_sources: int
    articles: int
    updated: str

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> EventSummary:
        eid, title, recency, sources, articles, updated = row
        return cls(eid, title, recency or None, int(sources), int(articles), updated)


@dataclass(frozen=True)
class EventPage:
    """An event rendered when it was last rebuilt: its HTML page and its API JSON.

    ``version`` is the event's ``updated`` stamp it was rendered from; ``renderer`` names the templates
    and code that rendered it (a page from other templates is stale).
    """

    version: str
    renderer: str
    html: str
    api: str


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: the report-style article dict and the event it belongs to."""

    data: dict[str, Any]
    event_id: str


class Writer:
    """The statements of one write transaction (see ``Store.write``)."""

    def __init__(self, conn: Connection, dialect: Dialect) -> None:
        self._conn = conn
        self._dialect = dialect

    def _run(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self._conn.execute(self._dialect.sql(sql), tuple(params))

    def known_inputs(self, hashes: Iterable[str]) -> dict[str, tuple[str, str]]:
        """For each already-seen input hash: ("article" | "rejected", the id it was stored under)."""
        found: dict[str, tuple[str, str]] = {}
        wanted = sorted(set(hashes))
        for start in range(0, len(wanted), 500):  # a few queries per batch, not two per input
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for kind in ("rejected", "articles"):  # an article wins over a rejection of the same input
                sql = f"SELECT input_hash, id FROM {kind} WHERE input_hash IN ({marks})"
                for h, item_id in self._run(sql, chunk).fetchall():
                    found[h] = ("article" if kind == "articles" else "rejected", item_id)
        return found

    def rejection(self, input_hash: str) -> tuple[str, str] | None:
        """(reason, detail) of the stored rejection of an input, if there is one."""
        row = self._run("SELECT reason, detail FROM rejected WHERE input_hash = ?", (input_hash,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def article_exists(self, article_id: str) -> bool:
        return self._run("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def same_text(self, text_hash: str) -> tuple[str, str] | None:
        """(article id, event id) of a stored article with exactly this text, if any."""
        row = self._run(
            "SELECT id, event_id FROM articles WHERE text_hash = ? ORDER BY id LIMIT 1", (text_hash,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def state_version(self, key: str) -> int | None:
        """The version of a saved state (cheap: its blob is not read)."""
        row = self._run("SELECT version FROM state WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def state(self, key: str) -> tuple[int, Any] | None:
        """(version, main blob) of a saved state; its parts are read with ``state_parts``."""
        row = self._run("SELECT version, data FROM state WHERE key = ?", (key,)).fetchone()
        return (int(row[0]), json.loads(row[1])) if row else None

    def state_parts(self, key: str, names: Collection[str] | None = None) -> dict[str, Any]:
        """The parts of a saved state by name: all of them, or only those ``names``."""
        if names is None:
            rows = self._run("SELECT part, data FROM state_parts WHERE key = ?", (key,)).fetchall()
            return {p: json.loads(d) for p, d in rows}
        wanted, found = sorted(names), {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = f"SELECT part, data FROM state_parts WHERE key = ? AND part IN ({', '.join('?' * len(chunk))})"
            found.update({p: json.loads(d) for p, d in self._run(sql, [key, *chunk]).fetchall()})
        return found

    def put_state(
        self, key: str, data: Any, parts: dict[str, Any] | None = None, dropped: Iterable[str] = ()
    ) -> int:
        """Save a state: its main blob, and only the ``parts`` that changed and the names of those
        ``dropped`` since the last save (large states are rewritten piecewise). Returns the new version."""
        version = (self.state_version(key) or 0) + 1
        self._run(
            "INSERT INTO state (key, version, data) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET version = excluded.version, data = excluded.data",
            (key, version, _dumps(data)),
        )
        for part in dropped:
            self._run("DELETE FROM state_parts WHERE key = ? AND part = ?", (key, part))
        for part, value in (parts or {}).items():
            self._run(
                "INSERT INTO state_parts (key, part, data) VALUES (?, ?, ?) "
                "ON CONFLICT (key, part) DO UPDATE SET data = excluded.data",
                (key, part, _dumps(value)),
            )
        return version

    def add_article(self, data: dict[str, Any], input_hash: str, text_hash: str, event_id: str) -> None:
        self._run(
            "INSERT INTO articles (id, input_hash, text_hash, event_id, published, added, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (data["id"], input_hash, text_hash, event_id, data.get("published"), _now(), _dumps(data)),
        )

    def add_rejected(self, input_hash: str, item_id: str, reason: str, detail: str) -> None:
        self._run(
            "INSERT INTO rejected (input_hash, id, reason, detail, added) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (input_hash) DO NOTHING",
            (input_hash, item_id, reason, detail, _now()),
        )

    def add_member(self, data: dict[str, Any], event_id: str) -> None:
        """A rejected input's headline-only member (``cluster.headlines``), placed in an event."""
        self._run(
            "INSERT INTO members (id, event_id, data) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (data["id"], event_id, _dumps(data)),
        )

    def members_of(self, event_id: str) -> list[dict[str, Any]]:
        rows = self._run("SELECT data FROM members WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def merge_events(self, absorbed: str, kept: str) -> None:
        """Move every article and member of ``absorbed`` to ``kept``; the old id stays valid as an alias."""
        self._run("UPDATE articles SET event_id = ? WHERE event_id = ?", (kept, absorbed))
        self._run("UPDATE members SET event_id = ? WHERE event_id = ?", (kept, absorbed))
        self._run("UPDATE event_aliases SET kept = ? WHERE kept = ?", (kept, absorbed))
        self._run(
            "INSERT INTO event_aliases (absorbed, kept) VALUES (?, ?) "
            "ON CONFLICT (absorbed) DO UPDATE SET kept = excluded.kept",
            (absorbed, kept),
        )
        self.delete_event(absorbed)

    def aliases_of(self, event_id: str) -> list[str]:
        """The ids of the events merged into ``event_id`` (each still answers with it), in order."""
        rows = self._run("SELECT absorbed FROM event_aliases WHERE kept = ? ORDER BY absorbed", (event_id,))
        return [r[0] for r in rows.fetchall()]

    def articles_of(self, event_id: str) -> list[dict[str, Any]]:
        rows = self._run("SELECT data FROM articles WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def put_event(self, event: dict[str, Any], search_body: str) -> str:
        """Insert or replace an event; returns its new version (its ``updated`` stamp)."""
        version = _now("microseconds")
        self._run(
            "INSERT INTO events (id, title, recency, independent_sources, articles, updated, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
            "recency = excluded.recency, independent_sources = excluded.independent_sources, "
            "articles = excluded.articles, updated = excluded.updated, data = excluded.data",
            (
                event["id"],
                event["title"],
                event.get("first_published") or "",
                event["independent_sources"],
                len(event["article_ids"]),
                version,
                _dumps(event),
            ),
        )
        self._dialect.index_event(self._conn, event["id"], event["title"], search_body)
        return version

    def event(self, event_id: str) -> tuple[str, dict[str, Any]] | None:
        """(version, report dict) of a stored event."""
        row = self._run("SELECT updated, data FROM events WHERE id = ?", (event_id,)).fetchone()
        return (str(row[0]), json.loads(row[1])) if row else None

    def put_page(self, event_id: str, page: EventPage) -> None:
        self._run(
            "INSERT INTO event_pages (id, version, renderer, html, api) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, renderer = excluded.renderer, "
            "html = excluded.html, api = excluded.api",
            (event_id, page.version, page.renderer, page.html, page.api),
        )

    def delete_event(self, event_id: str) -> None:
        self._dialect.unindex_event(self._conn, event_id)
        self._run("DELETE FROM event_pages WHERE id = ?", (event_id,))
        self._run("DELETE FROM events WHERE id = ?", (event_id,))

    def delete_article(self, article_id: str) -> str | None:
        """Remove an article; returns the event it belonged to (None when there was no such article)."""
        row = self._run("SELECT event_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        self._run("DELETE FROM articles WHERE id = ?", (article_id,))
        return str(row[0])


class Store:
    """A SQLite file (default) or a PostgreSQL database holding what the service ingested."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = dialect_for(url)
        self._local = threading.local()
        self._all: list[Connection] = []
        self._lock = threading.Lock()
        conn = self._conn()
        self.dialect.create_schema(conn)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise StoreError(f"store schema {meta['schema']} is not {SCHEMA_VERSION}: make a new store")
        insert = self.dialect.sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
        for key, value in (("schema", SCHEMA_VERSION), ("version", "0")):
            if key not in meta:
                conn.execute(insert, (key, value))

    def _conn(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.dialect.connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._conn().execute(self.dialect.sql(sql), tuple(params)).fetchall()
        return rows

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except Exception:  # closing connections of other threads is best effort
                    continue
            self._all.clear()
        self._local = threading.local()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One exclusive write transaction: committed when the block ends, rolled back on error."""
        conn = self._conn()
        self.dialect.begin_write(conn)
        try:
            yield Writer(conn, self.dialect)
            conn.execute(
                "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'version'"
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def stats(self) -> dict[str, int]:
        (articles,), (events,), (rejected,) = (
            self._rows("SELECT COUNT(*) FROM articles")[0],
            self._rows("SELECT COUNT(*) FROM events")[0],
            self._rows("SELECT COUNT(*) FROM rejected")[0],
        )
        return {"articles": int(articles), "events": int(events), "rejected": int(rejected)}

    def events(self, limit: int = 50, offset: int = 0, query: str | None = None) -> list[EventSummary]:
        """Newest events first, or the best matches of a full-text ``query``."""
        if query is not None and query.strip():
            terms = search_terms(query)
            if not terms:
                return []
            rows = self.dialect.search(self._conn(), terms, limit, offset)
        else:
            rows = self._rows(
                "SELECT e.id, e.title, e.recency, e.independent_sources, e.articles, e.updated FROM events e "
                "ORDER BY e.recency DESC, e.id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            )
        return [EventSummary.from_row(r) for r in rows]

    def event_summary(self, event_id: str) -> EventSummary | None:
        """An event's row of the events list (its title and counts, without parsing the event)."""
        rows = self._rows(
            "SELECT id, title, recency, independent_sources, articles, updated FROM events WHERE id = ?",
            (event_id,),
        )
        return EventSummary.from_row(rows[0]) if rows else None

    def event_head(self, event_id: str) -> tuple[str, str] | None:
        """(the id the event is known by now, its version) in one indexed lookup; None: no such event."""
        rows = self._rows(
            "SELECT id, updated FROM events "
            "WHERE id = COALESCE((SELECT kept FROM event_aliases WHERE absorbed = ?), ?)",
            (event_id, event_id),
        )
        return (str(rows[0][0]), str(rows[0][1])) if rows else None

    def event_page(self, event_id: str) -> EventPage | None:
        """The event's stored rendering (check its version and renderer before serving it)."""
        rows = self._rows("SELECT version, renderer, html, api FROM event_pages WHERE id = ?", (event_id,))
        return EventPage(*(str(x) for x in rows[0])) if rows else None

    def events_to_render(self, renderer: str, limit: int = 100) -> list[str]:
        """Ids of events with no page, a page of an older version, or one from another renderer."""
        rows = self._rows(
            "SELECT e.id FROM events e LEFT JOIN event_pages p ON p.id = e.id "
            "WHERE p.id IS NULL OR p.version <> e.updated OR p.renderer <> ? ORDER BY e.id LIMIT ?",
            (renderer, limit),
        )
        return [str(r[0]) for r in rows]

    def version(self) -> str:
        """A counter every committed write transaction increments (one key lookup: for caching)."""
        return str(self._rows("SELECT value FROM meta WHERE key = 'version'")[0][0])

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT data FROM events WHERE id = ?", (event_id,))
        return json.loads(rows[0][0]) if rows else None

    def event_articles(self, event_id: str) -> list[dict[str, Any]]:
        rows = self._rows("SELECT data FROM articles WHERE event_id = ? ORDER BY id", (event_id,))
        return [json.loads(r[0]) for r in rows]

    def article(self, article_id: str) -> StoredArticle | None:
        rows = self._rows("SELECT data, event_id FROM articles WHERE id = ?", (article_id,))
        return StoredArticle(json.loads(rows[0][0]), rows[0][1]) if rows else None

    def known_inputs(self, hashes: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Input hashes already stored (see ``Writer.known_inputs``), read outside any write."""
        return Writer(self._conn(), self.dialect).known_inputs(hashes)

    def rejected(self, limit: int = 100, offset: int = 0) -> list[dict[str, str]]:
        """Rejected inputs, newest first: ``id``, ``reason``, ``detail``, ``added``."""
        rows = self._rows(
            "SELECT id, reason, detail, added FROM rejected ORDER BY added DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [{"id": r[0], "reason": r[1], "detail": r[2], "added": r[3]} for r in rows]
