"""Speaker rules from speakers_dev2.jsonl's half A (session 18): businesses named before "the company said",
names set after a possessive description, the pronoun of "he said when I asked", participle phrases after a
description's head, place names ending in "Sound"."""

from newsfuse.compare import quotes, reported
from newsfuse.model import Article


def _speaker(text: str, opening: str) -> str | None:
    """The speaker of the quote or reported speech whose words start with ``opening``."""
    article = Article(id="t", path="t", text=text)
    found = [*quotes.extract_quotes(article), *reported.extract_reported(article)]
    return next(m.speaker for m in found if text[m.span.start : m.span.end].lstrip('"“').startswith(opening))


def test_the_company_is_the_business_that_opened_a_sentence_before() -> None:
    text = (
        "Tamarack Pulp Works has agreed to pay $2 million to repair a dam near Elk Flats.\n\n"
        "The company said it had already hired engineers from two provinces to study the spillway."
    )
    assert _speaker(text, "it had already hired engi") == "Tamarack Pulp Works"


def test_the_company_is_the_body_set_after_a_description() -> None:
    text = (
        "The owner, Bramblecrest Homes, said in an email it would cooperate with the tribunal.\n\n"
        "The company said the unit had been rented to another family earlier that week."
    )
    assert _speaker(text, "the unit had been rented ") == "Bramblecrest Homes"


def test_a_lone_capitalised_word_opening_a_sentence_is_no_company() -> None:
    text = (
        "Just days before the vote, council met in private.\n\n"
        "The company said it would not comment on the meeting or on the plans for the site."
    )
    assert _speaker(text, "it would not comment on t") == "The company"


def test_a_name_set_after_a_possessive_description_speaks() -> None:
    text = "Okoro's lawyer, Delphine Marsh, said the delay had cost her client two jobs and a lease."
    assert _speaker(text, "the delay had cost her cl") == "Delphine Marsh"


def test_said_a_possessive_role_and_the_name_after_it() -> None:
    text = (
        "Pine Hollow Quarry reopened on Monday.\n\n"
        '"We fixed every pump before we opened," said Pine Hollow\'s operations manager, Ruben Castellanos.'
    )
    assert _speaker(text, "We fixed every pump befor") == "Ruben Castellanos"


def test_he_said_when_i_asked_is_he() -> None:
    text = (
        "My uncle, Lionel Fairweather, keeps bees behind the garage.\n\n"
        '"Patience," he said when I asked him how he does it. "Mostly patience."'
    )
    assert _speaker(text, "Patience") == "Lionel Fairweather"


def test_a_participle_after_the_head_noun_is_cut_from_the_description() -> None:
    text = "The union representing bus drivers said the offer was far below the cost of living in the city."
    assert _speaker(text, "the offer was far below t") == "The union"


def test_a_place_ending_in_sound_is_no_person() -> None:
    assert not quotes._plausible_person("Parry Sound")
    assert quotes._plausible_person("Harriet Mbeki")


def test_transcript_labels_in_capitals_name_the_speaker() -> None:
    text = (
        "Excerpt from the Lakeport council meeting:\n\n"
        'COUN. MIRA DELACROIX: "How many of the lots will be kept for parks?"\n\n'
        'PLANNER OTIS BRENNAN: "Six of the thirty, under the draft."\n\n'
        'DELACROIX: "And who pays to plant them?"'
    )
    assert _speaker(text, "How many of the lots") == "Mira Delacroix"
    assert _speaker(text, "Six of the thirty") == "Otis Brennan"
    assert _speaker(text, "And who pays") == "Mira Delacroix"


def test_a_relative_named_by_first_name_after_a_surname() -> None:
    text = (
        "The guard, Edna Kowalczyk, 71, broke her wrist.\n\n"
        "Kowalczyk's son, Martin, said his mother was already asking about the children."
    )
    assert _speaker(text, "his mother was already") == "Martin Kowalczyk"


def test_her_husband_is_the_other_half_of_the_couple() -> None:
    text = (
        "Ray and Noreen Ashdown opened the hardware store in 1979.\n\n"
        "Noreen Ashdown said customers had come in all week to say goodbye.\n\n"
        "Her husband said the couple would sell the shelving to the school board."
    )
    assert _speaker(text, "the couple would sell") == "Ray Ashdown"


def test_a_quote_opening_the_text_is_the_person_the_next_paragraph_opens_with() -> None:
    text = (
        '"It sounded like the whole barn was breathing."\n\n'
        "Hollis Grunwald was describing the night the roof of his dairy barn gave way under the snow."
    )
    assert _speaker(text, "It sounded like") == "Hollis Grunwald"
