"""Quotes of 8 characters or fewer (session 14): a reply of its own with an attribution is a quote; a scare
quote or a name in quote marks is not; a short first piece joins the rest of its quote."""

from newsfuse.compare.quotes import extract_quotes, quote_pairs
from tests.helpers import article


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]


def test_a_short_reply_with_its_attribution_is_a_quote() -> None:
    text = 'Mayor Tilde Varga was asked whether the ferry would run in winter.\n\n"Never," replied Varga.'
    assert _quotes(text) == [("Never", "Tilde Varga", False)]


def test_a_short_reply_after_a_verb_of_saying_is_a_quote() -> None:
    text = 'Asked if the dam would hold, Jonas Pirk shook his head and said, "No."'
    assert _quotes(text) == [("No.", "Jonas Pirk", False)]


def test_a_scare_quote_or_a_short_name_is_no_quote() -> None:
    text = 'The council called the plan "rushed" and the mayor\'s office "WTF" in its notes, Odile Marr said.'
    assert _quotes(text) == []


def test_a_short_first_piece_joins_the_rest_of_the_quote() -> None:
    text = '"Frankly," Odile Marr said, "the bridge should have closed a year ago."'
    assert _quotes(text) == [
        ("Frankly", "Odile Marr", False),
        ("the bridge should have closed a year ago.", "Odile Marr", True),
    ]


def test_quote_pairs_still_leaves_short_quotes_out() -> None:
    text = 'She said "No," and then "we will see about the rest of it."'
    assert [text[s:e] for s, e, _ in quote_pairs(text)] == ["we will see about the rest of it."]
