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
