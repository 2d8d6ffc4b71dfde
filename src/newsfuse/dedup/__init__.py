"""Dedup: exact, near-duplicate, contained (truncated) and shared-passage (syndicated) copies."""

from newsfuse.dedup.independence import independent_sources, source_keys
from newsfuse.dedup.index import DedupIndex, DedupIndexError, find_duplicates

__all__ = ["DedupIndex", "DedupIndexError", "find_duplicates", "independent_sources", "source_keys"]
