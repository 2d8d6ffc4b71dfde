"""Lines that recur across the documents of one corpus or outlet: page chrome, in all likelihood.

``LineStats`` counts in how many documents each short line occurs. It is built per batch and merged
(``merge``), so a corpus can be counted in pieces; a document's own occurrence is discounted.
Long blocks are counted apart (``block_counts``): syndicated copies share whole paragraphs of body text, so a
long block that recurs is chrome only when its page's body does not recur as well (``plaintext``'s test).
``RunningLineStats`` counts a stream in reading order: each document gets the counts of the documents read up to
it, itself included (``newsfuse run``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np
import numpy.typing as npt

MAX_WORDS = 15
"""Lines longer than this are never counted (shared long paragraphs are syndication, not chrome)."""
KEY_CHARS = 160
"""Characters of a line that make its key (short lines are rarely longer)."""
MIN_DOCUMENTS = 3
"""Recurrence is only trusted once the corpus holds at least this many documents."""


_DIGITS = re.compile(r"\d")


_ASCII_DIGITS = str.maketrans("123456789", "000000000")


def _zero_digits(text: str) -> str:
    """``text`` with every decimal digit made "0" (``_DIGITS``; ASCII text by a translation table, cheaper than
    the pattern's scan)."""
    return text.translate(_ASCII_DIGITS) if text.isascii() else _DIGITS.sub("0", text)


def is_short(line: str) -> bool:
    """At most ``MAX_WORDS`` words (lines as ``split_blocks`` gives them: single spaces)."""
    return line.count(" ") < MAX_WORDS


def line_key(line: str) -> str:
    """A case- and digit-insensitive key of a short line (dates and counters vary per page), at most
    ``KEY_CHARS`` long. Lines are taken as ``split_blocks`` gives them: white space already collapsed."""
    return _zero_digits(line[:KEY_CHARS].lower())


Keyed = tuple[list[int], list[str]]
"""Some blocks of a page (their indices) and their ``line_key``s."""


class PageLines(list[str]):
    """A page's blocks (``document.source_blocks``) that keep their short and long line keys once made: counting
    the corpus's lines, the scorer (``recurrences``) and the recurring-block rule (``block_documents``) read the
    same keys instead of making them again. Read only once keyed (no cleaning step changes a page's blocks).
    Pickles as a plain list: a pool task carries the blocks, and the worker makes the keys it reads."""

    __slots__ = ("long", "short")

    def __init__(self, blocks: Iterable[str] = ()) -> None:
        super().__init__(blocks)
        self.short: Keyed | None = None
        self.long: Keyed | None = None

    def __reduce__(self) -> tuple[type[list[str]], tuple[list[str]]]:
        return list, (list(self),)


_last_short: tuple[tuple[str, ...], list[int], list[str]] | None = None
"""The last document ``short_keys`` was asked about and its answer (for blocks that are no ``PageLines``)."""


def short_keys(blocks: Sequence[str]) -> Keyed:
    """The short blocks of one document and their ``line_key``s, made in one pass over the joined lines. A
    ``PageLines`` keeps its answer; for other blocks the last document's answer is kept. Either is given as copies:
    the scorer (``recurrences``) and the recurring-block rule (``block_documents``) ask about the same page in turn."""
    global _last_short
    if isinstance(blocks, PageLines):
        if blocks.short is None:
            blocks.short = _short_keys(blocks)
        return list(blocks.short[0]), list(blocks.short[1])
    page = tuple(blocks)
    if (last := _last_short) is not None and last[0] == page:
        return list(last[1]), list(last[2])
    short, keys = _short_keys(blocks)
    _last_short = (page, short, keys)
    return list(short), list(keys)


def _short_keys(blocks: Sequence[str]) -> Keyed:
    short = [i for i, b in enumerate(blocks) if b.count(" ") < MAX_WORDS and "\n" not in b]  # is_short
    return short, _joined_keys(blocks, short)


def long_keys(blocks: Sequence[str]) -> Keyed:
    """The long blocks of one document (``MAX_WORDS`` words or more) and their ``line_key``s (kept by a
    ``PageLines``, given as copies)."""
    if isinstance(blocks, PageLines):
        if blocks.long is None:
            blocks.long = _long_keys(blocks)
        return list(blocks.long[0]), list(blocks.long[1])
    return _long_keys(blocks)


def _long_keys(blocks: Sequence[str]) -> Keyed:
    long = [i for i, b in enumerate(blocks) if b.count(" ") >= MAX_WORDS]
    return long, _joined_keys(blocks, long)


def _joined_keys(blocks: Sequence[str], indices: list[int]) -> list[str]:
    """The ``line_key`` of each block at ``indices``, made in one pass over their joined first ``KEY_CHARS``
    (one at a time when one of those holds a line break)."""
    if not indices:
        return []
    joined = "\n".join([blocks[i][:KEY_CHARS] for i in indices])
    if joined.count("\n") != len(indices) - 1:
        return [line_key(blocks[i]) for i in indices]
    return _zero_digits(joined.lower()).split("\n")


@dataclass
class LineStats:
    """Document frequency of short lines over a set of documents, and of long blocks apart (``long_counts``)."""

    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    long_counts: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_documents(cls, documents: Iterable[Sequence[str]]) -> LineStats:
        stats = cls()
        for blocks in documents:
            stats.documents += 1
            stats.counts.update(set(short_keys(blocks)[1]))
            stats.long_counts.update(set(long_keys(blocks)[1]))
        return stats

    def merge(self, other: LineStats) -> LineStats:
        """The statistics of both batches together (neither input is changed)."""
        return LineStats(
            self.documents + other.documents,
            self.counts + other.counts,
            self.long_counts + other.long_counts,
        )

    def block_documents(self, blocks: Sequence[str]) -> list[int]:
        """For each block of one document, in how many documents of the corpus it occurs (short lines and long
        blocks alike; 0 for a block the statistics never saw, as for a document not counted)."""
        out = [0] * len(blocks)
        for indices, keys, counts in (
            (*short_keys(blocks), self.counts),
            (*long_keys(blocks), self.long_counts),
        ):
            for i, key in zip(indices, keys, strict=True):
                out[i] = counts.get(key, 0)
        return out

    def recurrences(self, blocks: Sequence[str]) -> npt.NDArray[np.float64]:
        """For each block of one document: 0 for a line seen in no other document, rising to 1 for a line
        in 4 or more others (long blocks: 0)."""
        out = np.zeros(len(blocks))
        if self.documents < MIN_DOCUMENTS:
            return out
        short, keys = short_keys(blocks)
        counts = np.fromiter(map(self.counts.get, keys, repeat(0)), float, len(keys))
        out[short] = np.clip(counts - 1, 0, 4) / 4
        return out


class RunningLineStats:
    """``LineStats`` of a stream of documents, counted in reading order (keys held as their hashes).

    ``add`` counts one document and returns the statistics to clean it with: the documents read so far, itself
    included, and the counts of its own lines only (all a document's cleaning reads). So a document's result
    depends only on the documents before it, not on how the stream is cut into batches."""

    def __init__(self) -> None:
        self.documents = 0
        self._counts: dict[int, int] = {}
        self._long_counts: dict[int, int] = {}

    def add(self, blocks: Sequence[str]) -> LineStats:
        """Count one document's lines; its view of the stream so far (see the class)."""
        return self._counted(blocks, 1)

    def add_recurring(self, blocks: Sequence[str]) -> LineStats | None:
        """``add``, with only the counts of the document's lines seen in another document too; None when it has
        none. Cleaning reads a line seen once as one never seen (``LineStats.recurrences`` and
        ``plaintext._recurring`` test counts above 1), and a view of no such line as no statistics, so the
        cleaning is the same while a pool task carries, and a worker reads, only what recurs (1,185 of 10,000
        jsonl-10000 inputs have a line that recurs, 3,783 of 116,162 lines)."""
        view = self._counted(blocks, 2)
        return view if view.counts or view.long_counts else None

    def _counted(self, blocks: Sequence[str], least: int) -> LineStats:
        """Count one document's lines; its view, with the counts of its lines seen in ``least`` documents or more."""
        self.documents += 1
        view = LineStats(self.documents)
        for keys, running, counts in (
            (short_keys(blocks)[1], self._counts, view.counts),
            (long_keys(blocks)[1], self._long_counts, view.long_counts),
        ):
            for key in dict.fromkeys(keys):  # first-occurrence order: the view pickles the same every run
                h = hash(key)
                running[h] = seen = running.get(h, 0) + 1
                if seen >= least:
                    counts[key] = seen
        return view
