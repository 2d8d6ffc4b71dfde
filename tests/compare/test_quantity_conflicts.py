"""A quantity's concept in the facts and in the conflict test (issue 7, thirteenth round)."""

from newsfuse.compare import compare_event
from newsfuse.compare.mentions import Mention
from newsfuse.compare.quantities import about_other_things
from newsfuse.model import Span
from tests.helpers import article


def _quantity(aid: str, concept: str | None) -> Mention:
    return Mention("quantity", "people", "4", "4 people", Span(aid, 0, 8), number=4.0, concept=concept)


def _conflicts(text_a: str, text_b: str) -> list[tuple[str, str]]:
    facts = compare_event([article("a", text_a), article("b", text_b)], {"a": "a", "b": "b"})
    by_id = {f.id: f for f in facts}
    return sorted(
        (f.value, by_id[c.fact_id].value) for f in facts for c in f.conflicts if f.kind == "quantity"
    )


def test_a_quantity_fact_carries_its_concept() -> None:
    facts = compare_event([article("a", "The ferry company carried 2.1 million passengers.")], {"a": "a"})
    (fact,) = [f for f in facts if f.kind == "quantity"]
    assert fact.concept == "ferry company"


def test_counts_of_one_thing_told_in_other_words_still_conflict() -> None:
    a = "Health officials said 37 people were sickened in the outbreak at the Calloway diner."
    b = "The outbreak at the Calloway diner has sickened 41 people, health officials said."
    assert _conflicts(a, b) == [("37", "41"), ("41", "37")]


def test_counts_about_other_things_do_not_conflict() -> None:
    a = "Two of the victims were taken to Mercy Hospital; the two people who arrived by car had minor wounds."
    b = "Police said the other four people taken to Mercy Hospital had minor wounds."
    assert _conflicts(a, b) == []


def test_concepts_sharing_a_word_or_a_head_in_the_other_sentence_are_one_thing() -> None:
    assert not about_other_things(
        [_quantity("a", "harbor mills shares")], [_quantity("b", "shares")], set(), set()
    )
    assert not about_other_things(
        [_quantity("a", "sickened")], [_quantity("b", "outbreak")], {"outbreak"}, set()
    )
    assert about_other_things([_quantity("a", "arrived")], [_quantity("b", "other")], {"car"}, {"hospit"})
    assert not about_other_things([_quantity("a", None)], [_quantity("b", "other")], set(), set())


def test_a_slot_that_counts_several_like_things_in_one_article_does_not_conflict() -> None:
    a = "Police said a 14-year-old boy and a 16-year-old boy were shot on Harlan Street late on Friday."
    b = "A 17-year-old boy was shot on Harlan Street late on Friday, police said."
    assert _conflicts(a, b) == []
    a = "Seven members of the Crown Street gang were charged; two members of the gang had tried to leave it."
    b = "Police say four members of the Crown Street gang were charged on Tuesday."
    assert _conflicts(a, b) == []


def test_another_value_far_from_the_other_sides_keeps_the_conflict() -> None:
    a = "Some 140 firefighters fought the blaze at the Dock Road warehouse. Two firefighters were treated."
    b = "About 120 firefighters fought the blaze at the Dock Road warehouse, officials said."
    assert _conflicts(a, b) == [("about 120", "about 140"), ("about 140", "about 120")]


def test_a_bound_and_a_value_within_it_do_not_conflict() -> None:
    a = "Six people were wounded in the shooting outside the Larch Street club, police said."
    b = "At least five people were wounded in the shooting outside the Larch Street club."
    assert _conflicts(a, b) == []
    a = "Up to 40 homes on Birch Lane were flooded after the levee broke on Sunday."
    b = "Officials said 35 homes on Birch Lane were flooded after the levee broke on Sunday."
    assert _conflicts(a, b) == []


def test_a_bound_against_an_estimate_still_conflicts() -> None:
    a = "The Mill Road bridge will be shut for at least six weeks while crews replace the deck."
    b = "The Mill Road bridge will be shut for about two months while crews replace the deck."
    assert len(_conflicts(a, b)) == 2


def test_a_value_outside_the_others_bound_still_conflicts() -> None:
    a = "Four people were wounded in the shooting outside the Larch Street club, police said."
    b = "At least five people were wounded in the shooting outside the Larch Street club."
    assert _conflicts(a, b) == [("4", "more than 5"), ("more than 5", "4")]


def test_a_vague_plural_bounds_its_count_and_clashes_with_none_above_it() -> None:
    a = "Hundreds of flights were cancelled at Varden airport on Monday as the storm hit."
    b = "About 2,000 flights were cancelled at Varden airport on Monday as the storm hit."
    assert _conflicts(a, b) == []


def test_two_ages_of_one_person_conflict() -> None:
    a = "Greta Olund, 67, of Fenwick was taken to hospital after the fire on Elm Road."
    b = "Greta Olund, 76, of Fenwick was taken to hospital after the fire on Elm Road."
    assert _conflicts(a, b) == [("67", "76"), ("76", "67")]  # (each side lists the other)
