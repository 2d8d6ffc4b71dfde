"""Where one direct quote ends and the next begins (session 11: PolNeAR train/dev error analysis)."""

from newsfuse.compare.quotes import extract_quotes
from tests.helpers import article


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    """(text, speaker, continued) of each quote piece found in ``text``."""
    return [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]


def test_a_quote_after_the_writers_own_words_in_a_new_sentence_stands_apart() -> None:
    text = (
        '"The ferry will not run this winter," Mayor Ines Okafor said at the dock. '
        'At a council meeting later that week, the mayor went further: "We have never seen the bay freeze so early."'
    )
    found = _quotes(text)
    assert found[0] == ("The ferry will not run this winter", "Ines Okafor", False)
    assert found[1][0] == "We have never seen the bay freeze so early."
    assert found[1][2] is False


def test_a_quote_right_after_its_attribution_sentence_still_continues() -> None:
    text = (
        '"The ferry will not run this winter," Mayor Ines Okafor said on Tuesday. '
        '"We have never seen the bay freeze so early."'
    )
    assert [continued for _, _, continued in _quotes(text)] == [False, True]


def test_she_skips_a_man_named_by_a_first_name_the_text_gives_no_gender() -> None:
    text = 'Tom Harwick praised Maria Delgado on Monday. "We will fund the library," she said.'
    assert _quotes(text) == [("We will fund the library", "Maria Delgado", False)]


def test_first_names_do_not_decide_between_two_people_of_one_surname() -> None:
    text = (
        "Hugo Brandt and his wife, Nina Brandt, opened the bakery in May. Brandt greeted the crowd. "
        '"We bake at four every morning," he said.'
    )
    assert _quotes(text)[0][1] is not None and _quotes(text)[0][1].endswith("Brandt")


def test_a_quote_paragraph_after_a_quote_and_its_attribution_clause_continues_it() -> None:
    text = (
        '"The dam is safe for now," Engineer Rolf Amsel told the county board on Tuesday.\n\n'
        '"But one more storm like the last one and I would not promise anything."\n\n'
        "The board meets again in June."
    )
    found = _quotes(text)
    assert [continued for _, _, continued in found] == [False, True]
    assert found[1][1] == found[0][1]


def test_a_second_sentence_after_the_attribution_keeps_the_next_paragraph_apart() -> None:
    text = (
        '"The dam is safe for now," Rolf Amsel said. He then turned to the crowd.\n\n'
        '"Who will pay for the repairs?"'
    )
    assert [continued for _, _, continued in _quotes(text)] == [False, False]


def test_a_lower_case_quote_after_the_subject_and_its_verb_of_saying_stands_alone() -> None:
    text = 'The mayor visited the pier on Monday. She says "we will rebuild it before the summer."'
    found = [(m.text, m.embedded) for m in extract_quotes(article("a", text))]
    assert found == [("we will rebuild it before the summer.", False)]


def test_a_lower_case_quote_after_the_writers_clause_stays_a_mixed_quotation() -> None:
    text = 'The pier is closed. Instead, the mayor said, "we will rebuild it before the summer."'
    assert [m.embedded for m in extract_quotes(article("a", text))] == [True]


def test_a_curly_quote_inside_a_straight_quote_is_part_of_it() -> None:
    text = (
        "Councillor Ada Brenn wrote:\n\n"
        '"The plan is not about “saving money” at all. It is about the harbor."\n\n'
        'The vote is on Friday. "It works,” said Tom Reyes.'
    )
    found = [(m.text, m.speaker) for m in extract_quotes(article("a", text))]
    assert found == [
        ("The plan is not about “saving money” at all. It is about the harbor.", "Ada Brenn"),
        ("It works", "Tom Reyes"),
    ]


def test_a_one_word_reply_with_its_attribution_is_a_quote() -> None:
    text = (
        'Asked whether the ferry would run in March, Mayor Ines Okafor said, "Probably."\n\n'
        '"Absolutely," Tove Lund said when asked the same.\n\n'
        'The council called the plan "ambitious."'
    )
    assert [(t, s) for t, s, _ in _quotes(text)] == [
        ("Probably.", "Ines Okafor"),
        ("Absolutely", "Tove Lund"),
    ]
