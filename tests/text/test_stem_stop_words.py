"""``text.words.STOP_WORDS`` is scikit-learn's English list (read without importing scikit-learn) and ours."""

from __future__ import annotations

import subprocess
import sys

from newsfuse.text.words import STOP_WORDS


def test_stop_words_are_scikit_learns_and_ours() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    ours = {"said", "says", "told", "according", "mr", "mrs", "ms"}
    assert frozenset(ENGLISH_STOP_WORDS) | ours == STOP_WORDS
    assert list(frozenset(ENGLISH_STOP_WORDS) | ours) == list(STOP_WORDS)  # the same order when iterated


def test_reading_the_stop_words_does_not_import_scikit_learn() -> None:
    code = "import sys, newsfuse.text.words as w; print(len(w.STOP_WORDS), 'sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(len(STOP_WORDS)), "False"]
