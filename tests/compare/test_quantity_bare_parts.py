"""A bare number that stands for a noun phrase (issue 7, session 25's real-copy probes): the part of a whole no
number names ("one of these") and a clause's subject before its auxiliary ("57 are senators") are quantities
without unit, as CQE's ``lonely_num`` tags them."""

from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [
        (m.text, m.number, m.unit, m.slot) for m in extract_quantities(Article(id="b", path="b", text=text))
    ]


def test_a_part_of_a_whole_no_number_names_is_a_number_without_unit() -> None:
    assert _read("Corvette was one of the first to offer the device.") == [
        ("one", 1.0, None, "part of number")
    ]
    assert _read("he is one of many celebrities .") == [
        ("one", 1.0, None, "part of celebrity")
    ]  # (session 27)
    assert _read("We hold together; there are about 20 of us.")[0][:3] == ("20", 20.0, None)


def test_a_part_whose_whole_is_counted_keeps_its_reading() -> None:
    assert _read("Three of the 11 injured were children.")[0][:2] == ("Three", 3.0)
    assert _read("Authorities believe one of the teens had a gun.")[0][3] == "teen"


def test_a_bare_subject_before_its_auxiliary_is_a_number_without_unit() -> None:
    assert ("57", 57.0, None, "part of number") in _read(
        "Of those who signed, 57 are senators, including 24 Republicans."
    )  # (a part of a fronted whole that names no noun, session 28: without unit as before)
    assert ("six", 6.0, None, "number") in _read("More than 6,300 were infected and at least six have died.")
    assert _read("Police said the two were playing with a gun.") == [("two", 2.0, None, "number")]


def test_a_number_in_a_name_or_a_label_before_a_verb_or_of_stays_unread() -> None:
    assert _read("Highway 9 is closed for a month.") == []
    assert _read("Page 4 of the report lists the costs.") == []
    assert _read("Route 66 was busy.") == []
