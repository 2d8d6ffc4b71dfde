"""Reported speech of the cue verbs and forms PolNeAR's misses hold (issue 7, sessions 24-25: reported_dev3)."""

from newsfuse.compare.reported import find_reports
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(content, cue, resolved speaker) of each report in ``text``."""
    return [(r.text, text[r.cue.start : r.cue.end], r.speaker) for r in find_reports(article("a", text))]


def test_a_verb_of_saying_in_the_progressive_is_a_cue_with_a_clause() -> None:
    assert _found("Mayor Ines Kolar is telling residents that the bridge will reopen in June.") == [
        ("the bridge will reopen in June", "telling", "Ines Kolar")
    ]
    # no clause after it, a possessive before it, or a negation: no report
    assert _found("Parks staff are warning hikers about cougars near the north trail.") == []
    assert _found("What Kolar's saying is that the bridge will reopen in June.") == []
    assert _found("Kolar isn't saying whether the bridge will reopen in June.") == []


def test_a_judgement_with_as_and_a_complement_holding_a_quotation_are_mixed_quotations() -> None:
    assert _found(
        'Councillor Odile Brant dismissed the audit as "a paper exercise" at Monday\'s meeting.'
    ) == [('the audit as "a paper exercise" at Monday\'s meeting', "dismissed", "Odile Brant")]
    assert _found('Premier Alvar Dunn pledged to build the hospital "before the next winter comes."') == [
        ('to build the hospital "before the next winter comes."', "pledged", "Alvar Dunn")
    ]
    # without a quotation the same verbs give no report
    assert _found("Premier Alvar Dunn pledged to build the hospital before the next winter.") == []
    assert _found("Warden Pia Lusk blamed the delay on the weather.") == []


def test_a_quotation_right_after_pointed_to_or_warned_of_with_words_after_it_is_a_mixed_quotation() -> None:
    assert _found(
        'Minister Tove Harlan pointed to "steady hiring" in the mills as proof the plan worked.'
    ) == [('"steady hiring" in the mills as proof the plan worked', "pointed to", "Tove Harlan")]
    assert _found('Fire Capt. Rune Obi warned of "careless burning" on dry farms.') == [
        ('"careless burning" on dry farms', "warned of", "Rune Obi")
    ]
    # the quotation alone ends the clause: a direct quote's, no report of its own
    assert [
        r for r in _found('Rune Obi said the fire was small and warned of "chaos".') if "chaos" in r[0]
    ] == [('the fire was small and warned of "chaos"', "said", "Rune Obi")]


def test_an_accusation_in_the_progressive_with_a_quotation_is_a_mixed_quotation() -> None:
    assert _found('Alderman Ilse Varga is accusing the parks office of "losing every permit we send".') == [
        ('the parks office of "losing every permit we send"', "accusing", "Ilse Varga")
    ]


def test_maintained_and_repeated_take_a_clause_not_an_object() -> None:
    assert _found("Treasurer Oren Bale maintained that the fund had never lost money.") == [
        ("the fund had never lost money", "maintained", "Oren Bale")
    ]
    assert _found("Councillor Mina Ruse repeated that the levy would not rise.") == [
        ("the levy would not rise", "repeated", "Mina Ruse")
    ]
    assert _found("Oren Bale and his lawyers maintained his innocence throughout the trial.") == []
    assert _found("Mina Ruse repeated the claim on Monday.") == []


def test_an_infinitive_or_a_participle_after_a_preposition_takes_the_main_subject() -> None:
    assert _found("Chief Ravi Osei went on to say that the station had been understaffed for years.") == [
        ("the station had been understaffed for years", "say", "Ravi Osei")
    ]
    assert _found("Chief Ravi Osei declined to say whether the station had been understaffed.") == []


def test_a_document_a_participle_follows_is_its_issuers() -> None:
    assert _found("The water board issued a statement saying the pipes would be replaced in May.") == [
        ("the pipes would be replaced in May", "saying", "The water board")
    ]


def test_a_group_a_restrictive_who_follows_says_and_the_main_subject_keeps_its_next_verb() -> None:
    text = (
        "Mayor Ines Kolar answered critics who say the bridge repairs were rushed, saying the engineers "
        "had signed off."
    )
    assert _found(text) == [
        ("the bridge repairs were rushed", "say", "critics"),
        ("the engineers had signed off", "saying", "Ines Kolar"),
    ]
