"""``standalone._vague`` skips ``_VAGUE``'s scan on ASCII text that holds none of its words' parts: the same
answers as the scan (issue 9, perf2 session 27)."""

import re

import pytest

from newsfuse.summarize.standalone import _VAGUE, _VAGUE_PARTS, _vague, says_nothing


def _pattern_words() -> list[str]:
    """``_VAGUE``'s alternatives, lookarounds and optional letters removed (each word's shortest form)."""
    body = _VAGUE.pattern
    assert body.startswith(r"\b(?:") and body.endswith(r")\b")
    words = []
    for alternative in body[len(r"\b(?:") : -len(r")\b")].split("|"):
        bare = re.sub(r"\(\?<?[!=][^)]*\)", "", alternative)
        bare = re.sub(r".\?", "", bare)
        assert re.fullmatch("[a-z]+", bare), alternative
        words.append(bare)
    return words


def test_every_word_of_the_pattern_holds_a_part() -> None:
    words = _pattern_words()
    assert len(words) == 15
    for word in words:
        assert any(part in word for part in _VAGUE_PARTS), word


@pytest.mark.parametrize(
    "text",
    [
        "The fire is likely to be felt well beyond Port Emmet.",
        "THE FIRE IS LIKELY TO BE FELT WELL BEYOND PORT EMMET.",
        "No Other Information Is Available At This Time.",
        "Officials hoped the road would reopen.",
        "The bishop visited the shop on Monday.",  # a part ('hop') inside other words: the scan decides
        "She was as well prepared as anyone.",
        "The results were as well as expected.",
        "The council met on Tuesday to vote on the budget.",
        "Der Brand wird sich wohl über Port Emmet hinaus auswirken.",
        "It is \u017fURELY over.",  # long s: not ASCII, scanned (the case-insensitive match takes it as 's')
        "\u212aNOWN to be unclear.",
        "",
    ],
)
def test_the_same_answer_as_the_scan(text: str) -> None:
    assert _vague(text) == (_VAGUE.search(text) is not None)


def test_says_nothing_reads_the_vague_test() -> None:
    assert says_nothing("No other information is available at this time.")
    assert says_nothing("No other information is available at this time — none at all.")  # not ASCII
    assert not says_nothing("No other information was given at this time.")
