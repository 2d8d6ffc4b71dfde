"""Sketches of cleaned texts: a normalised hash and winnowed word-shingle fingerprints per paragraph.

Winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps the smallest shingle hash of every window of
``window`` consecutive shingles, so any run of ``window + shingle_size - 1`` words two texts share yields
at least one shared fingerprint, while a text keeps only about ``2 / (window + 1)`` of its shingles.
Shingles never cross a paragraph break, so each fingerprint belongs to one paragraph.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"\w+|\n", re.UNICODE)
_MULT = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_NONE = np.iinfo(np.uint64).max

U64 = npt.NDArray[np.uint64]
I32 = npt.NDArray[np.int32]


def normalized_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str:
    """Hash of the text's words, ignoring case, punctuation and spacing."""
    return hashlib.blake2b(" ".join(normalized_words(text)).encode(), digest_size=16).hexdigest()


def word_hash(word: str) -> int:
    """A stable 64-bit hash of one normalised word (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


@dataclass(frozen=True, slots=True, eq=False)
class Sketch:
    """What the index keeps of one article: enough to verify copies and passages without the text."""

    id: str
    published: str | None
    digest: str
    """Hash of the word sequence (case, punctuation and spacing ignored): equal digests are exact copies."""
    words: int
    fingerprints: U64
    """Winnowed shingle hashes, unique, sorted ascending."""
    paragraph: I32
    """Block number of each fingerprint (its first occurrence): blocks are the paragraphs, long ones cut
    into even pieces of at most ``block_words`` words, so that one long paragraph is not all-or-nothing."""
    spans: I32
    """``(blocks, 3)``: start and end character offsets and word count of each block."""


def _cut(line: str, start: int, count: int, pieces: int) -> list[tuple[int, int, int]]:
    """Spans of ``pieces`` even runs of the line's ``count`` words, cut at the space nearest the even
    character position (the spans only locate reported passages)."""
    cuts = [n * count // pieces for n in range(pieces + 1)]
    ends = []
    for n in range(1, pieces):
        at = line.find(" ", len(line) * cuts[n] // count)
        ends.append(len(line) if at < 0 else at)
    ends.append(len(line))
    begins = [0, *ends[:-1]]
    return [
        (start + b, start + e, hi - lo)
        for b, e, lo, hi in zip(begins, ends, cuts[:-1], cuts[1:], strict=True)
    ]


class Sketcher:
    """Turns texts into sketches; caches word hashes (a per-instance cache, never shared)."""

    def __init__(self, shingle_size: int, window: int, block_words: int) -> None:
        self.shingle_size = shingle_size
        self.window = window
        self.block_words = block_words
        self._cache: dict[str, int] = {}
        self._newline = np.uint64(word_hash("\n"))

    def _word_hashes(self, words: list[str]) -> U64:
        cache = self._cache
        try:
            return np.array(list(map(cache.__getitem__, words)), dtype=np.uint64)
        except KeyError:
            if len(cache) > 2_000_000:  # bound memory on endless streams; hashes are recomputed on demand
                cache.clear()
            for w in [w for w in set(words) if w not in cache]:
                cache[w] = word_hash(w)
            return np.array(list(map(cache.__getitem__, words)), dtype=np.uint64)

    def sketch(self, article_id: str, text: str, published: str | None = None) -> Sketch:
        hashes = self._word_hashes(_TOKEN.findall(text.lower()))
        breaks = hashes == self._newline
        line_of = np.cumsum(breaks, dtype=np.int32)[~breaks]
        word_hashes = hashes[~breaks]
        counts = np.bincount(line_of, minlength=text.count("\n") + 1)
        pieces = -(-counts // self.block_words)  # blocks per line, 0 for lines without words
        first_word = np.cumsum(counts) - counts
        first_block = (np.cumsum(pieces) - pieces).astype(np.int32)
        position = np.arange(line_of.size) - first_word[line_of]
        block_of = first_block[line_of] + (position * pieces[line_of] // np.maximum(counts[line_of], 1))
        spans: list[tuple[int, int, int]] = []
        start = 0
        for line, count, piece in zip(text.split("\n"), counts.tolist(), pieces.tolist(), strict=True):
            if piece == 1:
                spans.append((start, start + len(line), count))
            elif piece > 1:
                spans.extend(_cut(line, start, count, piece))
            start += len(line) + 1
        digest = hashlib.blake2b(word_hashes.tobytes(), digest_size=16).hexdigest()
        fingerprints, block = self._fingerprints(word_hashes, line_of, block_of.astype(np.int32))
        span_array = np.array(spans, dtype=np.int32).reshape(-1, 3)
        return Sketch(article_id, published, digest, len(word_hashes), fingerprints, block, span_array)

    def _fingerprints(self, word_hashes: U64, para: I32, block: I32) -> tuple[U64, I32]:
        k, n = self.shingle_size, word_hashes.size
        if n < k:
            return np.empty(0, np.uint64), np.empty(0, np.int32)
        m = n - k + 1
        acc = np.zeros(m, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(k):
                acc = acc * _MULT + word_hashes[j : j + m]
            acc ^= acc >> np.uint64(31)
            acc *= _MIX1
            acc ^= acc >> np.uint64(29)
            acc *= _MIX2
            acc ^= acc >> np.uint64(32)
        inside = para[:m] == para[k - 1 :]
        acc[~inside] = _NONE
        if m > self.window:
            windows = np.lib.stride_tricks.sliding_window_view(acc, self.window)
            picked = np.arange(m - self.window + 1) + windows.argmin(axis=1)  # non-decreasing
            picked = picked[np.r_[True, picked[1:] != picked[:-1]]]
        else:
            picked = np.array([int(acc.argmin())])
        picked = picked[acc[picked] != _NONE]
        hashes, first = np.unique(acc[picked], return_index=True)
        return hashes, block[picked[first]]
