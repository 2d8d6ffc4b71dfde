"""Static sentence embeddings: a model2vec model distilled from all-MiniLM-L6-v2 (a measurement, not shipped).

A static model is one vector per vocabulary token; a text's vector is the mean of its tokens' vectors,
L2-normalised. The model (``benchmarks/work/static_model/``: int8 rows with a scale each, and the
WordPiece vocabulary; not committed) is built by ``benchmarks/build_static_model.py`` (byte-identical on
each build) and described, with the hashes of its source and of its files, in its ``PROVENANCE.json``.
It did not pass the dev rule as the clustering blend's embedder (benchmarks/results/static_embed.md), so
neither the model nor this reader ships in newsfuse; it lives here for that benchmark. Reading it needs only numpy: the
tokenizer is the BERT uncased WordPiece of the model (normalise, split off punctuation, greedy
longest-match pieces), written here in Python and checked against the model's own tokenizer by the
build script. model2vec's ``StaticModel`` is not used at run time: it would bring in ``tokenizers``,
``huggingface_hub``, ``joblib`` and ``tqdm`` for what is a table look-up and a mean.

Nothing here touches the network.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix

MODEL_DIR = Path(__file__).resolve().parent / "work" / "static_model"
"""The built model's folder (``build_static_model.py``)."""

MAX_TOKENS = 512
"""Tokens of a text that count (model2vec's encoder truncates at 512 too)."""

MAX_WORD_CHARS = 100
"""A longer word is one unknown token (the WordPiece model's ``max_input_chars_per_word``)."""

CACHE_WORDS = 200_000
"""The per-word token cache is emptied when it holds this many words (it bounds the memory)."""


def _is_punctuation(char: str) -> bool:
    """BERT's punctuation: ASCII symbols, and every character of a Unicode punctuation category."""
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


_ASCII_WORDS = re.compile(r"[!-/:-@\[-`{-~]|[^!-/:-@\[-`{-~]+")
"""An ASCII chunk's words: each ASCII punctuation character, and the runs between them."""


def _normalised(chunk: str) -> str:
    """BERT's normaliser on one whitespace-free chunk: control characters dropped, CJK characters set
    apart, accents stripped (NFD, combining marks dropped), lower case."""
    out = []
    for char in chunk:
        code = ord(char)
        if (
            code == 0
            or code == 0xFFFD
            or (unicodedata.category(char) in ("Cc", "Cf") and char not in "\t\n\r")
        ):
            continue
        if unicodedata.category(char) == "Zs" or char in "\t\n\r":
            out.append(" ")
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    text = unicodedata.normalize("NFD", "".join(out))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def _words(chunk: str) -> list[str]:
    """A chunk of raw text normalised and split into words, each punctuation character a word of its
    own."""
    if chunk.isascii() and chunk.isprintable():
        return _ASCII_WORDS.findall(chunk.lower())
    chunk = _normalised(chunk)
    words: list[str] = []
    for piece in chunk.split():
        start = 0
        for at, char in enumerate(piece):
            if _is_punctuation(char):
                if at > start:
                    words.append(piece[start:at])
                words.append(char)
                start = at + 1
        if start < len(piece):
            words.append(piece[start:])
    return words


class WordPiece:
    """The BERT uncased WordPiece tokenizer over a vocabulary (token -> id), ids only, no special tokens;
    unknown words are dropped (model2vec drops the unknown token's id)."""

    def __init__(self, vocabulary: Sequence[str], unknown: str = "[UNK]") -> None:
        self.ids = {token: n for n, token in enumerate(vocabulary)}
        self.unknown = self.ids.get(unknown)
        self._longest = max(map(len, vocabulary), default=0)
        self._cache: dict[str, tuple[int, ...]] = {}

    def _pieces(self, word: str) -> tuple[int, ...]:
        """The greedy longest-match pieces of one word, or ``()`` when some part of it has none."""
        if len(word) > MAX_WORD_CHARS:
            return ()
        ids = self.ids
        out: list[int] = []
        start = 0
        while start < len(word):
            end = min(len(word), start + self._longest)
            prefix = "##" if start else ""
            while end > start:
                found = ids.get(prefix + word[start:end])
                if found is not None:
                    out.append(found)
                    break
                end -= 1
            else:
                return ()
            start = end
        return tuple(out)

    def chunk_ids(self, chunk: str) -> tuple[int, ...]:
        """The ids of one whitespace-free chunk of raw text (cached)."""
        found = self._cache.get(chunk)
        if found is None:
            found = tuple(i for word in _words(chunk) for i in self._pieces(word))
            if len(self._cache) >= CACHE_WORDS:
                self._cache.clear()
            self._cache[chunk] = found
        return found

    def __call__(self, text: str) -> list[int]:
        """The token ids of a text."""
        get = self._cache.get
        ids: list[int] = []
        for chunk in text.split():
            found = get(chunk)
            ids.extend(found if found is not None else self.chunk_ids(chunk))
        return ids


class StaticEmbedder:
    """A static embedding model: ``encode`` texts to an L2-normalised float32 matrix (one row a text)."""

    def __init__(self, vectors: npt.NDArray[np.float32], vocabulary: Sequence[str]) -> None:
        if len(vocabulary) != len(vectors):
            raise ValueError(f"{len(vocabulary)} tokens for {len(vectors)} vectors")
        self.vectors = vectors
        self.tokenizer = WordPiece(vocabulary)
        self.dims = int(vectors.shape[1])

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> StaticEmbedder:
        """Read a model folder (``vectors.npy`` int8, ``scales.npy``, ``vocab.txt``)."""
        rows = np.load(folder / "vectors.npy", allow_pickle=False)
        scales = np.load(folder / "scales.npy", allow_pickle=False)
        vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")[: len(rows)]
        return cls((rows.astype(np.float32) * scales[:, None]).astype(np.float32), vocabulary)

    def token_ids(self, text: str) -> list[int]:
        """A text's token ids as the model reads them: unknown words dropped, at most ``MAX_TOKENS``."""
        return self.tokenizer(text)[:MAX_TOKENS]

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit-length row per text (a text with no known token: a zero row). The sums of the texts'
        token rows are one sparse (texts x vocabulary counts) by dense product: gathering every token's
        row first costs 20-30 times more (a large temporary); one text is summed directly (building the
        sparse matrix would cost more than the sum)."""
        if len(texts) == 1:
            tokens = self.token_ids(texts[0])
            total = self.vectors[tokens].sum(axis=0, keepdims=True) if tokens else np.zeros((1, self.dims))
            norm = float(np.linalg.norm(total))
            return np.asarray(total / norm if norm else total, dtype=np.float32)
        ids: list[int] = []
        ends = [0]
        for text in texts:
            ids.extend(self.token_ids(text))
            ends.append(len(ids))
        counts = csr_matrix(
            (np.ones(len(ids), dtype=np.float32), np.asarray(ids, dtype=np.int32), np.asarray(ends)),
            shape=(len(texts), len(self.vectors)),
        )
        sums = np.asarray(counts @ self.vectors, dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        norms[norms == 0.0] = 1.0
        return np.asarray(sums / norms, dtype=np.float32)

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return self.encode(texts)


@cache
def static_embedder() -> StaticEmbedder:
    """The built model, loaded once per process."""
    return StaticEmbedder.load(MODEL_DIR)
