"""Dedup: exact, near-duplicate, contained (truncated) and shared-passage (syndicated) copies."""

from newsfuse.dedup.groups import find_duplicates
from newsfuse.dedup.independence import independent_sources, source_keys

__all__ = ["find_duplicates", "independent_sources", "source_keys"]
