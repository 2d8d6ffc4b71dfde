"""A speaker named before "of" and a place or body ("Senator Chris Murphy of Connecticut said …")."""

from __future__ import annotations

from newsfuse.compare.quotes import clear_caches, extract_quotes
from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _reports(text: str) -> list[tuple[str, str | None]]:
    clear_caches()
    art = Article(id="t", path="t", text=text)
    return [(r.text, r.speaker) for r in find_reports(art)]


def test_titled_person_of_a_state_is_the_person() -> None:
    text = (
        "Senator Chris Murphy of Connecticut, who campaigned in his state, said she must focus on voters who "
        "feel left behind by the recovery."
    )
    assert [s for _, s in _reports(text)] == ["Chris Murphy"]


def test_person_of_an_organisation_is_the_person() -> None:
    text = "Margaret Holloway of the Brookfield Fire Department said crews had the fire out within an hour."
    assert [s for _, s in _reports(text)] == ["Margaret Holloway"]


def test_organisation_of_a_place_stays_whole() -> None:
    # no first name and no title before "of": not a person, kept as the text names it
    text = "Dairy Farmers of Manitoba said the new quota rules would hurt small family farms this winter."
    assert [s for _, s in _reports(text)] != ["Dairy Farmers"]


def test_direct_quote_speaker_unchanged() -> None:
    text = '"We will be ready by spring," said Rep. Tom Harlow of Ohio.'
    clear_caches()
    quotes = extract_quotes(Article(id="t", path="t", text=text))
    assert [q.speaker for q in quotes] == ["Tom Harlow"]
