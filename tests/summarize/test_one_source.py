"""The one-source shortcut (``brief._one_source``) gives the briefs of the general path, byte for byte."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, BriefSentence
from newsfuse.summarize import brief

_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def _paragraphs() -> list[str]:
    found = []
    for path in sorted(_CORPUS.rglob("*.txt")):
        found.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 6)
    return found


def _events(rng: random.Random, paragraphs: list[str], n: int) -> list[tuple[list[Article], dict[str, str]]]:
    events = []
    for e in range(n):
        articles = []
        for a in range(rng.choice((1, 1, 2, 3))):
            picked = rng.sample(paragraphs, min(len(paragraphs), rng.randint(2, 14)))
            if articles and rng.random() < 0.5:  # a syndicated copy, maybe with a line more
                picked = articles[0].text.split("\n\n") + picked[:1]
            articles.append(Article(id=f"e{e}a{a}", path=f"e{e}a{a}", text="\n\n".join(picked), published=""))
        one = rng.random() < 0.8
        events.append((articles, {x.id: "wire" if one else x.id for x in articles}))
    return events


def _general(monkeypatch: pytest.MonkeyPatch, *args: object, **kwargs: object) -> list[BriefSentence]:
    with monkeypatch.context() as patched:
        patched.setattr(brief, "_plain", lambda config: False)
        return brief.summarize_event(*args, **kwargs)  # type: ignore[arg-type]


def test_one_source_shortcut_gives_the_general_briefs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20)
    paragraphs = _paragraphs()
    assert len(paragraphs) > 30
    configs = [
        SummarizeConfig(),
        SummarizeConfig(words=40),
        SummarizeConfig(words=300, length_scale=1.0),
        SummarizeConfig(lead_bonus=0.25),
        SummarizeConfig(lead_bonus=1.0, position_bonus=0.0),
        SummarizeConfig(lead_bonus=0.3),  # not whole quarters: the general path decides
        SummarizeConfig(lead_bonus=0.0),  # every concept worth one
        SummarizeConfig(compress=""),
        SummarizeConfig(compress="all"),
        SummarizeConfig(lead_sentences=1, dangling_penalty=3.0),
        SummarizeConfig(embed_lead=0.01),
        SummarizeConfig(embed_lead=0.2, embed_centroid=0.1),
        SummarizeConfig(embed_centroid=0.05, compress=""),
    ]
    taken = 0
    shortcut = brief._one_source

    def counted(*args: object) -> object:
        nonlocal taken
        found = shortcut(*args)  # type: ignore[arg-type]
        taken += found is not None
        return found

    monkeypatch.setattr(brief, "_one_source", counted)
    for articles, source_of in _events(rng, paragraphs, 60):
        for config in configs:
            for selectable in (None, frozenset({articles[0].id})):
                quick = brief.summarize_event(articles, source_of, config, selectable=selectable)
                assert quick == _general(monkeypatch, articles, source_of, config, selectable=selectable)
    assert taken > 300


def test_plain_says_which_configs_the_shortcut_reproduces() -> None:
    assert brief._plain(SummarizeConfig())
    assert brief._plain(SummarizeConfig(compress=""))
    assert brief._plain(SummarizeConfig(embed_lead=0.01, embed_centroid=0.05))
    for changed in (
        {"weighting": "learned"},
        {"query": "who"},
        {"unigram_weight": 0.5},
        {"sentence_prior": 0.1},
        {"sentence_reweight": 0.1},
        {"fill": True},
        {"novelty": 0.2},
        {"embed_redundancy": 0.8},
        {"compress_worth": "kept"},
        {"compress_joint": True},
    ):
        assert not brief._plain(replace(SummarizeConfig(), **changed)), changed
