"""A place dateline, in capitals or not, is no part of a candidate sentence (reader audit r23-r24)."""

import pytest

from newsfuse.model import Article
from newsfuse.summarize.pool import candidates, strip_dateline

BODY = "Authorities say a girl was hurt at a gun range on Sunday afternoon."


@pytest.mark.parametrize(
    "dateline",
    [
        "RUPERT, Idaho -- ",
        "Millbrook, Ore. — ",
        "Terre Haute, IN - ",
        "JACKSONVILLE, Fla. - ",
        "FRANKLIN COUNTY, WA- ",
        "COLUMBUS, Ohio (WCMH)- ",
        "La PINE, Ore. - ",
        "Sydney, Australia — ",
        "SYDNEY, Australia _ ",
        "PORT EMMET (CPS) — ",
    ],
)
def test_a_place_dateline_is_cut_in_every_case_form(dateline: str) -> None:
    assert strip_dateline(dateline + BODY) == len(dateline)
    (cand,) = candidates([Article(id="a", path="a", text=dateline + BODY)])
    assert cand.text == BODY and cand.start == len(dateline)


@pytest.mark.parametrize(
    "text",
    [
        "Later, Holland -- who had left the team -- came back to coach it.",
        "Stores in Whiteclay, Neb. -- which sell beer -- stay open late.",
        "Smith, Jones - and the others - voted against the plan on Monday.",
        "Emmet _ The levy vote was delayed.",
    ],
)
def test_a_clause_before_a_dash_is_no_dateline(text: str) -> None:
    assert strip_dateline(text) == 0
