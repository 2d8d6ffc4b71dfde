"""The expected outcome on the bundled example corpus (examples/gold.json)."""

from __future__ import annotations

from typing import Any

import pytest


def _gold_id(path: str) -> str:
    return path


def _events(report: dict[str, Any]) -> list[set[str]]:
    return [set(e["article_ids"]) for e in report["events"]]


def test_rejected_files_with_reasons(corpus_report: dict[str, Any], gold: dict[str, Any]) -> None:
    rejected = {a["id"]: a["reason"] for a in corpus_report["articles"] if a["status"] == "rejected"}
    assert rejected == {r["path"]: r["reason"] for r in gold["rejected"]}


def test_wire_copies_are_one_duplicate_group(corpus_report: dict[str, Any], gold: dict[str, Any]) -> None:
    status = {a["id"]: a for a in corpus_report["articles"]}
    for group in gold["duplicates"]:
        assert status[group["canonical"]]["status"] == "kept"
        for copy in group["copies"]:
            assert status[copy["path"]]["status"] == "duplicate"
            assert status[copy["path"]]["duplicate_of"] == group["canonical"]
    expected = sum(len(g["copies"]) for g in gold["duplicates"])
    assert corpus_report["stats"]["duplicates"] == expected


def test_shared_wire_paragraphs_are_found(corpus_report: dict[str, Any], gold: dict[str, Any]) -> None:
    found = {
        frozenset((p["article_id"], p["source_id"])): p
        for e in corpus_report["events"]
        for p in e["shared_passages"]
    }
    for expected in gold["shared_passages"]:
        assert frozenset((expected["article"], expected["source"])) in found


@pytest.mark.parametrize("kind", ["chrome"])
def test_no_chrome_or_teaser_text_in_any_text_or_brief(
    corpus_report: dict[str, Any], gold: dict[str, Any], kind: str
) -> None:
    texts = [a["text"] for a in corpus_report["articles"]]
    briefs = [s["text"] for e in corpus_report["events"] for s in e["brief"]]
    for chrome in gold[kind]:
        for text in briefs:
            assert chrome not in text
        for text in texts:
            assert chrome not in text, chrome


def test_events_of_same_language_articles_match_gold(
    corpus_report: dict[str, Any], gold: dict[str, Any]
) -> None:
    languages = {a["id"]: a["language"] for a in corpus_report["articles"]}
    found = [frozenset(i for i in e if languages[i] == "en") for e in _events(corpus_report)]
    expected = [frozenset(i for i in e["members"] if languages[i] == "en") for e in gold["events"]]
    assert sorted(map(sorted, filter(None, found))) == sorted(map(sorted, expected))


def test_metadata_of_plain_text_and_html(corpus_report: dict[str, Any], gold: dict[str, Any]) -> None:
    articles = {a["id"]: a for a in corpus_report["articles"]}
    for meta in gold["metadata"]:
        got = articles[meta["path"]]
        assert got["outlet"] == meta["outlet"], meta["path"]
        assert (got["published"] or "")[:10] == meta["published"][:10], meta["path"]
        if meta.get("byline"):
            assert got["byline"] == meta["byline"], meta["path"]
