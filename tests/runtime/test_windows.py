"""Time-window partitions and the merge of clusters across their seams."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from newsfuse.cluster import cluster_articles
from newsfuse.config import ClusterConfig, Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc
from newsfuse.pipeline import clean_and_dedup, partitioned_clusters
from newsfuse.runtime import LocalRunner
from newsfuse.runtime.dask import DaskRunner
from newsfuse.runtime.windows import make_seam, merge_seam, partition_by_time

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
    arts = {
        a.id: a
        for a in (
            _article("l1", "2026-03-02", FIRE),
            _article("l2", "2026-03-02", BUDGET),
            _article("r1", "2026-03-04", FIRE + " Investigators are looking for the cause."),
            _article("r2", "2026-05-30", BUDGET),
        )
    }
    seam = make_seam([["l1"], ["l2"]], [["r1"], ["r2"]], arts, window_days=7)
    assert seam.right == (("r1",),)
    assert merge_seam(seam, ClusterConfig()) == [("l1", "r1")]


def _pairs(events: list[list[str]]) -> set[tuple[str, str]]:
    return {(a, b) for ids in events for a, b in combinations(sorted(ids), 2)}


CONFIG = Config().with_values(runtime={"partition_size": 3})


@pytest.fixture(scope="module")
def cleaned(corpus: Path) -> tuple[list[Article], dict[str, str]]:
    raws = [d for d in read_inputs([corpus], CONFIG.ingest) if isinstance(d, RawDoc)]
    articles, _, dedup = clean_and_dedup(raws, CONFIG, LocalRunner())
    return articles, dedup.duplicate_of()


def test_tiny_partitions_merged_at_seams_keep_the_corpus_events(
    cleaned: tuple[list[Article], dict[str, str]],
) -> None:
    articles, same_as = cleaned
    whole = _pairs(cluster_articles(articles, CONFIG.cluster, same_as=same_as))
    leaders = [a for a in articles if a.id not in same_as]
    split = _pairs(partitioned_clusters(leaders, same_as, CONFIG, LocalRunner()))
    assert split <= whole, "a seam merged articles the whole-corpus clustering keeps apart"
    assert len(split) / len(whole) >= 0.85, "seams lost too many same-event pairs"


def test_partitions_give_the_same_events_on_dask(cleaned: tuple[list[Article], dict[str, str]]) -> None:
    articles, same_as = cleaned
    leaders = [a for a in articles if a.id not in same_as]
    with LocalRunner(workers=2) as local:
        expected = partitioned_clusters(leaders, same_as, CONFIG, local)
    with DaskRunner(workers=2, processes=False) as dask:
        assert partitioned_clusters(leaders, same_as, CONFIG, dask) == expected
