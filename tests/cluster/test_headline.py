"""A title's trailing outlet name ("... :: Harbour Gazette") is not a term of the article."""

import pytest

from newsfuse.cluster.features import ENTITY, article_terms, headline
from tests.helpers import article


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Warehouse fire closes the harbour road :: Harbour Gazette",
            "Warehouse fire closes the harbour road",
        ),
        (
            "Warehouse fire closes the harbour road | KPEM 7 News - Port Emmet",
            "Warehouse fire closes the harbour road",
        ),
        (
            "Warehouse fire closes the harbour road — The Voice of Emmet",
            "Warehouse fire closes the harbour road",
        ),
    ],
)
def test_an_outlet_name_after_a_separator_is_cut(title: str, expected: str) -> None:
    assert headline(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Warehouse fire closes the harbour road",  # no separator
        "Mayor and council - budget talks end in deadlock",  # the last part is not a name
        "Fire - Port Emmet",  # too little would be left
        "Warehouse fire closes the road - Crews From Four Towns Fight The Flames All Night",  # too long for a name
    ],
)
def test_other_titles_are_kept(title: str) -> None:
    assert headline(title) == title


def test_the_outlet_name_is_not_counted() -> None:
    terms = article_terms(
        article(
            "a", "Crews fought the flames.", title="Warehouse fire closes the harbour road :: Harbour Gazette"
        ),
        max_words=400,
    )
    assert ENTITY + "gazette" not in terms
    assert not any(t.startswith(ENTITY + "harbour") for t in terms)
