"""Units named as CQE's unit dictionary names them, and counted things by their singular (issue 7, session 11)."""

from newsfuse.compare.quantities import extract_quantities, singular
from tests.helpers import article


def _units(text: str) -> list[tuple[float | None, str | None]]:
    return [(m.number, m.unit) for m in extract_quantities(article("a", text))]


def test_counted_things_are_named_by_their_singular() -> None:
    for plural, one in (
        ("cases", "case"),
        ("children", "child"),
        ("cities", "city"),
        ("boxes", "box"),
        ("buses", "bus"),
        ("houses", "house"),
        ("witnesses", "witness"),
        ("knives", "knife"),
        ("sandwiches", "sandwich"),
        ("beaches", "beach"),
        ("headaches", "headache"),
        ("species", "species"),
        ("people", "people"),
    ):
        assert singular(plural) == one, plural
    (m,) = extract_quantities(article("a", "Health officials confirmed 1,240 new cases."))
    assert (m.unit, m.slot) == (None, "case")


def test_a_number_noun_compound_counts_the_noun_after_the_hyphen() -> None:
    slots = {
        m.slot
        for m in extract_quantities(article("a", "They rent a two-room flat and read a 300-page report."))
    }
    assert slots == {"room", "page"}
    assert not [m for m in extract_quantities(article("a", "It was a one-time payment.")) if m.slot == "time"]


def test_abbreviated_and_attached_units() -> None:
    assert _units("Lake temperatures dipped to 4C.") == [(4.0, "celsius")]
    assert _units("Highs reached 95F.") == [(95.0, "fahrenheit")]
    assert _units("The foundry makes 3nm chips.") == [(3.0, "nanometre")]
    assert _units("The motor gives 400Nm of torque.") == [(400.0, "newton metre")]
    assert _units("The span is 2,400 ft long.") == [(2400.0, "foot")]
    assert _units("The boxer weighed in at 147 lbs.") == [(147.0, "pound")]
    assert _units("The boxer paid 147 lbs of gold.") == [(147.0, "pound")]
    assert _units("Keep the tyres at 32 psi.") == [(32.0, "pound per square inch")]
    assert _units("The reserve spans 3,200 km² of wetland.") == [(3200.0, "square kilometre")]
    assert _units("Harvest losses reached 1.4 million metric tons.") == [(1_400_000.0, "tonne")]


def test_ages_in_months_weeks_and_days_and_named_currencies() -> None:
    assert _units("A 9-month-old girl was treated.") == [(9.0, "month of age")]
    assert _units("The 10-day-old calf is well.") == [(10.0, "day of age")]
    assert _units("The fund raised 3 billion Canadian dollars.") == [(3e9, "CAD")]
    assert _units("Rents rose to S$3,900 a month.") == [(3900.0, "SGD per month")]
    assert _units("The club paid R$40 million.") == [(4e7, "BRL")]
    assert _units("Bread costs 18 Turkish lira a loaf.") == [(18.0, "TRY per loaf")]
    assert _units("Output rose to $14,300 per capita.") == [(14300.0, "USD per capita")]


def test_scores_abbreviations_and_ranges_with_their_scale_written_twice() -> None:
    assert not list(extract_quantities(article("a", "A 3-1 win sent the club top.")))
    (m,) = extract_quantities(article("a", "The ministry will close 20 U.S. military bases."))
    assert m.slot == "base"
    (r,) = extract_quantities(article("a", "The repairs will cost between $3 million and $4 million."))
    assert (r.number, r.upper, r.unit) == (3e6, 4e6, "USD")


def test_month_first_dates_attached_units_and_irregular_plurals() -> None:
    assert not list(extract_quantities(article("a", "On Feb. 9 inspectors closed the cannery.")))
    assert not list(extract_quantities(article("a", "On April 14 workers walked out.")))
    assert _units("The camera shoots 48MP stills at 110km/h.") == [
        (48.0, "megapixel"),
        (110.0, "kilometre per hour"),
    ]
    assert {m.slot for m in extract_quantities(article("a", "It saw three crises and 12 indices."))} == {
        "crisis",
        "index",
    }
    assert {m.slot for m in extract_quantities(article("a", "The state will hire 500 police officers."))} == {
        "officer"
    }
    assert {m.slot for m in extract_quantities(article("a", "One in four children lives in poverty."))} == {
        "part of child",
        "child",
    }


def test_others_phone_numbers_and_names_with_number_words() -> None:
    (m,) = extract_quantities(article("a", "Northfield and ten other cities keep the fare."))
    assert (m.number, m.slot) == (10.0, "other city")
    assert not list(extract_quantities(article("a", "Call the tip line at 800-555-0199.")))
    assert not list(extract_quantities(article("a", "At one point the queue stretched on.")))
    assert not list(extract_quantities(article("a", "Members of the Five Rivers Trust met.")))


