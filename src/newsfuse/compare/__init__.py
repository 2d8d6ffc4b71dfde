"""Compare: facts (quantities, quotes) extracted per article and aligned across sources."""

from newsfuse.compare.align import compare_event

__all__ = ["compare_event"]
