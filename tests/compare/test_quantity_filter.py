from newsfuse.compare import compare_event
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quantity_filter import fact_quantities, not_a_fact
from tests.helpers import article


def _reasons(text: str) -> dict[str, str | None]:
    """Each quantity the extractor reads in ``text``, as written, with the reason it is no fact (or None)."""
    art = article("a", text)
    return {text[m.span.start : m.span.end]: not_a_fact(m, text) for m in extract_quantities(art)}


def test_partitive_one_and_no_one_are_no_counts() -> None:
    found = _reasons(
        "Inspectors found cracks in one of the steel girders. Nobody was inside, and no one was hurt; 12 workers left."
    )
    assert found["one of the steel girders"] == "partitive one"
    assert [why for written, why in found.items() if written.startswith("one was")] == ["no one"]
    assert found["12 workers"] is None


def test_labels_indices_and_denominators_are_no_counts() -> None:
    found = _reasons(
        "She waited for the number 6 bus. The rate was 4.9 per 100,000 last year, and 30 riders waited."
    )
    assert found["6 bus"] == "label"
    assert found["100,000"] == "denominator"
    assert found["30 riders"] is None
    grades = _reasons("Half the students in grades three through 12 sat the test.")
    assert [why for written, why in grades.items() if written.startswith("12")] == ["label"]
    assert "label" not in _reasons("The Indians, who number 980 million, voted.").values()


def test_a_tally_in_words_and_a_compound_that_counts_nothing() -> None:
    found = _reasons("The board voted 7 to 2 in favor of the 3-D plan, which will cost $4 million.")
    assert {why for why in found.values() if why} == {"tally", "not counted"}
    assert found["$4 million"] is None
    assert _reasons("the plant, a 200-year-old site, employs 40 people.").get("200-year-old site") is None


def test_what_is_no_fact_never_reaches_a_conflict() -> None:
    one = article(
        "a", "Cracks were found in one of the steel girders, and the bridge will close for two months."
    )
    two = article("b", "Cracks were found in three steel girders, and the bridge will close for two months.")
    facts = compare_event([one, two], {"a": "Outlet A", "b": "Outlet B"})
    girders = [f for f in facts if f.kind == "quantity" and f.slot == "girder"]
    assert [f.value for f in girders] == ["3"]
    assert not any(f.conflicts for f in girders)


def test_a_concept_that_names_nothing_is_left_unknown() -> None:
    text = "However, the cost rose to $26 million. They bought 40 acres. Police arrested 14 people."
    found = list(extract_quantities(article("a", text)))
    assert {m.text: m.concept for m in found}["$26 million"] == "however"
    kept = {m.text: m.concept for m in fact_quantities(found, text)}
    assert kept == {"$26 million": None, "40 acres": None, "14 people": "police"}
