"""dates._matches tries ``_DATE`` only where ``_DATE_START`` finds a place: the same dates as its scan of every
position."""

from __future__ import annotations

from newsfuse.compare.dates import _DATE, _DIGIT_OR_CAPITAL, _matches
from newsfuse.model import RunResult

_EDGES = [
    "Monday morning the council met; TODAY it votes, and Yesterday's count stands.",
    "in Sept.Thursday the port shut (a date right after a date that ends in a full stop)",
    "It ran from March through May 2024, since Jan. 5, 2020, until Oct. 3 and again last week.",
    "Salmonday, within 2020, Decembers and onMonday are no dates; on\tMonday and (Friday) are.",
    '"Last night," she said. THIS MORNING, late Friday evening, by June 2, tonight — after Sunday.',
    "in may 2020 in 1999 in Foo in\n2021 ſince Monday thiſ morning",
    "Tuesday",
]


def _plain(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (m.lastgroup or "", m.start(), m.end())
        for m in _DATE.finditer(text)
        if not (m.lastgroup == "in" and not _DIGIT_OR_CAPITAL.search(m.group(0), 3))
    )


def test_dates_found_from_the_gate_are_the_scans(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + _EDGES
    texts += [t.upper() for t in texts] + [t.title() for t in texts]
    for text in texts:
        assert _matches.__wrapped__(text) == _plain(text), text


def test_a_date_at_the_start_and_one_right_after_a_date() -> None:
    assert _matches.__wrapped__(_EDGES[1])[:2] == (("in", 0, 8), ("wd", 8, 16))
    assert _matches.__wrapped__("Tuesday") == (("wd", 0, 7),)
    found = _matches.__wrapped__(_EDGES[3])
    assert [_EDGES[3][s:e] for _, s, e in found] == ["on\tMonday", "Friday"]
