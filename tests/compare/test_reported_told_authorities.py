"""Family 1 (issue 7, session 28): "told <police|officers|investigators|deputies|detectives|authorities|dispatchers>
<clause>" without "that" is read as "told reporters <clause>" is; the hearer list is closed."""

from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _reports(text: str) -> list[tuple[str, str | None]]:
    found = find_reports(Article(id="t", path="t", text=text))
    return [(text[r.content.start : r.content.end], r.speaker) for r in found]


def test_a_bare_authority_is_a_hearer() -> None:
    text = "Marta Quell told police she heard two shots from the alley behind the bakery."
    assert _reports(text) == [("she heard two shots from the alley behind the bakery", "Marta Quell")]
    text = "The driver told the state investigators he never saw the second car."
    assert _reports(text) == [("he never saw the second car", "The driver")]
    text = "A neighbour told police officers on Friday the door had been open all night."
    assert _reports(text) == [("the door had been open all night", "A neighbour")]
    text = "Oskar Brandt told local authorities that the rifle belonged to his uncle."
    assert _reports(text) == [("the rifle belonged to his uncle", "Oskar Brandt")]


def test_no_content_and_other_hearers_as_before() -> None:
    assert _reports("Marta Quell told police about the fight outside the bakery.") == []
    assert _reports("Marta Quell told police to search the alley behind the bakery.") == []
    assert _reports("Marta Quell told policemen she heard two shots from the alley.") == []
    text = "Marta Quell told reporters she heard two shots from the alley."
    assert _reports(text) == [("she heard two shots from the alley", "Marta Quell")]
