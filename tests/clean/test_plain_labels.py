"""The training labels of the plain-text block scorer (benchmarks/train_clean.block_labels)."""

from pytest import MonkeyPatch

from benchmarks import train_clean
from benchmarks.train_clean import block_labels

GOLD = """Storm floods the lower town
Heavy rain overnight sent the river over its banks in Marlow Vale, flooding two streets near the old mill.
Residents were moved to the school hall, where volunteers served soup and dry blankets until the morning.
Business owners said the water reached the counters of three shops, and the clean-up would take weeks."""


def test_long_blocks_are_body_when_their_words_are_in_the_gold() -> None:
    blocks = [
        "Heavy rain overnight sent the river over its banks in Marlow Vale, flooding two streets near the old mill.",
        "Residents were moved to the school hall, where volunteers served soup and blankets until the morning!",
        "Sign up for our newsletter to get the best stories of the week delivered to your inbox.",
    ]
    assert block_labels(blocks, GOLD) == [1, 1, 0]


def test_a_short_block_needs_a_gold_line_of_its_own() -> None:
    blocks = [
        "Business",  # a nav item: its word occurs in the gold, but far from the body
        "Home",
        "Sport",
        "Video",
        "Weather",
        "Storm floods the lower town",  # the headline: a line of the gold
        "Heavy rain overnight sent the river over its banks in Marlow Vale, flooding two streets near the old mill.",
        "the school hall",  # a short piece of a gold line, not a line of its own
        "Residents were moved to the school hall, where volunteers served soup and dry blankets until the morning.",
    ]
    assert block_labels(blocks, GOLD) == [0, 0, 0, 0, 0, 1, 1, 0, 1]


def test_a_block_must_match_whole_words() -> None:
    blocks = [
        "Heavy rain overnight sent the river over its banks in Marlow Vale, flooding two streets near the old mill.",
        "Storm floods the lower town",
        "lower town",  # a short block that is no gold line
        "Storm floods the lower tow",  # "tow": no whole word of the gold
    ]
    assert block_labels(blocks, GOLD) == [1, 1, 0, 0]


def test_an_anchor_window_lets_a_short_block_next_to_body_count(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(train_clean, "ANCHOR_WINDOW", 1)
    blocks = [
        "Home",
        "Heavy rain overnight sent the river over its banks in Marlow Vale, flooding two streets near the old mill.",
        "the school hall",
        "Business",
    ]
    assert block_labels(blocks, GOLD) == [0, 1, 1, 0]
