"""A poll or a share of a group as the subject is no speaker (issue 7, session 26: GGT's convention, "the
speaker must be a person or an organisation"); ordinals, bodies and plain subjects still speak."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _contents(text: str) -> list[str]:
    """The content of each report in ``text``."""
    return [r.text for r in find_reports(article("a", text))]


def test_a_share_of_a_group_is_no_speaker() -> None:
    assert _contents("Six in 10 respondents said they would use a Sunday service once a month.") == []
    assert _contents("About 47 percent of voters said they would back the levy in a vote.") == []
    assert _contents("In Orton, half of the tenants said the rent had doubled since the sale.") == []
    assert _contents("Most people who wrote to council said they opposed the new store.") == []
    assert _contents("A third of the members, 33%, say they will leave the club in spring.") == []


def test_a_poll_as_the_subject_is_no_speaker() -> None:
    assert _contents("A survey by the county library board found that most patrons want Sunday hours.") == []


def test_ordinals_bodies_and_later_clauses_still_speak() -> None:
    assert _contents("A third source said that Mendel had sent the letters himself.") == [
        "Mendel had sent the letters himself"
    ]
    assert _contents("The Census Bureau says the town grew by a fifth in ten years.") == [
        "the town grew by a fifth in ten years"
    ]
    # the share is in an earlier clause, not the subject's: the mayor speaks
    assert _contents(
        "Most of the budget went to roads, and the mayor said the bridge would wait a year."
    ) == ["the bridge would wait a year"]
    assert _contents("Most recently, officials said the plant would reopen in June.") == [
        "the plant would reopen in June"
    ]
