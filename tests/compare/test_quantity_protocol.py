"""The published protocol's reading of a prediction's unit (``_cqe_unit``, session 19): a count's unit is its
counted phrase, the number words, scales and a vague plural's "of" left to the value."""

from __future__ import annotations

import pytest

from benchmarks.bench_compare import _cqe_unit, _cqe_unit_s18
from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _units(text: str) -> list[str]:
    art = Article(id="t", path="t", text=text)
    return [_cqe_unit(m) for m in extract_quantities(art) if m.unit != "clock" and m.number is not None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Dozens of commuters were stuck on the platform.", "commuter"),
        ("Tens of thousands of walkers crossed the bridge.", "walker"),
        ("Thirty-two nurses signed the letter.", "nurse"),
        ("The district will hire 4,000 more cleaners next year.", "cleaner"),
        ("Rescuers found 9 other hikers near the ridge.", "other hiker"),
        ("The port ordered 14 new harbour cranes this spring.", "new harbour crane"),
    ],
)
def test_a_count_is_named_by_its_counted_phrase(text: str, unit: str) -> None:
    assert unit in _units(text)


def test_a_measure_keeps_its_unit_name_and_a_bare_number_has_none() -> None:
    assert _units("Prices rose 4.5% in May.") == ["percentage"]
    text = "The score was 7 at the break."
    art = Article(id="t", path="t", text=text)
    for m in extract_quantities(art):
        assert _cqe_unit(m) == _cqe_unit_s18(m)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Between 30 and 45 tugboats towed the wreck.", "tugboat"),
        ("Organisers expect 8 to 12 brass bands on the day.", "brass band"),
        ("seven to nine volunteers stayed overnight .", "volunteer"),
    ],
)
def test_a_counted_range_keeps_its_counted_phrase(text: str, unit: str) -> None:
    """Session 23: "to"/"and" between a range's ends belong to the value, not to the counted phrase."""
    assert _units(text) == [unit]
