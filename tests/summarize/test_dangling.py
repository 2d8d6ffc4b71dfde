"""A brief sentence that leans on one the brief may not hold is avoided (reader audit F-1)."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.brief import _dangles, summarize_event
from newsfuse.summarize.pool import candidates


def _one(text: str) -> bool:
    (cand,) = candidates([Article(id="a", path="a", text=text)], min_words=3)
    return _dangles(cand)


def test_openers_and_pronoun_speakers_dangle() -> None:
    assert _one("Which is a good thing for the film's creator.")
    assert _one("``Apparently it doesn't affect normal joints,'' he added.")
    assert _one("That number has more than doubled, to 9,200.")
    assert not _one("The mayor said the bridge would reopen in May.")
    assert not _one("``We will reopen the bridge,'' Mayor Solberg said.")


def test_a_self_contained_sentence_is_chosen_over_a_dangling_lead() -> None:
    text = (
        "That number has more than doubled across the county to 9,200 residents in two years. "
        "The county counted 9,200 residents of the valley in its survey this spring. "
        "Officials said the county would open two new clinics in the valley next year."
    )
    articles = [Article(id="a", path="a", text=text)]
    default = summarize_event(articles, {"a": "a"}, SummarizeConfig(words=16))
    assert [s.text for s in default] == [
        "The county counted 9,200 residents of the valley in its survey this spring."
    ]
    old = summarize_event(articles, {"a": "a"}, SummarizeConfig(words=16, dangling_penalty=1.0))
    assert old[0].text.startswith("That number")
