"""The lead of a text (its first ``lead_words`` words) counts twice, as the title does."""

from newsfuse.cluster.features import article_terms
from newsfuse.text.words import content_words
from tests.helpers import article

LEAD = "Floodwater closed the harbour road at dawn"
REST = "volunteers stacked sandbags along the quay until the tide turned"


def _word(text: str) -> str:
    return content_words(text)[0]


def test_the_lead_counts_twice_and_the_rest_once() -> None:
    terms = article_terms(article("a", f"{LEAD} {REST}"), max_words=400, lead_words=len(LEAD.split()))
    assert terms[_word("harbour")] == 2
    assert terms[_word("sandbags")] == 1


def test_a_text_no_longer_than_the_lead_counts_once() -> None:
    # a bare headline is the whole text: it is not counted again as a lead
    terms = article_terms(article("a", LEAD), max_words=400, lead_words=len(LEAD.split()))
    assert terms[_word("harbour")] == 1


def test_no_lead_counts_every_word_once() -> None:
    terms = article_terms(article("a", f"{LEAD} {REST}"), max_words=400, lead_words=0)
    assert terms[_word("harbour")] == 1
    assert terms[_word("sandbags")] == 1
