"""Pull quotes found by making only the words of blocks that hold the quote's longest word: the same blocks as the
rule read whole (a quote's words in order inside a longer kept block), on hand-made and random pages."""

from __future__ import annotations

import random
import re

from newsfuse.clean.plaintext import PULL_QUOTE_MIN, _pull_quotes

_WORD = re.compile(r"\w+")


def _rule(blocks: list[str], reasons: list[str | None]) -> list[int]:
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    words = {i: " " + " ".join(_WORD.findall(blocks[i].lower())) + " " for i in kept}
    return [
        i
        for i in kept
        if blocks[i][:1] in "\"'“‘«„"
        and len(blocks[i].split()) <= 40
        and words[i].count(" ") > PULL_QUOTE_MIN
        and any(j != i and len(words[j]) > len(words[i]) and words[i] in words[j] for j in kept)
    ]


def test_a_quote_repeating_a_longer_block_is_cut_and_others_are_not() -> None:
    body = "The mayor said: “We will rebuild the harbour wall before the winter storms come,” to applause."
    blocks = [
        body,
        "“We will rebuild the harbour wall before the winter storms come”",
        "“We will rebuild the harbour wall”",
        "“Storms come before the harbour wall we will rebuild”",
        "“WE WILL REBUILD THE HARBOUR WALL BEFORE THE WINTER”",
    ]
    reasons: list[str | None] = [None] * len(blocks)
    assert _pull_quotes(blocks, reasons) == _rule(blocks, reasons) == [1, 2, 4]
    assert _pull_quotes(blocks, [None, None, None, None, "menu"]) == [1, 2]
    assert _pull_quotes(blocks, ["menu", None, None, None, None]) == [2, 4]


def test_random_pages_give_the_rule_s_quotes() -> None:
    rng = random.Random(27)
    vocabulary = ["the", "harbour", "wall", "Wall", "storm", "a", "x", "WINTER", "Über", "ünd", "42", "—"]
    for _ in range(400):
        blocks = []
        for _ in range(rng.randrange(1, 8)):
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(0, 12)))
            blocks.append(rng.choice(["“", '"', ""]) + text)
        reasons = [rng.choice([None, None, "menu"]) for _ in blocks]
        assert _pull_quotes(blocks, reasons) == _rule(blocks, reasons), blocks
