"""The rules read one record of the page's blocks (round 28, cleanperf): each block's words from the scorer's
character counts (``PageFeatures.words``), its prose size, word marks and digits. The record gates tests or stands for
a count, so the rules answer as they do without it; each gate is a necessary condition of the test it guards."""

from __future__ import annotations

import random
import re

from newsfuse.clean import plaintext
from newsfuse.clean.features import document_features
from newsfuse.clean.plaintext import (
    SIGNATURE_TOKENS,
    _cut_after_end,
    _cut_comment_thread,
    _doubled_comments,
    _is_box_heading,
    _is_signature,
    _prose_sizes,
    _short_note,
    _signature_gate,
    _signed_comments,
    _teaser_boxes,
    _teaser_pairs,
)

ODD_SPACES = [
    "",
    " ",
    "a\u00a0b",
    "x\u2003y z",
    "\u3000a",
    "a\x1cb",
    "tab\there",
    " lead",
    "trail ",
    "-- - --",
]
SIGNATURES = [
    "Reply",
    "REPLY",
    "Report abuse",
    "Permalink",
    "Permanenter Link",
    "Like",
    "Antworten",
    "Répondre",
    "Gefällt mir",
    "Anna says:",
    "Tom SAID",
    "Jens schrieb :",
    "Marie écrit",
    "June 3, 2009 at 10:15 am",
    "3 hours ago",
    "vor 2 Stunden",
    "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08",
    "posted by Jon",
    "Comment by Ann",
]
HEADINGS = ["Related News", "More Stories", "Top Headlines", "Community", "Latest articles", "Noticias"]


def _record(blocks: list[str]) -> tuple[list[int], list[int], list[float]]:
    features = document_features(blocks)
    return (
        features.words.astype(int).tolist(),
        features.word_marks(plaintext._PAGE_MARKS),
        features.digits.tolist(),
    )


def test_the_words_are_str_split_s() -> None:
    blocks = [*ODD_SPACES, *SIGNATURES, *HEADINGS, "line\nbreak", "\ud800 x", "ａｂ　ｃ"]
    words, _, _ = _record(blocks)
    assert words == [len(block.split()) for block in blocks]


def test_every_signature_passes_the_gate() -> None:
    blocks = [*SIGNATURES, "The council met on a Tuesday evening."]
    words, marks, digits = _record(blocks)
    assert all(_is_signature(block) for block in SIGNATURES)
    assert _signature_gate(blocks, words, marks, digits) == [True] * len(SIGNATURES) + [False]


def _alternatives(group: str) -> list[str]:
    """The top-level alternatives of a pattern's text."""
    out, depth, start = [], 0, 0
    for at, char in enumerate(group):
        if char == "(" and group[at - 1 : at] != "\\":
            depth += 1
        elif char == ")" and group[at - 1 : at] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(group[start:at])
            start = at + 1
    return [*out, group[start:]]


def test_each_form_without_a_digit_holds_a_signature_word() -> None:
    """A word form added to ``_COMMENT_MARK`` (a form with no ``\\d``) needs its word in ``SIGNATURE_TOKENS``."""
    for form in _alternatives(plaintext._COMMENT_MARK.pattern):
        if "\\d" in form:
            continue
        inner = form[form.index("(?:") + 3 : form.rindex(")")]
        for word_form in _alternatives(inner):
            first = re.match(r"\w+", word_form)
            assert first and first.group().lower() in SIGNATURE_TOKENS, word_form
    assert plaintext._SIGNED_BY.pattern.endswith(" by\\b") and "by" in SIGNATURE_TOKENS


def test_every_box_heading_holds_a_list_noun_mark() -> None:
    blocks = [*HEADINGS, "Related topics: Hacking, Viruses, Spyware", "Weather"]
    _, marks, _ = _record(blocks)
    expected = [True] * (len(HEADINGS) + 1) + [False]
    assert [_is_box_heading(block) for block in blocks] == expected
    assert [bool(mark & plaintext._LIST_NOUN_MARK) for mark in marks] == expected


PIECES = [
    "The council voted to close the branch at the end of the year, officials said.",
    "Residents asked the council to keep a reading room open in the neighbourhood.",
    "It was a long meeting.",
    "Money saved will go to the central library and a mobile van for the outlying villages.",
    "Related News",
    "More Stories",
    "Reply",
    "Anna says:",
    "posted by Jon at 10:15",
    "3 hours ago",
    "Like",
    "Gefällt mir",
    "Ein Leser schrieb am Montag, die Bibliothek sei immer voll gewesen, nicht leer.",
    "Hops shortage spurs microbreweries to reinvent flagship beers",
    "Man arrested in deadly hit-and-run",
]


def _page(rng: random.Random) -> list[str]:
    blocks = [rng.choice(PIECES) for _ in range(rng.randint(1, 40))]
    for at in range(len(blocks) - 1):  # comments printed whole, then their first sentences again
        if rng.random() < 0.1:
            blocks[at + 1] = blocks[at].split(".")[0] + "."
    return blocks


def test_the_rules_answer_the_same_with_the_record() -> None:
    rng = random.Random(28)
    for _ in range(400):
        blocks = _page(rng)
        reasons: list[str | None] = [rng.choice([None, None, None, "menu"]) for _ in blocks]
        words, marks, digits = _record(blocks)
        sizes = _prose_sizes(blocks)
        assert _prose_sizes(blocks, words) == sizes
        gate = _signature_gate(blocks, words, marks, digits)
        for no_byline in (False, True):
            assert _signed_comments(blocks, reasons, sizes, no_byline, gate) == _signed_comments(
                blocks, reasons, sizes, no_byline
            )
        stops = frozenset({"the", "a", "to", "of", "in", "and", "at", "was", "it"})
        assert _teaser_boxes(blocks, reasons, 0, stops, sizes, marks) == _teaser_boxes(
            blocks, reasons, 0, stops, sizes
        )
        assert _doubled_comments(blocks, reasons, sizes, words) == _doubled_comments(blocks, reasons, sizes)
        assert _teaser_pairs(blocks, reasons, 0, stops, words, sizes) == _teaser_pairs(
            blocks, reasons, 0, stops
        )
        assert [_short_note(b, -1, n) for b, n in zip(blocks, words, strict=True)] == list(
            map(_short_note, blocks)
        )
        for cut in (_cut_comment_thread, _cut_after_end):
            recorded, plain = list(reasons), list(reasons)
            cut(blocks, recorded, words)
            cut(blocks, plain)
            assert recorded == plain
