"""A sentence that says nothing on its own stays out of a brief when another fits (reader audit r24)."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.brief import summarize_event
from newsfuse.summarize.standalone import says_nothing

_FIRE = "A fire tore through a warehouse on the Port Emmet waterfront early Thursday. "


def test_a_prospect_or_judgement_with_nothing_to_hold_says_nothing() -> None:
    vague = "The fire is likely to be felt well beyond Port Emmet."
    assert says_nothing(vague, _FIRE + vague, len(_FIRE))
    assert says_nothing("No other information is available at this time.")
    assert says_nothing("For the moment, there are high hopes for a promise not yet fully satisfied.")


def test_a_number_date_quote_source_or_new_name_is_something_to_hold() -> None:
    # a name the article has not given before the sentence is news
    assert not says_nothing("The fire is likely to be felt well beyond Port Emmet.")
    assert not says_nothing("The fire is likely to cost the port $3 million.")
    assert not says_nothing("The bridge is likely to stay closed until Friday.")
    assert not says_nothing("The fire is likely to be felt well beyond the port, officials said.")
    assert not says_nothing('"It is likely to be felt well beyond the port," the mayor said.')
    assert not says_nothing("Police believe the man was possibly a member of a gang.")
    # a finding, not a prospect; and a long sentence carries more than its hedge
    assert not says_nothing("At this time the shooting appears to be accidental.")
    assert not says_nothing(
        "The regional air quality office said it had not recorded dangerous pollution levels near the "
        "harbour but would likely keep monitoring the air."
    )


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{n}", path=f"a{n}", text=text) for n, text in enumerate(texts)]


def test_the_brief_takes_a_sentence_with_news_over_one_that_says_nothing() -> None:
    lead = "A fire destroyed a cold-storage warehouse on the Port Emmet waterfront on Thursday."
    vague = "Losses from the blaze are likely to be felt well beyond Port Emmet's seafood grocers."
    fact = "The warehouse had stood on that part of the waterfront for all of the time since 1961."
    for articles in (
        _articles(f"{lead} {vague} {fact}"),  # one source: the shortcut
        _articles(f"{lead} {vague} {fact}", f"{lead} Crews fought the fire for seven hours."),
    ):
        sources = {a.id: a.id for a in articles}
        # without the penalty the vague sentence wins: it carries more new words
        old = [
            s.text for s in summarize_event(articles, sources, SummarizeConfig(words=35, dangling_penalty=0))
        ]
        assert vague in old and fact not in old
        brief = [s.text for s in summarize_event(articles, sources, SummarizeConfig(words=35))]
        assert vague not in brief and fact in brief
