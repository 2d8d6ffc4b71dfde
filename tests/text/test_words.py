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


def test_lowering_first_keeps_every_character_kind_but_the_context_ones() -> None:
    """Every code point but those of ``_CONTEXT_LOWER`` lower-cases to one character that is a word
    character exactly when it is, and a joining mark of ``WORD`` exactly when it is: tokenising the
    lower-cased text then finds the same words, lower-cased."""
    import re
    import sys

    from newsfuse.text.words import _CONTEXT_LOWER

    word, joins = re.compile(r"\w"), "'’.-"
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        low = char.lower()
        if char in _CONTEXT_LOWER:
            continue
        assert len(low) == 1, hex(code)
        assert bool(word.match(char)) == bool(word.match(low)), hex(code)
        assert (char in joins) == (low in joins), hex(code)


def test_word_tokens_match_lower_casing_each_token() -> None:
    import random

    from newsfuse.text.words import WORD

    rng = random.Random(7)
    alphabet = "aZ9_'’.- ,\n“”éÉßİΣσςΑΒ·ǅﬁ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(5000)]
    texts += ["ΟΔΟΣ’Β ΑΣ’’Β Σ.Σ", "İstanbul’s DON’T", "ÀÉÎ’s O’NEILL-SMITH"]
    for text in texts:
        assert word_tokens(text) == [w.lower() for w in WORD.findall(text)], text


def test_content_words_match_the_per_token_definition() -> None:
    """Stems read from the kept table (cleared again and again here) are those of ``stem`` and
    ``is_content_word`` token by token."""
    import random

    from newsfuse.text import words

    pieces = ["The", "firefighters", "were", "battling", "fires", "a", "x", "12", "U.S.", "police’s", "said"]
    pieces += ["İstanbul", "ΟΔΟΣ", "don't", "o'clock", "-", "3-day", "studies", "bed", "sing", "_"]
    rng = random.Random(5)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(3000)]
    kept = words._KEPT_STEMS
    words._KEPT_STEMS = 25
    try:
        for text in texts:
            plain = [words.stem(w) for w in words.word_tokens(text) if words.is_content_word(w)]
            assert words.content_words(text) == plain, text
    finally:
        words._KEPT_STEMS = kept
        words._CONTENT_STEM.clear()
