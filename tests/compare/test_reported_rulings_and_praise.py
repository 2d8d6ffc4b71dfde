"""Reported speech in forms reported_dev3 A's misses hold (issue 7, session 26, reported2): a speaker-only verb
("ruled", "reported") with a noun-subject clause whose auxiliary comes late, and a judgement given with "for"
after an infinitive lead ("went on to praise X for "…"")."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, resolved speaker) of each report in ``text``."""
    return [(r.text, r.speaker) for r in find_reports(article("a", text))]


def test_a_ruling_takes_a_long_noun_subject_clause_without_that() -> None:
    assert _found(
        "Coroner Ilse Marrow ruled the collapse of the old grain elevator in March was an accident."
    ) == [("the collapse of the old grain elevator in March was an accident", "Ilse Marrow")]
    # a thing that finds or shows is still no speaker, and a plain object is no content
    assert _found("The audit found the payroll of the northern depot in May was wrong.") == []
    assert _found("Judge Ravi Onu ruled the motion out of order.") == []


def test_a_judgement_with_for_after_an_infinitive_lead_is_a_mixed_quotation() -> None:
    text = 'Farmer Odile Krum went on to praise the county for "the fastest repair we have ever seen".'
    assert _found(text) == [('the county for "the fastest repair we have ever seen"', "Odile Krum")]
    assert _found('The mayor thanked the volunteers for "their tireless work in the snow" on Friday.') == [
        ('the volunteers for "their tireless work in the snow" on Friday', "The mayor")
    ]
    # a judgement with no quotation is no report
    assert _found("Farmer Odile Krum went on to praise the county for its quick repair.") == []
