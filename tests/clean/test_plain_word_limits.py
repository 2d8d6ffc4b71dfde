"""The plain cleaner's word limits counted only up to the limit (``str.split`` with a bound): each rule's answer at
its limit and one word past it, with words spaced by any white space."""

from __future__ import annotations

from newsfuse.clean.plaintext import (
    NOTE_WORDS,
    SIGNATURE_WORDS,
    PlainTextResult,
    _is_signature,
    _metadata,
    _short_note,
    is_prose,
)

_SPACES = (" ", "  ", "\t", "\u00a0", "\u2003", " \n ")


def _spaced(words: list[str]) -> str:
    return "".join(word + _SPACES[k % len(_SPACES)] for k, word in enumerate(words)).strip()


def test_prose_needs_eight_words() -> None:
    assert not is_prose(_spaced(["word"] * 6 + ["end."]))
    assert is_prose(_spaced(["word"] * 7 + ["end."]))
    assert is_prose(_spaced(["word"] * 300 + ["end."]))


def test_a_signature_has_at_most_its_words() -> None:
    assert _is_signature(_spaced(["Posted", "by"] + ["name"] * (SIGNATURE_WORDS - 2)))
    assert not _is_signature(_spaced(["Posted", "by"] + ["name"] * (SIGNATURE_WORDS - 1)))


def test_a_copyright_line_has_fewer_than_25_words() -> None:
    short = _spaced(["©", "2025"] + ["Acme"] * 22)
    assert _metadata(short, PlainTextResult(blocks=[], removed=[])) == "copyright"
    long = _spaced(["©", "2025"] + ["Acme"] * 23)
    assert _metadata(long, PlainTextResult(blocks=[], removed=[])) != "copyright"


def test_a_prompt_has_at_most_note_words_and_a_tip_line_at_most_sixty() -> None:
    prompt = ["Subscribe", "to", "our", "newsletter", "for", "you"]
    assert _short_note(_spaced(prompt + ["now"] * (NOTE_WORDS - len(prompt)))) == "reader_prompt"
    assert _short_note(_spaced(prompt + ["now"] * (NOTE_WORDS + 1 - len(prompt)))) is None
    tip = [
        "Anyone",
        "with",
        "information",
        "is",
        "asked",
        "to",
        "call",
        "Crime",
        "Stoppers",
        "at",
        "713-222-8477",
    ]
    assert _short_note(_spaced(tip + ["please"] * (60 - len(tip)))) == "tip_line"
    assert _short_note(_spaced(tip + ["please"] * (61 - len(tip)))) is None
