"""The person a question is put to answers it ("X asked Y whether …. '…,' he said" is Y's), and the person an
attribution addresses is not its speaker ("'…,' he told Strand" is not Strand's)."""

from __future__ import annotations

from newsfuse.compare.quotes import clear_caches, extract_quotes
from newsfuse.model import Article


def _speakers(text: str) -> list[str | None]:
    clear_caches()
    return [q.speaker for q in extract_quotes(Article(id="t", path="t", text=text))]


def test_the_person_asked_answers() -> None:
    text = (
        "Columnist Arlo Pettibone asked Premier Caspar Lindholm whether the deficit would close by spring. "
        '"We will close it, and sooner than that," he said.'
    )
    assert _speakers(text) == ["Caspar Lindholm"]


def test_the_person_asked_answers_when_the_asker_is_of_the_other_gender() -> None:
    text = (
        "At the meeting, neighbour Hattie Ormsby asked Mayor Greer Fennimore why the rink would stay shut. "
        '"The compressor failed in March and the part is back-ordered," she said.'
    )
    assert _speakers(text) == ["Greer Fennimore"]


def test_the_person_addressed_is_not_the_speaker() -> None:
    text = (
        "Developer Lyle Ackroyd met Mayor Tobias Renwick on Friday. Ackroyd pressed the mayor for a date. "
        '"Council votes when the study is done," he told Ackroyd.'
    )
    assert _speakers(text) == ["Tobias Renwick"]


def test_without_a_question_the_subject_stays() -> None:
    text = (
        "Premier Caspar Lindholm met Columnist Arlo Pettibone on Monday about the deficit. "
        '"We will close it, and sooner than that," he said.'
    )
    assert _speakers(text) == ["Caspar Lindholm"]


def test_the_person_asked_answers_after_a_role_noun() -> None:
    text = (
        "Moderator Winifred Tull asked candidate Osvaldo Bratt what he would cut first. "
        '"The consultants, every one of them," he said.'
    )
    assert _speakers(text) == ["Osvaldo Bratt"]


def test_a_request_is_no_question_the_asker_speaks_on() -> None:
    text = (
        "Coach Emmett Varley asked Jonas Pruett to sit out the final on Friday. "
        '"We need him healthy for next season," he said.'
    )
    assert _speakers(text) == ["Emmett Varley"]
