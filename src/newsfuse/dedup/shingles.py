"""Sketches of cleaned texts: a normalised hash and winnowed word-shingle fingerprints per paragraph.

Winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps the smallest shingle hash of every window of
``window`` consecutive shingles, so any run of ``window + shingle_size - 1`` words two texts share yields
at least one shared fingerprint, while a text keeps only about ``2 / (window + 1)`` of its shingles.
Shingles never cross a paragraph break, so each fingerprint belongs to one paragraph.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"\w+", re.UNICODE)
_P = 0x100000001B3  # odd, so invertible modulo 2**64
_P_INV = pow(_P, -1, 2**64)
_MULT = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_NONE = np.iinfo(np.uint64).max
_NEWLINE, _BMP = 10, 0x10000

U64 = npt.NDArray[np.uint64]
I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]

KEPT_POWERS = 1 << 19
"""Entries of the power tables kept between ``sketch_many`` calls (8 MB for both): a pool worker sketches a
clean batch of about 150k characters per call, and making the tables anew each call was ~30 % of its
sketching. Larger tables (a batch with a huge text) are dropped at the end of the call."""
_TABLES: list[tuple[U64, U64]] = [(np.ones(1, np.uint64), np.ones(1, np.uint64))]
"""``P**i`` and ``P**-i`` modulo 2**64 (``Sketcher._power_tables``; the same values whatever their size), as
one pair replaced whole, so a thread never sees one table grown and the other not."""


def normalized_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str:
    """Hash of the text's words, ignoring case, punctuation and spacing."""
    return hashlib.blake2b(" ".join(normalized_words(text)).encode(), digest_size=16).hexdigest()


def _fold(char: str) -> tuple[int, bool]:
    """Lower-case code point of ``char`` and whether it is a word character (as ``\\w`` of ``re``)."""
    return ord(char.lower()[0]), char.isalnum() or char == "_"


@cache
def _bmp_table() -> tuple[U64, npt.NDArray[np.bool_]]:
    """Lower-case code point and word-character flag of every code point below 0x10000 (built once)."""
    folded, word = zip(*(_fold(chr(c)) for c in range(_BMP)), strict=True)
    return np.array(folded, dtype=np.uint64), np.array(word, dtype=np.bool_)


def warm_tables() -> None:
    """Make the code-point table and the power tables now: a process that forks a pool after this call
    shares them with its workers (~0.13 CPU-s per worker for the code-point table)."""
    _bmp_table()
    Sketcher._power_tables(KEPT_POWERS)


def _mix(x: U64) -> U64:
    """SplitMix64 finaliser, in place."""
    x ^= x >> np.uint64(31)
    x *= _MIX1
    x ^= x >> np.uint64(29)
    x *= _MIX2
    x ^= x >> np.uint64(32)
    return x


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
    block_fingerprints: I32
    """Number of fingerprints of each block (derived from ``paragraph``; kept for verification)."""

    @classmethod
    def of(
        cls,
        id: str,
        published: str | None,
        digest: str,
        words: int,
        fingerprints: U64,
        paragraph: I32,
        spans: I32,
    ) -> Sketch:
        """A sketch with its derived per-block fingerprint counts."""
        counts = np.bincount(paragraph, minlength=spans.shape[0]).astype(np.int32)
        return cls(id, published, digest, words, fingerprints, paragraph, spans, counts)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with its four arrays as one bytes object and their dtypes and shapes (a sketch crosses
        from the pool to the main process once per article: numpy's own pickling of four small arrays
        cost ~14 us each way per sketch, this ~2). Unpickled arrays are writable, as numpy's are."""
        arrays = (self.fingerprints, self.paragraph, self.spans, self.block_fingerprints)
        layout = tuple((a.dtype.str, a.shape) for a in arrays)
        data = b"".join([a.tobytes() for a in arrays])
        return (_unpacked, (self.id, self.published, self.digest, self.words, data, layout))


_DTYPES: dict[str, np.dtype[np.generic]] = {}


def _unpacked(
    id: str,
    published: str | None,
    digest: str,
    words: int,
    data: bytes,
    layout: tuple[tuple[str, tuple[int, ...]], ...],
) -> Sketch:
    """A pickled ``Sketch`` (``Sketch.__reduce__``) made again: its arrays are views of one writable copy
    of ``data`` (slices of one byte array viewed as their types: cheaper than a ``frombuffer`` each)."""
    raw = np.frombuffer(bytearray(data), np.uint8)
    arrays = []
    at = 0
    for dtype, shape in layout:
        kind = _DTYPES.get(dtype) or _DTYPES.setdefault(dtype, np.dtype(dtype))
        end = at + math.prod(shape) * kind.itemsize
        arrays.append(raw[at:end].view(kind).reshape(shape))
        at = end
    fingerprints, paragraph, spans, counts = arrays
    return Sketch(id, published, digest, words, fingerprints, paragraph, spans, counts)


