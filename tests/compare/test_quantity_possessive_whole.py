"""A possessive before a partitive's whole names its owner, not the counted thing (issue 7, session 29, PW):
"Forty of China's 300 Olympic athletes" reads the forty as athletes and the 300 as their count, in copy as
written and in NewsQuant's documented form (apostrophes dropped, "of Chinas 300"); an owner alone before a
number ("Boeing's 767 airplane") and a year after the owner are read as before."""

from __future__ import annotations

import pytest

from benchmarks.bench_compare import _cqe_units
from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[tuple[str, str, str]]:
    found = [m for m in extract_quantities(Article(id="p", path="p", text=text)) if m.number is not None]
    units = _cqe_units(found, text)
    return [(m.text, m.slot, unit) for m, unit in zip(found, units, strict=True)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Forty of China's 300 Olympic athletes have withdrawn, seven of them rowers.",
            [
                ("Forty", "part of athlete", "olympic athlete"),
                ("300 Olympic athletes", "athlete", "olympic athlete"),
                ("seven", "part of athlete", "olympic athlete"),
            ],
        ),
        (
            "forty of chinas 300 olympic athletes have withdrawn , seven of them rowers .",
            [
                ("forty", "part of athlete", "olympic athlete"),
                ("300 olympic athletes", "athlete", "olympic athlete"),
                ("seven", "part of athlete", "olympic athlete"),
            ],
        ),
        (
            "The flood closed 12 of the county's 40 public libraries.",
            [
                ("12", "part of library", "public library"),
                ("40 public libraries", "library", "public library"),
            ],
        ),
        (
            "Voters in two of the Smith Brothers' five depots said no.",
            [("two", "part of depot", "depot"), ("five depots", "depot", "depot")],
        ),
    ],
)
def test_a_part_of_an_owned_whole_counts_the_whole(text: str, read: list[tuple[str, str, str]]) -> None:
    assert _read(text) == read


def test_an_owner_alone_before_a_number_is_read_as_before() -> None:
    assert _read("Investigators will review the tail of Boeing's 767 airplane.") == []


def test_a_year_after_the_owner_is_no_whole() -> None:
    assert [slot for _, slot, _ in _read("One of China's 2008 Olympic teams won.")] == ["china's"]


def test_a_determiner_before_the_whole_is_passed_as_before() -> None:
    assert [slot for _, slot, _ in _read("Two of those 12 trucks were stolen.")] == ["part of truck", "truck"]
