"""A television station's name is no quantity (issue 7, stations session 29, candidate ST): a number before
"NEWS", "News" or a call sign of two to four capitals, where that word is itself what the number would count,
names a station ("told 69 News", "asked by 18 LEX"); a plural counted after the word keeps the count, and so
does lower-case "news"."""

from __future__ import annotations

import pytest

from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.slot) for m in extract_quantities(Article(id="s", path="s", text=text))]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A neighbour told 69 News that three men ran off.", [("three men", "man")]),
        ("When asked by 18 LEX about the fire, the chief declined.", []),
        ("2 NEWS has confirmed that two deputies were hurt.", [("two deputies", "deputy")]),
        ("13 WREX reported the crash first.", []),
        ("Stay with us and watch 11 News for updates.", []),
    ],
)
def test_a_station_name_is_no_quantity(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The desk filed 5 news stories that day.", [("5 news", "news")]),
        ("Officers said 2 NEWS deputies arrived first.", [("2 NEWS deputies", "deputy")]),
        ("The channel drew 12 WSB viewers in the poll.", [("12 WSB viewers", "viewer")]),
        ("She wrote 3 News items for the bulletin.", [("3 News items", "item")]),
        ("FOX 8 News reported 2 deaths at the scene.", [("2 deaths", "death")]),
    ],
)
def test_a_count_after_a_station_word_or_in_lower_case_is_kept(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert _read(text) == read
