"""``numbers`` and ``stance`` read ASCII text on its lower-cased copy: the same answers as the general patterns,
which a non-ASCII character sends a text to ("é" adds no figure, denial or hedge)."""

from newsfuse.summarize.attribute import numbers, stance

SENTENCES = (
    "Twenty-Five riders, TWENTY FIVE buses and twenty-five cars",
    "Nine, nineteen, ninety-nine and NINETY-NINE; seventeen, not seven",
    "1,350 seats and 1350.5 tonnes, 9. and ,9, and No. 3",
    "5twenty and twenty5 and fifty_two and _nine_ are no number words",
    "one two three, Ninety nine, eighty\nfive, forty  two",
    "It may rain in May; MAY is no hedge, Might is none either",
    "Perhaps, Seems, seemed, Appears to, appear  to, SOME SAY, some said it",
    "They don't and CAN'T; cannot, Nobody, NOTHING, neither, nor, without",
    "notable mayor seemingly unknown knot snot",
    "The council voted 7-2 on Tuesday after a 90-minute debate.",
)


def test_ascii_text_reads_as_the_general_patterns_do() -> None:
    for sentence in SENTENCES:
        assert sentence.isascii()
        assert numbers(sentence) == numbers(sentence + " é"), sentence
        assert stance(sentence) == stance(sentence + " é"), sentence


def test_ascii_figures_and_stance() -> None:
    assert numbers(SENTENCES[0]) == frozenset({"25"})
    assert numbers(SENTENCES[2]) == frozenset({"1350", "1350.5", "9", "3"})
    assert numbers(SENTENCES[3]) == frozenset({"5"})  # a number word inside a longer word is none
    assert numbers("seventeen, not seven") == frozenset({"17", "7"})
    assert stance("It may rain in May.") == (False, True)  # "may" in lower case only
    assert stance("The fare rises in May and MIGHT fall.") == (False, False)
    assert stance(SENTENCES[7]) == (True, False)
    assert stance(SENTENCES[8]) == (False, False)
