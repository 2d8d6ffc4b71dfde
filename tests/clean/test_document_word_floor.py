"""The body's word floor (``clean.min_article_words``) counted without splitting the whole body: the same answer
as ``len(text.split()) < least`` for any text, and the same kept or rejected article at the floor's edge."""

from __future__ import annotations

import random

from newsfuse.clean.document import _fewer_words, clean_document
from newsfuse.config import CleanConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected

_PIECES = ("word", "Wörter", "x", "", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "42", ".")


def test_fewer_words_agrees_with_a_full_split() -> None:
    rng = random.Random(27)
    texts = ["", " ", "one", " one ", "one two", "one two ", "\u00a0a\u2003b\u3000c\n"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for text in texts:
        for least in range(-1, 12):
            assert _fewer_words(text, least) == (len(text.split()) < least), (text, least)


def _article(words: int, least: int) -> Article | Rejected:
    body = " ".join(["Council members voted on the budget"] * 40)
    text = body + "\n\n" + " ".join(f"w{k}" for k in range(words))
    raw = RawDoc(id="a", path="p", text=text, clean=True)
    return clean_document(raw, CleanConfig(min_article_words=least))


def test_the_floor_keeps_a_body_at_it_and_rejects_one_below() -> None:
    least = 6 * 40 + 5
    kept = _article(5, least)
    assert isinstance(kept, Article)
    rejected = _article(4, least)
    assert isinstance(rejected, Rejected)
    assert rejected.reason is Drop.NO_CONTENT
    assert f"only {least - 1} words of body" in rejected.detail
