"""R‴ (issue 7): a description of a person before a place speaks by its head noun, never by the place (R″); it
takes the name an apposition or a later "said <title words> <Name>" gives it; a document or a place noun before
"of"/"from" is no such description."""

from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.reported import extract_reported
from newsfuse.model import Article


def _reported(text: str) -> list[str | None]:
    return [m.speaker for m in extract_reported(Article(id="t", path="t", text=text))]


def test_caller_in_a_block_is_the_caller() -> None:
    text = "A caller in the 1000 block of West Sixth Street said a patron was using a fake ID."
    assert _reported(text) == ["A caller"]


def test_friend_of_a_named_person_is_the_friend() -> None:
    assert _reported("A friend of Ernest Jasper told Fox59 that Jasper was a kind man.") == ["A friend"]


def test_quoted_neighbor_on_a_street() -> None:
    article = Article(id="t", path="t", text='A neighbor on Locust Street said, "It was loud all night."')
    assert [m.speaker for m in extract_quotes(article)] == ["A neighbor"]


def test_named_person_before_an_apposed_description_speaks() -> None:
    text = "David Thomas, a deacon at Bowers Memorial CME Church said he saw investigators down the street."
    assert _reported(text) == ["David Thomas"]


def test_statement_from_an_issuer_keeps_the_issuer() -> None:
    text = "The man died at the scene, according to a statement from coroner Dr. Jeffrey Rouse."
    assert _reported(text) == ["Jeffrey Rouse"]


def test_a_participle_ends_the_head() -> None:
    text = "An undercover police officer working at North Shore Medical Center said the suspect ran."
    assert _reported(text) == ["An undercover police officer"]


def test_a_later_attribution_with_the_head_in_its_title_names_the_description() -> None:
    text = (
        "The director of the Harbor County Water Board said the reservoir was full. Crews will open the gates "
        "on Monday, said board director Alma Ruiz."
    )
    assert _reported(text)[0] == "Alma Ruiz"


def test_a_later_attribution_without_the_head_leaves_the_description() -> None:
    text = (
        "The director of the Harbor County Water Board said the reservoir was full. Crews will open the gates "
        "on Monday, said engineer Alma Ruiz."
    )
    assert _reported(text)[0] == "The director"


def test_a_later_attribution_two_sentences_on_does_not_name_it() -> None:
    text = (
        "The director of the Harbor County Water Board said the reservoir was full. The gates are old. "
        "Crews will open them on Monday, said board director Alma Ruiz."
    )
    assert _reported(text)[0] == "The director"


def test_a_one_word_apposition_of_a_named_person_speaks() -> None:
    text = (
        "Marta Quill has studied the river for years.\n\n"
        "Quill, a member of the Delta Fishing Council, a trade group, says the catch has halved since 2010."
    )
    assert _reported(text) == ["Marta Quill"]


def test_a_one_word_apposition_of_no_named_person_keeps_the_description() -> None:
    text = (
        "Quill, a member of the Delta Fishing Council, a trade group, says the catch has halved since 2010."
    )
    assert _reported(text) == ["a member"]
