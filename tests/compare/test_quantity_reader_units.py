"""The units a reader needs where the text says them plainly (issue 7, session 26, quant2): an age set off
after a person is in years of age, an index's move or level without "points" is in points."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(m.number, m.unit) for m in extract_quantities(article("r", text))]


def test_an_apposed_age_is_in_years_of_age() -> None:
    assert _read("Helen Sharkey , 31 , and Gene Foster , 44 , pleaded guilty .") == [
        (31.0, "year of age"),
        (44.0, "year of age"),
    ]
    assert _read("The scores were 10, 12, 14 and 9.") == []  # a list, not an apposition


def test_an_index_move_and_level_without_points_are_points() -> None:
    assert _read("The S&P rose 13.78 , or 1.5 percent , to 930.08 .") == [
        (13.78, "point"),
        (1.5, "percent"),
        (930.08, "point"),
    ]
    assert _read("The Dow fell 120 to 10,500 on Monday.") == [(120.0, "point"), (10500.0, "point")]


def test_a_level_with_no_index_named_stays_without_unit() -> None:
    assert (77.85, None) in _read("Northsea crude settled at 77.85 after a choppy session.")
    assert (412.0, None) in _read("The seven-day average of new cases climbed to 412, officials said.")
    # an index named in an earlier sentence does not reach across the stop
    assert (37.0, None) in _read("The index fell. The death toll climbed to 37, officials said.")
