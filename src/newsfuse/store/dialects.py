"""What differs between SQLite and PostgreSQL: connecting, locking, the schema's full-text index, search.

Every statement is parameterised; ``?`` placeholders are written once and translated for psycopg.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any, Protocol

from newsfuse.errors import NewsfuseError


class StoreError(NewsfuseError):
    """The store cannot be opened or used (bad URL, unreachable database, incompatible schema)."""


class Connection(Protocol):
    def execute(self, sql: str, params: Any = ...) -> Any: ...
    def close(self) -> None: ...


_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  input_hash TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL,
  event_id TEXT NOT NULL,
  published TEXT,
  added TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_event ON articles (event_id);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles (text_hash);
CREATE TABLE IF NOT EXISTS rejected (
  input_hash TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS members_event ON members (event_id);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  recency TEXT NOT NULL,
  independent_sources INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  updated TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_recency ON events (recency DESC, id DESC);
CREATE TABLE IF NOT EXISTS event_aliases (absorbed TEXT PRIMARY KEY, kept TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state_parts (
  key TEXT NOT NULL,
  part TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (key, part)
);
CREATE TABLE IF NOT EXISTS event_pages (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  renderer TEXT NOT NULL,
  html TEXT NOT NULL,
  api TEXT NOT NULL
);
"""


def search_terms(query: str) -> list[str]:
    """The words of a user's search, stripped of every operator character."""
    return re.findall(r"\w+", query.lower())[:20]


class Dialect:
    """Base: SQL written with ``?`` placeholders."""

    name = "base"

    def connect(self) -> Connection:
        raise NotImplementedError

    def sql(self, statement: str) -> str:
        return statement

    def create_schema(self, conn: Connection) -> None:
        raise NotImplementedError

    def begin_write(self, conn: Connection) -> None:
        raise NotImplementedError

    def index_event(self, conn: Connection, event_id: str, title: str, body: str) -> None:
        raise NotImplementedError

    def unindex_event(self, conn: Connection, event_id: str) -> None:
        raise NotImplementedError

    def search(self, conn: Connection, terms: list[str], limit: int, offset: int) -> list[tuple[Any, ...]]:
        raise NotImplementedError


_EVENT_COLUMNS = "e.id, e.title, e.recency, e.independent_sources, e.articles, e.updated"


class SQLiteDialect(Dialect):
    """A local file in WAL mode; one writer at a time through ``BEGIN IMMEDIATE``; FTS5 search."""

    name = "sqlite"

    def __init__(self, path: str) -> None:
        self.path = path

    def connect(self) -> Connection:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store {self.path}: {exc}") from exc
        return conn

    def create_schema(self, conn: Connection) -> None:
        assert isinstance(conn, sqlite3.Connection)
        conn.executescript(
            _TABLES + "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5"
            "(id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');"
        )

    def begin_write(self, conn: Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def index_event(self, conn: Connection, event_id: str, title: str, body: str) -> None:
        self.unindex_event(conn, event_id)
        conn.execute("INSERT INTO events_fts (id, title, body) VALUES (?, ?, ?)", (event_id, title, body))

    def unindex_event(self, conn: Connection, event_id: str) -> None:
        conn.execute("DELETE FROM events_fts WHERE id = ?", (event_id,))

    def search(self, conn: Connection, terms: list[str], limit: int, offset: int) -> list[tuple[Any, ...]]:
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows: list[tuple[Any, ...]] = conn.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events_fts f JOIN events e ON e.id = f.id "
            "WHERE events_fts MATCH ? ORDER BY bm25(events_fts, 0.0, 4.0, 1.0), e.recency DESC "
            "LIMIT ? OFFSET ?",
            (match, limit, offset),
        ).fetchall()
        return rows


class PostgresDialect(Dialect):
    """A PostgreSQL database by URL (psycopg 3); writers serialise on an advisory lock; tsvector search."""

    name = "postgresql"
    _LOCK = 7_346_021

    def __init__(self, url: str) -> None:
        self.url = url

    def connect(self) -> Connection:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - the [web] extra provides it
            raise StoreError("a PostgreSQL store needs psycopg: pip install 'newsfuse[web]'") from exc
        try:
            conn: Connection = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        return conn

    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    def create_schema(self, conn: Connection) -> None:
        conn.execute("SELECT pg_advisory_lock(%s)", (self._LOCK,))
        try:
            for statement in _TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS search tsvector")
            conn.execute("CREATE INDEX IF NOT EXISTS events_search ON events USING GIN (search)")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (self._LOCK,))

    def begin_write(self, conn: Connection) -> None:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._LOCK,))

    def index_event(self, conn: Connection, event_id: str, title: str, body: str) -> None:
        conn.execute(
            "UPDATE events SET search = setweight(to_tsvector('simple', %s), 'A') || "
            "to_tsvector('simple', %s) WHERE id = %s",
            (title, body, event_id),
        )

    def unindex_event(self, conn: Connection, event_id: str) -> None:
        return None

    def search(self, conn: Connection, terms: list[str], limit: int, offset: int) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = conn.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events e, plainto_tsquery('simple', %s) q "
            "WHERE e.search @@ q ORDER BY ts_rank(e.search, q) DESC, e.recency DESC LIMIT %s OFFSET %s",
            (" ".join(terms), limit, offset),
        ).fetchall()
        return rows


def dialect_for(url: str) -> Dialect:
    """``sqlite:///path.db`` (or a bare path) → SQLite; ``postgresql://…`` → PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDialect(url)
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if not path:
            raise StoreError(f"no file in store URL {url!r}: use sqlite:///relative.db or sqlite:////abs.db")
        return SQLiteDialect(path)
    if "://" in url:
        raise StoreError(f"unknown store URL {url!r}: use sqlite:///file.db or postgresql://user@host/db")
    return SQLiteDialect(url)
