"""Evidence must say what the brief sentence says: figures (digits or words), denial and hedging agree."""

from newsfuse.model import Article
from newsfuse.summarize.attribute import agree, evidence_for, numbers, stance
from newsfuse.summarize.pool import candidates


def test_number_words_are_figures() -> None:
    assert numbers("riders in nine cities, twenty-five buses and 1,350 seats") == frozenset(
        {"9", "25", "1350"}
    )
    assert numbers("one of the best") == frozenset()  # "one" alone is mostly a pronoun


def test_stance_reads_denial_and_hedges_but_not_the_month() -> None:
    assert stance("The mayor did not sign the order.") == (True, False)
    assert stance("Some say the series holds a special appeal.") == (False, True)
    assert stance("The fare rises in May.") == (False, False)
    assert stance("The fare may rise.") == (False, True)


def test_agree_refuses_another_number_a_dropped_hedge_or_a_denial() -> None:
    brief = "The fare freeze will cover riders in 11 cities across the service area."
    figures, own = numbers(brief), stance(brief)
    assert not agree(figures, own, "The fare freeze will cover riders in nine cities across the area.")
    assert not agree(figures, own, "Some say the fare freeze will cover riders in 11 cities.")
    assert not agree(figures, own, "The fare freeze will not cover riders in 11 cities.")
    assert agree(figures, own, "Riders in 11 cities across the service area are covered by the fare freeze.")


def test_evidence_keeps_the_paraphrase_and_drops_what_says_otherwise() -> None:
    texts = {
        "a": "The authority voted to freeze the bus fare for riders in 11 cities across its service area.",
        "b": "The authority voted to freeze the bus fare for riders in 11 cities across the service area.",
        "c": "The authority voted to freeze the bus fare for riders in nine cities across its service area.",
        "d": "Some say the authority voted to freeze the bus fare for riders in 11 cities across its area.",
    }
    pool = candidates([Article(id=k, path=k, text=v) for k, v in texts.items()])
    chosen = next(c for c in pool if c.article_id == "a")
    assert [span.article_id for span in evidence_for(chosen, pool)] == ["a", "b"]
