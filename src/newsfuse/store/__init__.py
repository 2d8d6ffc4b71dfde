"""Store: ingested articles and their events in a SQLite file (default, WAL) or PostgreSQL (by URL)."""

from newsfuse.store.base import EventPage, EventSummary, Store, StoredArticle, Writer
from newsfuse.store.dialects import StoreError, search_terms

__all__ = ["EventPage", "EventSummary", "Store", "StoreError", "StoredArticle", "Writer", "search_terms"]
