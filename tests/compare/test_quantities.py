"""The quantity reader's units, counted things and the numbers it leaves out (issue 7, tenth round)."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _found(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.value, m.unit, m.slot) for m in extract_quantities(article("a", text))}


def test_a_count_per_time_is_a_rate_and_a_rate_can_follow_what_is_measured() -> None:
    assert _found("The bridge carries 45,000 vehicles a day.") == {
        ("45,000", "vehicle per day", "vehicle per day vehicle")
    }
    (m,) = extract_quantities(article("a", "The pipeline can move 600,000 barrels of oil per day."))
    assert m.unit == "barrel per day" and m.text == "600,000 barrels of oil per day"


def test_pounds_are_money_when_scaled_paid_or_per_year_and_weight_of_a_thing() -> None:
    assert {m.unit for m in extract_quantities(article("a", "The house sold for 1.25 million pounds."))} == {
        "GBP"
    }
    assert {m.unit for m in extract_quantities(article("a", "Her salary is 85,000 pounds a year."))} == {
        "GBP per year"
    }
    assert {m.unit for m in extract_quantities(article("a", "He paid a fine of 500 pounds."))} == {"GBP"}
    assert {m.unit for m in extract_quantities(article("a", "Officers seized 204 pounds of cocaine."))} == {
        "pound"
    }


def test_m_after_a_number_is_million_for_decimals_and_counts_and_metres_for_measures() -> None:
    assert {(m.value, m.unit) for m in extract_quantities(article("a", "It will ship 1.5m units."))} == {
        ("1,500,000", None)
    }
    assert {(m.value, m.unit) for m in extract_quantities(article("a", "In all 20m people watched."))} == {
        ("20,000,000", None)
    }
    assert {(m.value, m.unit) for m in extract_quantities(article("a", "He is 1.9m tall."))} == {("1.9", "m")}
    assert {(m.value, m.unit) for m in extract_quantities(article("a", "She won the 100m hurdles."))} == {
        ("100", "m")
    }


def test_numbers_in_names_and_identifiers_are_not_quantities() -> None:
    for text in (
        "The FTSE 100 closed lower.",
        "The S&P 500 index added a point.",
        "The Boeing 737 Max was grounded.",
        "Flight 714 landed safely.",
        "Page 4 of the report lists the costs.",
        "Version 2.0 of the app is out.",
        "The Group of Seven agreed on a cap.",
        "Windows 11 was installed on the machines.",
    ):
        assert not [m for m in extract_quantities(article("a", text)) if m.unit != "point"], text
    assert _found("Firm Cuts 300 Jobs") == {("300", None, "job")}
    assert _found("About 200 protesters gathered.") == {("about 200", None, "protester")}


def test_a_part_of_a_whole_more_of_the_same_and_large_bare_numbers() -> None:
    found = _found("A spokesman said 3 of the 11 injured were in critical condition.")
    assert ("3", None, "part of injured") in found and ("11", None, "injured") in found
    assert ("1", None, "part of child") in _found("One in four children lives in poverty.")
    assert _found("The fire destroyed 14 homes and damaged 30 more.") == {
        ("14", None, "home"),
        ("30", None, "home"),
    }
    assert _found("The number of tourists fell by 15,000 to 220,000 last year.") == {
        ("15,000", None, "number"),
        ("220,000", None, "number"),
    }
    assert _found("The team has lost seven games.") == {("7", None, "game")}
    assert not _found("He has 7, she has two.")


def test_month_names_are_read_whole_and_scaled_values_are_exact() -> None:
    assert {m.value for m in extract_quantities(article("a", "He wrote 4 novels in 3 decades."))} == {
        "4",
        "3",
    }
    assert not list(extract_quantities(article("a", "The vote is on 5 May.")))
    (m,) = extract_quantities(article("a", "The trade deficit narrowed to $67.4 billion."))
    assert m.number == 67_400_000_000


def test_percent_as_pc_crore_5g_and_ages_after_aged() -> None:
    assert {m.unit for m in extract_quantities(article("a", "The index fell 1.3pc."))} == {"percent"}
    (crore,) = extract_quantities(article("a", "The firm is valued at Rs 12,000 crore."))
    assert (crore.number, crore.unit) == (1.2e11, "INR")
    assert ("5", "generation wireless") in {
        (m.value, m.unit) for m in extract_quantities(article("a", "The 5G network covers the city."))
    }
    assert {m.unit for m in extract_quantities(article("a", "The man, aged 71, was found."))} == {
        "year of age"
    }
    assert not [m for m in extract_quantities(article("a", "He damaged 30 cars.")) if m.unit]


def test_a_half_after_a_whole_number_and_a_percent_range_between_two_figures() -> None:
    assert {
        (m.value, m.unit) for m in extract_quantities(article("a", "They waited two and a half hours."))
    } == {("2.5", "hour")}
    assert {
        m.value for m in extract_quantities(article("a", "It cost four and a half million dollars."))
    } == {"4,500,000"}
    (m,) = extract_quantities(article("a", "Fees were between 8% and 11% higher."))
    assert (m.number, m.upper, m.unit) == (8.0, 11.0, "percent")


def test_half_a_percentage_point_a_count_after_a_verb_of_change_and_prices_in_pounds() -> None:
    assert {
        (m.value, m.unit) for m in extract_quantities(article("a", "It rose by half a percentage point."))
    } == {("0.5", "percentage point")}
    assert {(m.value, m.slot) for m in extract_quantities(article("a", "The death toll climbed to 41."))} == {
        ("41", "number")
    }
    assert not list(extract_quantities(article("a", "She can be reached at 555-0142.")))
    text = "Prices in the town climbed 4.5% to a record 280,000 pounds."
    assert {m.unit for m in extract_quantities(article("a", text))} == {"percent", "GBP"}
    assert {m.unit for m in extract_quantities(article("a", "He is said to weigh about 200 pounds."))} == {
        "pound"
    }


def test_clock_times_tried_at_the_quantity_starts_are_those_the_clock_pattern_finds() -> None:
    """Speed round 15: clock times are matched only at the quantity starts and at digits after an apostrophe,
    not by their own scan; the same spans as the scan, including a time after a quote mark or inside a word."""
    from newsfuse.compare.quantities import _CLOCK_IN_LOWER, _clock_matches, _starts

    found = []
    for text in (
        "The vigil began at 9 p.m. and ended at 11:30pm; the '7 am shift' and ‘8 a.m. crew’ met.",
        "Flight x9pm, at 10.5 am, from 3-4 pm, (7 p.m.), us$9 pm, '99 am, 12am.",
        "No times here, only $5 and 20 people.",
    ):
        low = text.lower()
        expected = [m.span() for m in _CLOCK_IN_LOWER.finditer(low)]
        assert [m.span() for m in _clock_matches(low, _starts(text, low))] == expected
        found.append(len(expected))
    assert found[0] >= 4 and found[1] >= 4 and found[2] == 0


def test_a_photo_gallerys_counter_is_no_quantity() -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        return [(m.value, m.slot) for m in extract_quantities(article("g", text))]

    assert read("Image 1 of 8 A home where an 11-year-old boy was shot.") == [("11", "year of age boy")]
    assert read("Image 7 of 11\n\nTristan, 8, shows where he was hit.") == [("8", "year of age")]
    assert read("The team won 3 of 9 games.") == [("3", "part of game"), ("9", "game")]  # no gallery word


def test_ages_written_without_hyphens_or_with_spaced_ones_and_a_rate_per_kilowatt_hour() -> None:
    def units(text: str) -> list[str | None]:
        return [m.unit for m in extract_quantities(article("u", text))]

    assert units("The 65 year old senator was re-elected.") == ["year of age"]
    assert units("the 31-year old goalkeeper signed on.") == ["year of age"]
    assert units("a 52 - year - old woman was rescued .") == ["year of age"]
    assert units("a 6 month old baby and a 3 - week - old foal") == ["month of age", "week of age"]
    assert units("He was jailed for 12 years.") == ["year"]
    assert units("Households paid 31 cents per kilowatt-hour.") == ["cent per kilowatt hour"]
    assert units("It costs $48 per container.") == ["USD per container"]


def test_a_degree_sign_apart_ringgit_and_rupiah_before_the_number_and_symbols_apart_before_of() -> None:
    def units(text: str) -> list[str | None]:
        return [m.unit for m in extract_quantities(article("u", text))]

    assert units("Highs of 104 °F and lows near 79 °F.") == ["fahrenheit", "fahrenheit"]
    assert units("It hit 37 °C on Sunday.") == ["celsius"]
    assert units("Noodles cost RM 9 in the capital.") == ["MYR"]
    assert units("The city set aside Rp 4.5 trillion.") == ["IDR"]
    assert units("The field pumps 85,000 bbl/d.") == ["barrel per day"]
    assert units("Each jar held 500 g of honey.") == ["g"]
    assert units("The drone flies for 45 min a day.") == ["minute per day"]
    assert units("The farm 5 miles away") == ["mile"]


def test_a_number_noun_compound_with_its_hyphen_spaced_counts_the_noun() -> None:
    def read(text: str) -> list[tuple[str | None, str]]:
        return [(m.unit, m.slot) for m in extract_quantities(article("u", text))]

    assert read("the 23 - member panel voted .") == [(None, "member")]
    assert read("a 300 - page report") == [(None, "page")]
    assert read("rose 5 - 7 percent") == [("percent", "percent")]


def test_kmph_yds_metres_apart_and_a_scale_apart_after_a_currency() -> None:
    def read(text: str) -> list[tuple[float | None, str | None]]:
        return [(m.number, m.unit) for m in extract_quantities(article("u", text))]

    assert read("The van did 142 kmph.") == [(142.0, "kilometre per hour")]
    assert read("He ran 98 yds.") == [(98.0, "yard")]
    assert read("The hull is 64 m long .") == [(64.0, "m")]
    assert read("the club paid $ 6 m for him .") == [(6e6, "USD")]
    assert read("The charity helped 1.5 m people.")[0][1] is None


def test_pts_mi_kgs_cubic_metres_and_a_rate_after_of_a_chemical_formula() -> None:
    def units(text: str) -> list[str | None]:
        return [m.unit for m in extract_quantities(article("u", text))]

    assert units("The index added 57 pts.") == ["point"]
    assert units("The detour adds 14 mi.") == ["mile"]
    assert units("They unloaded 2,500 kgs of fish.") == ["kg"]
    assert units("The plant handles 45,000 m3 of sewage a day.") == ["cubic metre per day"]
    assert units("The island emits 3.1 tonnes of CO2 per capita.") == ["tonne per capita"]


def test_an_age_in_apposition_with_its_commas_spaced() -> None:
    found = [
        (m.value, m.slot) for m in extract_quantities(article("u", "the boy , 14 , was taken to hospital ."))
    ]
    assert found == [("14", "year of age")]


def test_a_spaced_dash_is_not_a_hyphen_of_a_compound() -> None:
    found = [
        (m.value, m.slot)
        for m in extract_quantities(article("u", "Two children - ages 6 and 11 - were taken."))
    ]
    assert ("11", "were") not in found
    assert [m.slot for m in extract_quantities(article("u", "* 630.70 - Mobile Audio Video Procedures"))] != [
        "mobile"
    ]
