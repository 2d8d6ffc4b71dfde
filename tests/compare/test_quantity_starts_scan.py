"""The places ``extract_quantities`` tries its pattern at (``_starts``): every place ``_START`` gives (a currency, a
digit or a number word after no word character or apostrophe), and none that could hold a quantity besides."""

import re

from newsfuse.compare.mentions import lower_keeping_offsets
from newsfuse.compare.quantities import _START, _starts, extract_quantities
from newsfuse.model import Article

TEXTS = (
    "Police said 12 people were hurt and $4.5 million in damage was done on Main St.",
    "“Three of the five,” she said — about 40% of the 1,200 members, or one in ten.",
    "The café’s 30 tables, the naïve 2nd guess and Zürich’s 7.5 km loop (half a dozen runs).",
    "Voilà5 euros, Ĳ3 and ñ12: a digit right after a letter of another script is no start.",
    "'90s hits, rock'n'roll at 9 p.m., five-year plans, .5 points and US$20 or Rs 300.",
)


def test_starts_hold_every_place_of_start_and_extra_places_follow_a_word_character() -> None:
    for text in TEXTS:
        low = lower_keeping_offsets(text)
        assert low is not None
        found = _starts(text, low)
        reference = [m.start() for m in _START.finditer(low)]
        assert found == sorted(found)
        assert set(reference) <= set(found)
        assert all(re.match(r"\w", low[k - 1]) for k in set(found) - set(reference))


def test_a_digit_after_a_letter_of_another_script_is_read_as_before() -> None:
    text = TEXTS[3]
    got = [(m.span.start, m.text) for m in extract_quantities(Article(id="a", path="a", text=text))]
    assert not any(text[start - 1].isalpha() for start, _ in got)
    assert not any(start in (text.index("5"), text.index("3"), text.index("12")) for start, _ in got)
