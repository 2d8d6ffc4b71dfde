"""The example corpus gold: every planted conflict found, no false conflict, most agreed facts found."""

from __future__ import annotations

from typing import Any

from benchmarks.compare_gold import score_corpus
from newsfuse.model import RunResult


def test_every_planted_conflict_found_and_no_false_conflict(
    corpus_result: RunResult, gold: dict[str, Any]
) -> None:
    scores = score_corpus(gold, {a.id: a for a in corpus_result.articles}, corpus_result.dedup)
    missed = {slug: e["missed"] for slug, e in scores["per_event"].items() if e["missed"]}
    false = {slug: e["false"] for slug, e in scores["per_event"].items() if e["false"]}
    assert not missed, missed
    assert not false, false
    assert scores["planted"] == 8
    assert scores["agreed_recall"] >= 0.6
