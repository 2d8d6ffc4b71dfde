"""Words, content words and stems."""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)
"""A word token: runs of word characters joined by an apostrophe, full stop or hyphen ("o'clock", "U.S.")."""
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "according", "mr", "mrs", "ms"}


_ASCII_WORD = re.compile(r"[a-z0-9_]+(?:['.-][a-z0-9_]+)*")
r"""``WORD`` on lower-case ASCII text, where ``\w`` is ``[a-z0-9_]`` (a character class is quicker)."""


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    if text.isascii():  # one lower() for the whole text; elsewhere lowering first can split a word ("İ")
        return _ASCII_WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem (plural, -ing, -ed), enough to match word forms."""
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def content_words(text: str) -> list[str]:
    """Stemmed, lower-cased words that are not stop words or bare punctuation."""
    return [stem(w) for w in word_tokens(text) if is_content_word(w)]


def is_content_word(word: str) -> bool:
    """Whether a lower-cased word token counts as content: not a stop word, and not a lone letter or sign."""
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())
