"""Words, content words and stems."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)
"""A word token: runs of word characters joined by an apostrophe, full stop or hyphen ("o'clock", "U.S.")."""
_V = TypeVar("_V")


def _english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (the Glasgow IR group's list), read from the one module of
    scikit-learn that holds them without importing the package: ``import sklearn`` pulls in scipy.stats
    and more, a fixed cost of every process that nothing else here needs. Falls back on the import if
    scikit-learn keeps the list elsewhere."""
    spec = importlib.util.find_spec("sklearn")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "feature_extraction" / "_stop_words.py"
        source = importlib.util.spec_from_file_location("newsfuse.text._sklearn_stop_words", path)
        if not path.is_file() or source is None or source.loader is None:
            continue
        module = importlib.util.module_from_spec(source)
        source.loader.exec_module(module)
        words = getattr(module, "ENGLISH_STOP_WORDS", None)
        if isinstance(words, frozenset):
            return words
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


STOP_WORDS = _english_stop_words() | {"said", "says", "told", "according", "mr", "mrs", "ms"}


_ASCII_WORD = re.compile(r"[a-z0-9_]++(?:['.-][a-z0-9_]++)*+")
r"""``WORD`` on lower-case ASCII text, where ``\w`` is ``[a-z0-9_]`` (a character class is quicker), its loops
possessive (what follows each loop is none of its characters, so giving one back never matches more)."""
_LOWER_WORD = re.compile(r"\w++(?:['’.-]\w++)*+")
"""``WORD`` with possessive loops, on lower-cased text."""
_CONTEXT_LOWER = ("\u0130", "\u03a3")
"""The characters whose ``str.lower`` is no one-character mapping of their own: "İ" lower-cases to two
characters, "Σ" to "σ" or "ς" by the letters around it. Every other character lower-cases to one character
of the same kind: a word character, one of WORD's joining marks, or neither (a test checks every code
point)."""


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens. The text is lower-cased once before it is tokenised, which gives the same
    tokens unless it holds a character of :data:`_CONTEXT_LOWER` (then each token is lower-cased)."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    if _CONTEXT_LOWER[0] in text or _CONTEXT_LOWER[1] in text:
        return [w.lower() for w in WORD.findall(text)]
    return _LOWER_WORD.findall(text.lower())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem (plural, -ing, -ed), enough to match word forms."""
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def content_words(text: str) -> list[str]:
    """Stemmed, lower-cased words that are not stop words or bare punctuation: ``stem(w)`` of each token
    ``w`` of :func:`word_tokens` that :func:`is_content_word` keeps, each token's answer read from
    :data:`_CONTENT_STEM` (one dict lookup by ``map`` instead of two calls per token)."""
    found = kept_answers(_CONTENT_STEM, _content_stem, word_tokens(text), _KEPT_STEMS)
    return list(filter(None, found))  # a stem is never empty (a token holds a word character)


_CONTENT_STEM: dict[str, str] = {}
"""Each token's stem, or "" for a token that is no content word; emptied when it holds :data:`_KEPT_STEMS`."""
_KEPT_STEMS = 200_000


def _content_stem(token: str) -> str:
    """A token's stem when it is a content word, else "" (the answers :data:`_CONTENT_STEM` keeps)."""
    return stem(token) if is_content_word(token) else ""


def kept_answers(known: dict[str, _V], make: Callable[[str], _V], tokens: list[str], limit: int) -> list[_V]:
    """``[make(t) for t in tokens]``, each token's answer kept in ``known``: a plain dict read by ``map`` (about
    half an ``lru_cache``'s cost per token), emptied when it holds ``limit`` answers and a new one is needed."""
    try:
        return list(map(known.__getitem__, tokens))
    except KeyError:
        if len(known) >= limit:
            known.clear()
        for token in tokens:
            if token not in known:
                known[token] = make(token)
        return list(map(known.__getitem__, tokens))


def is_content_word(word: str) -> bool:
    """Whether a lower-cased word token counts as content: not a stop word, and not a lone letter or sign."""
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())
