"""First-person quotes of the article's writer (session 14): "…," I said is the byline's author's, not the last
person the text named; with no single author in the byline the speaker is left unknown."""

from newsfuse.compare.quotes import author
from tests.helpers import quote_speakers as _speakers

TEXT = (
    "The hearing was short. Judge Oren Haskell asked why the fence had been moved.\n\n"
    '"It was never on the line," I said. "The survey from 1988 shows that."\n\n'
    '"Then we will have it measured again," Haskell said.'
)


def test_the_writers_first_person_quote_is_the_byline_authors() -> None:
    assert _speakers(TEXT, byline="By Mirela Dobos, Staff Writer") == [
        ("It was never on the line", "Mirela Dobos"),
        ("The survey from 1988 shows that.", "Mirela Dobos"),
        ("Then we will have it measured again", "Oren Haskell"),
    ]


def test_without_a_byline_the_writers_quote_has_no_speaker_rather_than_a_wrong_one() -> None:
    assert [s for _, s in _speakers(TEXT)] == [None, None, "Oren Haskell"]


def test_a_first_person_question_before_another_speakers_answer_stays_the_answerers() -> None:
    text = (
        "Last week, when I asked Oren Haskell about the fence, he looked at the map and said, "
        '"The line was drawn in 1988 and it has not moved."'
    )
    assert _speakers(text, byline="Mirela Dobos") == [
        ("The line was drawn in 1988 and it has not moved.", "Oren Haskell")
    ]


def test_author_of_a_byline() -> None:
    assert author("By Mirela Dobos, Staff Writer") == "Mirela Dobos"
    assert author("MIRELA DOBOS") == "Mirela Dobos"
    assert author("Mirela Dobos and Tibor Fenn") is None
    assert author("The Canadian Press") is None
    assert author(None) is None
