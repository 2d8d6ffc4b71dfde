"""Reported speech whose subject search ends on the second half of a place ("in Lunenburg, Nova Scotia,"):
the region is no speaker; the name the sentence opens with is, else no one."""

from __future__ import annotations

from newsfuse.compare.quotes import clear_caches
from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _speakers(text: str) -> list[str | None]:
    clear_caches()
    return [r.speaker for r in find_reports(Article(id="t", path="t", text=text))]


def test_a_surname_opening_the_sentence_speaks_not_the_province() -> None:
    text = (
        "Clement Fairweather has argued with his neighbour for years. Fairweather, standing in his yard in "
        "Lunenburg, Nova Scotia, on Sunday, said the fence was a metre over the line."
    )
    assert _speakers(text)[-1] == "Clement Fairweather"


def test_a_subject_left_out_after_a_town_and_its_province_is_the_opening_name() -> None:
    text = (
        "Fisheries officer Lionel Abernathy inspected the catch at the wharf in Petit-Rocher, New Brunswick, "
        "on Thursday, then said four boats would be charged for keeping undersized lobster."
    )
    assert _speakers(text) == ["Lionel Abernathy"]


def test_a_state_after_its_town_gives_no_speaker_when_no_name_opens_the_sentence() -> None:
    text = (
        "For example, last year the school board in Post Falls, Idaho, at the behest of local parents, wrote "
        "that the new policy would give teachers more latitude in their classes."
    )
    assert "Idaho" not in _speakers(text)


def test_a_state_that_is_the_subject_after_a_weekday_still_speaks() -> None:
    text = (
        "Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules in time for "
        "this school year, saying the guidelines overstep the law."
    )
    assert "Texas" in _speakers(text)


def test_a_place_name_that_is_also_a_surname_still_speaks() -> None:
    text = (
        "Promising a closer look at the disaster in Libya, Bolton said that whatever choice voters made, the "
        "next president would face the same questions."
    )
    assert _speakers(text) == ["Bolton"]
