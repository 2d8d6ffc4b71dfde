"""Reported speech whose subject the name pattern used to miss (speakers_dev3.jsonl's kinds): an aside with a
place or body between a name and its verb, a subject left out after ", then", an opening "Having …" clause,
a name with its own "of …" set after a description."""

from __future__ import annotations

from newsfuse.compare.quotes import clear_caches
from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _speakers(text: str) -> list[str | None]:
    clear_caches()
    return [r.speaker for r in find_reports(Article(id="t", path="t", text=text))]


def test_a_place_inside_an_aside_is_not_the_speaker() -> None:
    text = (
        "Wendelin Ashcombe, whose orchard outside Keswick Ridge, New Brunswick, lost its crop to frost, said "
        "the new insurance plan came a year too late."
    )
    assert _speakers(text) == ["Wendelin Ashcombe"]


def test_an_aside_with_a_participle_and_a_place_keeps_the_titled_name() -> None:
    text = "Reeve Tamsin Okonjo, speaking in Arnprior, Ontario, on Monday, said the township would buy two ploughs."
    assert [s.split()[-1] for s in _speakers(text) if s] == ["Okonjo"]


def test_an_aside_that_joins_a_second_subject_is_left_alone() -> None:
    # " and " ends the aside: the subject found after it stays
    text = "Dr. Piet Vander, the coroner, and Mayor Inez Soto said the road would stay closed all week."
    assert _speakers(text) != ["Piet Vander"]


def test_a_subject_left_out_after_then_is_the_sentence_subject() -> None:
    text = (
        "Councillor Hollis Braddock visited the depot in Port Elgin, then argued that the city had too few "
        "snowploughs for its roads."
    )
    assert _speakers(text) == ["Hollis Braddock"]


def test_an_opening_having_clause_takes_the_main_subject() -> None:
    text = (
        "Having promised in June that the pool would open by August, Mayor Crispin Dunleavy now faces a dry "
        "basin and a closed gate."
    )
    found = [r for r in find_reports(Article(id="t", path="t", text=text))]
    assert [r.speaker for r in found] == ["Crispin Dunleavy"]
    assert found[0].text == "the pool would open by August"


def test_a_name_ending_in_ing_is_no_participle() -> None:
    text = "Pickering said the members would meet again in the spring to vote on the new rules."
    assert _speakers(text) == ["Pickering"]


def test_a_name_with_its_body_after_a_description_is_the_person() -> None:
    text = (
        "One nurse on the night shift, Oriane Delacroix of the Manitoba Nurses' Union, said the ward had "
        "been short of staff since March."
    )
    assert _speakers(text) == ["Oriane Delacroix"]


def test_a_name_after_an_object_of_a_participle_is_the_person() -> None:
    text = (
        "One grower supporting Mr. Halvorsen, Quentin Baptiste of Baptiste Farms, said he had called forty "
        "other growers about the vote."
    )
    assert _speakers(text) == ["Quentin Baptiste"]


def test_a_name_after_one_of_them_speaks_for_an_elided_subject() -> None:
    text = (
        "One of the tenants, Marguerite Oyelaran, 77, had lived in the building since 1971 and said the new "
        "owner had never answered her letters."
    )
    assert _speakers(text) == ["Marguerite Oyelaran"]


def test_an_indefinite_description_ends_before_an_auxiliary_or_adverb() -> None:
    assert _speakers(
        "One listener even suggested that the station play more fiddle music on Sunday mornings."
    ) == ["One listener"]
    text = (
        "A tribunal member has ruled that the landlord must return the deposit to the tenants within a month."
    )
    assert all(not (s or "").endswith(" has") for s in _speakers(text))
