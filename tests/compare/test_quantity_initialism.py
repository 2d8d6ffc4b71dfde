"""An initialism before a plural is a modifier of the counted thing, in the extractor and the scorer's reading
alike (issue 7, session 30, IN′ = IN with TR): "130,000 US soldiers" is read (it was dropped, "US" taken for the
pronoun) and scored `us soldier`, "23 U.S. troops" is scored `u.s. troop` (the dots kept, "troops" by CQE's
lemma); money after an initialism, a unit word after it and a year before it are read as before."""

from __future__ import annotations

import pytest

from tests.compare.test_quantity_possessive_whole import _read  # (text, slot, scored unit) of each quantity


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "About 130,000 US soldiers remain in Iraq.",
            [("130,000 US soldiers", "soldier", "us soldier")],
        ),
        ("About 40 IT workers left the firm.", [("40 IT workers", "worker", "it worker")]),
        ("At least 23 U.S. troops have been killed.", [("23 U.S. troops", "troops", "u.s. troop")]),
        ("Bunia has about 750 U.N. troops in the town.", [("750 U.N. troops", "troops", "u.n. troop")]),
        ("About 700 MONUC troops are based in Bunia.", [("700 MONUC troops", "troops", "monuc troop")]),
        ("The union has 23,500 UAW workers there.", [("23,500 UAW workers", "worker", "uaw worker")]),
        ("Nearly 13,000 troops stood along the border.", [("13,000 troops", "troops", "troop")]),
    ],
)
def test_an_initialism_before_a_plural_modifies_the_counted_thing(
    text: str, read: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("He paid 300 US dollars for it.", [("300 US dollars", "USD", "dollar")]),
        ("The shares rose 5 US cents.", [("5", "number", "-")]),
        ("In 1998 US officials said no.", []),
        ("About 1800 US soldiers arrived.", []),
    ],
)
def test_money_a_unit_and_a_year_keep_their_reading(text: str, read: list[tuple[str, str, str]]) -> None:
    assert _read(text) == read


def test_lower_case_us_is_still_the_pronoun() -> None:
    """Only capitals make an initialism: lower-cased copy's "us" stays the stop word it was."""
    assert _read("they sent 300 us soldiers there .") == []
