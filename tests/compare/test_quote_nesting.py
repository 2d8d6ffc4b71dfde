"""Quotes inside quotes written with the same curly marks (session 13: PolNeAR train/dev)."""

from newsfuse.compare.quotes import extract_quotes
from tests.helpers import article


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.speaker) for m in extract_quotes(article("a", text))]


def test_a_curly_quote_inside_a_curly_quote_does_not_cut_it() -> None:
    text = (
        "Lena Ostrova of the Valley Courier wrote: “The board keeps calling the closure “a pause” while the "
        "lights stay off and the doors stay locked.”"
    )
    assert _quotes(text) == [
        (
            "The board keeps calling the closure “a pause” while the lights stay off and the doors stay locked.",
            "Lena Ostrova",
        ),
    ]


def test_a_curly_mark_that_opens_the_next_piece_is_not_nested() -> None:
    text = "“We will rebuild the pier,” Mayor Tomas Eld said, “and we will start in May.”"
    assert [t for t, _ in _quotes(text)] == ["We will rebuild the pier", "and we will start in May."]
