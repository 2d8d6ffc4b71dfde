"""A fronted partitive's parts count its whole (issue 7, session 28, FP): "Of the 850 doctors, 612 said ..." reads
the 612 as doctors, as the convention writes it (benchmarks/data/README.md, session 26 quant2's W); a whole
that names no noun leaves its parts bare, and a part with a unit of its own keeps it."""

from __future__ import annotations

import pytest

from benchmarks.bench_compare import _cqe_units
from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[tuple[str, str]]:
    found = [m for m in extract_quantities(Article(id="p", path="p", text=text)) if m.number is not None]
    return [(m.text, unit) for m, unit in zip(found, _cqe_units(found, text), strict=True)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Of the 850 doctors, 612 said they would strike.",
            [("850 doctors", "doctor"), ("612", "doctor")],
        ),
        (
            "Of the unstressed women , 23 developed the disease and 871 did not .",
            [("23", "unstressed woman"), ("871", "unstressed woman")],
        ),
        (
            "Of the 21 shell casings found, 13 were from one gun, four from another.",
            [
                ("21 shell casings", "shell casing"),
                ("13", "shell casing"),
                ("one gun", "gun"),
                ("four", "shell casing"),
            ],
        ),
        (
            "Of the five men shot, one died and three were listed in stable condition, police said.",
            [("five men", "man"), ("one", "man"), ("three", "man")],
        ),
    ],
)
def test_a_part_after_a_fronted_whole_counts_the_whole(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


def test_a_fronted_whole_without_a_noun_leaves_its_parts_bare() -> None:
    assert _read("Of those, nine were in the District and 11 were in Montgomery.") == [
        ("nine", "-"),
        ("11", "-"),
    ]
    assert _read("Of those killed, 11 were Americans.") == [("11", "-")]


def test_a_part_with_its_own_unit_a_year_or_a_time_keeps_its_reading() -> None:
    assert (
        _read("Of the agricultural total, 73 percent of the emissions come from cattle.")[0][1]
        == "percentage"
    )
    assert _read("Of the 23 states that permit it, only seven have done so since 1976.") == [
        ("23 states", "state"),
        ("seven", "state"),
    ]


def test_only_a_clause_opening_partitive_is_fronted_to_its_sentence_end() -> None:
    # "of the 40 workers" inside a clause is an ordinary whole: the count after it is not its part
    assert _read("The owner of the 40 stores, 12 said, will close them.") == [("40 stores", "store")]
    # a fronted whole reaches the end of its sentence, not the next one
    text = "Of the 12 victims, two died. Police said 5 were hurt."
    assert [m.slot for m in extract_quantities(Article(id="p", path="p", text=text))][:2] == [
        "victim",
        "part of victim",
    ]
    assert not any(
        m.slot.startswith("part of")
        for m in list(extract_quantities(Article(id="p", path="p", text=text)))[2:]
    )
