"""Word tokens are the same on the ASCII fast path and on text where lowering first would split a word."""

from __future__ import annotations

from newsfuse.text.words import content_words, word_tokens


def test_ascii_and_unicode_text_give_lower_cased_whole_words() -> None:
    assert word_tokens("The U.S. Mayor's 3-day visit") == ["the", "u.s", "mayor's", "3-day", "visit"]
    assert word_tokens("İstanbul’s “Mayor” said") == ["i̇stanbul’s", "mayor", "said"]


def test_content_words_drop_stop_words_and_stem() -> None:
    assert content_words("The firefighters were battling fires, officials said.") == [
        "firefighter",
        "battl",
        "fir",  # -es is stripped: a light stemmer, consistent rather than correct
        "official",
    ]
