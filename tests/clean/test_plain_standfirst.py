"""Standfirsts and reader prompts in plain text (nineteenth round): short prompts to subscribe or send tips are
cut as ``reader_prompt``; with ``plaintext.STANDFIRSTS`` on (by default since the twenty-third round), the summary
under the headline is cut as ``standfirst`` when a byline or date line follows it."""

import pytest

from newsfuse.clean import plaintext
from newsfuse.clean.plaintext import clean_plain_text

_BODY = [
    "The town council of Pellmere voted on Monday night to turn the disused cattle market into a covered "
    "square for weekend stalls, ending a dispute that had run for most of the decade.",
    "Councillors approved the plan by nine votes to four after a debate that lasted more than three hours, "
    "with traders filling the public gallery and several of them speaking against the scheme.",
    "Work is expected to begin in the spring and to take about eighteen months, the council said, with the "
    "market staying open on the car park beside the station while the builders are on site.",
    "Opponents said they would ask the county to review the decision, arguing that the cost had doubled "
    "since the first estimate and that the town had not been consulted on the final design.",
]


def _page(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join(
        (
            "Pellmere Weekly",
            "News | Sport | Business | Opinion",
            *head,
            *_BODY,
            *tail,
            "© 2025 Pellmere Weekly",
        )
    )


def test_standfirst_before_byline_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "STANDFIRSTS", True)
    standfirst = "Traders fear the covered square will raise their rents; the council says it will not."
    result = clean_plain_text(
        _page("Cattle market to become covered square", standfirst, "By Ada Quenby | 3 March 2025")
    )
    assert standfirst not in result.blocks
    assert any(r.text == standfirst and r.reason == "standfirst" for r in result.removed)
    assert result.blocks[0].startswith("The town council of Pellmere")


def test_standfirst_is_cut_by_default() -> None:
    standfirst = "Traders fear the covered square will raise their rents; the council says it will not."
    result = clean_plain_text(
        _page("Cattle market to become covered square", standfirst, "By Ada Quenby | 3 March 2025")
    )
    assert any(r.text == standfirst and r.reason == "standfirst" for r in result.removed)


def test_standfirst_follows_the_headline() -> None:
    """Twenty-third round (``STANDFIRST_AFTER_TITLE``): with no headline before it, the first paragraph stays."""
    standfirst = "Traders fear the covered square will raise their rents; the council says it will not."
    result = clean_plain_text(_page(standfirst, "By Ada Quenby | 3 March 2025"))
    assert result.title is None
    assert result.blocks[0] == standfirst


def test_first_paragraph_without_byline_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "STANDFIRSTS", True)
    result = clean_plain_text(_page("Cattle market to become covered square"))
    assert result.blocks[0] == _BODY[0]
    assert all(r.reason != "standfirst" for r in result.removed)


def test_reader_prompts_are_cut() -> None:
    prompts = (
        "Our free newsletter lands in your inbox every Friday with the week's local stories.",
        "Got a story for our reporters? Send us a tip.",
    )
    result = clean_plain_text(_page("Cattle market to become covered square", tail=prompts))
    for prompt in prompts:
        assert prompt not in result.blocks
        assert any(r.text == prompt and r.reason == "reader_prompt" for r in result.removed)
    assert result.blocks[-1] == _BODY[-1]


def test_article_about_subscriptions_keeps_its_prose() -> None:
    sentence = "The paper said subscriptions had risen by a fifth since it began charging for its website."
    body = [*_BODY[:2], sentence, *_BODY[2:]]
    result = clean_plain_text("\n".join(("Pellmere Weekly", *body)))
    assert sentence in result.blocks


def test_a_body_sentence_with_a_time_is_no_date_line() -> None:
    """Twenty-third round: the lead stays when the next kept block is a sentence of the body with a clock time."""
    lead = "Police are investigating a shooting that happened in Pellmere on Monday night."
    timed = "A young man was found shot on Carole Lane at around 7:00 p.m."
    result = clean_plain_text(_page("Young man found shot on Carole Lane", lead, timed))
    assert result.blocks[:2] == [lead, timed]
