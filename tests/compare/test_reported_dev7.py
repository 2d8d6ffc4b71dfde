"""reported_dev7's draw (paragraphs of 120-700 characters): a stratum of paragraphs holding a "told/tells <any
hearer>" nested in another attribution, one holding "told <possessive or acronym> <word>" and no nested form, one
holding another verb of saying or a quotation mark and neither, at most one paragraph an incident."""

from pathlib import Path

from benchmarks.reported_dev4 import _sha1
from benchmarks.reported_dev7 import draw_paragraphs, nested, noun_hearer
from tests.compare.test_reported_dev4 import write_corpus

NESTED = "Police said the father told his wife a stranger had shot their son in the yard behind the house on Elm Street late on Friday."
HEARER = "The woman told her mother she had heard a loud bang in the hallway and then saw a man running toward the stairs of the building."
STATION = "A neighbor told WREG the victim had been sleeping in a parked car, waiting for friends, when the shots were fired on Sunday night."
SAID = "A spokesman for the department said the investigation into the shooting on the east side was still going on late on Sunday."


def test_nested_takes_any_hearer() -> None:
    assert nested(NESTED)  # reported_dev6's nested() wants family 1's hearers; any word here
    assert nested("He told KTVI the car was stolen, according to the affidavit filed in the county court.")
    assert not nested(HEARER)  # a sentence-level "told"
    assert not nested("The driver told his wife he stopped. The sergeant said the car was stolen from a lot.")


def test_noun_hearer_wants_a_possessive_or_an_acronym_before_a_word() -> None:
    assert noun_hearer(HEARER)
    assert noun_hearer(STATION)
    assert not noun_hearer("The woman told police she had heard a loud bang.")
    assert not noun_hearer("The woman told Dana Lund she had heard a loud bang.")  # a name, no acronym
    # any lower-case word after the possessive: the stratum is wider than the rule it was drawn for
    assert noun_hearer("The woman told her she had heard a loud bang.")


def test_the_draw_takes_the_strata_in_turn_one_paragraph_an_incident(tmp_path: Path) -> None:
    arts = [
        {"id": "a1", "cluster": "gva-1", "text": f"{SAID}\n\n{HEARER}"},
        {"id": "a2", "cluster": "gva-2", "text": f"{NESTED}\n\n{STATION}"},
        {"id": "a3", "cluster": "gva-3", "text": SAID.replace("Sunday", "Monday")},
    ]
    write_corpus(tmp_path, arts)
    drawn = draw_paragraphs(tmp_path, seed=3)
    # a2's nested paragraph comes first (its station paragraph is of the same incident, left); a1 gives the noun
    # hearer, so a3 alone is left for the third stratum
    assert [d["doc"] for d in drawn] == ["a2", "a1", "a3"]
    assert drawn[0]["sha1"] == _sha1(NESTED)
    assert drawn[1]["sha1"] == _sha1(HEARER)
