"""Value forms of the twentieth round (issue 7): rates per a measure, a fraction and a minus sign in tokenised
copy, a level written in words after "up from", a bare number before an adverb."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _found(text: str) -> set[tuple[float | None, str | None, str]]:
    return {(m.number, m.unit, m.slot) for m in extract_quantities(article("a", text))}


def test_a_price_per_bushel_or_cubic_metre_is_a_rate() -> None:
    assert {m.unit for m in extract_quantities(article("a", "Soybeans fetched $11.20 a bushel."))} == {
        "USD per bushel"
    }
    (m,) = extract_quantities(article("a", "Ozone peaked at 150 micrograms per cubic metre."))
    assert m.unit == "microgram per cubic metre"


def test_a_fraction_with_its_hyphen_spaced_is_the_value() -> None:
    numbers = sorted(
        m.number or 0.0 for m in extract_quantities(article("a", "two - thirds of the 300 members voted ."))
    )
    assert len(numbers) == 2 and abs(numbers[0] - 2 / 3) < 1e-3 and numbers[1] == 300.0


def test_a_minus_sign_apart_from_its_number_after_a_verb_or_preposition() -> None:
    assert {
        m.number for m in extract_quantities(article("a", "the town recorded - 9 degrees celsius ."))
    } == {-9.0}
    assert {m.number for m in extract_quantities(article("a", "growth slowed to - 0.4 % ."))} == {-0.4}
    # a dash between two parts of a sentence is no minus sign
    assert {m.number for m in extract_quantities(article("a", "the fleet - 12 ships - sailed ."))} == {12.0}


def test_a_level_in_words_after_up_from_or_down_to_is_a_quantity() -> None:
    assert (9.0, None, "number") in _found("The club now has 15 coaches, up from nine.")
    assert (4.0, None, "number") in _found("Its branches are down to four.")
    # a number word that a noun follows is a count of the noun, as before
    assert (1.0, None, "van") in _found("The gust hit one parked van.")


def test_a_bare_number_before_an_adverb_counts_nothing_named() -> None:
    assert (3.0, None, "number") in _found("Nurses admitted 12 patients and kept three overnight.")
    assert (2.5, "USD per gallon", "USD per gallon") in _found("Diesel averaged $2.50 a gallon nationwide.")


def test_a_bloc_named_by_its_number_and_a_wire_clock_time_are_not_quantities() -> None:
    assert {
        m.number for m in extract_quantities(article("a", "The Group of 20 nations met in Lisbon."))
    } == set()
    assert {
        m.number for m in extract_quantities(article("a", "Copper rose 1% to $9,100 a tonne by 0945 GMT."))
    } == {
        1.0,
        9100.0,
    }


def test_wire_copy_currency_spellings_and_mixed_fractions() -> None:
    for text in ("Profit rose to PS2.7 million.", "Profit rose to PS2.7 million, naïvely."):
        assert {(m.number, m.unit) for m in extract_quantities(article("a", text))} == {(2_700_000.0, "GBP")}
    assert {m.number for m in extract_quantities(article("a", "Sales of the PS5 console rose."))} == set()
    assert {(m.number, m.unit) for m in extract_quantities(article("a", "A $US 40 million loss."))} == {
        (40_000_000.0, "USD")
    }
    assert {(m.number, m.unit) for m in extract_quantities(article("a", "Soy gained 3 1/4 cents."))} == {
        (3.25, "cent")
    }
    assert {
        (m.number, m.unit) for m in extract_quantities(article("a", "Rivals chase the sub-$300 market."))
    } == {(300.0, "USD")}


def test_a_range_with_a_unit_against_its_end() -> None:
    (m,) = extract_quantities(article("a", "It goes from 0-60mph in no time."))
    assert (m.number, m.upper, m.unit) == (0.0, 60.0, "mile per hour")


def test_tokenised_dollars_codes_before_scales_and_degree_letters() -> None:
    assert {(m.number, m.unit) for m in extract_quantities(article("a", "He paid HK $ 12 million."))} == {
        (12_000_000.0, "HKD")
    }
    assert {(m.number, m.unit) for m in extract_quantities(article("a", "A $5 fee applies."))} == {
        (5.0, "USD")
    }
    assert {(m.number, m.unit) for m in extract_quantities(article("a", "They raised 40 EUR million."))} == {
        (40_000_000.0, "EUR")
    }
    assert {m.unit for m in extract_quantities(article("a", "It hit 31 degrees f by noon."))} == {
        "fahrenheit"
    }
    assert (4.0, None, "number") in _found("She is a mother of four.")
