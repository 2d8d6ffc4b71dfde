"""Reported speech in forms PolNeAR's and reported_dev3's misses hold (issue 7, session 26): a relative clause's
own subject ("which critics said was …"), "pointed out that", a time between subject and verb, and a hearer
carried on by a modifier before "that"."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, resolved speaker) of each report in ``text``."""
    return [(r.text, r.speaker) for r in find_reports(article("a", text))]


def test_a_relative_clause_subject_says_the_rest_of_the_clause() -> None:
    assert _found("The bylaw required a permit, which critics said was unfair to small growers.") == [
        ("was unfair to small growers", "critics")
    ]
    assert _found("They missed a deadline that several county officials said went unnoticed for weeks.") == [
        ("went unnoticed for weeks", "officials")
    ]
    # a lone relative with no subject of its own is still read through its antecedent
    assert [c for c, _ in _found("Mayor Ines Orta, who said the levy was too low, voted against it.")] == [
        "the levy was too low, voted against it"
    ]


def test_pointed_out_that_is_a_cue() -> None:
    assert _found("Transit manager Osric Pell pointed out that ridership had fallen by a third.") == [
        ("ridership had fallen by a third", "Osric Pell")
    ]
    # an object noun phrase is no content
    assert _found("She pointed out the flaw in the plan to the council on Monday.") == []


def test_a_time_may_stand_between_a_subject_and_its_verb() -> None:
    assert _found("Councillor Ada Brill on Thursday evening said the vote would be delayed.") == [
        ("the vote would be delayed", "Ada Brill")
    ]
    assert _found("The ministry less than two weeks ago said the plant would close in May.") == [
        ("the plant would close in May", "The ministry")
    ]


def test_a_hearer_carried_on_by_a_modifier_runs_to_that() -> None:
    assert _found(
        "Engineer Flora Wade told the crowd of about 150 people gathered in the hall that the bypass would help."
    ) == [("the bypass would help", "Flora Wade")]
    # a hearer with nothing after it stays as it was
    assert _found("The mayor told reporters the plan was dead.") == [("the plan was dead", "The mayor")]
