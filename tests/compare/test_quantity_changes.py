"""A change and the level it reached, rates written with hyphens, currencies named in words (issue 7,
session 15)."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _read(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(m.number, m.upper, m.unit) for m in extract_quantities(article("a", text)) if m.unit != "clock"]


def test_a_change_then_the_level_it_reached_is_two_quantities_not_a_range() -> None:
    assert _read("Spot gold rose $14 to $1,930 an ounce.") == [
        (14.0, None, "USD"),
        (1930.0, None, "USD per ounce"),
    ]
    assert [n for n, _, _ in _read("The Crane index climbed 31 to 2,418 by the close.")] == [31.0, 2418.0]
    assert [n for n, _, _ in _read("The index fell about 120 to 6,900 by noon.")] == [120.0, 6900.0]


def test_a_range_after_a_verb_of_change_stays_a_range_when_its_ends_are_close() -> None:
    assert _read("Prices rose 5 to 10 percent last year.") == [(5.0, 10.0, "percent")]
    assert _read("Between 200 and 300 people attended.")[0][:2] == (200.0, 300.0)
    assert _read("Crowds of 5 to 40 people gathered.")[0][:2] == (5.0, 40.0)


def test_a_rate_written_with_hyphens() -> None:
    assert _read("She rents a $2,500-a-month flat.") == [(2500.0, None, "USD per month")]
    assert _read("He left a £250,000-a-year job.") == [(250000.0, None, "GBP per year")]
    assert _read("A $70-per-barrel price would balance the budget.") == [(70.0, None, "USD per barrel")]
    assert _read("The board declared a 15-cent-a-share dividend.") == [(15.0, None, "cent per share")]


def test_crowns_named_with_their_country() -> None:
    assert _read("Exports rose to 2.3 billion Swedish crowns.") == [(2.3e9, None, "SEK")]
    assert _read("The fine was 40,000 Norwegian kroner.") == [(40000.0, None, "NOK")]
    assert _read("It cost 900 Danish crowns.") == [(900.0, None, "DKK")]


def test_phone_numbers_spelled_with_letters_and_labels_are_not_quantities() -> None:
    assert _read("Call Crime Stoppers at 305-471-TIPS or (305) 471-TIPS.") == []
    assert _read("Unit #14 took the driver to hospital.") == []
    assert _read("The No. 3 seed lost in the first round.") == []
    assert _read("The 305-mile race drew 471 riders.") == [(305.0, None, "mile"), (471.0, None, None)]


def test_a_part_of_a_scale_in_words_is_a_number() -> None:
    assert _read("Nearly a quarter of a million fans lined the route.") == [(250000.0, None, None)]
    assert _read("Three-quarters of a million tickets were sold.") == [(750000.0, None, None)]
    assert _read("Half a million households lost power.") == [(500000.0, None, None)]
    assert _read("One-third of voters backed the plan.")[0][0] == 1 / 3  # (in full since session 23)


def test_kronor_are_swedish() -> None:
    assert _read("It paid 4.50 kronor per share.") == [(4.5, None, "SEK per share")]


def test_by_a_range_with_its_unit_written_once() -> None:
    """Session 23: "by X to Y <unit>", Y under 3 X, is one range; a change then its level stays two."""
    assert _read("The coast is eroding by 40 to 60 centimetres a year.") == [
        (40.0, 60.0, "centimetre per year")
    ]
    assert _read("Fares were cut by 8 to 12 per cent.") == [(8.0, 12.0, "percent")]
    assert [q[:2] for q in _read("The roll grew by 1,200 to 9,800 pupils.")] == [
        (1200.0, None),
        (9800.0, None),
    ]
