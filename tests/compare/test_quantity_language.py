"""An article whose language is known and not English gives no quantity (issue 7, session 28, ES; audit r27
finding 6: the corpus's Spanish article added "4 y la avenida" and "44 años" as facts): the extractor's rules
read English, and an unknown language is read as before."""

from __future__ import annotations

from newsfuse.compare.article import article_mentions
from newsfuse.compare.quantities import extract_quantities, read_as_english
from newsfuse.model import Article

SPANISH = (
    "El incendio obligó a evacuar a 31 trabajadores del turno de noche entre el muelle 4 y la avenida Salter. "
    "Rosa Villalobos, de 44 años, dijo que los supervisores los sacaron muy rápido."
)
ENGLISH = "The fire forced the evacuation of 31 night-shift workers, and 140 firefighters fought the blaze."


def _values(article: Article) -> list[str]:
    return [m.value for m in extract_quantities(article)]


def test_a_spanish_article_gives_no_quantity() -> None:
    assert _values(Article(id="es", path="es", text=SPANISH, language="es")) == []
    assert article_mentions(Article(id="es2", path="es2", text=SPANISH, language="es")).quantities == ()


def test_the_same_text_of_unknown_language_is_read_as_before() -> None:
    assert "44" in _values(Article(id="u", path="u", text=SPANISH))


def test_english_in_any_spelling_or_unknown_is_read() -> None:
    expected = ["31", "140"]
    for language in (None, "", "en", "en-US", "EN", "English"):
        assert _values(Article(id="e", path="e", text=ENGLISH, language=language)) == expected
    assert [read_as_english(x) for x in ("es", "fr", "de", "zh", "ru")] == [False] * 5
