"""Fractions in words as CQE's fraction table tags them (issue 7, session 20's second shift): "a third of",
"half the", "by a fifth" are quantities without unit; periods and ordinals are not."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _read(text: str) -> list[tuple[str, float | None, str | None, str, str]]:
    return [(m.text, m.number, m.unit, m.slot, m.qualifier) for m in extract_quantities(article("a", text))]


def test_a_fraction_with_a_or_nothing_before_it_is_its_value() -> None:
    assert _read("A third of the crew stayed ashore.") == [("A third", 1 / 3, None, "part of number", "")]
    assert _read("Nearly half of the members voted.") == [("half", 0.5, None, "part of number", "approx")]
    assert _read("Attendance dropped by a fifth.") == [("a fifth", 0.2, None, "part of number", "")]
    assert _read("Output shrank by almost a quarter last winter.")[0][:2] == ("a quarter", 0.25)
    assert [q[0] for q in _read("About half the village's 800 homes flooded.")] == ["800 homes", "half"]


def test_periods_ordinals_and_forms_the_scan_reads_are_left_alone() -> None:
    assert _read("Sales slowed in the first half and in the third quarter.") == []
    assert _read("Gilt yields rose for a fifth straight session.") == []
    assert _read("She will not seek a third term.") == []
    assert [q[1] for q in _read("Half a million homes lost power.")] == [500000.0]
    assert [q[1] for q in _read("A quarter of a million fans came.")] == [250000.0]
    assert [(q[1], q[2]) for q in _read("The bank cut rates by a quarter point.")] == [(0.25, "point")]
    assert [q[1] for q in _read("The strike lasted two and a half days.")] == [2.5]
    assert [q[1] for q in _read("One-fifth of the budget goes to roads.")] == [0.2]
    assert _read("The half-time score stood.") == []


def test_half_after_by_half_of_a_measure_and_fractions_in_full() -> None:
    """Session 23: "by (nearly) half" 0.5; "half a mile", "half an hour" 0.5 of the measure; a fraction's
    value not rounded (CQE's scorer compares within 1e-5: 0.3333 is no third)."""
    assert _read("Waiting times fell by nearly half in a year.")[0][:3] == ("half", 0.5, None)
    assert _read("The fund cut its stake by half.")[0][:3] == ("half", 0.5, None)
    assert [(q[1], q[2]) for q in _read("The ferry docked half a mile offshore.")] == [(0.5, "mile")]
    assert [(q[0], q[2]) for q in _read("the talks ran half an hour over .")] == [("half an hour", "hour")]
    assert _read("Two-thirds of the orchards were sold.")[0][1] == 2 / 3
    assert [q[1] for q in _read("The gap is 1/3 inch.")] == [1 / 3]
    assert [q[1] for q in _read("The day was cut by half an hour.")] != [0.5, 0.5]
