"""Abbreviated military and civic titles before a name (issue 7, session 26, quotes2): "Maj.", "Col.", "Cmdr.",
"Ald.", "Rev." are the role, the name after them speaks; a role qualified by its organisation does not run on
over a sentence end into the next sentence's words."""

from tests.helpers import quote_speakers as _speakers


def test_said_maj_gives_the_name_after_the_title() -> None:
    text = 'Deputies arrived at noon.\n\n"We found the car empty," said Maj. Tommy Ford of the sheriff\'s office.'
    assert _speakers(text)[-1] == ("We found the car empty", "Tommy Ford")


def test_cmdr_and_ald_before_the_verb_give_the_name() -> None:
    text = (
        '"This incident was purely domestic violence," Police Cmdr. Vince Maiorana said.\n\n'
        '"We are working with the block club," Ald. Jason Ervin said.'
    )
    assert _speakers(text) == [
        ("This incident was purely domestic violence", "Vince Maiorana"),
        ("We are working with the block club", "Jason Ervin"),
    ]


def test_lt_col_with_an_apposed_role_gives_the_name() -> None:
    text = '"It is amazing that he still jumps," said Lt. Col. Paul Sanders, commander of the battalion.'
    assert _speakers(text)[-1] == ("It is amazing that he still jumps", "Paul Sanders")


def test_a_role_before_a_name_stops_at_the_sentence_end() -> None:
    text = (
        '"We will refund every customer," said company representative Roman Peysakhovich. '
        "When he asked Karen Short why, she left the store."
    )
    assert _speakers(text)[-1] == ("We will refund every customer", "Roman Peysakhovich")
