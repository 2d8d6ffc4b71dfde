"""Time-window partitions and the merge of clusters across their seams."""

from __future__ import annotations

from pathlib import Path

from newsfuse import run
from newsfuse.config import ClusterConfig, Config
from newsfuse.model import Article
from newsfuse.runtime.windows import Seam, merge_seam, partition_by_time

FIRE = "A fire destroyed the Calloway Freight cold storage warehouse on Dock Road in Port Emmet overnight."
BUDGET = "The county council approved its annual budget with a small rise in library and park spending."


def _article(aid: str, day: str | None, text: str) -> Article:
    return Article(id=aid, path=aid, text=text, published=day)


def test_partitions_keep_window_buckets_whole_and_undated_apart() -> None:
    articles = [
        _article("a", "2026-03-02", FIRE),
        _article("b", "2026-03-03", FIRE),
        _article("c", "2026-03-20", BUDGET),
        _article("d", None, BUDGET),
    ]
    parts = partition_by_time(articles, window_days=7, size=2)
    assert [[a.id for a in p] for p in parts] == [["a", "b"], ["c"], ["d"]]


def test_an_oversized_bucket_is_sliced() -> None:
    articles = [_article(str(i), "2026-03-02", FIRE) for i in range(5)]
    assert [len(p) for p in partition_by_time(articles, window_days=7, size=2)] == [2, 2, 1]


def test_seam_merges_the_same_story_but_not_another_or_a_distant_one() -> None:
    arts = (
        _article("l1", "2026-03-02", FIRE),
        _article("l2", "2026-03-02", BUDGET),
        _article("r1", "2026-03-04", FIRE + " Investigators are looking for the cause."),
        _article("r2", "2026-05-30", BUDGET),
    )
    seam = Seam((("l1",), ("l2",)), (("r1",), ("r2",)), arts)
    assert merge_seam(seam, ClusterConfig(threshold=0.25, time_window_days=7)) == [("l1", "r1")]


def test_tiny_partitions_still_find_the_corpus_events(corpus: Path) -> None:
    whole = run([corpus])
    split = run([corpus], Config().with_values(runtime={"partition_size": 3}))
    assert {e.article_ids for e in split.events} == {e.article_ids for e in whole.events}
