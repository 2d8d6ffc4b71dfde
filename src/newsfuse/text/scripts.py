"""Word counts for text in scripts written without spaces between words (Han, kana, Thai).

White-space words undercount such text: a 160-character Chinese article is one "word". Here a run of those
scripts counts a word per few characters, the rest of the text by white space as before.
"""

from __future__ import annotations

import re

HAN_KANA_CHARS_PER_WORD = 2
"""Characters a word of Chinese or Japanese: segmented Chinese news text averages about 1.6-1.7 characters a
word and Japanese (kana particles and endings as words) about 2; 2 rounds up, so the count errs low."""
THAI_CHARS_PER_WORD = 4
"""Code points a Thai word (vowel and tone marks are code points of their own): an estimate, not measured
here (no segmented Thai text in the shared data)."""

_HAN_KANA = r"\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_THAI = r"\u0e00-\u0e7f"
_RUN = re.compile(rf"[{_HAN_KANA}]+|[{_THAI}]+")
_THAI_CHARS = re.compile(rf"[{_THAI}]")


def count_words(text: str) -> int:
    """The words of ``text``: its white-space separated words, except that each run of Han, kana or Thai
    characters counts one word per ``HAN_KANA_CHARS_PER_WORD`` / ``THAI_CHARS_PER_WORD`` characters (at least
    one). Never fewer than ``len(text.split())``; the same for text without those scripts."""
    if text.isascii() or _RUN.search(text) is None:
        return len(text.split())
    runs = 0
    for run in _RUN.finditer(text):
        chars = run.end() - run.start()
        per_word = THAI_CHARS_PER_WORD if _THAI_CHARS.match(text, run.start()) else HAN_KANA_CHARS_PER_WORD
        runs += max(1, chars // per_word)
    return len(_RUN.sub(" ", text).split()) + runs
