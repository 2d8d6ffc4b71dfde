"""A partitive's part counts its whole (issue 7, session 27, W''): the extractor names a plural whole no number
counts, and the protocol's reading gives a part its whole's counted phrase; a fraction's or a ratio's part keeps
no unit, as the convention writes (benchmarks/data/README.md, session 26 quant2)."""

from __future__ import annotations

import pytest

from benchmarks.bench_compare import _cqe_units, _score_cqe_protocol
from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[str]:
    found = [m for m in extract_quantities(Article(id="p", path="p", text=text)) if m.number is not None]
    return _cqe_units(found, text)


def _slots(text: str) -> list[str]:
    return [m.slot for m in extract_quantities(Article(id="p", path="p", text=text))]


def test_a_plural_whole_no_number_counts_names_the_part() -> None:
    assert _slots("A man lay in the gutter , one of the most critical injuries .") == [
        "part of critical injury"
    ]
    assert _slots("He is one of many celebrities who came .") == ["part of celebrity"]
    assert _slots("Corvette was one of the first to offer the device.") == ["part of number"]
    assert _slots("Recall isnt one of them , he said .") == ["part of number"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Seven of the nine Democratic presidential candidates spoke .",
            ["democratic presidential candidate"] * 2,
        ),
        ("Inspectors found that 42 of the 60 care homes had broken rules .", ["care home"] * 2),
        ("Five of the victims had already been released .", ["victim"]),
        ("The hospital has 600 beds, 80 of them in intensive care.", ["bed", "bed"]),
        ("A man lay in the gutter , one of the most critical injuries .", ["critical injury"]),
    ],
)
def test_a_part_is_read_with_its_whole(text: str, units: list[str]) -> None:
    assert _read(text) == units


def test_a_fraction_or_a_ratio_keeps_no_unit() -> None:
    assert _read("Three-quarters of the city's buses now run on electricity .") == ["-"]
    assert _read("Only 1/4 of the seats were filled for the opening match .") == ["-"]
    assert _read("One in four children lives in poverty.") == ["-", "child"]
    assert _read("It is one of the largest in the state .") == ["-"]


def test_the_protocol_scores_a_part_by_its_whole() -> None:
    row = {
        "id": "p1",
        "text": "Eight of the 12 jurors voted to convict.",
        "quantities": [
            {"value": "8", "value_min": 8.0, "value_max": 8.0, "normalized_unit": "juror"},
            {"value": "12", "value_min": 12.0, "value_max": 12.0, "normalized_unit": "juror"},
        ],
    }
    assert _score_cqe_protocol([row])["value_unit"]["f1"] == 1.0
