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


def test_the_ascii_pattern_finds_what_the_word_pattern_finds_on_lower_case_ascii() -> None:
    import random
    import string
    from pathlib import Path

    from newsfuse.text.words import _ASCII_WORD, WORD

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")]
    assert texts
    rng = random.Random(4)
    alphabet = string.ascii_letters + string.digits + "_'.-’ ,;:!?\"()\t\n" + "\x1c\x7f"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 80))) for _ in range(3000)]
    checked = 0
    for text in texts:
        lowered = text.lower()
        if lowered.isascii():
            assert _ASCII_WORD.findall(lowered) == WORD.findall(lowered), text
            checked += 1
    assert checked > 1500
