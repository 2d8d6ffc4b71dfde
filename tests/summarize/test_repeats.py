"""A brief does not tell one fact twice when several articles open on it (reader audit F-4)."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.brief import _repeat, summarize_event
from newsfuse.summarize.pool import candidates

FIRST = (
    "The county health department will step up restaurant inspections after a salmonella outbreak "
    "sickened 37 people in Riverside this month. "
    "Inspectors will visit every kitchen in the county starting on Monday, the health director said. "
    "The department traced the outbreak to raw eggs from a single supplier in the valley."
)
SECOND = (
    "The salmonella outbreak sickened 37 people in Riverside this month. "
    "Restaurant owners said business fell by half in the weeks after the outbreak was announced. "
    "Three restaurants closed for a week while their kitchens were cleaned and their staff retrained."
)
REPEAT = "The salmonella outbreak sickened 37 people in Riverside this month."


def test_the_sentence_inside_another_is_the_repeat() -> None:
    pool = candidates([Article(id="a", path="a", text=FIRST), Article(id="b", path="b", text=SECOND)])
    rows = list(range(len(pool)))
    at = next(i for i, c in enumerate(pool) if c.text == REPEAT)
    assert _repeat(rows, pool) == at
    assert _repeat([i for i in rows if i != at], pool) is None


def test_an_opening_that_repeats_another_article_is_left_out_of_a_multi_source_brief() -> None:
    articles = [Article(id="a", path="a", text=FIRST), Article(id="b", path="b", text=SECOND)]
    brief = [s.text for s in summarize_event(articles, {"a": "a", "b": "b"}, SummarizeConfig(words=100))]
    assert REPEAT not in brief
    assert (
        "Restaurant owners said business fell by half in the weeks after the outbreak was announced." in brief
    )
    # one source: no repeat rule (the one-source shortcut and the general path choose alike)
    alone = summarize_event(articles, {"a": "x", "b": "x"}, SummarizeConfig(words=100))
    assert REPEAT in [s.text for s in alone]
