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