def test_address_blocks_are_not_counts() -> None:
    assert not list(extract_quantities(article("a", "Officers were called to the 4200 block of Elm Road.")))
    assert not list(extract_quantities(article("a", "It began in the 1700-block North of Grove Street.")))
    assert [m.slot for m in extract_quantities(article("a", "The fire spread two blocks."))] == ["block"]


def test_a_year_like_number_before_a_plural_counts_it_unless_a_year_is_introduced() -> None:
    assert [m.slot for m in extract_quantities(article("a", "Some 1900 marchers crossed the bridge."))] == [
        "marcher"
    ]
    assert not list(extract_quantities(article("a", "In 2018 prices at the pump hit a record.")))
    assert not list(extract_quantities(article("a", "Her 2016 memoirs were reissued.")))


def test_a_scale_abbreviation_after_a_space_before_a_currency_word() -> None:
    assert _units("Pellam Bank raised 750 mln euros from a bond sale.") == [(750e6, "EUR")]
    assert _units("The group's sales rose to 8.2 bln reais.") == [(8.2e9, "BRL")]
    assert _units("He ran 5 m in the hall.")[0][1] != "USD"  # "5 m" stays no money scale


def test_rates_after_a_price_and_compound_units() -> None:
    assert _units("Cleaners will be paid £11.90 an hour from April.")[0][1] == "GBP per hour"
    assert _units("Landlords charge up to €38 per square metre.")[0][1] == "EUR per square metre"
    assert _units("Crude traded at 70 dollars/barrel.")[0][1] == "USD per barrel"
    assert _units("The park will generate 410 gigawatt-hours.")[0][1] == "gigawatt hour"
    assert _units("Output grew 2.4 pct in the year.")[0][1] == "percent"
    assert _units("A 2.5-percentage-point cut takes effect.")[0][1] == "percentage point"


def test_currency_codes_before_or_after_the_number_and_a_rate_per_any_noun() -> None:
    assert _units("Norrvik Paper raised SEK 4.5 billion.") == [(4.5e9, "SEK")]
    assert _units("Online sales reached 14 billion SEK.") == [(14e9, "SEK")]
    assert _units("Profit rose to CHF 1.2 billion.") == [(1.2e9, "CHF")]
    assert _units("The canal toll was raised to USD 48 per container.")[0][1] == "USD per container"


def test_stop_words_that_name_things_do_not_end_a_counted_thing() -> None:
    (m,) = extract_quantities(article("a", "The trial of the three former bank executives began."))
    assert m.slot == "executive"
    (m,) = extract_quantities(article("a", "Crews sent 14 fire trucks to the depot."))
    assert m.slot == "truck"


def test_a_range_whose_upper_end_repeats_its_scale_or_percent_sign() -> None:
    (r,) = extract_quantities(article("a", "the firm expects revenue of $2.1 billion to $2.3 billion ."))
    assert (r.number, r.upper, r.unit) == (2.1e9, 2.3e9, "USD")
    (p,) = extract_quantities(article("a", "The bank held its rate at 5.25%-5.5% for a fourth meeting."))
    assert (p.number, p.upper) == (5.25, 5.5)
    # a change, then the level it reached; and "from ... to": two values, no range
    assert [m.upper for m in extract_quantities(article("a", "Prices rose 3% to 5% in May."))] == [None, None]
    assert [m.upper for m in extract_quantities(article("a", "Its share went from 3% to 5%."))] == [
        None,
        None,
    ]
    changed = "It would lift the number from the current 46 million to 92 million annually."
    assert [m.upper for m in extract_quantities(article("a", changed))] == [None, None]
    # an upper end below the lower is no range
    assert [m.upper for m in extract_quantities(article("a", "Sales of $2 billion to $1.5 billion."))] == [
        None,
        None,
    ]


def test_units_spaced_or_slashed_in_tokenised_copy() -> None:
    """Session 23: "sq m", "m/s", a rate whose slash tokenised copy dropped ("km h"), pence apart ("45 p")."""
    assert _units("the hall has 1,800 sq m of floor space .") == [(1800.0, "square metre")]
    assert _units("the jet stream blew at 70 m/s over the range .") == [(70.0, "metre per second")]
    assert _units("the cyclist hit 62 km h on the descent .") == [(62.0, "kilometre per hour")]
    assert _units("a loaf costs 145 p , up 12 p on the year .") == [(145.0, "penny"), (12.0, "penny")]
    assert _units("the gates open from 6 to 8 p.m. on fridays .") == [(1200.0, "clock")]
