"""A "he"/"she" refers to a person: a capitalised run the text shows names a thing, a place or a group is no
antecedent ("Off Message podcast", "in El Paso,", "At Gull Rock Shoal,", "China", "Latinos", "Second Chance
Kitchens, a training program", "Northern Table's annual list"), an object "her" gives no one a gender, and a title
word ending a name after a first name is a surname ("Tennis great Billie Jean King")."""

from __future__ import annotations

from newsfuse.compare.quotes import clear_caches, extract_quotes
from newsfuse.model import Article


def _speakers(text: str) -> list[str | None]:
    clear_caches()
    return [q.speaker for q in extract_quotes(Article(id="t", path="t", text=text))]


def test_a_podcast_is_no_antecedent() -> None:
    text = (
        "Wendy Okafor has covered the statehouse for a decade. (Subscribe to the paper's Night Desk podcast "
        'with Tom Reyes.) "Nobody hands you a source list," she said.'
    )
    assert _speakers(text) == ["Wendy Okafor"]


def test_a_place_after_in_is_no_antecedent() -> None:
    text = (
        "Rafael Quintero drove up from the border for the march. Growing up in Las Cruces, Quintero saw "
        'families split by raids. "It never leaves you," he said.'
    )
    assert _speakers(text) == ["Rafael Quintero"]


def test_a_country_is_no_antecedent_even_as_a_subject() -> None:
    text = (
        "China said in March that the rail line would open next year. The trade minister, Aidos Serikbayev, "
        "played down the worry. China may outnumber Kazakhs by 80 to 1, but its growth is good news, he says. "
        '"We should ride that growth," he said.'
    )
    assert _speakers(text) == ["Aidos Serikbayev"]


def test_a_person_with_an_unlisted_first_name_stays_the_antecedent() -> None:
    # no listed first name and a preposition before: the text gives her a gender ("she"), so a person
    text = (
        "The appeal was read by Ilyse Varnum at the hearing, and she took no questions. "
        'Later, a note from Ilyse Varnum followed. "We will appeal," she said.'
    )
    assert _speakers(text) == ["Ilyse Varnum"]


def test_a_surname_qualifying_a_noun_is_still_the_person() -> None:
    # "at Orrin Tolliver rallies": a name before a noun, not a place
    text = (
        "Bottles were thrown at Orrin Tolliver rallies last spring. Tolliver, the owner of a pageant, spoke on "
        'Friday. "We need some showbiz," he said.'
    )
    assert _speakers(text) == ["Orrin Tolliver"]


def test_title_word_ending_a_name_is_a_surname() -> None:
    text = (
        "Tennis great Billie Jean King remembered him fondly. She saw him fight at the Garden in 1971. "
        '"He always made me laugh," she said.'
    )
    assert _speakers(text) == ["Billie Jean King"]


def test_an_object_her_gives_no_gender_to_the_subject() -> None:
    # "pressed her": the "her" is not the programme's, so the programme is no "she" for the quote after
    text = (
        "Senator Orla Quennell was the only guest on Sunday's edition of Prairie Hour. Prairie Hour's host "
        'pressed her on the dam. "I voted as the valley asked," she said.'
    )
    assert _speakers(text) == ["Orla Quennell"]


def test_a_place_opening_a_sentence_is_no_antecedent() -> None:
    text = (
        "Ornithologist Matthias Kellner has counted puffins on the cape since 2004. At Skerry Bight Point, "
        'the colony halved this year. "The sand eels are gone," he said.'
    )
    assert _speakers(text) == ["Matthias Kellner"]


def test_a_run_the_text_calls_a_programme_is_no_antecedent() -> None:
    text = (
        "Verity Amadi learned to cook in prison. Fresh Start Ovens, a training program run by the city, "
        'placed her in a bakery after her release. "Nobody else called back," she said.'
    )
    assert _speakers(text) == ["Verity Amadi"]


def test_a_possessive_run_never_named_by_its_last_word_is_no_antecedent() -> None:
    text = (
        "Tamsin Oyelaran opened her second bistro in May. Northern Plate's annual list named it the best "
        'new room in the province. "I heard it from my dishwasher," she said.'
    )
    assert _speakers(text) == ["Tamsin Oyelaran"]


def test_a_person_named_by_the_surname_too_stays_the_antecedent() -> None:
    # the possessive run's last word is used alone ("Ostrander said"): a person's surname
    text = (
        "The council met on Monday. Wilmer Ostrander's motion to delay the vote failed, and Ostrander said "
        'little afterwards. "We will bring it back in June," he said.'
    )
    assert _speakers(text) == ["Wilmer Ostrander"]
