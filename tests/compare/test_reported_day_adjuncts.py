"""A day and its part between a verb of saying and its content (issue 7, session 26, reported2): "said on Friday
he met …", "said Tuesday morning the …", "has said from the start that …"."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, resolved speaker) of each report in ``text``."""
    return [(r.text, r.speaker) for r in find_reports(article("a", text))]


def test_on_a_day_before_a_clause_without_that() -> None:
    assert _found("Councillor Mara Voss said on Friday he met the minister twice last month.") == [
        ("he met the minister twice last month", "Mara Voss")
    ]


def test_the_part_of_the_day_is_no_part_of_the_content() -> None:
    assert _found("Police said Tuesday morning the three died at separate hospitals.") == [
        ("the three died at separate hospitals", "Police")
    ]
    assert _found("Mayor Ines Orta has said from the start that the levy will stay.") == [
        ("the levy will stay", "Ines Orta")
    ]


def test_a_possessive_day_stays_in_the_content() -> None:
    # "Sunday morning's" is the content's own noun phrase, not when it was said: no content opens with "'s"
    contents = [c for c, _ in _found("Chief Ada Lund said Sunday morning's fire was set on purpose.")]
    assert contents and not any(c.startswith(("'s", "’s")) for c in contents)
