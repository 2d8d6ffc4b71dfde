"""The counted thing as real copy writes it (issue 7, session 24: a random sample of DUC 2006 news sentences)."""

from newsfuse.compare.quantities import extract_quantities, singular
from tests.helpers import article


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.unit, m.slot) for m in extract_quantities(article("a", text))]


def test_a_verb_after_the_counted_noun_ends_it() -> None:
    assert _read("As one mother puts it, the wait was endless.") == [("one mother", None, "mother")]
    assert _read("One bullet struck the door.") == [("One bullet", None, "bullet")]
    assert _read("Two aides said the talks had stalled.") == [("Two aides", None, "aide")]
    # an adverb before the verb is not what is counted
    assert _read("Police said one suspect eventually came out.") == [
        ("one suspect eventually", None, "suspect")
    ]


def test_a_new_line_ends_the_counted_thing() -> None:
    assert _read("Police said 2 dead\n\nGunmen burst in.")[0] == ("2 dead", None, "dead")


def test_a_name_modifying_the_plural_noun_is_part_of_the_phrase() -> None:
    assert _read("A survey at four Massachusetts middle schools found it.") == [
        ("four Massachusetts middle schools", None, "school")
    ]
    assert _read("The nation is spread over nine small South Pacific atolls.") == [
        ("nine small South Pacific atolls", None, "atoll")
    ]
    assert _read("Five Texas counties reported cases.") == [("Five Texas counties", None, "county")]
    # a plural name before a verb or a stop word is the counted thing itself
    assert _read("Three Democrats joining Republicans voted no.")[0] == ("Three Democrats", None, "democrat")
    assert _read("20 Marines were hurt.") == [("20 Marines", None, "marine")]


def test_plurals_the_ending_rule_misses() -> None:
    assert [singular(w) for w in ("volcanoes", "tornadoes", "grandchildren", "firemen", "policewomen")] == [
        "volcano",
        "tornado",
        "grandchild",
        "fireman",
        "policewoman",
    ]
    assert singular("specimens") == "specimen"
    assert _read("They have 10 grandchildren living nearby.") == [("10 grandchildren", None, "grandchild")]


def test_watt_hours_and_degrees_centigrade_are_named_as_the_gold_names_them() -> None:
    assert _read("The cell stores 500 watt-hours per kilogram.") == [
        ("500 watt-hours per kilogram", "watt hour per kilogram", "watt hour per kilogram")
    ]
    assert _read("Temperatures could rise by four degrees centigrade.") == [
        ("four degrees centigrade", "celsius", "celsius")
    ]
