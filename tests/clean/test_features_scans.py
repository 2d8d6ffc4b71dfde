"""The page scans the scorer's features make: link-like matches found where their heads occur, as a scan of
every character finds them; characters outside the Basic Multilingual Plane have no class."""

import random
import re

from newsfuse.clean.features import (
    _LINKISH,
    _LINKISH_HEADS,
    COLUMN,
    _char_counts,
    _lower_page,
    _match_starts,
    _tokens,
    document_features,
)

TEXTS = [
    "",
    "\nno links here at all",
    "\nsee www.com and http://www.example.com/a.html today",
    "\nmail @@x or @ alone, a@b.co; https://x.htm.html www.www.",
    "\n.com.com .comx .html5 .htmlx http:/ https:// wwww. @é",
    "\nhttp://www.a.com\nwww.b.html\n@c .com",
]


def test_link_starts_are_the_scan_s() -> None:
    for text in TEXTS:
        assert _match_starts(text, _LINKISH, _LINKISH_HEADS) == [m.start() for m in _LINKISH.finditer(text)]
    pattern = re.compile(r"aba|b")  # matches overlap: each scan goes on past a match's end
    assert _match_starts("ababab", pattern, ("a", "b")) == [0, 3, 5]


def test_linkish_column_marks_the_blocks_holding_one() -> None:
    blocks = [
        "A story about the harbour wall and the storms.",
        "Read it at www.example.org",
        "Mail us: a@b.org",
    ]
    page = document_features(blocks)
    assert page.rows[:, COLUMN["linkish"]].tolist() == [0.0, 1.0, 1.0]


def test_astral_characters_have_no_class() -> None:
    counts = _char_counts(["Go 😀 now 2.", "𝐀𝐁 - x"])
    assert counts.chars.tolist() == [11.0, 6.0]
    assert counts.digits.tolist() == [1.0, 0.0]
    assert counts.upper_initials.tolist() == [1.0, 0.0]  # "𝐀" (mathematical bold): no upper-case class
    assert counts.initials.tolist() == [4.0, 3.0]
    assert counts.separators.tolist() == [0.0, 1.0]
    assert counts.ends_sentence.tolist() == [1.0, 0.0]


def test_tokens_of_a_page_mixing_ascii_and_other_blocks_are_the_word_scan_s() -> None:
    blocks = [
        "Ministerin Müller sagte: „Wir prüfen das.“",
        "Plain ASCII line, with_underscores and 3.5 numbers!",
        "“Curly quotes” — and a dash…",
        "Ελληνικά κείμενα 2024",
        "tab\tseparated\x0bodd\x1cspaces",
    ]
    page, _ = _lower_page(blocks)
    tokens = _tokens(page)
    expected = [re.findall(r"\w+", line) for line in page.split("\n")[1:]]
    words = [tokens.vocabulary[i] for i in tokens.ids.tolist()]
    assert words == [w for line in expected for w in line]
    assert tokens.block.tolist() == [i for i, line in enumerate(expected) for _ in line]


def test_tokens_of_pages_with_any_characters_are_the_word_scan_s() -> None:
    rng = random.Random(27)
    pieces = [
        "word",
        "Ünïcödé",
        "日本語",
        "İstanbul",
        "x_y",
        "42",
        "½",
        "\ud800",
        "\udfff",
        " ",
        "\t",
        "\x1c",
        "\x85",
    ]
    pieces += [chr(c) for c in range(33, 127)] + ["\u00a0", "\u2014", "\u2019", "\u0301", "\U0001f600"]
    for _ in range(300):
        blocks = [
            "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
            for _ in range(rng.randrange(1, 6))
        ]
        page, _ = _lower_page(blocks)
        tokens = _tokens(page)
        expected = [re.findall(r"\w+", line) for line in page.split("\n")[1:]]
        assert [tokens.vocabulary[i] for i in tokens.ids.tolist()] == [w for line in expected for w in line]
        assert tokens.block.tolist() == [i for i, line in enumerate(expected) for _ in line]
