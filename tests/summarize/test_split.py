"""Sentence splitting: where a sentence is cut, and what a split brief sentence cites."""

from __future__ import annotations

import pytest

from newsfuse.config import ConfigError, SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.brief import prepare_event, summarize_event
from newsfuse.summarize.compress import rebuilt
from newsfuse.summarize.split import cut_points, split_pieces

WHOLE = ((0, 10_000),)


def parts(text: str, min_words: int = 4) -> list[str]:
    return [t for t, _ in split_pieces(text, ((0, len(text)),), min_words)]


def test_two_full_clauses_become_two_parts() -> None:
    text = "The storm cut power to 9,000 homes in Port Emmet, and crews worked through the night to fix it."
    assert parts(text) == [
        "The storm cut power to 9,000 homes in Port Emmet.",
        "Crews worked through the night to fix it.",
    ]
    semi = "The ministry closed the border crossing on Friday; lorries were turned back at the gate."
    assert parts(semi) == [
        "The ministry closed the border crossing on Friday.",
        "Lorries were turned back at the gate.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The harbor board reported higher takings, and said it would hire more pilots next year.",  # no subject
        "If the ferry talks fail, the crews will strike, and the harbor will close for a week.",  # condition
        "The rebels seized the ferry terminal, and the guards retreated inland, officials said.",  # speaker
        "Police said the pier was unsafe, and the mayor closed it to walkers for the winter.",  # speaker first
        '"We lost the boats, and nobody came to help us," one fisherman from Port Emmet said.',  # quotation
        "The board named Ann Holt, its treasurer, and Miller Tanner, who runs the quay, as trustees.",  # a list
        "The storm cut power to homes in Port Emmet, and crews worked through the night?",  # a question
    ],
)
def test_a_clause_something_else_governs_is_not_split(text: str) -> None:
    assert cut_points(text) == ()


def test_short_parts_are_left_out_and_pieces_rebuild_the_text() -> None:
    text = "The pier fell, and ferries from Port Emmet were sent to the northern harbor instead."
    found = split_pieces(text, ((0, len(text)),), 4)
    assert [t for t, _ in found] == ["Ferries from Port Emmet were sent to the northern harbor instead."]
    assert next(t for t, _ in split_pieces(text, ((0, len(text)),), 3)) == "The pier fell."
    for part, pieces in split_pieces(text, ((0, len(text)),), 3):
        joined = "".join(text[a:b] for a, b in pieces)
        assert part == joined[:1].upper() + joined[1:]


def test_a_cut_inside_a_deleted_stretch_is_not_used() -> None:
    text = "The pier, which ferries use, fell, and ferries from Port Emmet were sent to the north harbor."
    left = text.index(", and")
    assert split_pieces(text, ((0, 9), (left + 1, len(text))), 3) == []


STORY = [
    "The storm cut power to 9,000 homes in Port Emmet on Tuesday, and crews worked through the night to"
    " restore the harbor lights.",
    "The harbor master closed the Dock Road pier to ferries until the repairs on the pier end next week.",
    "Ferry crews were moved to the northern harbor while the Dock Road pier was being repaired.",
]
RETOLD = [
    "The storm cut power to 9,000 homes in Port Emmet on Tuesday and crews worked through the night to"
    " restore the harbor lights.",
    "Ferries will use the northern harbor while the Dock Road pier is being repaired after the storm.",
]


def test_a_split_brief_sentence_cites_its_whole_sentence_and_its_pieces() -> None:
    articles = [Article(id="wire", path="wire", text=" ".join(STORY))]
    articles.append(Article(id="other", path="other", text=" ".join(RETOLD)))
    texts = {a.id: a.text for a in articles}
    sources = {"wire": "wire", "other": "other"}
    config = SummarizeConfig(words=20, split_words=5)
    event = prepare_event(articles, sources, config)
    assert event is not None and event.pieces and event.origin is not None and event.whole is not None
    assert len(event.pool) > len(event.whole)
    for row, pieces in event.pieces.items():
        source = event.whole[event.origin[row]]
        joined = "".join(source.text[a:b] for a, b in pieces)
        assert event.pool[row].text == joined[:1].upper() + joined[1:]
        assert (event.pool[row].start, event.pool[row].end) == (source.start, source.end)
    brief = summarize_event(articles, sources, config)
    assert brief == summarize_event(articles, sources, config)
    assert any(s.kept for s in brief)
    for sentence in brief:
        first = sentence.evidence[0]
        assert sentence.evidence  # every brief sentence carries evidence
        whole = texts[first.article_id][first.start : first.end]
        if sentence.kept:
            assert all(first.start <= k.start < k.end <= first.end for k in sentence.kept)
            assert sentence.text == rebuilt(sentence, texts)
            assert len(sentence.text.split()) < len(whole.split())
        else:
            assert sentence.text == whole
    assert brief[0].text == "The storm cut power to 9,000 homes in Port Emmet on Tuesday."
    assert brief[0].independent_sources == 2  # the retelling says the whole sentence, so it says the part
    assert not any(s.kept for s in summarize_event(articles, sources, SummarizeConfig(words=20)))


def test_split_words_is_checked() -> None:
    assert SummarizeConfig().split_words == 0
    with pytest.raises(ConfigError, match="split_words"):
        SummarizeConfig(split_words=-1)
