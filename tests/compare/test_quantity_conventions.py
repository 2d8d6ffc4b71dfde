"""The conventions session 16 left open, decided from CQE's code (issue 7, seventeenth round)."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.value, m.unit, m.slot) for m in extract_quantities(article("a", text))]


def test_an_age_set_off_by_commas_is_a_quantity_in_years_of_age() -> None:
    # (no unit until session 26's quant2 shift: the lead's call, the unit a reader needs)
    assert _read("Greta Olund, 67, of Fenwick was taken to hospital.") == [
        ("67", "year of age", "year of age")
    ]
    assert _read("The suspect, 29, was held without bail.") == [("29", "year of age", "year of age")]
    assert _read("The scores were 10, 12, 14 and 9.") == []  # a list, not an apposition


def test_a_vague_plural_before_of_is_at_least_its_scale() -> None:
    assert _read("Hundreds of flights were cancelled.") == [("more than 100", None, "flight")]
    assert _read("Tens of thousands of marchers filled the boulevard.") == [
        ("more than 10,000", None, "marcher")
    ]
    assert _read("Dozens of them were hurt.") == []
    (found,) = extract_quantities(article("a", "Millions of dollars were lost."))
    assert (found.number, found.unit, found.qualifier) == (1e6, "USD", "more")


def test_half_of_is_a_half_a_year_alone_is_not_tagged_a_dozen_is() -> None:
    # (until session 20's second shift "half of" was left untagged; CQE's fraction table tags it)
    assert _read("Half of the 300 workers come from abroad.") == [
        ("300", None, "worker"),
        ("0.5", None, "part of number"),
    ]
    assert _read("The bridge will be closed for a week.") == []
    assert _read("A dozen firefighters were sent.") == [("12", None, "firefighter")]


def test_from_x_to_y_is_two_quantities_the_first_taking_the_rate_of_the_second() -> None:
    assert _read("Water bills will rise from $41 to $47 a month.") == [
        ("41", "USD per month", "USD per month"),
        ("47", "USD per month", "USD per month"),
    ]
    assert _read("Beds on the ward were reduced from 32 to 20.") == [
        ("32", None, "number"),
        ("20", None, "number"),
    ]
    assert _read("Spot gold rose $14 to $1,930 an ounce.")[0][1] == "USD"  # a change, then its level


def test_rates_per_season_and_pounds_after_a_payment() -> None:
    assert _read("He signed for $4 million a season.")[0][1] == "USD per season"
    assert _read("Households get a payment of 650 pounds.")[0][1] == "GBP"
