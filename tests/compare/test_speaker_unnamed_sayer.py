"""A "he"/"she" after an unnamed person who speaks (issue 7, session 25): news prose goes on with "she said" for
"a woman" it does not name, as for a named speaker; the pronoun is not given to a name before her."""

from tests.helpers import quote_speakers as _speakers


def test_she_after_a_woman_described_with_a_place_is_the_woman() -> None:
    text = (
        '"This is a horrible tragedy," said Dan Morley, the district attorney.\n\n'
        "A woman in a nearby hair salon said she heard ten shots and saw an officer fall.\n\n"
        '"We can\'t stop shaking," she said, in a phone interview.'
    )
    assert _speakers(text)[-1] == ("We can't stop shaking", "a woman")


def test_he_after_a_possessive_relative_who_speaks_is_that_relative() -> None:
    text = (
        "Relatives identified the victim as Justine Baez. She had dated Clark for four years.\n\n"
        "Baez's uncle said the family had seen Clark's temper before.\n\n"
        '"I\'d hate to have another family go through this," he said.'
    )
    assert _speakers(text)[-1] == ("I'd hate to have another family go through this", "Baez's uncle")


def test_the_woman_with_an_aside_keeps_her_later_quotes() -> None:
    text = (
        "Police spokeswoman Ana Ruiz said the call came at 10:50 p.m.\n\n"
        "The woman, who did not want to be identified, said she was in bed when she heard the shots.\n\n"
        "She is one of several retirees on the street, she said.\n\n"
        '"You just want to live in peace," she said.'
    )
    assert _speakers(text)[-1] == ("You just want to live in peace", "the woman")


def test_a_person_named_after_the_unnamed_speaker_takes_the_pronoun() -> None:
    text = (
        "A neighbor said she heard three shots.\n\n"
        "Sgt. Joan Pike arrived a few minutes later.\n\n"
        '"We secured the scene," she said.'
    )
    assert _speakers(text)[-1] == ("We secured the scene", "Joan Pike")


def test_a_pronoun_of_the_other_gender_is_not_the_described_woman() -> None:
    text = (
        '"It was quick," Tom Hale said.\n\n'
        "A woman across the street said she saw a car speed away.\n\n"
        '"We will find him," he said.'
    )
    assert _speakers(text)[-1] == ("We will find him", "Tom Hale")
