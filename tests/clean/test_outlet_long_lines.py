"""The masthead's restatements are read from short lines only (``metadata.RESTATED_CHARS``): a long line naming the
outlet is no evidence, and leaving long lines (one holding line breaks too) out of the searched text moves no
short line."""

from __future__ import annotations

from newsfuse.clean.metadata import RESTATED_CHARS, _Restated, masthead

_BODY = "The harbour wall was repaired after the winter storms, the council said on Tuesday. " * 5


def _page(*tail: str) -> list[str]:
    return ["Skip to content", "The Pelham Gazette", "Headline about the harbour wall", _BODY, *tail]


def test_a_long_line_naming_the_outlet_is_no_restatement() -> None:
    long_line = "The Pelham Gazette, 4 Quay Street, Pelham. " + _BODY
    assert len(long_line) > RESTATED_CHARS
    assert masthead(_page(long_line), title_at=2) is None
    copyright_line = "© 2025 The Pelham Gazette. " + _BODY
    assert masthead(_page(copyright_line), title_at=2) is None


def test_short_lines_after_long_ones_keep_their_places() -> None:
    blocks = _page(
        _BODY, "Story from The Pelham Gazette", "The Pelham Gazette, 4 Quay Street, Pelham PL1 2AB"
    )
    restated = _Restated(blocks)
    assert restated.after_cue == [(5, "The Pelham Gazette")]
    assert restated.strong("The Pelham Gazette", 1) == "The Pelham Gazette"
    assert masthead(blocks, title_at=2) == ("The Pelham Gazette", "restated")
    wrapped = ["First half of a long paragraph\n" + _BODY + "\nsecond half", *blocks[3:]]
    assert _Restated(wrapped).text.count("\n") == "\n".join(wrapped).count("\n") + 2
