from newsfuse.compare.quotes import extract_quotes, quote_pairs
from tests.helpers import article


def test_quote_of_several_paragraphs_runs_on_and_keeps_its_speaker() -> None:
    text = (
        'Mayor Lena Brandt spoke first. "We will rebuild the pier before summer, whatever it costs.\n\n'
        '"And we will ask the state to pay half," she said.\n\nThe council meets on Monday.'
    )
    pieces = list(quote_pairs(text))
    assert [runs_on for _, _, runs_on in pieces] == [True, False]
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("We will rebuild the pier before summer, whatever it costs.", "Lena Brandt", False),
        ("And we will ask the state to pay half", "Lena Brandt", True),
    ]


def test_quote_split_by_its_attribution_is_one_quote_in_two_pieces() -> None:
    text = '"By locking in the deal," Mr. Tom Reyes said, "we let the harbor reopen in May."'
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("By locking in the deal", "Tom Reyes", False),
        ("we let the harbor reopen in May.", "Tom Reyes", True),
    ]


def test_quotations_inside_the_writers_sentence_are_flagged_embedded() -> None:
    text = (
        'Protesters chanted "What curfew?" all night. Ana Ruiz said she knows that "The bridge is not safe." '
        'Critics call the plan "A cruel joke that nobody asked for." Lee said, "the state will pay." '
        '"It is safe," said Tom Reyes.'
    )
    found = {m.text: m.embedded for m in extract_quotes(article("a", text))}
    assert found == {
        "What curfew?": False,
        "The bridge is not safe.": True,
        "A cruel joke that nobody asked for.": True,
        "the state will pay.": True,
        "It is safe": False,
    }
