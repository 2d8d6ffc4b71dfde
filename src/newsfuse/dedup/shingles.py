"""Word shingles of normalised text, hashed to 64-bit integers."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"\w+", re.UNICODE)


def normalized_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def text_hash(text: str) -> str:
    """Hash of the text's words, ignoring case, punctuation and spacing."""
    return hashlib.blake2b(" ".join(normalized_words(text)).encode(), digest_size=16).hexdigest()


def shingle_hashes(text: str, size: int) -> npt.NDArray[np.uint64]:
    """Sorted unique 64-bit hashes of the text's word n-grams (the whole text if shorter)."""
    words = normalized_words(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    grams = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    hashes = [int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams]
    return np.unique(np.array(hashes, dtype=np.uint64))
