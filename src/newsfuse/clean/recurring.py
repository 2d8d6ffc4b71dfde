"""Lines that recur across the documents of one corpus or outlet: page chrome, in all likelihood.

``LineStats`` counts in how many documents each short line occurs. It is built per batch and merged
(``merge``), so a corpus can be counted in pieces; a document's own occurrence is discounted.
Long lines are not counted: syndicated copies share whole paragraphs of body text, not chrome.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAX_WORDS = 15
"""Lines longer than this are never counted (shared long paragraphs are syndication, not chrome)."""
MIN_DOCUMENTS = 3
"""Recurrence is only trusted once the corpus holds at least this many documents."""


def line_key(line: str) -> int:
    """A compact, case- and digit-insensitive key of a line (dates and counters vary per page)."""
    folded = "".join("0" if c.isdigit() else c for c in " ".join(line.lower().split()))
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class LineStats:
    """Document frequency of short lines over a set of documents."""

    documents: int = 0
    counts: Counter[int] = field(default_factory=Counter)

    @classmethod
    def from_documents(cls, documents: Iterable[Sequence[str]]) -> LineStats:
        stats = cls()
        for blocks in documents:
            stats.documents += 1
            stats.counts.update({line_key(b) for b in blocks if len(b.split()) <= MAX_WORDS})
        return stats

    def merge(self, other: LineStats) -> LineStats:
        """The statistics of both batches together (neither input is changed)."""
        return LineStats(self.documents + other.documents, self.counts + other.counts)

    def recurrence(self, key: int) -> float:
        """0 for a line seen in no other document, rising to 1 for a line in 4 or more others."""
        if self.documents < MIN_DOCUMENTS:
            return 0.0
        others = self.counts.get(key, 0) - 1
        return min(1.0, max(0, others) / 4)
