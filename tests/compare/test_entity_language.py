"""An article in a language that capitalises every noun gives no entity (issue 6, session 29; audit r29 step 4:
a German article's capitalised nouns, "Am Samstag", "Das Geld", "Die Sperrung", were read as names); a language
that writes its nouns in lower case (French, Spanish) and an unknown one are read as before."""

from __future__ import annotations

from newsfuse.compare.article import article_mentions
from newsfuse.compare.entities import entity_mentions, extract_entities
from newsfuse.model import Article

GERMAN = (
    "Die Sperrung werde mindestens acht Wochen dauern. „Das Geld müssen wir beim Land beantragen“, sagte "
    "Stadtbaurätin Sabine Vogt. „Am Samstag war mein Laden halb leer“, sagte Bäckermeister Jonas Albrecht."
)
ENGLISH = (
    "Mayor Jane Doe said the Lindenbridge would stay closed, the Hohenfurt Department of Transport said."
)


def _names(article: Article) -> list[str]:
    return [e.text for e in extract_entities(article)]


def test_a_german_article_gives_no_entity() -> None:
    article = Article(id="de", path="de", text=GERMAN, language="de")
    assert _names(article) == []
    assert entity_mentions(article) == []
    assert article_mentions(Article(id="de2", path="de2", text=GERMAN, language="de")).entities == ()
    for language in ("de-AT", "German", "lb"):
        assert _names(Article(id="d", path="d", text=GERMAN, language=language)) == []


def test_the_same_text_of_unknown_language_is_read_as_before() -> None:
    names = _names(Article(id="u", path="u", text=GERMAN))
    assert "Das Geld" in names and "Am Samstag" in names


def test_english_in_any_spelling_or_unknown_is_read() -> None:
    expected = _names(Article(id="e0", path="e0", text=ENGLISH))
    assert "Jane Doe" in expected
    for language in (None, "", "en", "en-GB", "English"):
        article = Article(id="e", path="e", text=ENGLISH, language=language)
        assert _names(article) == expected
        assert [m.text for m in entity_mentions(article)] == expected


SPANISH = "El alcalde Tomás Rivera dijo que el puerto de Port Emmet seguirá cerrado, según Calloway Freight."


def test_a_language_with_lower_case_nouns_is_read() -> None:
    names = _names(Article(id="es", path="es", text=SPANISH, language="es"))
    assert names == _names(Article(id="u", path="u", text=SPANISH))
    assert "Port Emmet" in names
