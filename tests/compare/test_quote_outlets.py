"""A news outlet described as the speaker ("the newspaper wrote", "the paper's editorial board") is the outlet
the text names before the quote (session 14)."""

from tests.helpers import quote_speakers as _speakers


def test_the_newspaper_is_the_outlet_named_before() -> None:
    text = (
        "In a long editorial on Sunday, the Harbor City Gazette turned on the mayor.\n\n"
        '"The ferry plan is a fantasy," the newspaper wrote.'
    )
    assert _speakers(text) == [("The ferry plan is a fantasy", "Harbor City Gazette")]


def test_an_editorial_board_is_its_papers() -> None:
    text = 'Enter The Millbrook Tribune. "The levy was never needed," the paper\'s editorial board wrote.'
    assert _speakers(text) == [("The levy was never needed", "Millbrook Tribune")]


def test_the_newspaper_with_no_outlet_named_stays_the_description() -> None:
    text = 'Residents were angry. "The ferry plan is a fantasy," the newspaper wrote.'
    assert _speakers(text) == [("The ferry plan is a fantasy", "the newspaper")]