class Sketcher:
    """Turns texts into sketches with numpy over the code points of a whole batch at once.

    A word is a run of word characters (``\\w`` of ``re``), compared case-insensitively; its hash is a
    polynomial hash of its lower-cased code points modulo 2**64, read off one prefix sum over the batch.
    Texts are joined by line breaks, and winnowing windows never reach across two texts, so a text's
    sketch does not depend on the batch it came in.
    """

    def __init__(self, shingle_size: int, window: int, block_words: int, batch_chars: int = 1 << 18) -> None:
        self.shingle_size = shingle_size
        self.window = window
        self.block_words = block_words
        self.batch_chars = batch_chars
        """Texts are sketched together up to about this many characters (bounds the working memory)."""

    def sketch(self, article_id: str, text: str, published: str | None = None) -> Sketch:
        return self.sketch_many([(article_id, text, published)])[0]

    def sketch_many(self, items: Iterable[tuple[str, str, str | None]]) -> list[Sketch]:
        """Sketches of ``(id, text, published)`` items, in order."""
        out: list[Sketch] = []
        chunk: list[tuple[str, str, str | None]] = []
        size = 0
        for item in items:
            chunk.append(item)
            size += len(item[1]) + 1
            if size >= self.batch_chars:
                out.extend(self._batch(chunk))
                chunk, size = [], 0
        if chunk:
            out.extend(self._batch(chunk))
        if _TABLES[0][0].size > KEPT_POWERS:  # a huge text's tables are not kept between calls
            _TABLES[0] = (np.ones(1, np.uint64), np.ones(1, np.uint64))
        return out

    @staticmethod
    def _power_tables(n: int) -> tuple[U64, U64]:
        """``P**i`` and ``P**-i`` modulo 2**64 for ``i < n`` (at least; grown by doubling, shared by every
        sketcher of the process and kept between calls up to ``KEPT_POWERS``)."""
        tables = _TABLES[0]
        if tables[0].size < n:
            size = max(n, min(2 * tables[0].size, KEPT_POWERS))
            made = []
            with np.errstate(over="ignore"):
                for base in (_P, _P_INV):
                    table = np.full(size, base, dtype=np.uint64)
                    table[0] = 1
                    made.append(np.cumprod(table, dtype=np.uint64))
            tables = _TABLES[0] = (made[0], made[1])
        return tables

    @staticmethod
    def _code_points(text: str) -> tuple[U64, npt.NDArray[np.bool_], npt.NDArray[np.uint32]]:
        """Lower-cased code points, word-character flags and raw code points of ``text``."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        folded, word = _bmp_table()
        bmp = codes if codes.size == 0 or codes.max() < _BMP else np.minimum(codes, _BMP - 1)
        lower, is_word = folded[bmp], word[bmp]
        for n in np.flatnonzero(codes >= _BMP).tolist():
            lower[n], is_word[n] = _fold(chr(int(codes[n])))
        return lower, is_word, codes

    def _words(self, text: str) -> tuple[npt.NDArray[np.uint32], I64, U64]:
        """Code points of ``text``, and the first character and hash of each of its words."""
        lower, is_word, codes = self._code_points(text)
        n = codes.size
        edges = np.flatnonzero(np.diff(is_word, prepend=False, append=False))
        starts, ends = edges[0::2], edges[1::2]
        powers, inverses = self._power_tables(n + 1)
        with np.errstate(over="ignore"):
            prefix = np.zeros(n + 1, dtype=np.uint64)
            np.cumsum(lower * powers[:n], out=prefix[1:])
            raw = (prefix[ends] - prefix[starts]) * inverses[starts]
            return codes, starts, _mix(raw + (ends - starts).astype(np.uint64) * _MULT)

    def _batch(self, items: Sequence[tuple[str, str, str | None]]) -> list[Sketch]:
        texts = [text for _, text, _ in items]
        codes, starts, word_hashes = self._words("\n".join(texts))
        n = codes.size
        breaks = codes == _NEWLINE
        newlines = np.flatnonzero(breaks)
        line_before = np.cumsum(breaks, dtype=np.int64)
        line_of = line_before[starts]
        counts = np.bincount(line_of, minlength=newlines.size + 1)
        pieces = -(-counts // self.block_words)  # blocks per line, 0 for lines without words
        first_block = np.cumsum(pieces) - pieces
        position = np.arange(starts.size) - (np.cumsum(counts) - counts)[line_of]
        block_of = first_block[line_of] + position * pieces[line_of] // np.maximum(counts[line_of], 1)
        # per text: its first character, word, block and fingerprint
        chars = np.cumsum([0] + [len(t) + 1 for t in texts])
        word_at = np.searchsorted(starts, chars)
        block_at = np.r_[first_block, pieces.sum()][np.r_[0, line_before[chars[1:-1] - 1], newlines.size + 1]]
        spans = self._spans(newlines, starts, line_of, block_of, first_block, pieces, n)
        spans[:, :2] -= np.repeat(chars[:-1], np.diff(block_at))[:, None]
        spans32 = spans.astype(np.int32)
        picked, hashes = self._winnow(word_hashes, line_of, word_at)
        doc = np.searchsorted(word_at, picked, "right") - 1
        order = np.lexsort((hashes, doc))  # stable: the first occurrence of a hash in a text comes first
        doc, hashes, picked = doc[order], hashes[order], picked[order]
        first = np.ones(doc.size, dtype=np.bool_)
        first[1:] = (doc[1:] != doc[:-1]) | (hashes[1:] != hashes[:-1])
        doc, hashes, block = doc[first], hashes[first], block_of[picked[first]]
        per_block = np.bincount(block, minlength=spans.shape[0]).astype(np.int32)
        fp_at = np.searchsorted(doc, np.arange(len(items) + 1))
        local = (block - np.repeat(block_at[:-1], np.diff(fp_at))).astype(np.int32)
        bounds = zip(word_at.tolist(), block_at.tolist(), fp_at.tolist(), strict=True)
        sketches = []
        (w0, b0, f0) = next(bounds)
        for (article_id, _, published), (w1, b1, f1) in zip(items, bounds, strict=True):
            digest = hashlib.blake2b(word_hashes[w0:w1].tobytes(), digest_size=16).hexdigest()
            sketches.append(
                Sketch(
                    article_id,
                    published,
                    digest,
                    w1 - w0,
                    hashes[f0:f1],
                    local[f0:f1],
                    spans32[b0:b1],
                    per_block[b0:b1],
                )
            )
            w0, b0, f0 = w1, b1, f1
        return sketches

    def _shingles(self, word_hashes: U64, at: I64) -> U64:
        """Hashes of the shingles that start at word positions ``at`` (all within one line)."""
        acc = np.zeros(at.size, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(self.shingle_size):
                acc = acc * _MULT + word_hashes[at + j]
            return _mix(acc)

    def _winnow(self, word_hashes: U64, line_of: I64, word_at: I64) -> tuple[I64, U64]:
        """Word positions and hashes of the winnowed shingles of every text, positions ascending.

        Each text's shingles are laid out followed by ``window - 1`` empty slots; the windows taken are those
        that start inside a text and end inside it (a text with fewer shingles than a window takes one).
        """
        k, w = self.shingle_size, self.window
        total = word_hashes.size - k + 1
        if total <= 0:
            return np.empty(0, np.int64), np.empty(0, np.uint64)
        shingles = self._shingles(word_hashes, np.arange(total))
        shingles[line_of[:total] != line_of[k - 1 :]] = _NONE  # shingles never cross a line break
        count = np.maximum(np.diff(word_at) - k + 1, 0)  # shingles per text
        slot = count + w - 1
        offset = np.cumsum(slot) - slot
        laid = np.full(int(slot.sum()), _NONE, dtype=np.uint64)
        source = np.arange(int(count.sum())) + np.repeat(word_at[:-1] - (np.cumsum(count) - count), count)
        target = source + np.repeat(offset - word_at[:-1], count)
        laid[target] = shingles[source]
        runs = np.where(count > 0, np.maximum(count - w + 1, 1), 0)  # windows per text
        begin = np.arange(int(runs.sum())) + np.repeat(offset - (np.cumsum(runs) - runs), runs)
        if begin.size == 0:
            return np.empty(0, np.int64), np.empty(0, np.uint64)
        span = laid.size - w + 1
        least = laid[:span].copy()  # minimum of the window starting at each slot
        for o in range(1, w):
            np.minimum(least, laid[o : o + span], out=least)
        first = np.full(span, w - 1, dtype=np.int64)  # where in the window its minimum first occurs
        for o in range(w - 2, -1, -1):
            first[laid[o : o + span] == least] = o
        picked = begin + first[begin]  # non-decreasing: windows sharing their minimum pick it once
        keep = laid[picked] != _NONE
        keep[1:] &= picked[1:] != picked[:-1]
        picked = picked[keep]
        text = np.searchsorted(offset, picked, "right") - 1
        return picked - offset[text] + word_at[text], laid[picked]

    @staticmethod
    def _spans(
        newlines: I64, starts: I64, line_of: I64, block_of: I64, first_block: I64, pieces: I64, n: int
    ) -> I64:
        """``(start, end, words)`` of every block: a whole line, or a piece of a cut line that ends where
        the next piece's first word starts (the spans only locate reported passages)."""
        if starts.size == 0:
            return np.empty((0, 3), dtype=np.int64)
        head = np.flatnonzero(np.r_[True, block_of[1:] != block_of[:-1]])  # first word of each block
        line = line_of[head]
        block = block_of[head]
        cut = np.r_[starts[head[1:]], n]
        line_start, line_end = np.r_[0, newlines + 1], np.r_[newlines, n]
        begin = np.where(block == first_block[line], line_start[line], np.r_[0, cut[:-1]])
        end = np.where(block == first_block[line] + pieces[line] - 1, line_end[line], cut)
        return np.stack([begin, end, np.diff(np.r_[head, starts.size])], axis=1)
