"""Reported speech forms of session 17 (benchmarks/data/reported_dev.jsonl, half A)."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(content, cue, resolved speaker) of each report in ``text``."""
    return [(r.text, text[r.cue.start : r.cue.end], r.speaker) for r in find_reports(article("a", text))]


def test_a_second_verb_without_its_own_subject_opens_a_second_content_of_the_same_speaker() -> None:
    text = (
        "The clinic's manager, Ilse Varga, conceded that the waiting list had grown, but said two more nurses "
        "would start in May."
    )
    assert _found(text) == [
        ("the waiting list had grown", "conceded", "Ilse Varga"),
        ("two more nurses would start in May", "said", "Ilse Varga"),
    ]


def test_a_participle_after_a_content_opens_a_second_content() -> None:
    text = "Harbour master Teodor Lind said the ferry would run on Sunday, adding that tickets were sold out."
    assert _found(text) == [
        ("the ferry would run on Sunday", "said", "Teodor Lind"),
        ("tickets were sold out", "adding", "Teodor Lind"),
    ]


def test_a_label_in_quote_marks_is_a_mixed_quotation_of_the_speaker_before_the_verb() -> None:
    text = 'Coun. Edda Marsh called the new parking rules "a tax on people who work downtown."'
    assert _found(text) == [
        ('the new parking rules "a tax on people who work downtown."', "called", "Edda Marsh")
    ]


def test_a_label_after_a_content_ends_that_content_and_takes_its_speaker() -> None:
    text = (
        'Union leader Pavel Dorn said the offer ignored inflation and described it as "an insult to every '
        'member."'
    )
    assert _found(text) == [
        ("the offer ignored inflation", "said", "Pavel Dorn"),
        ('it as "an insult to every member."', "described", "Pavel Dorn"),
    ]


def test_a_quotation_inside_a_noun_phrase_or_a_name_is_no_label() -> None:
    assert _found('She founded a charity called "Warm Hands" in 2019.') == []
    assert _found('The mayor faced what critics called a "slush fund."') == []


def test_a_name_set_after_a_description_is_the_speaker() -> None:
    text = "The reeve of Pine Hollow, Aurelie Maas, said the township would repave the road in June."
    assert _found(text) == [("the township would repave the road in June", "said", "Aurelie Maas")]


def test_the_speaking_noun_before_a_place_is_the_speaker_not_the_place() -> None:
    text = "Firefighters in Lower Brenton say the blaze was started by a discarded cigarette."
    assert _found(text) == [("the blaze was started by a discarded cigarette", "say", "Firefighters")]


def test_a_rough_count_after_the_verb_opens_a_content_and_a_couple_speaks() -> None:
    text = "Organizer Lena Brisk said about 40 volunteers cleared the beach in three hours."
    assert _found(text) == [("about 40 volunteers cleared the beach in three hours", "said", "Lena Brisk")]
    text = "A Dunmore couple say their flight was cancelled four times in two days."
    assert [c for c, _, _ in _found(text)] == ["their flight was cancelled four times in two days"]


def test_a_question_asked_of_a_hearer_and_a_name_before_of_the_body() -> None:
    text = "Resident Olga Brandt asked council whether the pool would reopen before summer."
    assert _found(text) == [("whether the pool would reopen before summer", "asked", "Olga Brandt")]
    text = "Const. Ivo Lindqvist of the Marsh Bay police said the road would stay closed overnight."
    assert _found(text) == [("the road would stay closed overnight", "said", "Ivo Lindqvist")]


def test_a_label_after_calling_and_in_two_apostrophe_marks() -> None:
    text = 'Reeve Hal Omand rejected the plan on Monday, calling it "a slap in the face to taxpayers."'
    assert [(c, cue) for c, cue, _ in _found(text)] == [('it "a slap in the face to taxpayers."', "calling")]
    text = "Ms. Varga called the ruling ''a victory for every tenant.''"
    assert _found(text) == [("the ruling ''a victory for every tenant.''", "called", "Varga")]


def test_a_role_opening_the_text_is_its_one_holder_named_after_it() -> None:
    text = (
        "The provincial energy minister says power rates will rise by three per cent in April.\n\n"
        "Minister Hedda Lunde told reporters that the increase was the smallest in a decade."
    )
    assert [s for _, _, s in _found(text)] == ["Hedda Lunde", "Hedda Lunde"]
    text = (
        "A utility executive told staff the plant would close. Later the executive said the decision was final."
        "\n\nThe company's chief executive, Rolf Maier, said the plant had lost money for years."
    )
    assert ("the decision was final", "said", "the executive") in _found(text)
