"""Session 19: ``_starts`` finds exactly the places ``_START`` matches (the CPU work keeps outputs), and a number word matched only by case folding ("ſix") is read, not raised on."""

from __future__ import annotations

import random

from newsfuse.compare.mentions import lower_keeping_offsets
from newsfuse.compare.quantities import _START, _starts

_PIECES = [
    " ",
    "  ",
    "\n",
    "'",
    "’",
    "-",
    ".",
    ",",
    "(",
    "$",
    "€",
    "£",
    "5",
    "12",
    "0.5",
    ".5",
    "us$",
    "US$",
    "c$",
    "hk$",
    "nz$",
    "rs",
    "Rs.",
    "rm",
    "RM",
    "rp.",
    "Rp",
    "usd",
    "EUR",
    "gbp",
    "krw",
    "half",
    "quarter",
    "one",
    "two",
    "ten",
    "tens",
    "eleven",
    "thirteen",
    "fifty",
    "forty",
    "twenty",
    "hundred",
    "dozen",
    "a",
    "an",
    "A",
    "An",
    "million",
    "billion",
    "thousand",
    "the",
    "often",
    "tension",
    "money",
    "reason",
    "audience",
    "x",
    "9am",
]


def _expected(text: str) -> list[int]:
    low = lower_keeping_offsets(text)
    assert low is not None
    return [m.start() for m in _START.finditer(low)]


def test_starts_are_the_places_the_start_pattern_matches() -> None:
    fixed = [
        "$5 and US$ 6, rm9 or Rp. 5; an hundred, a dozen eggs, a million",
        "5 people",
        "an million",
        "Two-thirds of the 12 members",
        "'5 o'clock ’6 (7) -8 .9 x.5",
        "usd\t5 eur\n6 chf 7 krw 8 audience often tension",
        "",
        "a",
    ]
    rng = random.Random(19)
    texts = fixed + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        low = lower_keeping_offsets(text)
        assert _starts(text, low) == _expected(text), text


def test_number_words_matched_only_by_case_folding_are_read_not_raised() -> None:
    from newsfuse.compare.quantities import extract_quantities
    from newsfuse.model import Article

    for text, value in [
        ("Police arrested ſix men.", "6"),
        ("Rescuers saved sİxty-fİve people.", "65"),
        ("One-ſixth of the budget went to roads.", "0.17"),
    ]:
        found = [m.value for m in extract_quantities(Article(id="a", path="a", text=text))]
        assert value in found, (text, found)
