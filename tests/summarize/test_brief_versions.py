"""A brief sentence whose evidence holds other versions of it (an edited or garbled copy) shows the cleanest,
and keeps every version as evidence (reader audit r22/r23: garbled generated copies)."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Span
from newsfuse.summarize.attribute import cleanest, evidence_for
from newsfuse.summarize.brief import summarize_event
from newsfuse.summarize.pool import candidates
from tests.helpers import article

CLEAN = "Deputies say the man broke into the house on Cedar Lane and attacked the adults while they were sleeping."
GARBLED = "Deputies say the man broke into the house on Cedar Lane and attacked the adults while they were Captain sleeping."
REST = (
    "The sheriff said the man drove to the county jail later that morning to turn himself in to deputies. "
    "Neighbors on Cedar Lane said the family had moved into the house two years ago."
)


def test_the_version_most_copies_give_is_shown_with_every_version_as_evidence() -> None:
    texts = {"w": GARBLED + " " + REST, "c1": CLEAN + " " + REST, "c2": CLEAN + " " + REST}
    articles = [article(a, t) for a, t in texts.items()]
    # one source, and only the garbled copy's article may be quoted (the pipeline's canonical copy)
    brief = summarize_event(articles, dict.fromkeys(texts, "x"), SummarizeConfig(words=60), frozenset({"w"}))
    shown = [s for s in brief if "attacked the adults" in s.text]
    assert [s.text for s in shown] == [CLEAN]
    spans = shown[0].evidence
    assert texts[spans[0].article_id][spans[0].start : spans[0].end] == CLEAN
    assert {texts[s.article_id][s.start : s.end] for s in spans} == {CLEAN, GARBLED}
    assert {s.article_id for s in spans} == {"w", "c1", "c2"}


def test_a_tie_goes_to_the_version_whose_words_other_versions_hold_then_to_one_without_broken_pairs() -> None:
    clean = "Officers responded to a call for shots fired in the area of 10 Winslow Street in Roxbury."
    swapped = "Officers responded to a call for shots fired in the area of 10 Street Winslow in Roxbury."
    broken = "Officers responded to a for call shots fired in the area of 10 Winslow Street in Roxbury."
    # three versions, one copy each: the clean one shares its word pairs with both others
    pool = candidates([article("a", swapped), article("b", clean), article("c", broken)])
    chosen = next(c for c in pool if c.text == swapped)
    evidence = evidence_for(chosen, pool)
    assert Span("b", 0, len(clean)) in evidence
    assert cleanest(chosen, pool, evidence).text == clean
    # two versions: an article right before a preposition ("a for call") is no English
    pair = candidates([article("a", broken), article("b", clean)])
    assert cleanest(pair[0], pair, evidence_for(pair[0], pair)).text == clean
    # nothing tells them apart: the chosen sentence stays
    alone = candidates([article("a", swapped), article("b", clean)])
    assert cleanest(alone[0], alone, evidence_for(alone[0], alone)) is alone[0]


def test_a_sentence_that_says_more_is_no_version() -> None:
    longer = CLEAN.removesuffix(".") + " in the early hours of Sunday before the deputies arrived."
    pool = candidates([article("a", CLEAN), article("b", longer), article("c", longer)])
    chosen = pool[0]
    assert cleanest(chosen, pool, evidence_for(chosen, pool)) is chosen
