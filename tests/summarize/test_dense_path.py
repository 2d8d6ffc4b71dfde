"""Small events run on dense NumPy matrices, large ones on sparse CSR: both must give the same briefs;
and the faster text tests (factored boilerplate regex, ASCII tokenising) match the plain ones."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Sequence
from itertools import islice

import numpy as np
import pytest

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, BriefSentence, RunResult
from newsfuse.summarize import concepts, summarize_event
from newsfuse.summarize.concepts import (
    _TOKEN,
    _stem,
    concept_matrix,
    concept_tokens,
    query_terms,
    sentence_terms,
    stems,
    weight_vector,
)
from newsfuse.summarize.pool import (
    _BOILERPLATE,
    _BOILERPLATE_MARKERS,
    _DATELINE,
    _DATELINE_CAPS,
    _ends_sentence,
    _trie_pattern,
    candidates,
    strip_dateline,
)
from newsfuse.text import content_words, split_sentences
from tests.conftest import shared_dataset
from tests.summarize.test_select import _event


def _both(
    monkeypatch: pytest.MonkeyPatch,
    articles: Sequence[Article],
    config: SummarizeConfig,
    previous: Sequence[Article] = (),
) -> tuple[list[BriefSentence], list[BriefSentence]]:
    """The brief on the dense path (default for small events) and on the sparse one (forced)."""
    sources = {a.id: a.id for a in articles}
    dense = summarize_event(articles, sources, config, previous=previous)
    with monkeypatch.context() as patch:
        patch.setattr(concepts, "DENSE_CELLS", 0)
        sparse = summarize_event(articles, sources, config, previous=previous)
    return dense, sparse


def test_the_matrix_is_dense_for_small_pools_and_sparse_beyond_the_limit() -> None:
    arts, _ = _event()
    pool = candidates(arts)
    dense, sparse = concept_matrix(pool), concept_matrix(pool, dense_cells=0)
    assert isinstance(dense.rows, np.ndarray) and not isinstance(sparse.rows, np.ndarray)
    assert dense.vocab == sparse.vocab
    assert np.array_equal(dense.rows, sparse.rows.toarray())


def test_example_events_brief_the_same_on_both_paths(
    corpus_result: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_id = {a.id: a for a in corpus_result.articles}
    events = [[by_id[i] for i in e.article_ids] for e in corpus_result.events]
    assert any(len(arts) >= 3 for arts in events)
    for arts in events:
        for config in (SummarizeConfig(), SummarizeConfig(words=60, query="fire damage and injuries")):
            dense, sparse = _both(monkeypatch, arts, config)
            assert dense == sparse and dense
        if len(arts) > 1:
            dense, sparse = _both(monkeypatch, arts[1:], SummarizeConfig(), previous=arts[:1])
            assert dense == sparse


def test_dev_clusters_brief_the_same_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_dataset("duc2003", "duc2003_task2.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, 4)]
    for record in records:
        arts = [
            Article(id=d["id"], path=d["id"], text=d["text"], published=d.get("date"))
            for d in record["documents"]
        ]
        for size in (1, 3, len(arts)):
            dense, sparse = _both(monkeypatch, arts[:size], SummarizeConfig(words=100))
            assert dense == sparse and dense


def test_the_factored_boilerplate_pattern_matches_exactly_the_markers() -> None:
    assert re.fullmatch(_trie_pattern(["photo", "photos:", "photo by"]), "photo by")
    texts = [f"the {m} here" for m in _BOILERPLATE_MARKERS] + [m[:-1] for m in _BOILERPLATE_MARKERS]
    texts += ["the mayor said the road would reopen on monday.", "photographers waited outside"]
    plain = re.compile("|".join(re.escape(m) for m in _BOILERPLATE_MARKERS))
    assert [bool(_BOILERPLATE.search(t)) for t in texts] == [bool(plain.search(t)) for t in texts]


def test_ascii_tokenising_matches_the_regex_and_unicode_text_still_works() -> None:
    for text in (
        "U.S. troops -- 1,350 of them -- left Kabul's airport (AP).",
        "Zoë's café in Zürich: 3 ½ days",
    ):
        assert stems(text) == [_stem(w) for w in _TOKEN.findall(text.lower())]


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[.!?][\"'”’]*\s*['`]{2}$")
"""The plain definition ``pool._ends_sentence`` implements without scanning the whole text."""


def _edge_texts() -> list[str]:
    """Short strings over the characters that matter to sentence ends and tokenising."""
    alphabet = [
        "a",
        "B",
        "7",
        " ",
        ".",
        "!",
        "?",
        "…",
        '"',
        "'",
        "`",
        "”",
        "’",
        "»",
        ")",
        "]",
        "-",
        "_",
        "é",
        "İ",
    ]
    rng = random.Random(6)
    return [
        "",
        "''",
        "``",
        ".''",
        "a.'' ",
        *("".join(rng.choices(alphabet, k=rng.randint(1, 9))) for _ in range(20_000)),
    ]


def test_the_sentence_end_test_says_what_the_regex_says() -> None:
    for text in _edge_texts():
        stripped = text.rstrip()
        assert _ends_sentence(stripped) == bool(_SENTENCE_END.search(stripped)), text


def test_one_tokenisation_gives_the_content_words_and_the_concepts(corpus_result: RunResult) -> None:
    texts = [s.text for a in corpus_result.articles for s in split_sentences(a.text)]
    texts += _edge_texts()
    texts += [
        "U.S.-led troops' 1,350 don’t re-enter Kabul_airport",
        "İstanbul's Zoë café, 3 ½ days (AP) ``quoted''",
    ]
    for text in texts:
        words, bigrams, unigrams = sentence_terms(text)
        assert words == content_words(text), text
        assert bigrams | unigrams == concept_tokens(text), text
        assert all(" " in b for b in bigrams) and not any(" " in u for u in unigrams)


def test_no_character_outside_a_word_lower_cases_to_a_letter_or_digit() -> None:
    """What lets ``sentence_terms`` take the concept stems from the word tokens."""
    word = re.compile(r"\w")
    ascii_alnum = re.compile("[a-z0-9]")
    assert not [c for c in map(chr, range(0x110000)) if not word.match(c) and ascii_alnum.search(c.lower())]


def test_the_bigram_matrix_weighs_its_concepts_as_the_full_matrix_does(corpus_result: RunResult) -> None:
    """The default weighting builds its matrix over bigrams only: unigram columns were worth nothing."""
    by_id = {a.id: a for a in corpus_result.articles}
    for event in corpus_result.events:
        pool = candidates([by_id[i] for i in event.article_ids])
        sources = {i: i for i in event.article_ids}
        full, pairs = concept_matrix(pool), concept_matrix(pool, unigrams=False)
        keep = ~full.unigram
        assert pairs.vocab == tuple(np.asarray(full.vocab)[keep]) and not pairs.unigram.any()
        for query in (frozenset(), query_terms("fire damage")):
            whole = weight_vector(full, pool, sources, query=query, query_boost=8.0)
            assert not whole[full.unigram].any()
            assert np.array_equal(
                whole[keep], weight_vector(pairs, pool, sources, query=query, query_boost=8.0)
            )


def test_the_dash_shortcut_of_strip_dateline_changes_no_cut(corpus_result: RunResult) -> None:
    """A text without a dash skips the dateline regexes: they could not have matched it."""
    texts = [s.text for a in corpus_result.articles for s in split_sentences(a.text)]
    texts += _edge_texts()
    texts += [
        "PORT EMMET (CPS) — The harbor reopened.",
        "WASHINGTON -- The Senate voted.",
        "(AP) _ Rain fell.",
        "LONDON – Markets rose.",
        "Port Emmet (Harbor Wire/CPS)  -  Ships left.",
    ]
    for text in texts:
        if not any(dash in text for dash in "-—–_"):
            assert _DATELINE_CAPS.match(text) is None and _DATELINE.match(text) is None, text
    assert [strip_dateline(t) for t in texts[-5:]] == [19, 14, 7, 9, 33]


def test_a_candidate_carries_the_concepts_of_its_text(corpus_result: RunResult) -> None:
    """``Candidate.concepts`` (made on request from its bigrams and unigrams) is the text's concepts."""
    pool = candidates(corpus_result.articles)
    assert pool
    for cand in pool:
        assert cand.concepts == concept_tokens(cand.text)
        assert cand.words == frozenset(content_words(cand.text))
