"""The size-dependent floor: the shortest selectable sentence in events of many sources."""

from __future__ import annotations

import pytest

from newsfuse.config import ConfigError, SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.brief import min_words, prepare_event

NINE = "The harbor board closed the Dock Road pier on Tuesday."  # 10 words
EIGHT = "Ferries now use the northern harbor at Port Emmet."  # 9 words, fewer than 10


def event(n: int) -> tuple[list[Article], dict[str, str]]:
    articles = [Article(id=f"a{i}", path=f"a{i}", text=f"{NINE} {EIGHT}") for i in range(n)]
    return articles, {a.id: a.id for a in articles}


def test_many_sources_raise_the_floor_and_few_keep_it() -> None:
    config = SummarizeConfig(many_sources_min_words=10, many_sources=4)
    for n, floor in ((1, 8), (3, 8), (4, 10), (6, 10)):
        articles, sources = event(n)
        assert min_words(articles, sources, config) == floor
        prepared = prepare_event(articles, sources, config)
        assert prepared is not None
        assert (EIGHT in {c.text for c in prepared.pool}) == (floor == 8)
    # copies of one text from one source count once
    articles, _ = event(5)
    assert min_words(articles, {a.id: "wire" for a in articles}, config) == 8


def test_off_keeps_min_sentence_words() -> None:
    articles, sources = event(6)
    assert min_words(articles, sources, SummarizeConfig(many_sources_min_words=0)) == 8
    with pytest.raises(ConfigError, match="many_sources"):
        SummarizeConfig(many_sources_min_words=-1)
