"""Reported speech after the subject forms PolNeAR's misses hold (issue 7, session 25, reported2): coordinated
subjects, adverbs in -ly between a subject and its verb, progressives and hearers before a clause without
"that"."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(content, cue, resolved speaker) of each report in ``text``."""
    return [(r.text, text[r.cue.start : r.cue.end], r.speaker) for r in find_reports(article("a", text))]


def _contents(text: str) -> list[str]:
    """The content of each report in ``text``."""
    return [r.text for r in find_reports(article("a", text))]


def test_coordinated_names_and_others_are_a_subject() -> None:
    assert _contents("Okafor and others said the shelter could not stay open past March.") == [
        "the shelter could not stay open past March"
    ]
    assert _contents(
        "Mayor Lena Okafor and Councillor Raj Patel have both argued that the levy is too low."
    ) == ["the levy is too low"]
    assert _contents("Okafor's close friends and allies have said she was weighing a run for the seat.") == [
        "she was weighing a run for the seat"
    ]


def test_an_adverb_in_ly_may_stand_between_a_subject_and_its_verb() -> None:
    assert _found("The tenants' union has traditionally argued that rents track wages.") == [
        ("rents track wages", "argued", "The tenants' union")
    ]
    assert _contents(
        "Hollis cut the budget in May and reportedly argued that the fund was never needed."
    ) == ["the fund was never needed"]
    # a noun in -ly is no adverb: the family is the subject
    assert _found("The Varga family said the boat had left the harbour before dawn.") == [
        ("the boat had left the harbour before dawn", "said", "The Varga family")
    ]


def test_a_progressive_or_a_hearer_before_a_clause_with_a_noun_subject_and_no_that() -> None:
    assert _found("Chief Dario Fenn is insisting his officers followed every rule during the arrest.") == [
        ("his officers followed every rule during the arrest", "insisting", "Dario Fenn")
    ]
    assert _contents("Riders are telling the city the new fare cards fail at half the stops.") == [
        "the new fare cards fail at half the stops"
    ]
    # a noun-phrase object after the progressive stays no report
    assert _contents("The mayor is saying the right things about the budget this week.") == []
    assert _contents("Rangers are warning hikers after a bear attack near the lake.") == []
    # "his" is no plural before a bare verb: "his innocence" is an object, not a clause
    assert _contents("Mayor Ines Kolar is insisting his innocence to anyone who asks.") == []
