"""The shipped static sentence embedding (``summarize.embed_lead``): a model2vec model distilled from
all-MiniLM-L6-v2, one int8 vector (with a float32 scale) per WordPiece token, in ``static_model/``.

A text's vector is the L2-normalised sum of its tokens' vectors. The files are built by
``benchmarks/build_static_model.py`` (byte-identical on every build; source, settings and hashes in
``static_model/PROVENANCE.json``) and read here with numpy alone: the tokenizer is BERT's uncased
WordPiece (normalise, punctuation apart, greedy longest-match pieces, unknown words dropped, at most 512
tokens), the same ids as the model's own tokenizer (the build script checks it on 2,000 texts; the
clustering benchmark bench_static_embed.py reads the model here too). Nothing here touches the network.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix

try:  # scipy's own sparse-times-dense kernel (private; the public product is the fallback)
    from scipy.sparse._sparsetools import csr_matvecs as _matvecs
except ImportError:  # pragma: no cover - another scipy
    _matvecs = None

MODEL_DIR = Path(__file__).resolve().parent / "static_model"
MAX_TOKENS = 512
"""Tokens of a text that count (as model2vec's encoder)."""
MAX_WORD_CHARS = 100
"""A longer word has no pieces (WordPiece's ``max_input_chars_per_word``)."""
CACHE_WORDS = 200_000
"""The chunk cache is emptied at this many entries (bounded memory in a long run)."""

_ASCII_PIECES = re.compile(r"[!-/:-@\[-`{-~]|[^!-/:-@\[-`{-~]+")
"""In printable ASCII: each punctuation character alone, and the runs between them."""


def _punctuation(char: str) -> bool:
    """BERT's punctuation: the ASCII symbol ranges and every Unicode P* character."""
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


def _clean(chunk: str) -> str:
    """BERT's normaliser: controls dropped, whitespace a space, CJK ideographs spaced apart, accents
    stripped, lower case."""
    kept = []
    for char in chunk:
        code = ord(char)
        category = unicodedata.category(char)
        if code in (0, 0xFFFD) or (category in ("Cc", "Cf") and char not in "\t\n\r"):
            continue
        if category == "Zs" or char in "\t\n\r":
            kept.append(" ")
        elif any(low <= code <= high for low, high in _CJK):
            kept.append(f" {char} ")
        else:
            kept.append(char)
    decomposed = unicodedata.normalize("NFD", "".join(kept))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def _split(chunk: str) -> list[str]:
    """One whitespace-free chunk as normalised words, each punctuation character a word."""
    if chunk.isascii() and chunk.isprintable():
        return _ASCII_PIECES.findall(chunk.lower())
    words: list[str] = []
    for piece in _clean(chunk).split():
        begin = 0
        for at, char in enumerate(piece):
            if _punctuation(char):
                if at > begin:
                    words.append(piece[begin:at])
                words.append(char)
                begin = at + 1
        if begin < len(piece):
            words.append(piece[begin:])
    return words


class StaticModel:
    """Token vectors and their WordPiece vocabulary; ``encode`` gives unit rows."""

    def __init__(
        self,
        vectors: NDArray[np.float32] | NDArray[np.int8],
        vocabulary: Sequence[str],
        scales: NDArray[np.float32] | None = None,
    ) -> None:
        if len(vocabulary) != len(vectors):
            raise ValueError(f"{len(vocabulary)} tokens for {len(vectors)} vectors")
        if scales is not None and len(scales) != len(vectors):
            raise ValueError(f"{len(scales)} scales for {len(vectors)} vectors")
        self.rows = vectors
        """As stored: float32 vectors, or int8 rows that ``scales`` turn into vectors."""
        self.scales = scales
        self.ids = {token: n for n, token in enumerate(vocabulary)}
        self._seen = np.zeros(len(vectors), dtype=bool)
        self._slot = np.zeros(len(vectors), dtype=np.int32)
        """Scratch (all False / stale between calls): the tokens of one ``encode`` call, and each one's
        column among its distinct tokens."""
        self.longest = max(map(len, vocabulary), default=0)
        self.chunks: dict[str, tuple[int, ...]] = {}

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> StaticModel:
        """Read ``vectors.npy`` (int8, memory-mapped: its pages are read as tokens need them and are
        shared by every process), ``scales.npy`` and ``vocab.txt`` from ``folder``."""
        rows = np.asarray(np.load(folder / "vectors.npy", mmap_mode="r", allow_pickle=False))
        scales = np.asarray(np.load(folder / "scales.npy", allow_pickle=False), dtype=np.float32)
        vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")[: len(rows)]
        return cls(rows, vocabulary, scales)

    @property
    def vectors(self) -> NDArray[np.float32]:
        """Every token's float32 vector (made on each call: ``encode`` makes only those it needs)."""
        return self.vectors_of(np.arange(len(self.rows)))

    def vectors_of(self, ids: NDArray[np.intp]) -> NDArray[np.float32]:
        """The float32 vectors of ``ids``: each stored row times its scale, in float32."""
        if self.scales is None:
            return np.asarray(self.rows[ids], dtype=np.float32)
        # one product: each int8 entry is cast to float32 (exactly) and times its row's float32 scale
        return np.multiply(self.rows[ids], self.scales[ids, None], dtype=np.float32)

    def _pieces(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match WordPiece ids of a word; ``()`` when some stretch has no piece."""
        if len(word) > MAX_WORD_CHARS:
            return ()
        found: list[int] = []
        begin = 0
        while begin < len(word):
            end = min(len(word), begin + self.longest)
            marker = "##" if begin else ""
            while end > begin:
                hit = self.ids.get(marker + word[begin:end])
                if hit is not None:
                    found.append(hit)
                    break
                end -= 1
            else:
                return ()
            begin = end
        return tuple(found)

    def token_ids(self, text: str) -> list[int]:
        """A text's ids (at most ``MAX_TOKENS``), each whitespace-free chunk's cached."""
        ids: list[int] = []
        chunks = self.chunks
        for chunk in text.split():
            got = chunks.get(chunk)
            if got is None:
                got = tuple(i for word in _split(chunk) for i in self._pieces(word))
                if len(chunks) >= CACHE_WORDS:
                    chunks.clear()
                chunks[chunk] = got
            ids.extend(got)
        return ids[:MAX_TOKENS]

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One unit row per text (zeros for a text without a known token): the token counts (sparse, over
        the call's distinct tokens) times those tokens' vectors, then each row over its norm. The sparse
        product adds a row's vectors one after another in token order from 0.0, in float32."""
        ids: list[int] = []
        ends = [0]
        for text in texts:
            ids.extend(self.token_ids(text))
            ends.append(len(ids))
        index = np.asarray(ids, dtype=np.intp)
        seen, slot = self._seen, self._slot
        seen[index] = True
        distinct = np.flatnonzero(seen)
        seen[distinct] = False
        slot[distinct] = np.arange(len(distinct), dtype=np.int32)
        vectors = self.vectors_of(distinct)
        positions = slot[index]
        if _matvecs is None:
            counts = csr_matrix(
                (np.ones(len(ids), dtype=np.float32), positions, np.asarray(ends)),
                shape=(len(texts), len(distinct)),
            )
            sums = np.asarray(counts @ vectors, dtype=np.float32)
        else:
            # the kernel that product calls, without building the matrix (~45 µs an event of ~200)
            sums = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            _matvecs(
                len(texts),
                len(distinct),
                vectors.shape[1],
                np.asarray(ends, dtype=positions.dtype),
                positions,
                np.ones(len(ids), dtype=np.float32),
                np.ascontiguousarray(vectors).ravel(),
                sums.ravel(),
            )
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        norms[norms == 0.0] = 1.0
        return np.asarray(sums / norms, dtype=np.float32)


@cache
def shipped() -> StaticModel:
    """The shipped model, read once per process."""
    return StaticModel.load(MODEL_DIR)
