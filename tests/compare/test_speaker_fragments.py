"""Roles that are fragments are dropped (reader audit F-6, benchmarks/results/reader_audit_f6.md)."""

from __future__ import annotations

from newsfuse.compare.quotes import extract_quotes, fragment_free
from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extract_quotes(Article(id="a", path="a", text=text))]


def test_lone_particles_and_unfinished_roles_are_no_roles() -> None:
    assert fragment_free("von") is None
    assert fragment_free("de") is None
    assert fragment_free("branch of the U") is None
    assert fragment_free("chief executive officer of the U") is None
    assert fragment_free("Ms. White and") is None
    assert fragment_free("of") is None


def test_whole_roles_are_kept() -> None:
    assert fragment_free("Fire Chief") == "Fire Chief"
    assert fragment_free("shipping clerk who has worked at Hartwell for 14 years") == (
        "shipping clerk who has worked at Hartwell for 14 years"
    )
    assert fragment_free("forklift operator") == "forklift operator"
    assert fragment_free(None) is None


def test_an_apposition_cut_by_the_length_cap_gives_no_role() -> None:
    text = (
        "Marisol Quenby, a lecturer and director of the Coastal Erosion Research Office at the Polytechnic "
        "Institute in Wellington, said the sea wall was too low. ``It will not hold,'' Quenby said."
    )
    assert _roles(text) == [("Marisol Quenby", None)]


def test_an_apposition_that_ends_keeps_its_role() -> None:
    text = (
        "Marisol Quenby, a lecturer at the Polytechnic Institute, said the sea wall was too low. "
        "``It will not hold,'' Quenby said."
    )
    assert _roles(text) == [("Marisol Quenby", "lecturer at the Polytechnic Institute")]


def test_what_someone_was_doing_is_no_role() -> None:
    text = (
        "Tobiah Renner, who was standing outside the ferry terminal, heard the horn. "
        "``It went on for a minute,'' said Renner."
    )
    assert _roles(text) == [("Tobiah Renner", None)]
    kept = "Tobiah Renner, a shipping agent, heard the horn. ``It went on for a minute,'' said Renner."
    assert _roles(kept) == [("Tobiah Renner", "shipping agent")]


def test_a_cut_role_still_finds_its_holder() -> None:
    text = (
        "Oskar Vellacott, a scientist of the coastal modelling programme at the Northern Institute of Tidal and "
        "Estuarine Research in Harwick, studied the floods. ``The water came back,'' the scientist said."
    )
    assert _roles(text) == [("Oskar Vellacott", None)]


def test_an_opening_adverb_is_no_speaker() -> None:
    text = "Financially, the early reviews will not matter, said Corvin Ashdale of a box office tracker."
    speakers = [r.speaker for r in find_reports(Article(id="a", path="a", text=text))]
    assert "Financially" not in speakers
