"""Reading order of a brief (reader audit r22): chronology, repaired where a sentence leans on another."""

from newsfuse.model import Article
from newsfuse.summarize.attribute import evidence_for
from newsfuse.summarize.brief import _names, _order
from newsfuse.summarize.pool import candidates

EARLY = Article(
    id="early",
    path="early",
    published="2026-03-07T08:00:00",
    text=(
        "The cracks in the bridge girder were discovered last Tuesday during a routine state inspection. "
        "Further tests on Thursday showed they were deeper than first thought by the city engineers."
    ),
)
LATE = Article(
    id="late",
    path="late",
    published="2026-03-07T10:00:00",
    text=(
        "Ostend Falls shut the Pell Street Bridge on Friday after inspectors found cracks in a girder. "
        "The cracks in the bridge girder were discovered last Tuesday during a routine state inspection, officials said."
    ),
)


def test_a_sentence_follows_the_one_that_says_what_precedes_it_in_its_source() -> None:
    pool = candidates([EARLY, LATE], min_words=3)
    tests, shut, found = pool[1], pool[2], pool[3]
    chosen = [tests, shut, found]
    evidence = [evidence_for(c, pool) for c in chosen]
    assert [chosen[i] for i in _order(chosen)] == [tests, shut, found]  # chronology alone
    assert [chosen[i] for i in _order(chosen, evidence, pool)] == [shut, found, tests]


def _openings(*sentences: str, sources: bool = False) -> list[str]:
    """The first six characters of one article's sentences in ``_order``'s reading order."""
    text = " ".join(sentences)
    pool = candidates([Article(id="a", path="a", text=text, published="2026-03-24")], min_words=3)
    order = _order(pool, [()] * len(pool), pool) if sources else _order(pool)
    return [pool[i].text[:6] for i in order]


def test_a_speaker_named_by_surname_comes_after_the_full_name() -> None:
    assert _openings(
        '"We will inspect the kitchens with the worst records first," Achebe said on Monday.',
        "Health Director Rosalind Achebe said a summary of the results would follow in May.",
    ) == ["Health", '"We wi']


def test_names_read_speakers_not_places_or_adjectives() -> None:
    full, alone = _names(
        "Indian youth are more likely to be arrested, the FBI said, citing Gen. Augusto Pinochet."
    )
    assert full == {"Pinochet"} and alone == {"FBI"}
    assert _names('"We start on Monday," Achebe said.') == (frozenset(), frozenset({"Achebe"}))
    assert _names("Police said the gunman fled.") == (frozenset(), frozenset())  # a first word


def test_a_word_the_sources_write_in_lower_case_is_no_surname() -> None:
    sentences = (
        "The gunman fled on foot toward the river after the shots were fired, Police said on Sunday.",
        "Officers of the Miami-Dade Police searched the river bank with the help of police dogs.",
    )
    # read without the sources, "Police said" would wait for "the Miami-Dade Police"
    assert _openings(*sentences) == ["Office", "The gu"]
    assert _openings(*sentences, sources=True) == ["The gu", "Office"]
