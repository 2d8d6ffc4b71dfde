"""Speakers that are no one: a date, a sentence's opening word or a state tag read as a source (issue 7)."""

from newsfuse.compare import reported
from newsfuse.compare.quotes import _not_a_speaker
from newsfuse.model import Article


def _speakers(text: str) -> list[str | None]:
    return [r.speaker for r in reported.find_reports(Article(id="a", path="a", text=text))]


def test_words_that_name_no_one():
    for word in ("Thursday", "Aug", "N.H", "Fla.", "R-Fla", "Once", "Inside", "Part", "His"):
        assert _not_a_speaker(word), word
    for word in ("May", "Jan", "Trump", "Obama", "Warren Clark"):
        assert not _not_a_speaker(word), word


def test_dateline_state_is_not_the_speaker():
    text = (
        "TULSA, Okla. (Reuters) - Governor Maria Pell toured the flooded river towns on Friday and said the "
        "state would ask for federal help within days."
    )
    speakers = _speakers(text)
    assert speakers and all(s != "Okla" for s in speakers)


def test_a_dated_poll_is_the_poll():
    text = (
        "Turnout could fall in the spring, according to a Harbor Institute survey released on Thursday. "
        "A Harbor Institute poll in March found that most renters expect higher costs."
    )
    speakers = _speakers(text)
    assert speakers and not any(s in {"Thursday", "March"} for s in speakers)
    assert any(s and s.endswith("survey") for s in speakers)


def test_an_opening_adverb_is_not_the_speaker():
    text = (
        "Councilwoman Dana Whitfield spoke first. Once the vote was counted, Dana Whitfield thanked the "
        "volunteers, saying the library would reopen in June."
    )
    speakers = _speakers(text)
    assert speakers and "Once" not in speakers


def test_a_bystander_description_stays_the_description():
    from newsfuse.compare.quotes import extract_quotes

    text = (
        "Mayor Ellen Varga released a new campaign video on Monday. It opens with shots of the harbor.\n\n"
        '"Our town deserves a mayor who listens," the narrator says.'
    )
    speakers = [m.speaker for m in extract_quotes(Article(id="b", path="b", text=text))]
    assert speakers == ["the narrator"]


def test_a_number_or_possessive_subject_is_its_noun_phrase():
    text = (
        "Board chair Nadia Ferro defended the plan. Two members voted against the freeze, arguing that the "
        "fund was already short. His deputy doubled down on Tuesday, saying the fares must rise."
    )
    speakers = _speakers(text)
    assert "Two members" in speakers
    assert "Two" not in speakers and "His" not in speakers
