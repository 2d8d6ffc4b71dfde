"""A brief does not tell one fact twice when several articles open on it (reader audit F-4)."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, Span
from newsfuse.summarize.brief import _repeat, summarize_event, texts_tell_one_fact
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
    left_out, kept = _repeat(rows, pool) or (None, None)
    assert left_out == at and pool[kept].text.startswith("The county health department")
    assert _repeat([i for i in rows if i != at], pool) is None


def test_an_opening_that_repeats_another_article_is_left_out_of_a_multi_source_brief() -> None:
    articles = [Article(id="a", path="a", text=FIRST), Article(id="b", path="b", text=SECOND)]
    brief = [s.text for s in summarize_event(articles, {"a": "a", "b": "b"}, SummarizeConfig(words=100))]
    assert REPEAT not in brief
    assert (
        "Restaurant owners said business fell by half in the weeks after the outbreak was announced." in brief
    )
    # one source: the same (the one-source shortcut gives way to the general path)
    alone = summarize_event(articles, {"a": "x", "b": "x"}, SummarizeConfig(words=100))
    assert REPEAT not in [s.text for s in alone]


TOLL = "One person is dead and four others injured after a shooting early Sunday morning near the river."
RETOLD_TOLL = (
    "Several investigators returned to the crime scene near the river following a shooting that left one "
    "person dead and four others hurt early Sunday."
)
AFTER = (
    "Police said an argument at a party had turned into a fight shortly before the first shots were heard. "
    "A neighbor said she had called the police twice about the noise from the house that night."
)


def test_a_fact_told_again_in_other_words_is_told_once_even_by_one_source() -> None:
    assert texts_tell_one_fact(TOLL, RETOLD_TOLL)
    assert not texts_tell_one_fact(TOLL, AFTER.split(". ")[0] + ".")
    articles = [Article(id="a", path="a", text=f"{TOLL} {RETOLD_TOLL} {AFTER}")]
    brief = [s.text for s in summarize_event(articles, {"a": "a"}, SummarizeConfig(words=100))]
    assert (TOLL in brief) != (RETOLD_TOLL in brief)
    assert any(s.startswith("A neighbor said") for s in brief)


def test_a_left_out_sentence_that_says_the_same_becomes_evidence_one_that_says_part_does_not() -> None:
    kept = (
        "The county department will step up restaurant inspections across the valley after a salmonella "
        "outbreak sickened 37 people."
    )
    same = (
        "Inspectors will visit restaurants across the valley after a salmonella outbreak sickened 37 people."
    )
    part = "Restaurant inspections will be stepped up after the outbreak, the department said on Monday."
    other = "Owners of the three restaurants said they had thrown out every egg in their kitchens that week."
    for left, merged in ((same, True), (part, False)):
        articles = [
            Article(id="a", path="a", text=f"{kept} {other}"),
            Article(id="b", path="b", text=f"{left} {other}"),
        ]
        brief = summarize_event(articles, {"a": "a", "b": "b"}, SummarizeConfig(words=100))
        assert left not in [s.text for s in brief]
        told = next(s for s in brief if s.text == kept)
        assert (Span("b", 0, len(left)) in told.evidence) == merged
        assert told.independent_sources == (2 if merged else 1)


def test_a_sentence_a_page_repeats_is_told_once() -> None:
    said = (
        "Michael Martin, 17, has been charged with three counts of aggravated assault with a deadly weapon."
    )
    text = " ".join([said] * 6 + [AFTER])
    brief = [s.text for s in summarize_event([Article(id="a", path="a", text=text)], {"a": "a"})]
    assert brief.count(said) == 1


def test_in_one_source_two_or_three_shared_words_make_no_repeat() -> None:
    called = "Police were called at 9:15 Wednesday night about a victim of a shooting on Elm Street."
    motive = "Police do not have a motive for the shooting."
    text = f"{called} {motive} {AFTER}"
    brief = [s.text for s in summarize_event([Article(id="a", path="a", text=text)], {"a": "a"})]
    assert called in brief and motive in brief
    # with a second source the rule stays as it was (the short sentence lies inside the other)
    pool = candidates([Article(id="a", path="a", text=called), Article(id="b", path="b", text=motive)])
    assert _repeat([0, 1], pool) is not None
    assert _repeat([0, 1], pool, least=4) is None
