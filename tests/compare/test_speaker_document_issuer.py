"""A quotation a document speaks takes the document's issuer (issue 7, session 26, quotes2; the probe's
convention: the body the text names as the author): the issuer named after "from"/"by" kept whole, a body's name
not cut to its last word, a quotation someone "said" before "according to the affidavit" theirs, and a
paragraph-opening quotation after "X issued a statement" X's."""

from tests.helpers import quote_speakers as _speakers


def test_a_statement_from_a_spokesperson_keeps_the_spokesperson() -> None:
    text = (
        "Agents are investigating a shooting at the armory.\n\n"
        '"Two of the victims were taken to the hospital," a statement from a TBI spokesperson said.'
    )
    assert _speakers(text)[-1] == ("Two of the victims were taken to the hospital", "a TBI spokesperson")


def test_a_news_release_from_city_police_keeps_the_city() -> None:
    text = (
        "Police had no information on possible suspects.\n\n"
        'According to a news release from Tampa police, "The witnesses have not been cooperative."'
    )
    assert _speakers(text)[-1] == ("The witnesses have not been cooperative.", "Tampa police")


def test_the_press_release_is_the_sheriffs_office_named_before_not_office() -> None:
    text = (
        "A press release from the Tyler County Sheriff's Office identified the victim as Dakota Schriefer.\n\n"
        '"No foul play is suspected at this time," the press release stated.'
    )
    assert _speakers(text)[-1] == ("No foul play is suspected at this time", "Tyler County Sheriff's Office")


def test_said_before_according_to_the_affidavit_is_the_one_who_said_it() -> None:
    text = (
        "Bairon Ramirez-Lopez was charged with attempted murder on Friday.\n\n"
        "Ramirez-Lopez said he drank a large amount of beer that day, but said, "
        '"he didn\'t want to kill her, just scare her," according to the affidavit.'
    )
    assert _speakers(text)[-1] == ("he didn't want to kill her, just scare her", "Bairon Ramirez-Lopez")


def test_a_floating_quotation_after_an_issued_statement_is_the_issuers() -> None:
    text = (
        "Mary Jones was shot on Monday.\n\n"
        "The Sheriff's Office issued a statement about the shooting.\n\n"
        '"The investigation is ongoing and we ask for patience."'
    )
    assert _speakers(text)[-1] == (
        "The investigation is ongoing and we ask for patience.",
        "Sheriff's Office",
    )


def test_the_police_statement_is_the_polices() -> None:
    text = (
        "Officers spotted the car on the interstate.\n\n"
        '"Officers took the driver into custody without incident," the police statement said.'
    )
    assert _speakers(text)[-1] == ("Officers took the driver into custody without incident", "police")
